package views

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"pacer/app/export"
)

func TestExportsAndReport(t *testing.T) {
	s := sampleReviewUI(t)
	ui := uiOf(s.ui)
	dir := t.TempDir()

	xlsx := filepath.Join(dir, "pacer.xlsx")
	ui.files = &fakeChooser{path: xlsx}
	ui.onExportXLSX()
	if content, err := os.ReadFile(xlsx); err != nil || !bytes.HasPrefix(content, []byte("PK")) {
		t.Errorf("XLSX export: %v", err)
	}

	csvDir := filepath.Join(dir, "csv")
	if err := os.Mkdir(csvDir, 0o755); err != nil {
		t.Fatal(err)
	}
	ui.files = &fakeChooser{path: csvDir}
	ui.onExportCSV()
	if entries, _ := os.ReadDir(csvDir); len(entries) < 5 {
		t.Errorf("CSV export wrote %d files", len(entries))
	}

	report := filepath.Join(dir, "review.html")
	ui.files = &fakeChooser{path: report}
	s.onSaveReport()
	content, err := os.ReadFile(report)
	if err != nil {
		t.Fatal(err)
	}
	html := string(content)
	for _, want := range []string{"<svg", "2023-Q1", s.rows[0].Goal.Title} {
		if !strings.Contains(html, want) {
			t.Errorf("the report lacks %q", want)
		}
	}
}

// TestCSVExportAsksBeforeReplacing: exporting CSV into a folder that holds
// files of an earlier export names them and writes nothing until the
// user agrees; No leaves them as they were, Replace writes the export.
// Before, the export replaced them without asking.
func TestCSVExportAsksBeforeReplacing(t *testing.T) {
	s := sampleReviewUI(t)
	ui := uiOf(s.ui)
	w := ui.window()
	dir := t.TempDir()
	other := filepath.Join(dir, "notes.txt")
	if err := os.WriteFile(other, []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	ui.files = &fakeChooser{path: dir}
	ui.onExportCSV()
	if top := w.Canvas().Overlays().Top(); top == nil || containsText(top, "replaced") {
		t.Fatal("a folder without the export's files: asked, or nothing written")
	}
	w.Canvas().Overlays().Remove(w.Canvas().Overlays().Top())
	names := export.DataCSVNames(exportWord)
	first := filepath.Join(dir, names[0])
	if err := os.WriteFile(first, []byte("earlier"), 0o644); err != nil {
		t.Fatal(err)
	}

	for _, answer := range []string{"No", "Replace"} {
		ui.onExportCSV()
		top := w.Canvas().Overlays().Top()
		more := fmt.Sprintf("and %d more", len(names)-replaceListMax)
		if top == nil || !containsText(top, names[0]) || !containsText(top, names[replaceListMax-1]+"\n"+more) {
			t.Fatalf("%s: no question naming the files to be replaced", answer)
		}
		if b, _ := os.ReadFile(first); string(b) != "earlier" {
			t.Fatalf("%s: written before the user answered", answer)
		}
		test.Tap(overlayButton(t, w, answer))
	}
	if b, _ := os.ReadFile(first); string(b) == "earlier" || !bytes.HasPrefix(b, []byte("\xef\xbb\xbf")) {
		t.Errorf("Replace did not write the export: %q", b)
	}
	if b, _ := os.ReadFile(other); string(b) != "mine" {
		t.Error("a file the export does not write was changed")
	}
}
