package views

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
	"github.com/xuri/excelize/v2"
)

// hiddenWorkbook is a sheet of daily sales with an AutoFilter whose
// filtered-out rows 3 and 4 are hidden, as Excel saves them, and row 6
// hidden by hand; and the rows of hideToo hidden as well.
func hiddenWorkbook(t *testing.T, hideToo ...int) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	rows := [][]any{{"日期", "Sales"}, {"2023-01-05", 100}, {"2023-01-06", 20}, {"2023-01-07", 30}, {"2023-02-01", 50}, {"2023-02-02", 7}}
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow("Sheet1", cell, &r); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.AutoFilter("Sheet1", "A1:B5", []excelize.AutoFilterOptions{{Column: "B", Expression: "x >= 50"}}); err != nil {
		t.Fatal(err)
	}
	for _, row := range append([]int{3, 4, 6}, hideToo...) {
		if err := f.SetRowVisible("Sheet1", row, false); err != nil {
			t.Fatal(err)
		}
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestImportLeavesOutHiddenRows imports a sheet with hidden rows: the
// import says how many and which, leaves them out as the ticked box says,
// and brings them back once it is unticked, saying so too.
func TestImportLeavesOutHiddenRows(t *testing.T) {
	ui, w, store := newStoreUI(t)
	g := saveSeedGoal(t, store, "Sales")
	ui.files = &fakeChooser{path: writeImportFile(t, "sales.xlsx", hiddenWorkbook(t))}
	v := openImport(depsOf[importStore](ui), func() {})
	if v == nil {
		t.Fatal("no import view")
	}
	if !v.hiddenCheck.Visible() || !v.hiddenCheck.Checked || !v.hiddenHint.Visible() ||
		v.hiddenHint.Text != "This sheet hides 3 of its rows (rows 3, 4, 6): filtered out or hidden by hand, they are not seen in the workbook." {
		t.Fatalf("box shown %v ticked %v, hint %q", v.hiddenCheck.Visible(), v.hiddenCheck.Checked, v.hiddenHint.Text)
	}
	if got := previewImportance(t, v); !slices.Equal(got, []widget.Importance{widget.MediumImportance, widget.MediumImportance,
		widget.LowImportance, widget.LowImportance, widget.MediumImportance, widget.LowImportance}) {
		t.Errorf("the preview's rows are shown as %v, want rows 3, 4 and 6 greyed", got)
	}
	checkAndWait(t, v)
	if !containsText(w.Canvas().Overlays().Top(), "3 rows hidden in the workbook (rows 3, 4, 6) are left out, as they are not seen in the sheet.") ||
		v.plan.Values != 2 {
		t.Fatalf("left out: %q, %d values", v.result.Text, v.plan.Values)
	}
	test.Tap(v.hiddenCheck)
	if v.plan != nil {
		t.Fatal("unticking the box kept the plan checked")
	}
	checkAndWait(t, v)
	if !containsText(w.Canvas().Overlays().Top(), "3 rows hidden in the workbook (rows 3, 4, 6) are imported like the others.") ||
		v.plan.Values != 5 {
		t.Fatalf("kept: %q, %d values", v.result.Text, v.plan.Values)
	}
	importQ1(t, v, g, 207)
	if v.done == nil || !strings.Contains(v.doneText(v.plan, false), "3 rows hidden in the workbook (rows 3, 4, 6) are imported like the others.") {
		t.Errorf("the summary does not name the hidden rows: %q", v.doneText(v.plan, false))
	}
}

// TestImportHiddenHeaderRowCountsOnceItHoldsData hides the sheet's first
// row, its column names: unticking "The first row names the columns"
// makes it a row of data, and the line under the box counts it.
func TestImportHiddenHeaderRowCountsOnceItHoldsData(t *testing.T) {
	ui, _, store := newStoreUI(t)
	saveSeedGoal(t, store, "Sales")
	ui.files = &fakeChooser{path: writeImportFile(t, "sales.xlsx", hiddenWorkbook(t, 1))}
	v := openImport(depsOf[importStore](ui), func() {})
	if v == nil {
		t.Fatal("no import view")
	}
	if !v.header.Checked {
		t.Fatal("the first row is not taken for the column names")
	}
	want := "This sheet hides 3 of its rows (rows 3, 4, 6): filtered out or hidden by hand, they are not seen in the workbook."
	if v.hiddenHint.Text != want {
		t.Errorf("with the column names: %q, want %q", v.hiddenHint.Text, want)
	}
	test.Tap(v.header)
	want = "This sheet hides 4 of its rows (rows 1, 3, 4, 6): filtered out or hidden by hand, they are not seen in the workbook."
	if v.hiddenHint.Text != want || !v.hiddenHint.Visible() {
		t.Errorf("without them: %q (shown %v), want %q", v.hiddenHint.Text, v.hiddenHint.Visible(), want)
	}
}

// TestImportNoHiddenRows checks a file that hides no row shows no box.
func TestImportNoHiddenRows(t *testing.T) {
	v, _ := openImportOf(t, "日期,Sales\n2023-01-05,100\n", false)
	if v.hiddenCheck.Visible() || v.hiddenHint.Visible() || v.mapping().KeepHidden {
		t.Error("a CSV file shows the hidden rows' box")
	}
}

// previewImportance is the importance of the first column's cells in the
// import's preview, a row each.
func previewImportance(t *testing.T, v *importView) []widget.Importance {
	t.Helper()
	columns := v.preview().(*container.Scroll).Content.(*fyne.Container)
	var got []widget.Importance
	for _, o := range columns.Objects[0].(*fyne.Container).Objects {
		got = append(got, o.(*widget.Label).Importance)
	}
	return got
}

// TestImportPreviewGreysUnitRow checks that the preview greys the row of
// units under the header (单位 | 万元) as no data row, as the check reads
// it, and shows the header and the data as they are.
func TestImportPreviewGreysUnitRow(t *testing.T) {
	v, _ := openImportOf(t, "月份,销售额\n单位,万元\n2023-01-05,1\n", false)
	want := []widget.Importance{widget.MediumImportance, widget.LowImportance, widget.MediumImportance}
	if got := previewImportance(t, v); !slices.Equal(got, want) {
		t.Errorf("preview importance %v, want %v", got, want)
	}
}

// TestImportPreviewUnitRowFollowsHeader unticks the header box of a file
// with a row of units: with no header there is no row of units, and the
// preview shown shows that row as data, until the box is ticked again.
func TestImportPreviewUnitRowFollowsHeader(t *testing.T) {
	v, _ := openImportOf(t, "月份,销售额\n单位,万元\n2023-01-05,1\n", false)
	unitRow := func() widget.Importance { return v.previewRows[1][1].Importance }
	if len(v.previewRows) != 3 || unitRow() != widget.LowImportance {
		t.Fatalf("the preview shown does not grey the row of units: %d rows", len(v.previewRows))
	}
	test.Tap(v.header)
	if v.header.Checked || unitRow() != widget.MediumImportance {
		t.Errorf("header box ticked %v: the row of units shows as %v, want data", v.header.Checked, unitRow())
	}
	test.Tap(v.header)
	if unitRow() != widget.LowImportance {
		t.Errorf("header box ticked again: the row of units shows as %v", unitRow())
	}
}
