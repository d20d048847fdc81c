package data

import (
	"context"
	"testing"

	"pacer/app"
)

// TestFastSaveRereadsAChangedKind: a goal made a milestone after a full
// save kept its rules is not checked against the kind it had. The fast
// save, whose checks in Go pass a 7 for the increase goal it read, writes
// nothing; the full save reads the milestone and refuses the 7, and saves
// a 1, after which the fast save takes the milestone's check-ins again.
func TestFastSaveRereadsAChangedKind(t *testing.T) {
	ctx := context.Background()
	s, goal := fastStore(t)
	if err := s.PutCheckIn(ctx, &app.CheckIn{GoalID: goal, PeriodKey: "2026-W01", Value: 1}); err != nil {
		t.Fatal(err)
	}
	g, err := s.GoalByID(ctx, goal)
	if err != nil {
		t.Fatal(err)
	}
	g.Kind, g.Target, g.Baseline = app.KindMilestone, 1, nil
	if err := s.UpdateGoal(ctx, g); err != nil {
		t.Fatal(err)
	}
	seven := app.CheckIn{GoalID: goal, PeriodKey: "2026-W02", Value: 7}
	mustNotSaveFast(t, s, seven, false)
	mustNotSaveFast(t, s, seven, true)
	if err := s.PutCheckIn(ctx, &seven); app.ErrorCode(err) != app.EInvalid || app.ErrorMessage(err) != app.MsgMilestoneValue {
		t.Fatalf("7 on a goal made a milestone: %v, want the milestone's refusal", err)
	}
	if err := s.PutCheckIn(ctx, &app.CheckIn{GoalID: goal, PeriodKey: "2026-W02", Value: 1}); err != nil {
		t.Fatal(err)
	}
	mustNotSaveFast(t, s, app.CheckIn{GoalID: goal, PeriodKey: "2026-W03", Value: 7}, false)
	mustSaveFast(t, s, &app.CheckIn{GoalID: goal, PeriodKey: "2026-W03", Value: 0}, false)
	checkFastTotals(t, s)
}
