package views

import (
	"context"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"pacer/app"
	"pacer/data"
)

// seedGoalBehindInQ1 is a store with the seed's sales goal, 2 million
// short of its plan in 2023-Q1, its pace, and a UI on it as of the
// sample's day.
func seedGoalBehindInQ1(t *testing.T) (*mainUI, *data.Store, app.Goal, []app.Pace) {
	t.Helper()
	ui, _, store := newStoreUI(t)
	ui.now = func() time.Time { return sampleAsOf }
	g := saveSeedGoal(t, store, "Sales 2023")
	if err := store.CreateCheckIn(context.Background(), &app.CheckIn{GoalID: g.ID, PeriodKey: "2023-Q1", Value: 8_000_000}); err != nil {
		t.Fatal(err)
	}
	paces, _ := loadWholePaces(ui, ui.deps.Store)
	return ui, store, g, paces
}

func TestReplanKeepsTargetAndRecordsOldPlan(t *testing.T) {
	ui, store, g, paces := seedGoalBehindInQ1(t)
	ctx := context.Background()
	saved := false
	r := newReplanDialog(depsOf[replanStore](ui), paces[0], func() { saved = true })
	r.show()
	r.mode.SetSelected(r.modes.label(replanEven))
	r.note.SetText("Q1 review")
	r.onSave()
	if !saved {
		t.Fatalf("not saved: %s", r.preview.Text)
	}
	revs, _ := store.PlanRevisions(ctx, g.ID)
	if len(revs) != 2 {
		t.Fatalf("%d revisions, want the old and the new", len(revs))
	}
	if revs[0].Periods[1].Target != 14_000_000 {
		t.Errorf("the first plan changed: %+v", revs[0].Periods)
	}
	total := 8_000_000.0
	for _, p := range revs[1].Periods[1:] {
		total += p.Target
	}
	if total != 60_000_000 || revs[1].Note != "Q1 review" {
		t.Errorf("Q1 actual plus the new remaining plan = %v (note %q), want the target 60,000,000", total, revs[1].Note)
	}
	if revs[1].Periods[0].Target != 10_000_000 {
		t.Errorf("the ended quarter's plan was rewritten: %v", revs[1].Periods[0].Target)
	}
}

func TestReplanRevisedTarget(t *testing.T) {
	ui, _, store := newStoreUI(t)
	ui.now = func() time.Time { return sampleAsOf }
	g := saveSeedGoal(t, store, "Sales 2023")
	paces, _ := loadWholePaces(ui, ui.deps.Store)
	r := newReplanDialog(depsOf[replanStore](ui), paces[0], nil)
	r.show()
	r.mode.SetSelected(r.modes.label(replanTarget))
	r.target.entry.SetText("5000万")
	r.onSave()
	got, _ := store.GoalByID(context.Background(), g.ID)
	plan, _ := store.CurrentPlan(context.Background(), g.ID)
	if got.Target != 50_000_000 || !app.CheckPlan(app.Calendar{}, *got, plan.Periods).OK() {
		t.Errorf("target %v, plan %+v", got.Target, plan.Periods)
	}
	if h, _ := store.History(context.Background(), g.ID); len(h) != 8 {
		t.Errorf("revising the target lost history: %d values", len(h))
	}
}

// TestReplannedGoalCanBeEditedAgain: a plan re-spread after Q1 adds up to
// the target with Q1's actual, not by itself. The goal list does not mark
// the goal failing SMART for it, the wizard's plan step says the plan was
// re-spread, and a changed title saves, keeping the re-plan.
func TestReplannedGoalCanBeEditedAgain(t *testing.T) {
	ui, store, g, paces := seedGoalBehindInQ1(t)
	ctx := context.Background()
	r := newReplanDialog(depsOf[replanStore](ui), paces[0], nil)
	r.show()
	r.mode.SetSelected(r.modes.label(replanByPlan))
	r.onSave()

	ui.showScreen(screenGoals)
	gs := ui.goals()
	if len(gs.rows) != 1 || worstVerdict(gs.rows[0].smart) == app.VerdictFail {
		t.Fatalf("the re-planned goal's row fails SMART: %+v", gs.rows[0].smart)
	}
	gs.onEdit(*gs.rows[0].goal)
	wiz := gs.wizard
	plan := stepOf[*planStep](wiz)
	wiz.show(stepIndex(wiz, plan))
	if want := "The plan was re-spread after 2023-Q1"; !strings.HasPrefix(plan.verdict.Text, want) {
		t.Errorf("the plan step says %q, want %q…", plan.verdict.Text, want)
	}
	specific := stepOf[*specificStep](wiz)
	wiz.show(stepIndex(wiz, specific))
	specific.titleEntry.SetText("Sales 2023, all channels")
	for wiz.step < len(wiz.steps)-1 {
		test.Tap(wiz.next)
	}
	test.Tap(wiz.save)
	if gs.wizard != nil {
		t.Fatalf("the edit of a re-planned goal was not saved: %+v", wiz.report.Letters)
	}
	saved, _ := store.GoalByID(ctx, g.ID)
	revs, _ := store.PlanRevisions(ctx, g.ID)
	if saved.Title != "Sales 2023, all channels" || len(revs) != 2 {
		t.Errorf("saved %q with %d plan revisions, want the new title and the re-plan kept", saved.Title, len(revs))
	}
}

// TestReplanNamesThePeriodsWithoutACheckIn: a re-plan that needs the
// actuals of ended periods names those without one, rather than "some".
func TestReplanNamesThePeriodsWithoutACheckIn(t *testing.T) {
	ui, _, store := newStoreUI(t)
	ui.now = func() time.Time { return time.Date(2023, 10, 20, 9, 0, 0, 0, time.UTC) }
	g := saveSeedGoal(t, store, "Sales 2023")
	if err := store.CreateCheckIn(context.Background(), &app.CheckIn{GoalID: g.ID, PeriodKey: "2023-Q1", Value: 8_000_000}); err != nil {
		t.Fatal(err)
	}
	paces, _ := loadWholePaces(ui, ui.deps.Store)
	r := newReplanDialog(depsOf[replanStore](ui), paces[0], func() {})
	r.show()
	want := "These periods have ended without a check-in: 2023-Q2, 2023-Q3. Record them first, so the remaining gap is known."
	if r.preview.Text != want {
		t.Errorf("preview %q,\nwant %q", r.preview.Text, want)
	}
	one := missingActualsText(&app.MissingActualsError{Periods: []string{"2023-Q2"}})
	if !strings.HasPrefix(one, "2023-Q2 has ended without a check-in. Record it first") {
		t.Errorf("one period missing reads %q", one)
	}
}

// TestReplanWithNothingLeftOnlyCloses: a goal whose plan periods have all
// ended has nothing to re-plan. Save new plan was enabled and did nothing,
// and a note typed made Cancel ask to discard a plan there was none of;
// Save and the fields are disabled, and Close closes without asking.
func TestReplanWithNothingLeftOnlyCloses(t *testing.T) {
	ui, _, store := newStoreUI(t)
	ui.now = func() time.Time { return time.Date(2024, 2, 1, 9, 0, 0, 0, time.UTC) }
	saveSeedGoal(t, store, "Sales 2023")
	paces, _ := loadWholePaces(ui, ui.deps.Store)
	r := newReplanDialog(depsOf[replanStore](ui), paces[0], func() { t.Error("a plan with nothing left was saved") })
	r.show()
	w := ui.win
	if !strings.HasPrefix(r.preview.Text, "Every period of the plan has ended") {
		t.Errorf("preview %q", r.preview.Text)
	}
	if save := overlayButton(t, w, "Save new plan"); !save.Disabled() {
		t.Error("Save new plan is enabled with nothing to re-plan")
	}
	test.Type(r.note, "Q4 review")
	if !r.note.Disabled() || !r.mode.Disabled() || r.note.Text != "" {
		t.Errorf("the fields take input with nothing to re-plan: note %q", r.note.Text)
	}
	test.Tap(overlayButton(t, w, "Close"))
	if ui.dialogOpen() {
		t.Fatal("closing a re-plan with nothing to re-plan left a dialog open")
	}
}
