package views

import (
	"archive/zip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"pacer/app/export/deck"
)

// TestReviewDeckExport writes the sample's Q1 review as a 4:3 deck from
// the reviews screen: one slide per goal among the others, the figures in
// the notes, and no temporary file left beside it.
func TestReviewDeckExport(t *testing.T) {
	s := sampleReviewUI(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "review.pptx")
	uiOf(s.ui).files = &fakeChooser{path: path}
	done := make(chan error, 1)
	s.onDeckDone = func(_ string, err error) { done <- err }
	p, _ := s.selectedPeriod()
	s.chooseDeckFile(p, deck.Standard)
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(60 * time.Second):
		t.Fatal("the deck was not written")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("%d files beside the deck", len(entries))
	}
	parts := readZip(t, path)
	if !strings.Contains(parts["ppt/presentation.xml"], `cx="9144000" cy="6858000" type="screen4x3"`) {
		t.Errorf("not 4:3: %s", parts["ppt/presentation.xml"])
	}
	if !strings.Contains(parts["ppt/slides/slide3.xml"], s.rows[0].Goal.Title) {
		t.Errorf("slide 3 is not the first goal's")
	}
	if n := strings.Count(parts["ppt/presentation.xml"], "<p:sldId "); n < 2+3+1+1+1 {
		t.Errorf("%d slides", n)
	}
	if notes := parts["ppt/notesSlides/notesSlide3.xml"]; !strings.Contains(notes, "against a plan of CN¥10,000,000, 20.0% below plan") {
		t.Errorf("notes of the first goal: %s", notes)
	}
}

// TestReviewDeckAsksTheShape checks that Export deck offers 16:9, chosen,
// and 4:3 before asking for a file.
func TestReviewDeckAsksTheShape(t *testing.T) {
	s := sampleReviewUI(t)
	s.onExportDeck()
	top := s.ui.window().Canvas().Overlays().Top()
	radio := findRadio(top)
	if top == nil || radio == nil || radio.Selected != "Widescreen 16:9" || len(radio.Options) != 2 || radio.Options[1] != "Standard 4:3" {
		t.Fatalf("no slide size choice: %v", radio)
	}
}

func findRadio(o fyne.CanvasObject) *widget.RadioGroup {
	for _, c := range test.LaidOutObjects(o) {
		if r, ok := c.(*widget.RadioGroup); ok {
			return r
		}
	}
	return nil
}

func readZip(t *testing.T, path string) map[string]string {
	t.Helper()
	z, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer z.Close()
	out := map[string]string{}
	for _, f := range z.File {
		r, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(r)
		r.Close()
		out[f.Name] = string(b)
	}
	return out
}
