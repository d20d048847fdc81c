package views

import (
	"bytes"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
	"github.com/xuri/excelize/v2"
)

// hiddenMonthsWorkbook is a monthly report of months across whose
// workbook hides a code column (B) beside the stores' names and its 4月
// column (F), as a report hides a month not yet closed.
func hiddenMonthsWorkbook(t *testing.T) []byte {
	t.Helper()
	return hidingWorkbook(t, [][]any{{"2023年门店销售月报"}, {"门店", "编码", "1月", "2月", "3月", "4月"},
		{"北京店", "101", 100, 200, 300, 400}, {"上海店", "102", 10, 20, 30, 40}}, "B", "F")
}

// hidingWorkbook is a workbook of rows whose columns cols ("B", "B:D")
// are hidden.
func hidingWorkbook(t *testing.T, rows [][]any, cols ...string) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow("Sheet1", cell, &r); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range cols {
		if err := f.SetColVisible("Sheet1", c, false); err != nil {
			t.Fatal(err)
		}
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestImportTurnedHiddenMonth imports a report of months across whose
// workbook hides its 4月 column and a code column: the goals are named
// by the stores, not their hidden codes; 4月 is greyed, named under the
// box and in the check by its column and header, and left out; the check
// counts the months and the file's rows read, and the summary after the
// import names 4月 again.
func TestImportTurnedHiddenMonth(t *testing.T) {
	v, store, goals := openTurned(t, "stores.xlsx", hiddenMonthsWorkbook(t), "北京店", "上海店")
	if v.table.Turned == nil || v.goalSel["北京店"] == nil || v.goalSel["北京店"].SelectedIndex() == 0 {
		t.Fatalf("not turned or 北京店 not mapped: %v", v.goalSel)
	}
	checkHiddenMonthScreen(t, v)
	checkAndWait(t, v)
	for _, want := range []string{"Months read: 3 · rows of the file read: 2 ·", "1 column hidden in the workbook (column F “4月”) is left out",
		"This sheet hides 1 of its columns (B): none of them is read."} {
		if !strings.Contains(v.result.Text, want) {
			t.Errorf("check says %q, want %q", v.result.Text, want)
		}
	}
	test.Tap(findButton(t, v.ui.window().Canvas().Overlays().Top(), "Import"))
	if got := checkInsOf(t, store, goals[0]); got != "2023-01=100 2023-02=200 2023-03=300" {
		t.Errorf("北京店: %s", got)
	}
	if v.done == nil || !strings.Contains(v.doneText(v.plan, false), "(column F “4月”) is left out") {
		t.Error("the summary after the import does not say 4月 was left out")
	}
}

// TestImportTurnedHiddenMonthKept brings a hidden month column in when
// the box is unticked, and the check says so.
func TestImportTurnedHiddenMonthKept(t *testing.T) {
	v, store, goals := openTurned(t, "stores.xlsx", hiddenMonthsWorkbook(t), "北京店", "上海店")
	test.Tap(v.hiddenCheck)
	checkAndWait(t, v)
	if !strings.Contains(v.result.Text, "1 column hidden in the workbook (column F “4月”) is imported like the others") ||
		!strings.Contains(v.result.Text, "Months read: 4 ·") {
		t.Errorf("check says %q", v.result.Text)
	}
	test.Tap(findButton(t, v.ui.window().Canvas().Overlays().Top(), "Import"))
	if got := checkInsOf(t, store, goals[1]); got != "2023-01=10 2023-02=20 2023-03=30 2023-04=40" {
		t.Errorf("上海店: %s", got)
	}
}

// previewShadeOf is the importance of the first cell of the preview's
// row whose first cell reads first; -1 when no row does.
func previewShadeOf(v *importView, first string) widget.Importance {
	for _, cells := range v.previewRows {
		if len(cells) > 0 && cells[0].Text == first {
			return cells[0].Importance
		}
	}
	return -1
}

// checkHiddenMonthScreen checks the import screen of hiddenMonthsWorkbook
// before a check: the box and its line name the hidden 4月, the line over
// the preview lists the shown months, the hidden columns' line names the
// code column, and the preview greys 4月.
func checkHiddenMonthScreen(t *testing.T, v *importView) {
	t.Helper()
	if !v.hiddenCheck.Visible() || !v.hiddenCheck.Checked || v.hiddenCheck.Text != "Leave out the rows and columns hidden in the workbook" ||
		!strings.Contains(v.hiddenHint.Text, "1 of its month columns (column F “4月”)") {
		t.Errorf("box %q shown %v, hint %q", v.hiddenCheck.Text, v.hiddenCheck.Visible(), v.hiddenHint.Text)
	}
	if !strings.Contains(v.turnHint.Text, "(“1月”, “2月”, “3月”)") {
		t.Errorf("turn line %q lists the hidden 4月", v.turnHint.Text)
	}
	if !v.hiddenColsHint.Visible() || !strings.Contains(v.hiddenColsHint.Text, "besides its months (B)") {
		t.Errorf("hidden columns line %q", v.hiddenColsHint.Text)
	}
	if shade := previewShadeOf(v, "2023-04"); shade != widget.LowImportance {
		t.Errorf("4月 shaded %v in the preview, want greyed", shade)
	}
}

// TestImportTurnedLastYearHidden imports a report that hides last year's
// 1月 to 3月 beside this year's: this year's are imported, and brought in,
// last year's are refused by their row and month, never added onto them.
func TestImportTurnedLastYearHidden(t *testing.T) {
	content := hidingWorkbook(t, [][]any{{"2023年销售月报"}, {"门店", "1月", "2月", "3月", "1月", "2月", "3月"},
		{"北京店", 7, 8, 9, 1, 2, 3}}, "B:D")
	v, store, goals := openTurned(t, "stores.xlsx", content, "北京店")
	if v.table.Turned == nil {
		t.Fatal("not turned")
	}
	test.Tap(v.hiddenCheck)
	checkAndWait(t, v)
	if !strings.HasPrefix(v.rejected.Text, "Row 2, “1月”: \"1月\" is a column the workbook hides") {
		t.Errorf("rejected %q", v.rejected.Text)
	}
	test.Tap(v.hiddenCheck)
	checkAndWait(t, v)
	v.onImport()
	if got := checkInsOf(t, store, goals[0]); got != "2023-01=1 2023-02=2 2023-03=3" {
		t.Errorf("北京店: %q (%s)", got, v.result.Text)
	}
}
