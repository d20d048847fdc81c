package views

import (
	"context"
	"testing"
	"time"

	"pacer/app"
)

func TestReplanKeepsTargetAndRecordsOldPlan(t *testing.T) {
	ui, _, store := newStoreUI(t)
	ui.now = func() time.Time { return sampleAsOf }
	ctx := context.Background()
	g := saveSeedGoal(t, store, "Sales 2023")
	if err := store.CreateCheckIn(ctx, &app.CheckIn{GoalID: g.ID, PeriodKey: "2023-Q1", Value: 8_000_000}); err != nil {
		t.Fatal(err)
	}
	paces, _ := loadWholePaces(ui, ui.deps.Store)
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
