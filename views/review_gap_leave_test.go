package views

import (
	"context"
	"testing"

	"fyne.io/fyne/v2/test"
)

// TestReviewAsksBeforeAnotherRowDropsTheGapAnalysis chooses another goal's
// row of the review: at once while the gap analysis is as loaded; with it
// changed, only after asking. Keep editing keeps it in the editor, Discard
// shows the other goal's, and Save saves it first.
func TestReviewAsksBeforeAnotherRowDropsTheGapAnalysis(t *testing.T) {
	s := sampleReviewUI(t)
	ui, w, ctx := uiOf(s.ui), uiOf(s.ui).win, context.Background()
	if len(s.rows) < 3 {
		t.Fatalf("the review lists %d rows", len(s.rows))
	}
	rowOf := func(i int) int64 { return s.rows[i].Goal.ID }
	s.list.Select(1)
	if s.gap.goal.ID != rowOf(1) || w.Canvas().Overlays().Top() != nil {
		t.Fatal("another row with nothing changed asked, or did not show its gap analysis")
	}

	s.gap.text.SetText("Distributors ordered late")
	s.list.Select(2)
	ask := w.Canvas().Overlays().Top()
	if ask == nil || !containsText(ask, "has changes not saved") {
		t.Fatal("another row dropped a changed gap analysis without asking")
	}
	test.Tap(findButton(t, ask, "Keep editing"))
	if s.gap.goal.ID != rowOf(1) || s.gap.text.Text != "Distributors ordered late" {
		t.Fatal("Keep editing lost the gap analysis typed")
	}

	s.list.Select(2)
	test.Tap(findButton(t, w.Canvas().Overlays().Top(), "Discard"))
	if s.gap.goal.ID != rowOf(2) {
		t.Fatal("Discard did not show the other row's gap analysis")
	}
	if r, err := ui.deps.Store.ReviewByPeriod(ctx, rowOf(1), s.gap.period); err == nil && r.CauseText == "Distributors ordered late" {
		t.Fatal("Discard saved the gap analysis")
	}

	s.gap.text.SetText("Fewer visits to the shops")
	s.list.Select(0)
	test.Tap(findButton(t, w.Canvas().Overlays().Top(), "Save"))
	if s.gap.goal.ID != rowOf(0) {
		t.Fatal("Save did not go on to the row chosen")
	}
	if r, err := ui.deps.Store.ReviewByPeriod(ctx, rowOf(2), s.gap.period); err != nil || r.CauseText != "Fewer visits to the shops" {
		t.Fatalf("Save saved %+v, %v", r, err)
	}
}
