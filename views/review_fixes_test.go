package views

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"pacer/app"
)

// A user who types decimal commas opens a goal and saves it unchanged:
// every value must come back exactly, not divided by a thousand.
func TestWizardDecimalCommaRoundTrip(t *testing.T) {
	ui, _, store := newStoreUI(t)
	ctx := context.Background()
	if err := store.SetSetting(ctx, settingDecimalComma, "true"); err != nil {
		t.Fatal(err)
	}
	g := saveSeedGoal(t, store, "In 2023 raise North-America sales by 20%")
	gs := ui.goals()
	gs.onEdit(*gs.rows[0].goal)
	wiz := gs.wizard
	for wiz.step < len(wiz.steps)-1 {
		test.Tap(wiz.next)
	}
	test.Tap(wiz.save)
	if gs.wizard != nil {
		t.Fatalf("save failed: %+v", wiz.report)
	}
	got, _ := store.GoalByID(ctx, g.ID)
	plan, _ := store.CurrentPlan(ctx, g.ID)
	hist, _ := store.History(ctx, g.ID)
	if got.Target != 60_000_000 || *got.Baseline != 50_000_000 || plan.Periods[3].Target != 20_000_000 || hist[0].Value != 9_000_000 {
		t.Errorf("after an unchanged save: target %v, baseline %v, Q4 %v, history %v", got.Target, *got.Baseline, plan.Periods[3].Target, hist[0].Value)
	}
}

func TestWizardRefusesToOverwriteNewerGoal(t *testing.T) {
	ui, _, store := newStoreUI(t)
	ctx := context.Background()
	g := saveSeedGoal(t, store, "Sales 2023")
	gs := ui.goals()
	gs.onEdit(*gs.rows[0].goal)
	wiz := gs.wizard
	// Meanwhile the goal is re-planned elsewhere.
	if err := store.AddPlanRevision(ctx, &app.Plan{GoalID: g.ID, Target: g.Target, Note: "elsewhere", Periods: []app.PeriodTarget{
		{PeriodKey: "2023-Q1", Target: 15_000_000}, {PeriodKey: "2023-Q2", Target: 15_000_000},
		{PeriodKey: "2023-Q3", Target: 15_000_000}, {PeriodKey: "2023-Q4", Target: 15_000_000}}}); err != nil {
		t.Fatal(err)
	}
	for wiz.step < len(wiz.steps)-1 {
		test.Tap(wiz.next)
	}
	test.Tap(wiz.save)
	if gs.wizard == nil {
		t.Fatal("the stale draft was saved over the newer plan")
	}
	if revs, _ := store.PlanRevisions(ctx, g.ID); len(revs) != 2 {
		t.Errorf("%d plan revisions, want 2", len(revs))
	}
}

func TestEditCheckInKeepsItsPeriod(t *testing.T) {
	ui, _, store := newStoreUI(t)
	ctx := context.Background()
	g := saveSeedGoal(t, store, "Sales 2023")
	c := app.CheckIn{GoalID: g.ID, PeriodKey: "2023-Q1", Value: 8_000_000}
	if err := store.CreateCheckIn(ctx, &c); err != nil {
		t.Fatal(err)
	}
	g.Start = app.NewDate(2023, 4, 1) // Q1 is no longer in the goal's span
	f := newCheckInForm(depsOf[checkInFormStore](ui), g, &c, nil)
	f.show()
	f.value.entry.SetText("8,100,000")
	f.onSave()
	got, err := store.CheckInByPeriod(ctx, g.ID, "2023-Q1")
	if err != nil || got.Value != 8_100_000 {
		t.Errorf("the edited check-in: %+v, %v", got, err)
	}
}

func TestWizardBackKeepsBadInput(t *testing.T) {
	ui, _, _ := newStoreUI(t)
	_, wiz := openGoalsWizard(t, ui)
	test.Tap(wiz.next)
	wiz.steps[1].(*specificStep).titleEntry.SetText("Sales 2023")
	test.Tap(wiz.next)
	m := wiz.steps[2].(*measureStep)
	m.baseline.entry.SetText("12x")
	test.Tap(wiz.back)
	if wiz.step != 2 || m.baseline.entry.Text != "12x" {
		t.Errorf("Back left the step (now %d) or dropped the text %q", wiz.step, m.baseline.entry.Text)
	}
}

// TestGoalsGapChartMatchesReviewRows checks, on the sample's Q1 2023, that
// the chart of every goal's gap writes each gap as the review's rows do,
// a percent goal's in points.
func TestGoalsGapChartMatchesReviewRows(t *testing.T) {
	s := sampleReviewUI(t)
	p, _ := s.selectedPeriod()
	notes := chartBuilder{ui: s.ui, rows: s.rows, period: p}.goalsGap().Notes()
	want := []string{"−CN¥2,000,000 (−20.0%)", "−10 (−20.0%)", "−2.0 pp"}
	if len(notes) != len(want) || len(s.rows) != len(want) {
		t.Fatalf("%d bars for %d rows, want %d", len(notes), len(s.rows), len(want))
	}
	for i, r := range s.rows {
		if notes[i] != want[i] {
			t.Errorf("bar %d reads %q, want %q", i, notes[i], want[i])
		}
		if line := reviewPlanLine(r); !strings.HasSuffix(line, "gap "+notes[i]) {
			t.Errorf("row %q and its bar %q differ", line, notes[i])
		}
	}
}
