package views

import (
	"context"
	"testing"
	"time"

	"pacer/app"
)

// TestFollowUpNotesAreDatedWithinThePlan: a note dated before its action
// plan began, 1999-01-01 on a plan from 2023-04-01, was kept, though it
// can tell nothing of the plan's effect. It is refused beside the field,
// and a note on the plan's first day is kept.
func TestFollowUpNotesAreDatedWithinThePlan(t *testing.T) {
	ui, _, store := newStoreUI(t)
	ui.now = func() time.Time { return sampleAsOf }
	ctx := context.Background()
	g := saveSeedGoal(t, store, "Sales 2023")
	p := app.ActionPlan{Problem: "Low sales", Start: app.NewDate(2023, 4, 1), Due: app.NewDate(2023, 6, 30),
		Status: app.ActionInProgress, FollowUp: app.CadenceMonth, GoalIDs: []int64{g.ID}}
	if err := store.CreateActionPlan(ctx, &p); err != nil {
		t.Fatal(err)
	}
	log := newFollowUpLog(followUpDeps{ui, store}, p)
	add := func(day app.Date) {
		log.date.SetDate(&day.Time)
		log.note.SetText("two new distributors")
		log.onAdd()
	}
	add(app.NewDate(1999, 1, 1))
	if notes, _ := store.FollowUps(ctx, p.ID); len(notes) != 0 || !log.msg.Visible() {
		t.Fatalf("a note from 1999 on a plan from 2023-04-01: %d kept, message %q", len(notes), log.msg.Text)
	}
	add(p.Start)
	if notes, _ := store.FollowUps(ctx, p.ID); len(notes) != 1 || log.msg.Visible() {
		t.Errorf("a note on the plan's first day: %d kept, message %q", len(notes), log.msg.Text)
	}
}
