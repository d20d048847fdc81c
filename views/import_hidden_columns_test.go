package views

import (
	"bytes"
	"strings"
	"testing"

	"fyne.io/fyne/v2/widget"
	"github.com/xuri/excelize/v2"
)

// hiddenColumnsWorkbook is daily sales of two stores, one column each,
// as an ERP exports them: last year's dates (A) come first and are
// hidden, and so are 上海店 (D) and the cost (E).
func hiddenColumnsWorkbook(t *testing.T) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	rows := [][]any{{"去年日期", "日期", "北京店", "上海店", "成本"},
		{"2022-01-05", "2023-01-05", 100, 10, 60}, {"2022-02-06", "2023-02-06", 200, 20, 120}}
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow("Sheet1", cell, &r); err != nil {
			t.Fatal(err)
		}
	}
	for _, cols := range []string{"A", "D:E"} {
		if err := f.SetColVisible("Sheet1", cols, false); err != nil {
			t.Fatal(err)
		}
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestImportHiddenColumns imports a sheet that hides three columns: the
// date column is the shown 日期, not last year's hidden one; the hidden
// 上海店 is offered, said hidden, but feeds no goal, though a goal of its
// name exists; the preview greys the hidden columns; the hint and the
// check name them. Chosen by hand, 上海店 is read all the same.
func TestImportHiddenColumns(t *testing.T) {
	ui, w, store := newStoreUI(t)
	beijing := saveSeedGoal(t, store, "北京店")
	shanghai := saveSeedGoal(t, store, "上海店")
	ui.files = &fakeChooser{path: writeImportFile(t, "stores.xlsx", hiddenColumnsWorkbook(t))}
	v := openImport(depsOf[importStore](ui), func() {})
	if v == nil {
		t.Fatal("no import view")
	}
	if got := v.dateCol.SelectedIndex(); got != 1 || !v.isWide() {
		t.Fatalf("date column %d (wide %v), want 日期 (1)", got, v.isWide())
	}
	if v.goalSel["北京店"] == nil || v.goalSel["北京店"].SelectedIndex() == 0 || v.goalSel["上海店"] == nil || v.goalSel["上海店"].SelectedIndex() != 0 {
		t.Fatalf("goal map %v: want 北京店 mapped and the hidden 上海店 offered, skipped", v.goalSel)
	}
	if !containsText(w.Canvas().Overlays().Top(), "上海店 (hidden in the workbook)") {
		t.Error("the goal map does not say 上海店 is hidden")
	}
	want := "This sheet hides 3 of its columns (A, D, E): they are not seen in the workbook, so none is guessed as a column to import or feeds a goal unless you choose it."
	if !v.hiddenColsHint.Visible() || v.hiddenColsHint.Text != want {
		t.Errorf("hint %q (shown %v), want %q", v.hiddenColsHint.Text, v.hiddenColsHint.Visible(), want)
	}
	for c, cell := range v.previewRows[1] {
		if hidden := c == 0 || c == 3 || c == 4; (cell.Importance == widget.LowImportance) != hidden {
			t.Errorf("preview column %d shown as %v, hidden %v", c+1, cell.Importance, hidden)
		}
	}
	checkAndWait(t, v)
	if !strings.Contains(v.result.Text, "This sheet hides 3 of its columns (A, D, E): none of them is read.") ||
		len(v.plan.CheckIns) != 1 || v.plan.CheckIns[0].GoalID != beijing.ID || v.plan.CheckIns[0].Value != 300 {
		t.Fatalf("check: %q, %+v", v.result.Text, v.plan.CheckIns)
	}
	pickGoalOf(t, v, "上海店", shanghai)
	checkAndWait(t, v)
	if !strings.Contains(v.result.Text, "those chosen above are read all the same: D.") || len(v.plan.CheckIns) != 2 {
		t.Fatalf("chosen by hand: %q, %+v", v.result.Text, v.plan.CheckIns)
	}
}

// TestImportNoHiddenColumns checks a file that hides no column says none.
func TestImportNoHiddenColumns(t *testing.T) {
	v, _ := openImportOf(t, "日期,Sales\n2023-01-05,100\n", false)
	if v.hiddenColsHint.Visible() {
		t.Error("a CSV file says it hides columns")
	}
}
