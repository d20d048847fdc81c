package views

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
	"github.com/xuri/excelize/v2"
)

// writeSheetsBook writes a workbook of a notes sheet, a data sheet (the
// active one) and an empty sheet, and returns its path.
func writeSheetsBook(t *testing.T) string {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(f.SetSheetName("Sheet1", "Notes"))
	must(f.SetSheetRow("Notes", "A1", &[]any{"Read me", "first"}))
	data, err := f.NewSheet("Data")
	must(err)
	must(f.SetSheetRow("Data", "A1", &[]any{"Date", "Sales", "Cost"}))
	must(f.SetSheetRow("Data", "A2", &[]any{"2023-01-15", 100, 40}))
	_, err = f.NewSheet("Empty")
	must(err)
	f.SetActiveSheet(data)
	path := filepath.Join(t.TempDir(), "book.xlsx")
	must(f.SaveAs(path))
	return path
}

// TestImportPicksTheSheet opens a workbook on its active sheet and lets
// the user pick another; a sheet that cannot be read leaves the import
// where it was.
func TestImportPicksTheSheet(t *testing.T) {
	ui, _, _ := newStoreUI(t)
	ui.files = &fakeChooser{path: writeSheetsBook(t)}
	v := openImport(depsOf[importStore](ui), func() {})
	if v == nil {
		t.Fatal("no import view")
	}
	if v.table.Sheet != "Data" || v.sheet == nil || v.sheet.Selected != "Data" || v.table.Columns != 3 {
		t.Fatalf("sheet %q of %q, picker %v", v.table.Sheet, v.table.Sheets, v.sheet)
	}
	v.sheet.SetSelected("Notes")
	if v.next == nil || v.next.table.Sheet != "Notes" || v.next.sheet.Selected != "Notes" || v.next.table.Rows[0][0].Text != "Read me" {
		t.Fatalf("after picking Notes: %+v", v.next)
	}
	next := v.next
	next.sheet.SetSelected("Empty")
	if next.next != nil || next.sheet.Selected != "Notes" {
		t.Errorf("an empty sheet replaced the import (%v), or the picker says %q", next.next, next.sheet.Selected)
	}
}

// TestImportOneSheetNoPicker checks that a CSV file, or a workbook of one
// sheet, offers no sheet to pick.
func TestImportOneSheetNoPicker(t *testing.T) {
	ui, _, _ := newStoreUI(t)
	path := filepath.Join(t.TempDir(), "sales.csv")
	if err := os.WriteFile(path, []byte("Date,Sales\n2023-01-15,100\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	ui.files = &fakeChooser{path: path}
	if v := openImport(depsOf[importStore](ui), func() {}); v == nil || v.sheet != nil {
		t.Errorf("a CSV file offers sheets: %+v", v)
	}
}

// TestImportSheetMenuClosesAfterThePick picks a sheet as the Select's menu
// does: the menu, an overlay above the import, closes only after the pick.
// The import of the sheet picked must still be shown then (closed last,
// the menu once took it along, and the window showed no import at all).
func TestImportSheetMenuClosesAfterThePick(t *testing.T) {
	ui, _, _ := newStoreUI(t)
	ui.files = &fakeChooser{path: writeSheetsBook(t)}
	v := openImport(depsOf[importStore](ui), func() {})
	if v == nil || v.sheet == nil {
		t.Fatal("no import view with a sheet choice")
	}
	overlays := ui.win.Canvas().Overlays()
	menu := widget.NewPopUp(widget.NewLabel("Notes"), ui.win.Canvas())
	menu.Show()
	v.sheet.SetSelected("Notes")
	menu.Hide()
	if v.next == nil || overlays.Top() == nil {
		t.Fatalf("after the pick and the menu closed: next %v, %d overlays", v.next, len(overlays.List()))
	}
	if v.next.table.Sheet != "Notes" {
		t.Errorf("the import shown is of sheet %q", v.next.table.Sheet)
	}
}

// TestImportSaysWhichSheetsAreHidden: a sheet the workbook hides is listed
// as hidden, and picking it reads it by its own name.
func TestImportSaysWhichSheetsAreHidden(t *testing.T) {
	ui, _, _ := newStoreUI(t)
	path := writeSheetsBook(t)
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.SetSheetVisible("Notes", false); err != nil {
		t.Fatal(err)
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	f.Close()
	ui.files = &fakeChooser{path: path}
	v := openImport(depsOf[importStore](ui), func() {})
	if v == nil || v.sheet == nil {
		t.Fatal("no import view with a sheet choice")
	}
	hidden := lang.L("{{.Sheet}} (hidden)", map[string]any{"Sheet": "Notes"})
	if want := []string{hidden, "Data", "Empty"}; !slices.Equal(v.sheet.Options, want) || v.sheet.Selected != "Data" {
		t.Fatalf("the choice lists %q with %q picked, want %q with Data", v.sheet.Options, v.sheet.Selected, want)
	}
	v.sheet.SetSelected(hidden)
	if v.next == nil || v.next.table.Sheet != "Notes" || v.next.sheet.Selected != hidden {
		t.Fatalf("after picking the hidden sheet: %+v", v.next)
	}
}
