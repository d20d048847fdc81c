package data_test

import (
	"context"
	"fmt"
	"math"
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
		{"another period keeps January's", app.Import{CheckIns: []app.CheckIn{checkIn("2026-02", 7)}}, "",
			[]string{"2026-01 产品=C 50 (1)"}},
		{"a period not written", app.Import{CheckIns: []app.CheckIn{checkIn("2026-04", 1)},
			Breakdown: []app.DimensionValue{dv("2026-03", "A", 1)}}, app.EInvalid, []string{"2026-01 产品=C 50 (1)"}},
		{"not finite", app.Import{CheckIns: []app.CheckIn{checkIn("2026-01", 1)},
			Breakdown: []app.DimensionValue{dv("2026-01", "A", math.NaN())}}, app.EInvalid, []string{"2026-01 产品=C 50 (1)"}},
		{"more decimals than the goal keeps", app.Import{CheckIns: []app.CheckIn{checkIn("2026-01", 1.23)},
			Breakdown: []app.DimensionValue{dv("2026-01", "A", 1.234)}}, app.EInvalid, []string{"2026-01 产品=C 50 (1)"}},
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
