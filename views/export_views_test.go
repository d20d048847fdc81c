package views

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
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
