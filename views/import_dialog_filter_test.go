package views

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// filterChooser is a fakeChooser that keeps the filter of the last file
// it was asked to open.
type filterChooser struct {
	fakeChooser
	filter fileFilter
}

func (f *filterChooser) openFile(title string, filter fileFilter) (string, error) {
	f.filter = filter
	return f.fakeChooser.openFile(title, filter)
}

// TestImportDialogOffersWhatIsRead: the import's file dialog offers the
// files other programs name as they do, which the import reads: Google
// Sheets' "Tab-separated values" download (.tsv) and a workbook with
// macros (.xlsm). The dialog hid both, so they could not be chosen.
func TestImportDialogOffersWhatIsRead(t *testing.T) {
	ui, _, _ := newStoreUI(t)
	xlsx, err := os.ReadFile(filepath.Join("..", "app", "importer", "testdata", "real", "libreoffice_en.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	for name, content := range map[string][]byte{
		"Sales - Sheet1.tsv": []byte("Date\tSales\n2023-01-31\t1200\n2023-02-28\t1350\n"),
		"Budget.xlsm":        xlsx,
	} {
		files := &filterChooser{fakeChooser: fakeChooser{path: writeImportFile(t, name, content)}}
		ui.files = files
		v := openImport(depsOf[importStore](ui), nil)
		if v == nil {
			t.Fatalf("%s: not read", name)
		}
		v.dialog.Hide()
		ext := strings.TrimPrefix(filepath.Ext(name), ".")
		if !slices.Contains(files.filter.exts, ext) {
			t.Errorf("%s: the dialog offers %q, not .%s", name, files.filter.exts, ext)
		}
	}
}
