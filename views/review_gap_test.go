package views

import (
	"context"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"pacer/app"
)

func TestGapEditorSavesCauseAndMeasures(t *testing.T) {
	ui, _, store := newStoreUI(t)
	g := saveSeedGoal(t, store, "Sales 2023")
	e := newGapEditor(depsOf[gapStore](ui))
	e.load(g, "2023-Q1")
	e.cause.SetSelected(causeLabel("market_demand"))
	test.Type(e.text, "Weak market demand")
	e.feedback.SetText("Distributors report delays")
	e.rows[0].text.SetText("More market research")
	e.rows[0].owner.SetText("Chen Jing")
	due := time.Date(2023, 4, 30, 0, 0, 0, 0, time.UTC)
	e.rows[0].due.SetDate(&due)
	test.Tap(e.add)
	e.rows[1].text.SetText("Reposition the product")
	test.Tap(e.add) // an empty third row is ignored
	test.Tap(e.save)

	r, err := store.ReviewByPeriod(context.Background(), g.ID, "2023-Q1")
	if err != nil {
		t.Fatal(err)
	}
	if r.CauseCategory != "market_demand" || r.CauseText != "Weak market demand" || r.TeamFeedback != "Distributors report delays" {
		t.Errorf("saved review = %+v", r)
	}
	if len(r.Measures) != 2 || r.Measures[0].Owner != "Chen Jing" || r.Measures[0].Due.String() != "2023-04-30" {
		t.Errorf("saved measures = %+v", r.Measures)
	}

	e.rows[1].owner.SetText("Product team")
	e.rows[1].text.SetText("")
	test.Tap(e.save)
	if e.status.Text != "Every measure needs a description." {
		t.Error("no message for a measure without a description")
	}
	if r2, _ := store.ReviewByPeriod(context.Background(), g.ID, "2023-Q1"); len(r2.Measures) != 2 || r2.Measures[1].Text != "Reposition the product" {
		t.Error("a refused save changed the stored measures")
	}
}

// TestCreateActionOffersTheExistingPlan checks that "Create action plan"
// on a gap analysis that already has one asks first: Open shows that
// plan, Create another plan a new one filled from the gap, Cancel neither.
func TestCreateActionOffersTheExistingPlan(t *testing.T) {
	s := sampleReviewUI(t)
	ui, ctx := uiOf(s.ui), context.Background()
	plans, err := ui.deps.Store.ListActionPlans(ctx, app.ActionFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var existing app.ActionPlan
	for _, p := range plans {
		if p.ReviewID != nil && *p.ReviewID == s.gap.review.ID {
			existing = p
		}
	}
	if existing.ID == 0 {
		t.Fatal("the sample's sales gap has no action plan")
	}
	tests := []struct {
		button string
		wantID int64 // of the plan in the editor; -1 for none
	}{
		{"Cancel", -1}, {"Open the existing plan", existing.ID}, {"Create another plan", 0},
	}
	editor := func() *actionEditor {
		if builtScreen[*actionsScreen](ui) == nil {
			return nil
		}
		return builtScreen[*actionsScreen](ui).editor
	}
	for _, tt := range tests {
		if builtScreen[*actionsScreen](ui) != nil {
			builtScreen[*actionsScreen](ui).closeEditor()
		}
		ui.showScreen(screenReviews)
		test.Tap(s.gap.toAction)
		ask := ui.win.Canvas().Overlays().Top()
		if ask == nil || !containsText(ask, existing.Problem) {
			t.Fatalf("%s: no question naming the existing plan", tt.button)
		}
		test.Tap(findButton(t, ask, tt.button))
		ed := editor()
		switch {
		case tt.wantID < 0 && ed != nil:
			t.Errorf("%s opened an editor", tt.button)
		case tt.wantID >= 0 && ed == nil:
			t.Fatalf("%s opened no editor", tt.button)
		case tt.wantID >= 0 && ed.plan.ID != tt.wantID:
			t.Errorf("%s opened plan %d, want %d", tt.button, ed.plan.ID, tt.wantID)
		case tt.wantID == 0 && (ed.plan.ReviewID == nil || *ed.plan.ReviewID != s.gap.review.ID):
			t.Errorf("the other plan is not made from the gap: %+v", ed.plan)
		}
	}
	if after, _ := ui.deps.Store.ListActionPlans(ctx, app.ActionFilter{}); len(after) != len(plans) {
		t.Errorf("%d action plans, want %d: nothing is saved before Save", len(after), len(plans))
	}
}

// TestGapMeasureCanBeMarkedDone: the review's deck, report and workbook
// show whether each measure of a gap analysis is done, and nothing in the
// gap analysis could mark one done, so every measure read as open for
// ever. A tick beside each measure marks it, and is saved with it.
func TestGapMeasureCanBeMarkedDone(t *testing.T) {
	ui, _, store := newStoreUI(t)
	ctx := context.Background()
	g := saveSeedGoal(t, store, "Sales 2023")
	e := newGapEditor(depsOf[gapStore](ui))
	e.load(g, "2023-Q1")
	e.rows[0].text.SetText("Call the distributors")
	test.Tap(e.save)
	if e.rows[0].done.Checked {
		t.Fatal("a new measure shows as done")
	}
	test.Tap(e.rows[0].done)
	if !e.changed() {
		t.Error("a measure ticked done is no change to ask about")
	}
	test.Tap(e.save)
	r, err := store.ReviewByPeriod(ctx, g.ID, "2023-Q1")
	if err != nil || len(r.Measures) != 1 || !r.Measures[0].Done {
		t.Fatalf("saved measures %+v, %v; want the one done", r.Measures, err)
	}
	e.load(g, "2023-Q1")
	if !e.rows[0].done.Checked {
		t.Error("a measure saved as done shows as open")
	}
}
