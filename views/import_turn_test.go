package views

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"github.com/xuri/excelize/v2"

	"pacer/app"
	"pacer/data"
)

// storesWorkbook is a monthly sales report as Excel users lay it out:
// a title naming the year, the months across the columns without one,
// a total column and a total row, and 上海店's row 4 hidden.
func storesWorkbook(t *testing.T) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	rows := [][]any{{"2023年门店销售月报"}, {"门店", "1月", "2月", "3月", "合计"},
		{"北京店", 100, 200, 300, 600}, {"上海店", 10, 20, 30, 60}, {"合计", 110, 220, 330, 660}}
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow("Sheet1", cell, &r); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.SetRowVisible("Sheet1", 4, false); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// openTurned opens the import of a file of months across, for the
// monthly goals titled titles.
func openTurned(t *testing.T, name string, content []byte, titles ...string) (*importView, *data.Store, []app.Goal) {
	t.Helper()
	ui, _, store := newStoreUI(t)
	var goals []app.Goal
	for _, title := range titles {
		goals = append(goals, saveMonthlyGoal(t, store, title))
	}
	ui.files = &fakeChooser{path: writeImportFile(t, name, content)}
	v := openImport(depsOf[importStore](ui), func() {})
	if v == nil {
		t.Fatal("no import view")
	}
	return v, store, goals
}

// checkInsOf writes a goal's stored check-ins as "2023-01=100 …".
func checkInsOf(t *testing.T, store *data.Store, g app.Goal) string {
	t.Helper()
	cs, err := store.CheckIns(context.Background(), g.ID)
	if err != nil {
		t.Fatal(err)
	}
	var s []string
	for _, c := range cs {
		s = append(s, c.PeriodKey+"="+countText(int(c.Value)))
	}
	return strings.Join(s, " ")
}

// TestImportTurnsMonthsAcross imports a report whose months run across
// its columns, which the screen only told to turn in Excel: it is read
// one row a month, of the year its title names, the preview shows the
// months as rows, the hidden row and the total row stay out, and each
// store's months are stored.
func TestImportTurnsMonthsAcross(t *testing.T) {
	v, store, goals := openTurned(t, "stores.xlsx", storesWorkbook(t), "北京店", "上海店")
	if v.table.Turned == nil || v.turn == nil || !v.turn.Checked || !v.isWide() {
		t.Fatalf("not turned: %+v", v.table.Turned)
	}
	if !strings.Contains(v.turnHint.Text, "reads them one row a month") || !strings.Contains(v.turnHint.Text, "months of 2023, the year of “2023年门店销售月报”") {
		t.Errorf("turn line %q", v.turnHint.Text)
	}
	if !containsText(v.ui.window().Canvas().Overlays().Top(), "stores.xlsx: 5 rows") {
		t.Error("the file's rows are not counted as the file has them")
	}
	if got := v.previewRows[0][0].Text + "|" + v.previewRows[1][0].Text + "|" + v.previewRows[1][1].Text; got != "Month|2023-01|100" {
		t.Errorf("preview %q, want Month|2023-01|100", got)
	}
	if !v.hiddenHint.Visible() || !strings.Contains(v.hiddenHint.Text, "(row 4)") {
		t.Errorf("hidden line %q", v.hiddenHint.Text)
	}
	checkAndWait(t, v)
	for _, want := range []string{"1 row hidden in the workbook (row 4) is left out", "1 row of totals (“合计”) is skipped", "read as months of 2023"} {
		if !strings.Contains(v.result.Text, want) {
			t.Errorf("check says %q, want %q", v.result.Text, want)
		}
	}
	test.Tap(findButton(t, v.ui.window().Canvas().Overlays().Top(), "Import"))
	if got := checkInsOf(t, store, goals[0]); got != "2023-01=100 2023-02=200 2023-03=300" {
		t.Errorf("北京店: %s", got)
	}
	if got := checkInsOf(t, store, goals[1]); got != "" {
		t.Errorf("上海店, hidden: %s", got)
	}
}

// TestImportTurnedBadCellNamesFileRow checks a value that cannot be read
// is named by its row and month in the file, not by a row of the
// turned table.
func TestImportTurnedBadCellNamesFileRow(t *testing.T) {
	csv := "Sales 2023\nStore,Jan,Feb,Mar,Total\nNorth,1,2,3,6\nSouth,4,abc,6,10\n"
	v, _, _ := openTurned(t, "stores.csv", []byte(csv), "North", "South")
	checkAndWait(t, v)
	if !strings.HasPrefix(v.rejected.Text, "Row 4, “Feb”: ") {
		t.Errorf("rejected %q, want row 4, “Feb”; %s; %v", v.rejected.Text, v.result.Text, v.mapping())
	}
}

// TestImportTurnOff reads a file of months across as it is once the box
// is unticked, as the user may judge the guess wrong, and the check
// points at the box.
func TestImportTurnOff(t *testing.T) {
	v, _, _ := openTurned(t, "stores.csv", []byte("门店,2023年1月,2023年2月,2023年3月\n北京店,1,2,3\n"), "北京店")
	test.Tap(v.turn)
	next := v.next
	if next == nil || next.table.Turned != nil || next.turn == nil || next.turn.Checked {
		t.Fatal("the file is still turned")
	}
	checkAndWait(t, next)
	if !strings.Contains(next.result.Text, "tick “Read one row a month” above") {
		t.Errorf("check says %q", next.result.Text)
	}
	test.Tap(next.turn)
	if next.next == nil || next.next.table.Turned == nil {
		t.Error("ticking the box again does not turn the file")
	}
}

// TestImportTurnedRemembersMapping imports a report of months across
// whose store is not titled like its goal, mapped by hand: the next
// report of the same layout opens turned and mapped alike.
func TestImportTurnedRemembersMapping(t *testing.T) {
	csv := "门店,2023年1月,2023年2月,2023年3月,合计\n北京店,1,2,3,6\n"
	v, store, goals := openTurned(t, "stores.csv", []byte(csv), "Beijing sales")
	v.goalSel["北京店"].SetSelectedIndex(1)
	checkAndWait(t, v)
	v.onImport()
	if got := checkInsOf(t, store, goals[0]); got != "2023-01=1 2023-02=2 2023-03=3" {
		t.Fatalf("first import: %q (%s)", got, v.result.Text)
	}
	again := openImport(v.ui, nil)
	if again == nil || again.table.Turned == nil || again.goalSel["北京店"].SelectedIndex() != 1 {
		t.Error("the mapping of this turned layout was not remembered")
	}
}

// TestImportTurnedWithoutYear checks months that name no year, in a
// sheet that names none, are refused at the row of months, and the check
// says how to give them their year.
func TestImportTurnedWithoutYear(t *testing.T) {
	v, _, _ := openTurned(t, "stores.csv", []byte("门店,1月,2月,3月\n北京店,1,2,3\n"), "北京店")
	checkAndWait(t, v)
	if !strings.Contains(v.result.Text, "the sheet does not say it") || !strings.HasPrefix(v.rejected.Text, "Row 1, “1月”: ") {
		t.Errorf("check says %q, rejected %q", v.result.Text, v.rejected.Text)
	}
}

// TestImportTurnedGroupYears imports a report of two years side by side,
// 2022 and 2023 over the same months: each month is read in its group's
// year, as the check says, not both in the first year found.
func TestImportTurnedGroupYears(t *testing.T) {
	csv := "门店,2022,,,2023,,\n,1月,2月,3月,1月,2月,3月\n北京店,1,2,3,4,5,6\n"
	v, store, goals := openTurned(t, "stores.csv", []byte(csv), "北京店")
	if _, listed := v.goalSel["Block"]; listed || len(v.sources) != 1 {
		t.Errorf("goal map lists %d columns, the groups' among them: %v", len(v.sources), listed)
	}
	checkAndWait(t, v)
	if !strings.Contains(v.result.Text, "the year of the group over it") {
		t.Errorf("check says %q", v.result.Text)
	}
	v.onImport()
	if got := checkInsOf(t, store, goals[0]); got != "2022-01=1 2022-02=2 2022-03=3 2023-01=4 2023-02=5 2023-03=6" {
		t.Errorf("北京店: %q (%s)", got, v.result.Text)
	}
}
