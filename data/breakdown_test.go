package data_test

import (
	"context"
	"fmt"
	"maps"
	"math"
	"reflect"
	"slices"
	"testing"

	"pacer/app"
)

// breakdownText writes a goal's stored breakdown as "2026-01 产品=A 100 (1)".
func breakdownText(t *testing.T, s interface {
	Breakdown(context.Context, int64) ([]app.DimensionValue, error)
}, goalID int64) []string {
	t.Helper()
	ds, err := s.Breakdown(context.Background(), goalID)
	mustNotErr(t, err)
	var out []string
	for _, d := range ds {
		out = append(out, fmt.Sprintf("%s %s=%s %v (%d)", d.PeriodKey, d.Dimension, d.Value, d.Amount, d.Rows))
	}
	return out
}

func TestApplyImportBreakdown(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	g := mustCreateGoal(t, s, newGoal())
	dv := func(period, value string, amount float64) app.DimensionValue {
		return app.DimensionValue{GoalID: g.ID, PeriodKey: period, Dimension: "产品", Value: value, Amount: amount, Rows: 1}
	}
	checkIn := func(period string, v float64) app.CheckIn {
		return app.CheckIn{GoalID: g.ID, PeriodKey: period, Value: v, Confidence: 5}
	}
	unchanged := []string{"2026-01 产品=C 50 (1)", "2026-02 产品=Other (unsplit) 7 (0)"}
	steps := []struct {
		name string
		imp  app.Import
		code string
		want []string
	}{
		{"first import", app.Import{CheckIns: []app.CheckIn{checkIn("2026-01", 300)},
			Breakdown: []app.DimensionValue{dv("2026-01", "A", 100), dv(" 2026-01", "B", 200)}}, "",
			[]string{"2026-01 产品=A 100 (1)", "2026-01 产品=B 200 (1)"}},
		{"a re-import replaces, never adds", app.Import{CheckIns: []app.CheckIn{checkIn("2026-01", 50)},
			Breakdown: []app.DimensionValue{dv("2026-01", "C", 50)}}, "", []string{"2026-01 产品=C 50 (1)"}},
		{"another period keeps January's, and is all unsplit", app.Import{CheckIns: []app.CheckIn{checkIn("2026-02", 7)}}, "",
			[]string{"2026-01 产品=C 50 (1)", "2026-02 产品=Other (unsplit) 7 (0)"}},
		{"a period not written", app.Import{CheckIns: []app.CheckIn{checkIn("2026-04", 1)},
			Breakdown: []app.DimensionValue{dv("2026-03", "A", 1)}}, app.EInvalid, unchanged},
		{"not finite", app.Import{CheckIns: []app.CheckIn{checkIn("2026-01", 1)},
			Breakdown: []app.DimensionValue{dv("2026-01", "A", math.NaN())}}, app.EInvalid, unchanged},
		{"more decimals than the goal keeps", app.Import{CheckIns: []app.CheckIn{checkIn("2026-01", 1.23)},
			Breakdown: []app.DimensionValue{dv("2026-01", "A", 1.234)}}, app.EInvalid, unchanged},
	}
	for _, st := range steps {
		err := s.ApplyImport(ctx, st.imp)
		if st.code == "" {
			mustNotErr(t, err)
		} else {
			checkErr(t, err, st.code)
		}
		if got := breakdownText(t, s, g.ID); !slices.Equal(got, st.want) {
			t.Errorf("%s: breakdown %q, want %q", st.name, got, st.want)
		}
	}
	// The refused imports wrote nothing: April has no check-in.
	if _, err := s.CheckInByPeriod(ctx, g.ID, "2026-04"); app.ErrorCode(err) != app.ENotFound {
		t.Errorf("April after a refused import: %v", err)
	}
}

// TestHandCheckInOverImportedBreakdown types a check-in by hand over an
// imported period and imports over a hand-typed one: the last value
// written is the period's, and the breakdown adds up to it, the
// difference from the imported values unsplit, never counted twice.
func TestHandCheckInOverImportedBreakdown(t *testing.T) {
	ctx := context.Background()
	imported := func(g *app.Goal) app.Import {
		return app.Import{CheckIns: []app.CheckIn{{GoalID: g.ID, PeriodKey: "2026-01", Value: 300.5, Confidence: 5}},
			Breakdown: []app.DimensionValue{
				{GoalID: g.ID, PeriodKey: "2026-01", Dimension: "产品", Value: "A", Amount: 100.25, Rows: 2},
				{GoalID: g.ID, PeriodKey: "2026-01", Dimension: "产品", Value: "B", Amount: 200.25, Rows: 3}}}
	}
	hand := func(t *testing.T, s interface {
		PutCheckIn(context.Context, *app.CheckIn) error
	}, g *app.Goal, v float64) {
		t.Helper()
		mustNotErr(t, s.PutCheckIn(ctx, &app.CheckIn{GoalID: g.ID, PeriodKey: "2026-01", Value: v, Confidence: 7}))
	}
	t.Run("hand value after the import", func(t *testing.T) {
		s := mustOpen(t)
		g := mustCreateGoal(t, s, newGoal())
		mustNotErr(t, s.ApplyImport(ctx, imported(g)))
		hand(t, s, g, 350.51)
		want := []string{"2026-01 产品=A 100.25 (2)", "2026-01 产品=B 200.25 (3)", "2026-01 产品=Other (unsplit) 50.01 (0)"}
		if got := breakdownText(t, s, g.ID); !slices.Equal(got, want) {
			t.Errorf("breakdown %q, want %q", got, want)
		}
		hand(t, s, g, 250)
		want[2] = "2026-01 产品=Other (unsplit) -50.5 (0)"
		if got := breakdownText(t, s, g.ID); !slices.Equal(got, want) {
			t.Errorf("after a lower hand value: breakdown %q, want %q", got, want)
		}
	})
	t.Run("re-import after the hand value", func(t *testing.T) {
		s := mustOpen(t)
		g := mustCreateGoal(t, s, newGoal())
		hand(t, s, g, 999)
		mustNotErr(t, s.ApplyImport(ctx, imported(g)))
		want := []string{"2026-01 产品=A 100.25 (2)", "2026-01 产品=B 200.25 (3)"}
		if got := breakdownText(t, s, g.ID); !slices.Equal(got, want) {
			t.Errorf("breakdown %q, want %q", got, want)
		}
		c, err := s.CheckInByPeriod(ctx, g.ID, "2026-01")
		mustNotErr(t, err)
		if c.Value != 300.5 {
			t.Errorf("the import left the period at %v, want 300.5", c.Value)
		}
	})
	t.Run("a deleted check-in takes its breakdown with it", func(t *testing.T) {
		s := mustOpen(t)
		g := mustCreateGoal(t, s, newGoal())
		mustNotErr(t, s.ApplyImport(ctx, imported(g)))
		c, err := s.CheckInByPeriod(ctx, g.ID, "2026-01")
		mustNotErr(t, err)
		mustNotErr(t, s.DeleteCheckIn(ctx, c.ID))
		if got := breakdownText(t, s, g.ID); len(got) != 0 {
			t.Errorf("breakdown of a period without a value: %q", got)
		}
	})
}

// TestBreakdownsOfManyGoals reads the breakdowns of three goals at once,
// two imported with one (one of them also checked in by hand after) and
// one without: each is what Breakdown reads of its goal, the one without
// is missing, and a goal ID given twice or unknown changes nothing.
func TestBreakdownsOfManyGoals(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	a, b, none := mustCreateGoal(t, s, newGoal()), mustCreateGoal(t, s, newGoal()), mustCreateGoal(t, s, newGoal())
	dv := func(g *app.Goal, value string, amount float64) app.DimensionValue {
		return app.DimensionValue{GoalID: g.ID, PeriodKey: "2026-01", Dimension: "区域", Value: value, Amount: amount, Rows: 1}
	}
	mustNotErr(t, s.ApplyImport(ctx, app.Import{
		CheckIns: []app.CheckIn{{GoalID: a.ID, PeriodKey: "2026-01", Value: 30}, {GoalID: b.ID, PeriodKey: "2026-01", Value: 5},
			{GoalID: none.ID, PeriodKey: "2026-01", Value: 9}},
		Breakdown: []app.DimensionValue{dv(a, "North", 10), dv(a, "South", 20), dv(b, "East", 5)}}))
	mustNotErr(t, s.PutCheckIn(ctx, &app.CheckIn{GoalID: b.ID, PeriodKey: "2026-02", Value: 4}))

	got, err := s.Breakdowns(ctx, []int64{a.ID, b.ID, none.ID, a.ID, 999})
	mustNotErr(t, err)
	if _, ok := got[none.ID]; ok || len(got) != 2 {
		t.Fatalf("breakdowns of %d goals (%v), want 2", len(got), slices.Collect(maps.Keys(got)))
	}
	for _, g := range []*app.Goal{a, b} {
		one, err := s.Breakdown(ctx, g.ID)
		mustNotErr(t, err)
		if !reflect.DeepEqual(got[g.ID], one) || len(one) < 2 {
			t.Errorf("goal %d: %v, Breakdown reads %v", g.ID, got[g.ID], one)
		}
	}
}
