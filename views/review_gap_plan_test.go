package views

import (
	"context"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"pacer/app"
)

// TestActionPlanFromPastDueMeasuresSaves checks that "Create action plan"
// on a gap whose measures are all past due proposes a plan the store
// accepts: due after its start, the measures keeping their own dates
// (which the editor flags, and names once on saving).
func TestActionPlanFromPastDueMeasuresSaves(t *testing.T) {
	ui, _, store := newStoreUI(t) // today is 2023-02-01
	ctx := context.Background()
	g := saveSeedGoal(t, store, "Sales 2023")
	e := newGapEditor(depsOf[gapStore](ui))
	e.load(g, "2023-01")
	e.cause.SetSelected(causeLabel("execution"))
	e.text.SetText("Slow start")
	for i, due := range []time.Time{time.Date(2023, 1, 10, 0, 0, 0, 0, time.UTC), time.Date(2023, 1, 20, 0, 0, 0, 0, time.UTC)} {
		if i > 0 {
			test.Tap(e.add)
		}
		e.rows[i].text.SetText("Call the distributors")
		e.rows[i].due.SetDate(&due)
	}
	test.Tap(e.save)
	if e.review.ID == 0 {
		t.Fatalf("gap analysis not saved: %s", e.status.Text)
	}
	test.Tap(e.toAction)
	ed := builtScreen[*actionsScreen](ui).editor
	if ed == nil {
		t.Fatal("Create action plan opened no editor")
	}
	if p := ed.plan; p.Due.Before(p.Start.Time) {
		t.Errorf("proposed plan due %s before its start %s", p.Due, p.Start)
	}
	if len(ed.earlyRows()) != 2 {
		t.Errorf("%d measures flagged as due before the start, want 2", len(ed.earlyRows()))
	}
	test.Tap(ed.save)
	ask := ui.win.Canvas().Overlays().Top()
	if ask == nil || !containsText(ask, "Call the distributors: due 2023-01-10") {
		t.Fatal("saving did not name the measures due before the start")
	}
	test.Tap(findButton(t, ask, "Save anyway"))
	if ed.msg.Text != "" {
		t.Fatalf("saving the proposed plan failed: %s", ed.msg.Text)
	}
	plans, err := store.ListActionPlans(ctx, app.ActionFilter{})
	if err != nil || len(plans) != 1 {
		t.Fatalf("%d plans saved (%v), want 1", len(plans), err)
	}
	p := plans[0]
	if p.Start.String() != "2023-02-01" || p.Due.Before(p.Start.Time) {
		t.Errorf("saved plan runs %s to %s", p.Start, p.Due)
	}
	if len(p.Measures) != 2 || p.Measures[0].Due.String() != "2023-01-10" || p.Measures[1].Due.String() != "2023-01-20" {
		t.Errorf("measures' dates changed: %+v", p.Measures)
	}
}

// TestCreateActionPlanTakesWhatTheFormShows: a measure typed into a saved
// gap analysis, then "Create action plan" without Save, was left out of
// the plan, which was filled from the gap as last saved; and a gap never
// saved had the button greyed out with no word why. The form is saved
// first, and the plan takes every measure it shows.
func TestCreateActionPlanTakesWhatTheFormShows(t *testing.T) {
	ui, _, store := newStoreUI(t)
	ctx := context.Background()
	g := saveSeedGoal(t, store, "Sales 2023")
	ui.showScreen(screenReviews)
	e := builtScreen[*reviewsScreen](ui).gap
	e.load(g, "2023-Q1")
	if e.toAction.Disabled() {
		t.Fatal("Create action plan is greyed out on a gap analysis not saved yet")
	}
	e.cause.SetSelected(causeLabel("market_demand"))
	e.text.SetText("Weak demand")
	e.rows[0].text.SetText("Research")
	test.Tap(e.save)
	test.Tap(e.add)
	e.rows[1].text.SetText("Promote")
	e.rows[1].due.SetText("2023-02-30") // not a date: nothing leaves the form
	test.Tap(e.toAction)
	if builtScreen[*actionsScreen](ui) != nil && builtScreen[*actionsScreen](ui).editor != nil {
		t.Fatal("a plan was opened from a gap analysis that could not be saved")
	}
	if e.status.Text == "" || e.rows[1].text.Text != "Promote" {
		t.Errorf("refused: message %q, measure kept %q", e.status.Text, e.rows[1].text.Text)
	}
	e.rows[1].due.SetText("2023-04-30")
	test.Tap(e.toAction)
	ed := builtScreen[*actionsScreen](ui).editor
	if ed == nil {
		t.Fatal("Create action plan opened no editor")
	}
	var measures []string
	for _, r := range ed.rows {
		measures = append(measures, r.text.Text+" "+r.due.Text)
	}
	if len(measures) != 2 || measures[1] != "Promote 2023-04-30" {
		t.Errorf("the plan's measures are %q, want Research and Promote due 2023-04-30", measures)
	}
	if r, err := store.ReviewByPeriod(ctx, g.ID, "2023-Q1"); err != nil || len(r.Measures) != 2 {
		t.Errorf("the gap analysis was not saved with its two measures: %+v, %v", r, err)
	}
}
