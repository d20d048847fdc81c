package views

import (
	"testing"

	"fyne.io/fyne/v2"
)

// TestGapPaneOpensAtItsTop scrolls the gap analysis of the sample's worst
// gap down at 1024×640, then shows another goal, and then another period:
// each opens at the pane's top, its heading in sight (the pane kept the
// last one's offset, and "2025-Q1" showed half cut). Saving the same
// goal's analysis keeps where the user was.
func TestGapPaneOpensAtItsTop(t *testing.T) {
	s := sampleReviewUI(t)
	s.ui.window().Resize(fyne.NewSize(1024, 640))
	scrolledDown := func() {
		t.Helper()
		s.gap.scroll.ScrollToBottom()
		if s.gap.scroll.Offset.Y == 0 {
			t.Fatal("the gap pane does not scroll at 1024×640")
		}
	}
	scrolledDown()
	s.list.Select(1)
	if y := s.gap.scroll.Offset.Y; y != 0 {
		t.Errorf("another goal's gap analysis opens %.0f px down", y)
	}
	scrolledDown()
	s.period.SetSelectedIndex(s.period.SelectedIndex() - 1) // 2023-Q2
	if y := s.gap.scroll.Offset.Y; y != 0 {
		t.Errorf("another period's gap analysis (%s) opens %.0f px down", s.gap.period, y)
	}
	s.period.SetSelectedIndex(s.period.SelectedIndex() + 1) // back to 2023-Q1
	s.list.Select(0)
	scrolledDown()
	kept := s.gap.scroll.Offset.Y
	s.gap.onSave()
	if y := s.gap.scroll.Offset.Y; y != kept {
		t.Errorf("saving moved the pane from %.0f to %.0f px", kept, y)
	}
}
