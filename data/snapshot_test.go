package data_test

import (
	"context"
	"path/filepath"
	"slices"
	"testing"

	"pacer/app"
	"pacer/data"
)

func TestSnapshot(t *testing.T) {
	s := mustOpen(t)
	ctx := context.Background()
	a := newSnapshotGoal(t, s, "A", []float64{10, 20})
	b := newSnapshotGoal(t, s, "B", []float64{5})
	// A second revision of A's plan: the snapshot holds only the latest.
	if err := s.AddPlanRevision(ctx, &app.Plan{GoalID: a.ID, Target: 30, Periods: []app.PeriodTarget{
		{PeriodKey: "2023-Q1", Target: 12}, {PeriodKey: "2023-Q2", Target: 18}}}); err != nil {
		t.Fatal(err)
	}
	for _, c := range []app.CheckIn{{GoalID: a.ID, PeriodKey: "2023-Q2", Value: 3}, {GoalID: a.ID, PeriodKey: "2023-Q1", Value: 1},
		{GoalID: b.ID, PeriodKey: "2023-Q1", Value: 2}} {
		c := c
		if err := s.CreateCheckIn(ctx, &c); err != nil {
			t.Fatal(err)
		}
	}
	snap, err := s.Snapshot(ctx, app.GoalFilter{})
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
	if err := s.SetHistory(ctx, b.ID, []app.HistoryValue{{PeriodKey: "2022-Q1", Value: 4}}); err != nil {
		t.Fatal(err)
	}
	if snap, _ := s.Snapshot(ctx, app.GoalFilter{}); len(snap.History[b.ID]) != 1 || snap.History[b.ID][0].Value != 4 {
		t.Errorf("B's history = %+v", snap.History[b.ID])
	}
	if err := s.SetGoalArchived(ctx, b.ID, true); err != nil {
		t.Fatal(err)
	}
	if snap, _ := s.Snapshot(ctx, app.GoalFilter{}); len(snap.Goals) != 1 {
		t.Errorf("the snapshot lists an archived goal")
	}
}

func newSnapshotGoal(t *testing.T, s *data.Store, title string, plan []float64) app.Goal {
	t.Helper()
	g := app.Goal{Title: title, Perspective: app.PerspectiveFinancial, Kind: app.KindIncrease, Unit: app.UnitCount,
		Aggregation: app.AggFlow, Start: app.NewDate(2023, 1, 1), End: app.NewDate(2023, 12, 31),
		Cadence: app.CadenceQuarter, PlanBy: app.CadenceQuarter}
	var periods []app.PeriodTarget
	total := 0.0
	for i, v := range plan {
		periods = append(periods, app.PeriodTarget{PeriodKey: []string{"2023-Q1", "2023-Q2"}[i], Target: v})
		total += v
	}
	g.Target = total
	if err := s.SaveGoalSetup(context.Background(), app.GoalSetup{Goal: &g, Plan: periods}); err != nil {
		t.Fatal(err)
	}
	return g
}

func TestPeriodSnapshot(t *testing.T) {
	path := filepath.Join(t.TempDir(), "pacer.db")
	s := mustOpenPath(t, path)
	ctx := context.Background()
	a := newSnapshotGoal(t, s, "A", []float64{10, 20})
	b := newSnapshotGoal(t, s, "B", []float64{5})
	if err := s.SaveCheckIns(ctx, []app.CheckIn{
		{GoalID: a.ID, PeriodKey: "2023-Q1", Value: 1}, {GoalID: a.ID, PeriodKey: "2023-Q2", Value: 2},
		{GoalID: b.ID, PeriodKey: "2023-Q1", Value: 5}, {GoalID: b.ID, PeriodKey: "2023-Q3", Value: 6}}); err != nil {
		t.Fatal(err)
	}
	// A month and a week on a quarterly goal, from before the cadence rule.
	insertLegacyCheckIns(t, path, a.ID, "2023-03", "2023-W09")
	if err := s.SetHistory(ctx, b.ID, []app.HistoryValue{{PeriodKey: "2022-Q1", Value: 7}, {PeriodKey: "2022-Q2", Value: 8}}); err != nil {
		t.Fatal(err)
	}
	snap, err := s.PeriodSnapshot(ctx, app.GoalFilter{}, []string{"2023-Q3", "2023-Q1", "2022-Q1", "2023-W09", "2023-Q1", "2023-02"})
	if err != nil {
		t.Fatal(err)
	}
	if len(snap.Goals) != 2 || len(snap.Plans[a.ID]) != 2 || len(snap.Plans[b.ID]) != 1 {
		t.Errorf("goals %d, plans %+v: want both goals with their whole plans", len(snap.Goals), snap.Plans)
	}
	keys := func(cs []app.CheckIn) (out []string) {
		for _, c := range cs {
			out = append(out, c.PeriodKey)
		}
		return out
	}
	if got := keys(snap.CheckIns[a.ID]); !slices.Equal(got, []string{"2023-Q1", "2023-W09"}) {
		t.Errorf("A's check-ins %v, want those of the keys in key order", got)
	}
	if got := keys(snap.CheckIns[b.ID]); !slices.Equal(got, []string{"2023-Q1", "2023-Q3"}) {
		t.Errorf("B's check-ins %v", got)
	}
	if c := snap.CheckIns[b.ID][1]; c.GoalID != b.ID || c.Value != 6 {
		t.Errorf("B's 2023-Q3 check-in = %+v", c)
	}
	if h := snap.History[b.ID]; len(h) != 1 || h[0].PeriodKey != "2022-Q1" || h[0].Value != 7 {
		t.Errorf("B's history = %+v, want 2022-Q1 only", h)
	}
	// Appending to one goal's check-ins leaves the next goal's alone.
	_ = append(snap.CheckIns[a.ID], app.CheckIn{PeriodKey: "x"})
	if snap.CheckIns[b.ID][0].PeriodKey != "2023-Q1" {
		t.Error("appending to A's check-ins overwrote B's")
	}

	snap, err = s.PeriodSnapshot(ctx, app.GoalFilter{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(snap.Goals) != 2 || len(snap.Plans) != 2 || len(snap.CheckIns) != 0 || len(snap.History) != 0 {
		t.Errorf("no keys: %d goals, %d plans, %d goals' check-ins, %d goals' history; want the goals and plans only",
			len(snap.Goals), len(snap.Plans), len(snap.CheckIns), len(snap.History))
	}
}

func TestGoalSnapshot(t *testing.T) {
	s := mustOpen(t)
	ctx := context.Background()
	a := newSnapshotGoal(t, s, "A", []float64{10, 20})
	b := newSnapshotGoal(t, s, "B", []float64{5})
	if err := s.AddPlanRevision(ctx, &app.Plan{GoalID: b.ID, Target: 9, Periods: []app.PeriodTarget{{PeriodKey: "2023-Q1", Target: 9}}}); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveCheckIns(ctx, []app.CheckIn{{GoalID: a.ID, PeriodKey: "2023-Q1", Value: 1},
		{GoalID: b.ID, PeriodKey: "2023-Q2", Value: 2}, {GoalID: b.ID, PeriodKey: "2023-Q1", Value: 3}}); err != nil {
		t.Fatal(err)
	}
	if err := s.SetHistory(ctx, b.ID, []app.HistoryValue{{PeriodKey: "2022-Q1", Value: 4}}); err != nil {
		t.Fatal(err)
	}
	if err := s.SetGoalArchived(ctx, b.ID, true); err != nil {
		t.Fatal(err)
	}
	snap, err := s.GoalSnapshot(ctx, b.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(snap.Goals) != 1 || snap.Goals[0].ID != b.ID || !snap.Goals[0].Archived {
		t.Fatalf("goals %+v, want the archived goal B alone", snap.Goals)
	}
	if p := snap.Plans[b.ID]; len(p) != 1 || p[0].Target != 9 || len(snap.Plans) != 1 {
		t.Errorf("plans %+v, want B's latest revision only", snap.Plans)
	}
	if cs := snap.CheckIns[b.ID]; len(cs) != 2 || cs[0].PeriodKey != "2023-Q1" || cs[0].Value != 3 || len(snap.CheckIns) != 1 {
		t.Errorf("check-ins %+v, want B's two in period order", snap.CheckIns)
	}
	if h := snap.History[b.ID]; len(h) != 1 || h[0].Value != 4 {
		t.Errorf("history %+v", snap.History)
	}
	if _, err := s.GoalSnapshot(ctx, b.ID+100); app.ErrorCode(err) != app.ENotFound {
		t.Errorf("unknown goal: %v, want not found", err)
	}
}
