package app

import (
	"math"
	"testing"
)

func TestProgress(t *testing.T) {
	nan, inf := math.NaN(), math.Inf(1)
	tests := []struct {
		name                     string
		kind                     Kind
		baseline, target, actual float64
		want                     float64
	}{
		{"increase half", KindIncrease, 0, 100, 50, 0.5},
		{"increase over", KindIncrease, 0, 100, 150, 1.5},
		{"increase below baseline", KindIncrease, 0, 100, -10, -0.1},
		{"increase from baseline", KindIncrease, 50, 60, 57, 0.7},
		{"increase loss -100 to -20, half", KindIncrease, -100, -20, -60, 0.5},
		{"increase loss at baseline", KindIncrease, -100, -20, -100, 0},
		{"increase loss turned profit", KindIncrease, -100, -20, 10, 1.375},
		{"increase to zero target", KindIncrease, -50, 0, -25, 0.5},
		{"increase target = baseline, met", KindIncrease, 10, 10, 10, 1},
		{"increase target = baseline, passed", KindIncrease, 10, 10, 11, 1},
		{"increase target = baseline, missed", KindIncrease, 10, 10, 9, 0},
		{"increase zero everything", KindIncrease, 0, 0, 0, 1},
		{"decrease half", KindDecrease, 100, 60, 80, 0.5},
		{"decrease over", KindDecrease, 100, 60, 50, 1.25},
		{"decrease worse", KindDecrease, 100, 60, 110, -0.25},
		{"decrease to zero", KindDecrease, 5, 0, 2, 0.6},
		{"decrease to zero met", KindDecrease, 5, 0, 0, 1},
		{"decrease loss magnitude", KindDecrease, 100, 20, 60, 0.5},
		{"decrease across zero", KindDecrease, 20, -20, 0, 0.5},
		{"decrease target = baseline, met", KindDecrease, 10, 10, 10, 1},
		{"decrease target = baseline, missed", KindDecrease, 10, 10, 10.5, 0},
		{"stay_above at target", KindStayAbove, 0, 50, 50, 1},
		{"stay_above below", KindStayAbove, 0, 50, 49.99, 0},
		{"stay_above negative target", KindStayAbove, 0, -5, -4, 1},
		{"stay_below at target", KindStayBelow, 0, 2, 2, 1},
		{"stay_below above", KindStayBelow, 0, 2, 2.01, 0},
		{"stay_below zero target", KindStayBelow, 0, 0, 0, 1},
		{"milestone done", KindMilestone, 0, 1, 1, 1},
		{"milestone not done", KindMilestone, 0, 1, 0, 0},
		{"milestone half is not done", KindMilestone, 0, 1, 0.5, 0},
		{"milestone over", KindMilestone, 0, 1, 2, 1},
		{"unknown kind", "guess", 0, 100, 50, 0},
		{"NaN actual", KindIncrease, 0, 100, nan, 0},
		{"NaN target", KindDecrease, 100, nan, 50, 0},
		{"NaN stay", KindStayBelow, 0, 2, nan, 0},
		{"Inf actual", KindIncrease, 0, 100, inf, math.MaxFloat64},
		{"Inf baseline", KindIncrease, inf, 100, 50, 0},
		{"overflowing span", KindIncrease, -math.MaxFloat64, math.MaxFloat64, 0, 0},
		{"overflowing ratio", KindIncrease, 0, 1e-300, 1e300, math.MaxFloat64},
	}
	for _, tt := range tests {
		got := Progress(tt.kind, tt.baseline, tt.target, tt.actual)
		if !Near(got, tt.want) {
			t.Errorf("%s: Progress(%s, %v, %v, %v) = %v, want %v", tt.name, tt.kind, tt.baseline, tt.target, tt.actual, got, tt.want)
		}
		if math.IsNaN(got) || math.IsInf(got, 0) {
			t.Errorf("%s: Progress returned %v", tt.name, got)
		}
	}
}

func TestCapForDisplay(t *testing.T) {
	tests := []struct{ in, want float64 }{
		{-0.5, 0}, {0, 0}, {0.3, 0.3}, {1, 1}, {1.5, 1}, {math.NaN(), 0}, {math.Inf(1), 1}, {math.Inf(-1), 0},
	}
	for _, tt := range tests {
		if got := CapForDisplay(tt.in); got != tt.want {
			t.Errorf("CapForDisplay(%v) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestGoalProgress(t *testing.T) {
	tests := []struct {
		name   string
		g      Goal
		actual float64
		want   float64
	}{
		{"flow increase ignores baseline", Goal{Kind: KindIncrease, Aggregation: AggFlow, Baseline: Ptr(50e6), Target: 60e6}, 30e6, 0.5},
		{"flow increase no baseline", Goal{Kind: KindIncrease, Aggregation: AggFlow, Target: 200}, 40, 0.2},
		{"level increase from baseline", Goal{Kind: KindIncrease, Aggregation: AggLevel, Baseline: Ptr(5), Target: 15}, 8, 0.3},
		{"level increase no baseline positive target", Goal{Kind: KindIncrease, Aggregation: AggLevel, Target: 15}, 6, 0.4},
		{"level increase no baseline negative target met", Goal{Kind: KindIncrease, Aggregation: AggLevel, Target: -20}, -10, 1},
		{"level increase no baseline negative target missed", Goal{Kind: KindIncrease, Aggregation: AggLevel, Target: -20}, -60, 0},
		{"level increase loss", Goal{Kind: KindIncrease, Aggregation: AggLevel, Baseline: Ptr(-100), Target: -20}, -60, 0.5},
		{"level decrease", Goal{Kind: KindDecrease, Aggregation: AggLevel, Baseline: Ptr(5), Target: 2}, 3.5, 0.5},
		{"level decrease no baseline met", Goal{Kind: KindDecrease, Aggregation: AggLevel, Target: 2}, 1.5, 1},
		{"level decrease no baseline missed", Goal{Kind: KindDecrease, Aggregation: AggLevel, Target: 2}, 3, 0},
		{"flow decrease from baseline", Goal{Kind: KindDecrease, Aggregation: AggFlow, Baseline: Ptr(120), Target: 80}, 100, 0.5},
		{"flow decrease met", Goal{Kind: KindDecrease, Aggregation: AggFlow, Baseline: Ptr(120), Target: 80}, 80, 1},
		{"stay above single value", Goal{Kind: KindStayAbove, Target: 50}, 50, 1},
		{"milestone", Goal{Kind: KindMilestone, Target: 1}, 1, 1},
	}
	for _, tt := range tests {
		if got := GoalProgress(tt.g, tt.actual); !Near(got, tt.want) {
			t.Errorf("%s: GoalProgress = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestGoalProgressFrom(t *testing.T) {
	stay := Goal{Kind: KindStayAbove, Aggregation: AggFlow, Cadence: CadenceQuarter, Target: 50}
	sales := Goal{Kind: KindIncrease, Aggregation: AggFlow, Cadence: CadenceQuarter, Target: 40e6}
	below := Goal{Kind: KindStayBelow, Aggregation: AggLevel, Cadence: CadenceMonth, Target: 2}
	tests := []struct {
		name   string
		g      Goal
		values []PeriodValue
		want   float64
		ok     bool
	}{
		{"stay above 3 of 4", stay, Vals("2023-Q1", 50, "2023-Q2", 49, "2023-Q3", 60, "2023-Q4", 51), 0.75, true},
		{"stay above all", stay, Vals("2023-Q1", 50), 1, true},
		{"stay below 1 of 2", below, Vals("2023-01", 2, "2023-02", 2.5), 0.5, true},
		{"flow sum", sales, Vals("2023-Q1", 8e6, "2023-Q2", 12e6), 0.5, true},
		{"no values", sales, nil, 0, false},
		{"only other cadence", sales, Vals("2023-01", 8e6), 0, false},
	}
	for _, tt := range tests {
		got, ok := GoalProgressFrom(tt.g, tt.values)
		if ok != tt.ok || !Near(got, tt.want) {
			t.Errorf("%s: GoalProgressFrom = %v, %v; want %v, %v", tt.name, got, ok, tt.want, tt.ok)
		}
	}
}

// Progress is 0 at the origin and below 0 only past it, the wrong way.
func TestProgressOrigin(t *testing.T) {
	share := Goal{Kind: KindIncrease, Aggregation: AggLevel, Baseline: Ptr(9), Target: 15}
	tests := []struct {
		name   string
		g      Goal
		origin float64
		ok     bool
	}{
		{"level from baseline", share, 9, true},
		{"flow from zero", With(share, func(g *Goal) { g.Aggregation = AggFlow }), 0, true},
		{"level without baseline", With(share, func(g *Goal) { g.Baseline = nil }), 0, true},
		{"level without baseline, negative target", With(share, func(g *Goal) { g.Baseline, g.Target = nil, -5 }), 0, false},
		{"decrease from baseline", With(share, func(g *Goal) { g.Kind, g.Target = KindDecrease, 5 }), 9, true},
		{"decrease without baseline", With(share, func(g *Goal) { g.Kind, g.Baseline = KindDecrease, nil }), 0, false},
		{"stay", With(share, func(g *Goal) { g.Kind = KindStayAbove }), 0, false},
	}
	for _, tt := range tests {
		origin, ok := ProgressOrigin(tt.g)
		if origin != tt.origin || ok != tt.ok {
			t.Errorf("%s: origin %v %v, want %v %v", tt.name, origin, ok, tt.origin, tt.ok)
		}
		if ok && GoalProgress(tt.g, origin) != 0 {
			t.Errorf("%s: progress at the origin is %v", tt.name, GoalProgress(tt.g, origin))
		}
	}
	if p := GoalProgress(share, 8); p >= 0 {
		t.Errorf("8 %% from a start of 9 %% is progress %v, want below 0", p)
	}
}
