package views

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"pacer/app"
)

// gapAndPlanOnScreen saves, on the Reviews screen, a gap analysis of two
// measures and the action plan "Create action plan" fills from it, and
// returns the screen's gap editor and the plan as saved.
func gapAndPlanOnScreen(t *testing.T) (*mainUI, *gapEditor, app.Goal, app.ActionPlan) {
	t.Helper()
	ui, _, store := newStoreUI(t)
	g := saveSeedGoal(t, store, "Sales 2023")
	ui.showScreen(screenReviews)
	e := builtScreen[*reviewsScreen](ui).gap
	e.load(g, "2023-Q1")
	e.rows[0].text.SetText("Call the distributors")
	test.Tap(e.add)
	e.rows[1].text.SetText("Cut prices")
	test.Tap(e.toAction)
	ed := builtScreen[*actionsScreen](ui).editor
	if ed == nil {
		t.Fatal("Create action plan opened no editor")
	}
	ed.status.SetSelected(actionStatusLabel(app.ActionInProgress))
	test.Tap(ed.save)
	plans, err := store.ListActionPlans(context.Background(), app.ActionFilter{})
	if err != nil || len(plans) != 1 {
		t.Fatalf("%d plans saved (%v): %s", len(plans), err, ed.msg.Text)
	}
	ui.showScreen(screenReviews)
	e.load(g, "2023-Q1")
	return ui, e, g, plans[0]
}

// TestGapMeasureShowsItsActionPlanDone: an action plan made from a gap
// analysis and marked done on the Actions screen left the gap's measures
// reading open in the review; each now reads done, says so under it, and
// reads open again when the plan is reopened.
func TestGapMeasureShowsItsActionPlanDone(t *testing.T) {
	ui, e, g, p := gapAndPlanOnScreen(t)
	ctx := context.Background()
	if e.rows[0].done.Checked || !strings.Contains(e.rows[0].planLine.Text, "In progress") {
		t.Fatalf("before: ticked %v, line %q; want open, naming the plan in progress", e.rows[0].done.Checked, e.rows[0].planLine.Text)
	}
	ui.openActionPlan(p)
	ed := builtScreen[*actionsScreen](ui).editor
	ed.status.SetSelected(actionStatusLabel(app.ActionDone))
	test.Tap(ed.save)
	ui.showScreen(screenReviews)
	for _, r := range e.rows {
		if !r.done.Checked || !r.done.Disabled() || !strings.HasPrefix(r.planLine.Text, "Done on the action plan") {
			t.Errorf("%q after its plan was done: ticked %v, line %q", r.text.Text, r.done.Checked, r.planLine.Text)
		}
		if strings.Contains(r.planLine.Text, "(Done)") {
			t.Errorf("%q: the line %q says Done twice", r.text.Text, r.planLine.Text)
		}
	}
	if e.changed() {
		t.Error("a measure its plan did reads as a change to save")
	}

	p.Status = app.ActionInProgress
	if err := ui.deps.Store.UpdateActionPlan(ctx, &p); err != nil {
		t.Fatal(err)
	}
	e.load(g, "2023-Q1")
	if e.rows[0].done.Checked || e.rows[0].done.Disabled() {
		t.Error("the measure still reads done after its plan was reopened")
	}
}

// TestTickingGapMeasureAsksAboutItsPlan: ticking done a measure whose step
// is open on an action plan asks whether the plan's step is done too;
// either answer is saved and shown, never the plan silently overwritten.
func TestTickingGapMeasureAsksAboutItsPlan(t *testing.T) {
	tests := []struct {
		button    string
		ticked    bool // the measure, saved
		stepDone  bool // its step on the plan, saved
		lineStart string
	}{
		{"Tick it on the plan too", true, true, "Done on the action plan"},
		{"Only in the gap analysis", true, false, "Done here; still open on the action plan"},
		{"Cancel", false, false, "On the action plan"},
	}
	for _, tt := range tests {
		t.Run(tt.button, func(t *testing.T) {
			ui, e, g, p := gapAndPlanOnScreen(t)
			ctx := context.Background()
			test.Tap(e.rows[0].done)
			ask := ui.win.Canvas().Overlays().Top()
			if ask == nil || !containsText(ask, p.Problem) {
				t.Fatal("no question naming the measure's action plan")
			}
			test.Tap(findButton(t, ask, tt.button))
			test.Tap(e.save)
			r, err := ui.deps.Store.ReviewByPeriod(ctx, g.ID, "2023-Q1")
			if err != nil {
				t.Fatal(err)
			}
			got, err := ui.deps.Store.ActionPlanByID(ctx, p.ID)
			if err != nil {
				t.Fatal(err)
			}
			if r.Measures[0].Done != tt.ticked || got.Measures[0].Done != tt.stepDone || got.Measures[1].Done {
				t.Errorf("saved: measure done %v, steps %+v; want %v and first step %v", r.Measures[0].Done, got.Measures, tt.ticked, tt.stepDone)
			}
			if !strings.HasPrefix(e.rows[0].planLine.Text, tt.lineStart) {
				t.Errorf("line %q, want it to start %q", e.rows[0].planLine.Text, tt.lineStart)
			}
		})
	}
}

// TestActionStepSaysItsGapMeasureIsDone: a measure ticked done in the gap
// analysis only left its step open on the Actions screen with nothing
// said; the step says so there until it is ticked.
func TestActionStepSaysItsGapMeasureIsDone(t *testing.T) {
	ui, e, _, p := gapAndPlanOnScreen(t)
	test.Tap(e.rows[0].done)
	test.Tap(findButton(t, ui.win.Canvas().Overlays().Top(), "Only in the gap analysis"))
	test.Tap(e.save)
	saved, err := ui.deps.Store.ActionPlanByID(context.Background(), p.ID)
	if err != nil {
		t.Fatal(err)
	}
	ui.openActionPlan(*saved)
	ed := builtScreen[*actionsScreen](ui).editor
	if !ed.rows[0].gapLine.Visible() || ed.rows[1].gapLine.Visible() {
		t.Fatalf("lines shown: %v, %v; want the first step's only", ed.rows[0].gapLine.Visible(), ed.rows[1].gapLine.Visible())
	}
	test.Tap(ed.rows[0].done)
	if ed.rows[0].gapLine.Visible() {
		t.Error("the line stays on a step ticked done")
	}
}
