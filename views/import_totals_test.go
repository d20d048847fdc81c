package views

import (
	"context"
	"testing"

	"fyne.io/fyne/v2/test"

	"pacer/data"
)

// TestImportSkipsTotalRows imports a report whose last row is its 合计:
// the check says the row of totals is skipped, and the quarter holds the
// days' sum, not twice it, nor nothing.
func TestImportSkipsTotalRows(t *testing.T) {
	v, g := openImportOf(t, "日期,Sales\n2023-01-05,100\n2023-01-06,50\n合计,150\n", false)
	checkAndWait(t, v)
	dlg := v.ui.window().Canvas().Overlays().Top()
	if !containsText(dlg, "1 rows of totals (such as “合计”) are skipped") || v.rejected.Text != "" {
		t.Fatalf("the row of totals is not counted apart: %q", v.rejected.Text)
	}
	test.Tap(findButton(t, dlg, "Import"))
	if c, err := v.ui.store.(*data.Store).CheckInByPeriod(context.Background(), g.ID, "2023-Q1"); err != nil || c.Value != 150 {
		t.Fatalf("Q1: %+v, %v", c, err)
	}
}

// TestImportSaysMonthsRunAcross checks a plan laid out with its months
// across the columns: its rows are refused as no dates, and the check
// says why and how to turn the table.
func TestImportSaysMonthsRunAcross(t *testing.T) {
	v, g := openImportOf(t, "门店,1月,2月,3月,4月\n北京店,100,200,300,400\n上海店,50,60,70,80\n", false)
	if len(v.sources) == 0 {
		t.Fatal("no value columns offered")
	}
	pickGoal(t, v, v.sources[0], g.ID) // as a user tries
	checkAndWait(t, v)
	if !containsText(v.ui.window().Canvas().Overlays().Top(), "The months of this file run across its columns (“1月”, “2月”, “3月”, …)") {
		t.Fatalf("the check does not say the months run across: %q", v.result.Text)
	}
}
