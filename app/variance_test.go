package app

import (
	"math"
	"testing"
)

func TestVariance(t *testing.T) {
	tests := []struct {
		name             string
		unit             Unit
		expected, actual float64
		want             VarianceResult
	}{
		{"seed sales", UnitCurrency, 10e6, 8e6, VarianceResult{Abs: -2e6, Rel: -0.2, RelOK: true}},
		{"seed customers", UnitCount, 50, 40, VarianceResult{Abs: -10, Rel: -0.2, RelOK: true}},
		{"seed market share", UnitPercent, 10, 8, VarianceResult{Abs: -2, Rel: -0.2, RelOK: true, PP: -2, PPOK: true}},
		{"ahead", UnitCount, 40, 50, VarianceResult{Abs: 10, Rel: 0.25, RelOK: true}},
		{"zero expected", UnitCount, 0, 5, VarianceResult{Abs: 5}},
		{"zero expected percent", UnitPercent, 0, 5, VarianceResult{Abs: 5, PP: 5, PPOK: true}},
		{"negative expected, better", UnitCurrency, -100, -80, VarianceResult{Abs: 20, Rel: 0.2, RelOK: true}},
		{"negative expected, worse", UnitCurrency, -100, -130, VarianceResult{Abs: -30, Rel: -0.3, RelOK: true}},
		{"custom unit", UnitCustom, 8, 10, VarianceResult{Abs: 2, Rel: 0.25, RelOK: true}},
		{"NaN", UnitPercent, math.NaN(), 1, VarianceResult{}},
		{"Inf", UnitCount, 1, math.Inf(1), VarianceResult{}},
	}
	for _, tt := range tests {
		got := Variance(tt.unit, tt.expected, tt.actual)
		if got.RelOK != tt.want.RelOK || got.PPOK != tt.want.PPOK || !Near(got.Abs, tt.want.Abs) ||
			!Near(got.Rel, tt.want.Rel) || !Near(got.PP, tt.want.PP) {
			t.Errorf("%s: Variance = %+v, want %+v", tt.name, got, tt.want)
		}
	}
}

func TestComparisons(t *testing.T) {
	values := ValueMap(Vals("2022-Q1", 7e6, "2022-Q4", 9e6, "2023-Q1", 8e6, "2025-W52", 4, "2026-W53", 5))
	plan := []PeriodTarget{{PeriodKey: "2023-Q1", Target: 10e6}}
	cal := Calendar{}
	type result struct {
		r  VarianceResult
		ok bool
	}
	check := func(name string, got VarianceResult, ok bool, want result) {
		t.Helper()
		if ok != want.ok || !Near(got.Abs, want.r.Abs) || !Near(got.Rel, want.r.Rel) || got.RelOK != want.r.RelOK {
			t.Errorf("%s = %+v, %v; want %+v, %v", name, got, ok, want.r, want.ok)
		}
	}
	r, ok := VsPlan(UnitCurrency, plan, values, Key(t, "2023-Q1"))
	check("VsPlan 2023-Q1", r, ok, result{VarianceResult{Abs: -2e6, Rel: -0.2, RelOK: true}, true})
	r, ok = VsPlan(UnitCurrency, plan, values, Key(t, "2022-Q1"))
	check("VsPlan unplanned", r, ok, result{})
	r, ok = VsPrevious(UnitCurrency, values, Key(t, "2023-Q1"))
	check("VsPrevious 2023-Q1", r, ok, result{VarianceResult{Abs: -1e6, Rel: -1.0 / 9, RelOK: true}, true})
	r, ok = VsPrevious(UnitCurrency, values, Key(t, "2022-Q1"))
	check("VsPrevious without previous", r, ok, result{})
	r, ok = VsLastYear(cal, UnitCurrency, values, Key(t, "2023-Q1"))
	check("VsLastYear 2023-Q1", r, ok, result{VarianceResult{Abs: 1e6, Rel: 1.0 / 7, RelOK: true}, true})
	r, ok = VsLastYear(cal, UnitCount, values, Key(t, "2026-W53"))
	check("VsLastYear week 53", r, ok, result{VarianceResult{Abs: 1, Rel: 0.25, RelOK: true}, true})
	r, ok = Compare(UnitPercent, map[string]float64{"a": 10}, "a", map[string]float64{"b": 8}, "b")
	if !ok || !r.PPOK || !Near(r.PP, -2) {
		t.Errorf("Compare percent = %+v, %v", r, ok)
	}
}
