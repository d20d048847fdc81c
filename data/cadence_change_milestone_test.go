package data_test

import (
	"context"
	"testing"

	"pacer/app"
)

// TestCadenceChangeMilestoneStaysDoneOrNot: a flow milestone's months
// rolled into quarters are done (1) when any month is, never 2, so the
// quarters written are check-ins the milestone can keep and edit.
func TestCadenceChangeMilestoneStaysDoneOrNot(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	g := newGoal()
	g.Kind, g.Aggregation, g.Target, g.Baseline, g.Decimals, g.Cadence = app.KindMilestone, app.AggFlow, 1, nil, 0, app.CadenceMonth
	mustCreateGoal(t, s, g)
	cs := []app.CheckIn{{GoalID: g.ID, PeriodKey: "2026-01", Value: 1}, {GoalID: g.ID, PeriodKey: "2026-02", Value: 1},
		{GoalID: g.ID, PeriodKey: "2026-04", Value: 0}, {GoalID: g.ID, PeriodKey: "2026-05", Value: 1},
		{GoalID: g.ID, PeriodKey: "2026-07", Value: 0}}
	mustNotErr(t, s.SaveCheckIns(ctx, cs))
	edited := *g
	edited.Cadence = app.CadenceQuarter
	change, err := s.PreviewCadenceChange(ctx, edited)
	mustNotErr(t, err)
	mustNotErr(t, s.ChangeCadence(ctx, change))
	got, err := s.CheckIns(ctx, g.ID)
	mustNotErr(t, err)
	want := map[string]float64{"2026-Q1": 1, "2026-Q2": 1, "2026-Q3": 0}
	if len(got) != len(want) {
		t.Fatalf("check-ins after the change %+v, want %v", got, want)
	}
	for _, c := range got {
		if v, ok := want[c.PeriodKey]; !ok || c.Value != v {
			t.Errorf("%s = %v, want %v", c.PeriodKey, c.Value, want)
		}
		c.Note = "checked"
		mustNotErr(t, s.UpdateCheckIn(ctx, &c))
	}
}
