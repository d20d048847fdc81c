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
