package views

import (
	"testing"

	"fyne.io/fyne/v2"
)

// TestReviewsFitA1024Window checks that the Reviews screen, with the
// sample plan's counts and its buttons, asks for no more than 1024×640.
func TestReviewsFitA1024Window(t *testing.T) {
	s := sampleReviewUI(t)
	w := s.ui.window()
	w.Resize(fyne.NewSize(1024, 640))
	if m := w.Content().MinSize(); m.Width > 1024 || m.Height > 640 {
		t.Errorf("Reviews needs %v: wider or taller than 1024×640", m)
	}
}
