package data

import (
	"context"
	"maps"
	"path/filepath"
	"testing"

	"pacer/app"
)

// TestReportedPeriodsAreEachGoalsCheckIns checks that the periods read in
// one pass are, goal by goal, those of the goal's check-ins.
func TestReportedPeriodsAreEachGoalsCheckIns(t *testing.T) {
	ctx := context.Background()
	s, ids := goalsCheckedIn(t, [][]string{{"2026-01", "2026-03"}, nil, {"2026-02"}})
	got, err := s.ReportedPeriods(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range ids {
		cs, err := s.CheckIns(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		want := map[string]bool{}
		for _, c := range cs {
			want[c.PeriodKey] = true
		}
		if !maps.Equal(got[id], want) && !(len(got[id]) == 0 && len(want) == 0) {
			t.Errorf("goal %d: reported %v, its check-ins %v", id, got[id], want)
		}
	}
}

// goalsCheckedIn is a new store with a monthly goal of 2026 for each of
// keys, checked in for the periods keys lists in that order, the j-th
// of the i-th goal with the value 10i+j; and the goals' IDs.
func goalsCheckedIn(t *testing.T, keys [][]string) (*Store, []int64) {
	t.Helper()
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "r.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	var ids []int64
	for i, keys := range keys {
		g := &app.Goal{Title: "Goal " + string(rune('A'+i)), Perspective: app.PerspectiveFinancial, Kind: app.KindIncrease,
			Unit: app.UnitCount, Aggregation: app.AggFlow, Target: 100,
			Start: app.NewDate(2026, 1, 1), End: app.NewDate(2026, 12, 31), Cadence: app.CadenceMonth, PlanBy: app.CadenceMonth}
		if err := s.CreateGoal(ctx, g); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, g.ID)
		for j, k := range keys {
			if err := s.CreateCheckIn(ctx, &app.CheckIn{GoalID: g.ID, PeriodKey: k, Value: float64(10*i + j), Confidence: 7}); err != nil {
				t.Fatal(err)
			}
		}
	}
	return s, ids
}
