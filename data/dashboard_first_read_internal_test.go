package data

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"testing"

	"pacer/app"
)

// TestDashboardFirstReadFromSnapshot opens a store on a file that holds a
// setup snapshot: its first dashboard, which decodes the goals while it
// reads their totals, is the dashboard the store before it read, for
// every filter, with one goal checked in past the day it is read as of.
func TestDashboardFirstReadFromSnapshot(t *testing.T) {
	ctx, cal := context.Background(), app.Calendar{}
	asOf := app.NewDate(2026, 5, 20)
	path := filepath.Join(t.TempDir(), "pacer.db")
	s := mustReopen(t, path)
	for i, p := range []app.Perspective{app.PerspectiveFinancial, app.PerspectiveCustomer, app.PerspectiveFinancial} {
		g := app.Goal{Title: fmt.Sprint("Goal ", i), Perspective: p, Kind: app.KindIncrease, Unit: app.UnitCount,
			Aggregation: app.AggFlow, Target: 1200, Start: app.NewDate(2026, 1, 1), End: app.NewDate(2026, 12, 31),
			Cadence: app.CadenceMonth, PlanBy: app.CadenceQuarter}
		if err := s.CreateGoal(ctx, &g); err != nil {
			t.Fatal(err)
		}
		last := 4 + i // the third goal is checked in for June, after asOf
		for m := 1; m <= last; m++ {
			c := app.CheckIn{GoalID: g.ID, PeriodKey: fmt.Sprintf("2026-%02d", m), Value: float64(90 + 10*i + m)}
			if err := s.PutCheckIn(ctx, &c); err != nil {
				t.Fatal(err)
			}
		}
	}
	s.settleTotals(ctx) // as Close does: the first read finds them counted
	filters := []app.GoalFilter{{}, {Perspective: string(app.PerspectiveFinancial)}, {Search: "Goal 1"}}
	before := make([]app.DashboardData, len(filters))
	for i, f := range filters {
		d, err := s.Dashboard(ctx, f, cal, asOf)
		if err != nil {
			t.Fatal(err)
		}
		before[i] = d
	}
	s.Close()
	for i, f := range filters {
		s := mustReopen(t, path)
		d, err := s.Dashboard(ctx, f, cal, asOf)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(d, before[i]) {
			t.Errorf("filter %+v: first read\n%+v\nwant\n%+v", f, d, before[i])
		}
		if !s.setupCache().filed {
			t.Errorf("filter %+v: the goals were not read from the snapshot", f)
		}
		s.Close()
	}
}
