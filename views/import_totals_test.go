package views

import (
	"context"
	"testing"

	"fyne.io/fyne/v2/test"

	"pacer/app"
	"pacer/data"
)

// TestImportSkipsTotalRows imports a report whose last row is its 合计:
// the check says the row of totals is skipped, and the quarter holds the
// days' sum, not twice it, nor nothing.
func TestImportSkipsTotalRows(t *testing.T) {
	v, g := checkSays(t, "日期,Sales\n2023-01-05,100\n2023-01-06,50\n合计,150\n", "1 row of totals (“合计”) is skipped")
	importQ1(t, v, g, 150)
}

// checkSays opens csv for import and checks it: the check must say said
// and reject no row.
func checkSays(t *testing.T, csv, said string) (*importView, app.Goal) {
	t.Helper()
	v, g := openImportOf(t, csv, false)
	checkAndWait(t, v)
	if !containsText(v.ui.window().Canvas().Overlays().Top(), said) || v.rejected.Text != "" {
		t.Fatalf("the check does not say %q, or rejects rows: %q", said, v.rejected.Text)
	}
	return v, g
}

// importQ1 taps Import in the checked import dialog and checks that goal
// g's first quarter then holds want.
func importQ1(t *testing.T, v *importView, g app.Goal, want float64) {
	t.Helper()
	test.Tap(findButton(t, v.ui.window().Canvas().Overlays().Top(), "Import"))
	if c, err := v.ui.store.(*data.Store).CheckInByPeriod(context.Background(), g.ID, "2023-Q1"); err != nil || c.Value != want {
		t.Fatalf("Q1: %+v, %v; want %v", c, err, want)
	}
}

// TestImportSaysHeaderScale imports a sheet whose value column is headed
// 销售额(万元): the check says its values are multiplied by 10,000 before
// anything is written, and the quarter holds 127,500, not 12.75.
func TestImportSaysHeaderScale(t *testing.T) {
	v, g := openImportOf(t, "日期,销售额(万元)\n2023-01-05,12.5\n2023-01-06,0.25\n", false)
	if len(v.sources) == 0 {
		t.Fatal("no value columns offered")
	}
	pickGoal(t, v, v.sources[0], g.ID)
	checkAndWait(t, v)
	if !containsText(v.ui.window().Canvas().Overlays().Top(), "Values in “销售额(万元)” are in units of 10,000 and are multiplied by 10,000.") ||
		v.rejected.Text != "" {
		t.Fatalf("the check does not name the scale: %q, rejected %q", v.result.Text, v.rejected.Text)
	}
	importQ1(t, v, g, 127_500)
}

// TestImportSaysScaleAboveTable imports a report that states its unit
// once under its title, 单位：万元: the check names the line it took the
// scale from, and the quarter holds 127,500, not 12.75.
func TestImportSaysScaleAboveTable(t *testing.T) {
	v, g := openImportOf(t, "2023年销售报表\n单位：万元\n日期,销售额\n2023-01-05,12.5\n2023-01-06,0.25\n", false)
	if len(v.sources) == 0 {
		t.Fatal("no value columns offered")
	}
	pickGoal(t, v, v.sources[0], g.ID)
	checkAndWait(t, v)
	want := "Values in “销售额” are in units of 10,000, as “单位：万元” above the table says, and are multiplied by 10,000."
	if !containsText(v.ui.window().Canvas().Overlays().Top(), want) || v.rejected.Text != "" {
		t.Fatalf("the check does not name the scale: %q, rejected %q", v.result.Text, v.rejected.Text)
	}
	importQ1(t, v, g, 127_500)
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

// TestImportSaysRoundedDisplay imports a CSV file as Excel saves long
// numbers shown in the General format (1.23457E+11, and 1.5E+11 with the
// zeros of its six digits dropped): the check says the workbook may hold
// more digits, and the values are imported as they read.
func TestImportSaysRoundedDisplay(t *testing.T) {
	v, g := checkSays(t, "Date,Sales\n2023-01-05,1.23457E+11\n2023-01-06,1.5E+11\n",
		"2 values, such as “1.23457E+11”, are written in scientific notation")
	importQ1(t, v, g, 273457000000)
}
