package views

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/xuri/excelize/v2"

	"pacer/app"
)

// writeImportFile writes content to a file named name and returns its path.
func writeImportFile(t *testing.T, name string, content []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, content, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// pickGoalOf sets the goal of the goal map's row key to g.
func pickGoalOf(t *testing.T, v *importView, key string, g app.Goal) {
	t.Helper()
	sel := v.goalSel[key]
	if sel == nil {
		t.Fatalf("no goal map row %q among %v", key, v.columnNames())
	}
	for i, goal := range v.goals {
		if goal.ID == g.ID {
			sel.SetSelectedIndex(i + 1)
		}
	}
}

// TestImportHeaderRowBelowTitle opens a report with a title and a blank
// row above its header: the view offers the header row detected, reads
// the columns from it, re-reads them when another row is picked, imports
// the rows below it, and remembers the mapping for files of the same
// header without the title.
func TestImportHeaderRowBelowTitle(t *testing.T) {
	ui, _, store := newStoreUI(t)
	g := saveSeedGoal(t, store, "Sales")
	csv := "2023年销售报表\n\n日期,销售额\n2023/1/5,100\n2023/2/5,200\n2023/3/5,300\n"
	ui.files = &fakeChooser{path: writeImportFile(t, "report.csv", []byte(csv))}
	v := openImport(depsOf[importStore](ui), nil)
	if v == nil {
		t.Fatal("no import view")
	}
	if v.table.HeaderRow != 2 || v.headerRow.SelectedIndex() != 2 || v.headerRow.Selected != "Row 3: 日期, 销售额" || !v.header.Checked {
		t.Fatalf("header row %d, choice %q of %q", v.table.HeaderRow, v.headerRow.Selected, v.headerRow.Options)
	}
	if v.headerRow.Options[0] != "Row 1: 2023年销售报表" || v.headerRow.Options[1] != "Row 2 (blank)" {
		t.Errorf("header row options %q", v.headerRow.Options)
	}
	if v.dateCol.SelectedIndex() != 0 || v.dateCol.Options[0] != "日期" || !v.isWide() {
		t.Fatalf("date column %q, wide %v", v.dateCol.Selected, v.isWide())
	}

	v.headerRow.SetSelectedIndex(0)
	first := v.next
	if first == nil || first.table.HeaderRow != 0 || first.headerRow.SelectedIndex() != 0 || first.dateCol.Options[0] != "2023年销售报表" {
		t.Fatalf("after picking row 1: %+v", first)
	}
	first.headerRow.SetSelectedIndex(2)
	again := first.next
	if again == nil || again.table.HeaderRow != 2 || again.dateCol.Options[0] != "日期" {
		t.Fatalf("after picking row 3 again: %+v", again)
	}

	pickGoalOf(t, again, "销售额", g)
	checkAndWait(t, again)
	if again.plan == nil || len(again.plan.Rejected) != 0 || again.plan.Rows != 3 || again.plan.Blank != 0 {
		t.Fatalf("plan %+v", again.plan)
	}
	again.onImport()
	if c, err := store.CheckInByPeriod(context.Background(), g.ID, "2023-Q1"); err != nil || c.Value != 600 {
		t.Fatalf("Q1 check-in %+v, %v", c, err)
	}

	ui.files = &fakeChooser{path: writeImportFile(t, "plain.csv", []byte("日期,销售额\n2023/4/5,50\n"))}
	plain := openImport(depsOf[importStore](ui), nil)
	if plain.table.HeaderRow != 0 || plain.goalSel["销售额"] == nil || plain.goalSel["销售额"].SelectedIndex() == 0 {
		t.Error("the mapping of the header below the title was not remembered for the same header")
	}
}

// TestImportHeaderRowXLSXColumnB opens a sheet with a title and its table
// from column B: the header row and the date column are found, the blank
// column A is no goal's, and the import writes the check-in.
func TestImportHeaderRowXLSXColumnB(t *testing.T) {
	ui, _, store := newStoreUI(t)
	g := saveSeedGoal(t, store, "Sales")
	f := excelize.NewFile()
	defer f.Close()
	for _, err := range []error{
		f.SetCellValue("Sheet1", "B1", "Monthly sales 2023"),
		f.MergeCell("Sheet1", "B1", "C1"),
		f.SetSheetRow("Sheet1", "B3", &[]any{"Date", "Sales"}),
		f.SetSheetRow("Sheet1", "B4", &[]any{"2023-01-05", 100}),
		f.SetSheetRow("Sheet1", "B5", &[]any{"2023-02-05", 200}),
	} {
		if err != nil {
			t.Fatal(err)
		}
	}
	path := filepath.Join(t.TempDir(), "book.xlsx")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	ui.files = &fakeChooser{path: path}
	v := openImport(depsOf[importStore](ui), nil)
	if v == nil || v.table.HeaderRow != 2 || v.headerRow.SelectedIndex() != 2 {
		t.Fatalf("import view %+v", v)
	}
	if v.dateCol.SelectedIndex() != 1 || !v.isWide() || len(v.goalSel) != 1 || v.goalSel["Sales"] == nil {
		t.Fatalf("date column %d, wide %v, goal map %v", v.dateCol.SelectedIndex(), v.isWide(), v.goalSel)
	}
	checkAndWait(t, v)
	if v.plan == nil || len(v.plan.Rejected) != 0 {
		t.Fatalf("plan %+v", v.plan)
	}
	v.onImport()
	if c, err := store.CheckInByPeriod(context.Background(), g.ID, "2023-Q1"); err != nil || c.Value != 300 {
		t.Fatalf("Q1 check-in %+v, %v", c, err)
	}
}
