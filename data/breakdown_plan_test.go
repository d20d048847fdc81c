package data_test

import (
	"context"
	"fmt"
	"math"
	"slices"
	"testing"

	"pacer/app"
)

func TestSetDimensionPlans(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	g := mustCreateGoal(t, s, newGoal())
	other := mustCreateGoal(t, s, newGoal())
	pl := func(value string, amount float64) app.DimensionPlan {
		return app.DimensionPlan{Value: value, Amount: amount}
	}
	list := func() []string {
		ps, err := s.DimensionPlans(ctx, g.ID)
		mustNotErr(t, err)
		var out []string
		for _, p := range ps {
			out = append(out, fmt.Sprintf("%d %s %s=%s %v", p.GoalID-g.ID, p.PeriodKey, p.Dimension, p.Value, p.Amount))
		}
		return out
	}
	mustNotErr(t, s.SetDimensionPlans(ctx, other.ID, "2026-01", "产品", []app.DimensionPlan{pl("A", 1)}))
	steps := []struct {
		name, period, dim string
		plans             []app.DimensionPlan
		code              string
		want              []string
	}{
		{"first plans", " 2026-01", "产品 ", []app.DimensionPlan{pl("A", 100.5), pl("B", 0.1+0.2)}, "",
			[]string{"0 2026-01 产品=A 100.5", "0 2026-01 产品=B 0.3"}},
		{"another dimension and period", "2026-02", "地区", []app.DimensionPlan{pl("北美", 7)}, "",
			[]string{"0 2026-01 产品=A 100.5", "0 2026-01 产品=B 0.3", "0 2026-02 地区=北美 7"}},
		{"setting replaces that period's", "2026-01", "产品", []app.DimensionPlan{pl("C", 9)}, "",
			[]string{"0 2026-01 产品=C 9", "0 2026-02 地区=北美 7"}},
		{"more digits than the goal keeps", "2026-01", "产品", []app.DimensionPlan{pl("A", 1.234)}, app.EInvalid,
			[]string{"0 2026-01 产品=C 9", "0 2026-02 地区=北美 7"}},
		{"not finite", "2026-01", "产品", []app.DimensionPlan{pl("A", 1), pl("B", math.Inf(1))}, app.EInvalid,
			[]string{"0 2026-01 产品=C 9", "0 2026-02 地区=北美 7"}},
		{"a value twice", "2026-01", "产品", []app.DimensionPlan{pl("A", 1), pl("A", 2)}, app.EInvalid,
			[]string{"0 2026-01 产品=C 9", "0 2026-02 地区=北美 7"}},
		{"no dimension", "2026-01", " ", nil, app.EInvalid, []string{"0 2026-01 产品=C 9", "0 2026-02 地区=北美 7"}},
		{"not a period", "January", "产品", nil, app.EInvalid, []string{"0 2026-01 产品=C 9", "0 2026-02 地区=北美 7"}},
		{"none clears", "2026-01", "产品", nil, "", []string{"0 2026-02 地区=北美 7"}},
	}
	for _, st := range steps {
		err := s.SetDimensionPlans(ctx, g.ID, st.period, st.dim, st.plans)
		if st.code == "" {
			mustNotErr(t, err)
		} else {
			checkErr(t, err, st.code)
		}
		if got := list(); !slices.Equal(got, st.want) {
			t.Errorf("%s: plans %q, want %q", st.name, got, st.want)
		}
	}
	checkErr(t, s.SetDimensionPlans(ctx, 9999, "2026-01", "产品", nil), app.ENotFound)
	mustNotErr(t, s.DeleteGoal(ctx, g.ID))
	if got := list(); len(got) != 0 {
		t.Errorf("a deleted goal keeps plans by value: %q", got)
	}
}
