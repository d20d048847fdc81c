package data_test

import (
	"context"
	"testing"

	"pacer/data"
)

func TestSnapshot(t *testing.T) {
	s := mustOpen(t)
	ctx := context.Background()
	a := newSnapshotGoal(t, s, "A", []float64{10, 20})
	b := newSnapshotGoal(t, s, "B", []float64{5})
	// A second revision of A's plan: the snapshot holds only the latest.
	if err := s.AddPlanRevision(ctx, &data.Plan{GoalID: a.ID, Target: 30, Periods: []data.PeriodTarget{
		{PeriodKey: "2023-Q1", Target: 12}, {PeriodKey: "2023-Q2", Target: 18}}}); err != nil {
		t.Fatal(err)
	}
	for _, c := range []data.CheckIn{{GoalID: a.ID, PeriodKey: "2023-Q2", Value: 3}, {GoalID: a.ID, PeriodKey: "2023-Q1", Value: 1},
		{GoalID: b.ID, PeriodKey: "2023-Q1", Value: 2}} {
		c := c
		if err := s.CreateCheckIn(ctx, &c); err != nil {
			t.Fatal(err)
		}
	}
	snap, err := s.Snapshot(ctx, data.GoalFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(snap.Goals) != 2 {
		t.Fatalf("%d goals", len(snap.Goals))
	}
	if p := snap.Plans[a.ID]; len(p) != 2 || p[0].Target != 12 || p[1].Target != 18 {
		t.Errorf("A's plan = %+v, want the latest revision", p)
	}
	if p := snap.Plans[b.ID]; len(p) != 1 || p[0].Target != 5 {
		t.Errorf("B's plan = %+v", p)
	}
	if cs := snap.CheckIns[a.ID]; len(cs) != 2 || cs[0].PeriodKey != "2023-Q1" {
		t.Errorf("A's check-ins = %+v, want two in period order", cs)
	}
	if err := s.SetHistory(ctx, b.ID, []data.HistoryValue{{PeriodKey: "2022-Q1", Value: 4}}); err != nil {
		t.Fatal(err)
	}
	if snap, _ := s.Snapshot(ctx, data.GoalFilter{}); len(snap.History[b.ID]) != 1 || snap.History[b.ID][0].Value != 4 {
		t.Errorf("B's history = %+v", snap.History[b.ID])
	}
	if err := s.SetGoalArchived(ctx, b.ID, true); err != nil {
		t.Fatal(err)
	}
	if snap, _ := s.Snapshot(ctx, data.GoalFilter{}); len(snap.Goals) != 1 {
		t.Errorf("the snapshot lists an archived goal")
	}
}

func newSnapshotGoal(t *testing.T, s *data.Store, title string, plan []float64) data.Goal {
	t.Helper()
	g := data.Goal{Title: title, Perspective: data.PerspectiveFinancial, Kind: data.KindIncrease, Unit: data.UnitCount,
		Aggregation: data.AggFlow, Start: data.NewDate(2023, 1, 1), End: data.NewDate(2023, 12, 31),
		Cadence: data.CadenceQuarter, PlanBy: data.CadenceQuarter}
	var periods []data.PeriodTarget
	total := 0.0
	for i, v := range plan {
		periods = append(periods, data.PeriodTarget{PeriodKey: []string{"2023-Q1", "2023-Q2"}[i], Target: v})
		total += v
	}
	g.Target = total
	if err := s.SaveGoalSetup(context.Background(), data.GoalSetup{Goal: &g, Plan: periods}); err != nil {
		t.Fatal(err)
	}
	return g
}
