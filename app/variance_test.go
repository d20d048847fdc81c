package app

import (
	"math"
	"testing"

	"pacer/data"
)

func TestVariance(t *testing.T) {
	tests := []struct {
		name             string
		unit             data.Unit
		expected, actual float64
		want             VarianceResult
	}{
		{"seed sales", data.UnitCurrency, 10e6, 8e6, VarianceResult{Abs: -2e6, Rel: -0.2, RelOK: true}},
		{"seed customers", data.UnitCount, 50, 40, VarianceResult{Abs: -10, Rel: -0.2, RelOK: true}},
		{"seed market share", data.UnitPercent, 10, 8, VarianceResult{Abs: -2, Rel: -0.2, RelOK: true, PP: -2, PPOK: true}},
		{"ahead", data.UnitCount, 40, 50, VarianceResult{Abs: 10, Rel: 0.25, RelOK: true}},
		{"zero expected", data.UnitCount, 0, 5, VarianceResult{Abs: 5}},
		{"zero expected percent", data.UnitPercent, 0, 5, VarianceResult{Abs: 5, PP: 5, PPOK: true}},
		{"negative expected, better", data.UnitCurrency, -100, -80, VarianceResult{Abs: 20, Rel: 0.2, RelOK: true}},
		{"negative expected, worse", data.UnitCurrency, -100, -130, VarianceResult{Abs: -30, Rel: -0.3, RelOK: true}},
		{"custom unit", data.UnitCustom, 8, 10, VarianceResult{Abs: 2, Rel: 0.25, RelOK: true}},
		{"NaN", data.UnitPercent, math.NaN(), 1, VarianceResult{}},
		{"Inf", data.UnitCount, 1, math.Inf(1), VarianceResult{}},
	}
	for _, tt := range tests {
		got := Variance(tt.unit, tt.expected, tt.actual)
		if got.RelOK != tt.want.RelOK || got.PPOK != tt.want.PPOK || !near(got.Abs, tt.want.Abs) ||
			!near(got.Rel, tt.want.Rel) || !near(got.PP, tt.want.PP) {
			t.Errorf("%s: Variance = %+v, want %+v", tt.name, got, tt.want)
		}
	}
}

func TestComparisons(t *testing.T) {
	values := ValueMap(vals("2022-Q1", 7e6, "2022-Q4", 9e6, "2023-Q1", 8e6, "2025-W52", 4, "2026-W53", 5))
	plan := []data.PeriodTarget{{PeriodKey: "2023-Q1", Target: 10e6}}
	cal := Calendar{}
	type result struct {
		r  VarianceResult
		ok bool
	}
	check := func(name string, got VarianceResult, ok bool, want result) {
		t.Helper()
		if ok != want.ok || !near(got.Abs, want.r.Abs) || !near(got.Rel, want.r.Rel) || got.RelOK != want.r.RelOK {
			t.Errorf("%s = %+v, %v; want %+v, %v", name, got, ok, want.r, want.ok)
		}
	}
	r, ok := VsPlan(data.UnitCurrency, plan, values, key(t, "2023-Q1"))
	check("VsPlan 2023-Q1", r, ok, result{VarianceResult{Abs: -2e6, Rel: -0.2, RelOK: true}, true})
	r, ok = VsPlan(data.UnitCurrency, plan, values, key(t, "2022-Q1"))
	check("VsPlan unplanned", r, ok, result{})
	r, ok = VsPrevious(data.UnitCurrency, values, key(t, "2023-Q1"))
	check("VsPrevious 2023-Q1", r, ok, result{VarianceResult{Abs: -1e6, Rel: -1.0 / 9, RelOK: true}, true})
	r, ok = VsPrevious(data.UnitCurrency, values, key(t, "2022-Q1"))
	check("VsPrevious without previous", r, ok, result{})
	r, ok = VsLastYear(cal, data.UnitCurrency, values, key(t, "2023-Q1"))
	check("VsLastYear 2023-Q1", r, ok, result{VarianceResult{Abs: 1e6, Rel: 1.0 / 7, RelOK: true}, true})
	r, ok = VsLastYear(cal, data.UnitCount, values, key(t, "2026-W53"))
	check("VsLastYear week 53", r, ok, result{VarianceResult{Abs: 1, Rel: 0.25, RelOK: true}, true})
	r, ok = Compare(data.UnitPercent, map[string]float64{"a": 10}, "a", map[string]float64{"b": 8}, "b")
	if !ok || !r.PPOK || !near(r.PP, -2) {
		t.Errorf("Compare percent = %+v, %v", r, ok)
	}
}
