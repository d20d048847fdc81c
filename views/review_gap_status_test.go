package views

import (
	"testing"

	"fyne.io/fyne/v2"
)

// TestGapSaveShowsItsOutcome saves a gap analysis at 1024×640 with its
// pane at the top, as a user who has just filled the cause does: the
// "Saved at" line under the buttons scrolls into sight (it was written
// below the pane's fold, and the save seemed to do nothing).
func TestGapSaveShowsItsOutcome(t *testing.T) {
	s := sampleReviewUI(t)
	s.ui.window().Resize(fyne.NewSize(1024, 640))
	s.gap.scroll.ScrollToTop()
	s.gap.onSave()
	if s.gap.status.Text == "" {
		t.Fatal("saving said nothing")
	}
	top := s.gap.content.Position().Y + s.gap.status.Position().Y
	bottom := top + s.gap.status.Size().Height
	seen := s.gap.scroll.Offset.Y + s.gap.scroll.Size().Height
	if top < s.gap.scroll.Offset.Y || bottom > seen {
		t.Errorf("%q is at %.0f–%.0f px, the pane shows %.0f–%.0f px", s.gap.status.Text, top, bottom, s.gap.scroll.Offset.Y, seen)
	}
}
