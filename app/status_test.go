package app

import (
	"errors"
	"math"
	"testing"
)

func TestThresholdsValidate(t *testing.T) {
	tests := []struct {
		th Thresholds
		ok bool
	}{
		{DefaultThresholds, true},
		{Thresholds{OnTrack: 1, AtRisk: 0.5}, true},
		{Thresholds{OnTrack: 0.01, AtRisk: 0.005}, true},
		{Thresholds{OnTrack: 0.8, AtRisk: 0.8}, false},
		{Thresholds{OnTrack: 0.7, AtRisk: 0.8}, false},
		{Thresholds{OnTrack: 0.9, AtRisk: 0}, false},
		{Thresholds{OnTrack: 0.9, AtRisk: -0.1}, false},
		{Thresholds{OnTrack: 1.01, AtRisk: 0.8}, false},
		{Thresholds{OnTrack: math.NaN(), AtRisk: 0.8}, false},
		{Thresholds{OnTrack: 0.95, AtRisk: math.NaN()}, false},
		{Thresholds{}, false},
	}
	for _, tt := range tests {
		err := tt.th.Validate()
		if (err == nil) != tt.ok {
			t.Errorf("%+v.Validate() = %v, want ok %v", tt.th, err, tt.ok)
		}
		if err != nil && !errors.Is(err, ErrThresholds) {
			t.Errorf("%+v.Validate() = %v, want ErrThresholds", tt.th, err)
		}
	}
}

func TestClassify(t *testing.T) {
	tests := []struct {
		ratio float64
		want  Status
	}{
		{2, StatusOnTrack},
		{1, StatusOnTrack},
		{0.95, StatusOnTrack},
		{math.Nextafter(0.95, 0), StatusAtRisk},
		{0.8, StatusAtRisk},
		{math.Nextafter(0.8, 0), StatusOffTrack},
		{0, StatusOffTrack},
		{-1, StatusOffTrack},
		{math.NaN(), StatusOffTrack},
	}
	for _, tt := range tests {
		if got := DefaultThresholds.Classify(tt.ratio); got != tt.want {
			t.Errorf("Classify(%v) = %s, want %s", tt.ratio, got, tt.want)
		}
	}
}

func TestPerformanceRatio(t *testing.T) {
	tests := []struct {
		name             string
		kind             Kind
		baseline         *float64
		expected, actual float64
		want             float64
	}{
		{"seed sales", KindIncrease, Ptr(0), 10e6, 8e6, 0.8},
		{"seed customers", KindIncrease, Ptr(0), 50, 40, 0.8},
		{"seed market share", KindIncrease, Ptr(5), 10, 8, 0.8},
		{"increase ahead", KindIncrease, nil, 10, 12, 1.2},
		{"increase nothing yet expected", KindIncrease, Ptr(0), 0, 0, 1},
		{"increase nothing yet expected, no baseline", KindIncrease, nil, 0, 3, 1},
		{"increase negative actual", KindIncrease, Ptr(0), 10, -2, -0.2},
		{"increase negative actual, no baseline", KindIncrease, nil, 10, -2, -0.2},
		{"increase loss", KindIncrease, Ptr(-100), -60, -70, 0.75},
		{"increase loss, no baseline, behind", KindIncrease, nil, -60, -70, 0},
		{"increase loss, no baseline, ahead", KindIncrease, nil, -60, -50, 1},
		{"decrease behind", KindDecrease, Ptr(120), 80, 100, 0.8},
		{"decrease ahead", KindDecrease, Ptr(120), 80, 60, 80.0 / 60},
		{"decrease to zero actual, baseline", KindDecrease, Ptr(5), 2, 0, 5.0 / 3},
		{"decrease to zero actual, no baseline", KindDecrease, nil, 2, 0, 1},
		{"decrease zero expected met", KindDecrease, Ptr(5), 0, 0, 1},
		{"decrease zero expected missed", KindDecrease, Ptr(5), 0, 1, 0.8},
		{"decrease zero expected, no baseline", KindDecrease, nil, 0, 3, 0},
		{"decrease nothing spent, baseline below plan", KindDecrease, Ptr(100), 300000, 0, 1},
		{"decrease refunds over costs, baseline below plan", KindDecrease, Ptr(100), 300000, -50, 1},
		{"decrease plan past baseline, over plan", KindDecrease, Ptr(-10), -5, 0, 0},
		{"decrease plan past baseline, at plan", KindDecrease, Ptr(-10), -5, -5, 1},
		{"stay above passes", KindStayAbove, nil, 50, 50, 1},
		{"stay above fails", KindStayAbove, nil, 50, 49, 0},
		{"stay below fails", KindStayBelow, nil, 2, 2.5, 0},
		{"milestone not due", KindMilestone, nil, 0, 0, 1},
		{"milestone due, not done", KindMilestone, nil, 1, 0, 0},
		{"milestone done", KindMilestone, nil, 1, 1, 1},
		{"unknown kind", "x", nil, 1, 1, 0},
		{"NaN", KindIncrease, nil, 10, math.NaN(), 0},
		{"tiny expected", KindIncrease, nil, 1e-320, 1e300, math.MaxFloat64},
	}
	for _, tt := range tests {
		got := PerformanceRatio(tt.kind, tt.baseline, tt.expected, tt.actual)
		if !Near(got, tt.want) {
			t.Errorf("%s: PerformanceRatio = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestAssess(t *testing.T) {
	q1 := func(v float64) []PeriodValue { return []PeriodValue{{"2023-Q1", v}} }
	stay := With(salesGoal, func(g *Goal) { g.Kind, g.Target = KindStayAbove, 50 })
	budget := With(salesGoal, func(g *Goal) { g.Kind, g.Baseline, g.Target = KindDecrease, Ptr(120), 80 })
	capPlan := []PeriodTarget{{PeriodKey: "2023-Q1", Target: 20}, {PeriodKey: "2023-Q2", Target: 20},
		{PeriodKey: "2023-Q3", Target: 20}, {PeriodKey: "2023-Q4", Target: 20}}
	milestone := With(shareGoal, func(g *Goal) { g.Kind, g.Target, g.Baseline = KindMilestone, 1, nil })
	// Figures are judged as shown: a cent, a tenth of a point needs a goal
	// that shows it.
	cents := With(salesGoal, func(g *Goal) { g.Decimals = 2 })
	tenths := With(shareGoal, func(g *Goal) { g.Decimals = 1 })
	tests := []struct {
		name   string
		g      Goal
		plan   []PeriodTarget
		values []PeriodValue
		asOf   string
		want   Status
		ratio  float64
	}{
		{"no values", salesGoal, salesPlan, nil, "2023-05-01", StatusNoData, 0},
		{"only future values", salesGoal, salesPlan, Vals("2023-Q3", 1e6), "2023-05-01", StatusNoData, 0},
		{"seed Q1 sales at risk", salesGoal, []PeriodTarget{{PeriodKey: "2023-Q1", Target: 10e6}}, q1(8e6), "2023-03-31", StatusAtRisk, 0.8},
		{"on track at 0.95", salesGoal, []PeriodTarget{{PeriodKey: "2023-Q1", Target: 100}}, q1(95), "2023-03-31", StatusOnTrack, 0.95},
		{"at risk just below 0.95", cents, []PeriodTarget{{PeriodKey: "2023-Q1", Target: 100}}, q1(94.99), "2023-03-31", StatusAtRisk, 0.9499},
		{"off track just below 0.8", cents, []PeriodTarget{{PeriodKey: "2023-Q1", Target: 100}}, q1(79.99), "2023-03-31", StatusOffTrack, 0.7999},
		{"Q2 not yet checked in: judged at end of Q1", salesGoal, salesPlan, q1(8e6), "2023-05-16", StatusOnTrack, 1},
		{"mid-quarter check-in judged at asOf", salesGoal, salesPlan, Vals("2023-Q1", 8e6, "2023-Q2", 4e6), "2023-05-16", StatusAtRisk, 12e6 / math.Round(8e6+10e6*46/91)},
		{"past asOf ignores later values", salesGoal, salesPlan, Vals("2023-Q1", 6e6, "2023-Q2", 20e6), "2023-03-31", StatusOffTrack, 0.75},
		{"other cadence ignored", salesGoal, salesPlan, Vals("2023-03", 8e6), "2023-03-31", StatusNoData, 0},
		{"last day still running", salesGoal, salesPlan, Vals("2023-Q1", 8e6, "2023-Q2", 10e6, "2023-Q3", 10e6, "2023-Q4", 9e6), "2023-12-31", StatusAtRisk, 37.0 / 40},
		{"after end achieved", salesGoal, salesPlan, Vals("2023-Q1", 8e6, "2023-Q2", 10e6, "2023-Q3", 10e6, "2023-Q4", 12e6), "2024-01-01", StatusAchieved, 1},
		{"after end partial", salesGoal, salesPlan, Vals("2023-Q1", 8e6, "2023-Q2", 10e6, "2023-Q3", 10e6, "2023-Q4", 4e6), "2024-01-01", StatusPartial, 0.8},
		// Q4 awaited within its grace: not final yet; after it, counted as nothing.
		{"after end Q4 awaited", salesGoal, salesPlan, Vals("2023-Q1", 8e6, "2023-Q2", 10e6, "2023-Q3", 10e6), "2024-01-01", StatusOnTrack, 1},
		{"after end missed", salesGoal, salesPlan, Vals("2023-Q1", 8e6, "2023-Q2", 10e6, "2023-Q3", 10e6), "2024-01-15", StatusMissed, 0.7},
		{"level seed market share", shareGoal, sharePlan, Vals("2023-03", 8), "2023-03-31", StatusAtRisk, 0.8},
		{"level after end achieved", tenths, sharePlan, Vals("2023-11", 14, "2023-12", 15.2), "2024-03-01", StatusAchieved, 15.2 / 15},
		{"stay 3 of 4 off track", stay, nil, Vals("2023-Q1", 50, "2023-Q2", 49, "2023-Q3", 60, "2023-Q4", 55), "2023-12-31", StatusOffTrack, 0.75},
		{"stay 4 of 5 at risk", stay, nil, Vals("2022-Q4", 50, "2023-Q1", 50, "2023-Q2", 49, "2023-Q3", 60, "2023-Q4", 55), "2023-12-31", StatusAtRisk, 0.8},
		{"stay all pass awaited", stay, nil, Vals("2023-Q1", 50, "2023-Q2", 51), "2024-01-01", StatusOnTrack, 1},
		{"stay all pass achieved", stay, nil, Vals("2023-Q1", 50, "2023-Q2", 51, "2023-Q3", 50, "2023-Q4", 52), "2024-01-15", StatusAchieved, 1},
		// Q3 and Q4 never reported: not quarters on target.
		{"stay quarters missing", stay, nil, Vals("2023-Q1", 50, "2023-Q2", 51), "2024-01-15", StatusNotReported, 1},
		{"flow cap under budget", budget, capPlan, Vals("2023-Q1", 15, "2023-Q2", 20), "2023-06-30", StatusOnTrack, 40.0 / 35},
		{"flow cap over budget", budget, capPlan, Vals("2023-Q1", 25, "2023-Q2", 25), "2023-06-30", StatusAtRisk, 0.8},
		// A sum measured from zero, not from the year's baseline.
		{"flow cap nothing spent", budget, capPlan, Vals("2023-Q1", 0), "2023-03-31", StatusOnTrack, 1},
		{"flow cap achieved", budget, capPlan, Vals("2023-Q1", 20, "2023-Q2", 20, "2023-Q3", 20, "2023-Q4", 19), "2024-01-01", StatusAchieved, 80.0 / 79},
		{"milestone not due", milestone, nil, Vals("2023-06", 0), "2023-06-30", StatusOnTrack, 1},
		{"milestone missed", milestone, nil, Vals("2023-12", 0), "2024-01-01", StatusMissed, 0},
		{"milestone achieved", milestone, nil, Vals("2023-09", 1), "2024-01-08", StatusAchieved, 1},
	}
	for _, tt := range tests {
		a := Assess(Calendar{}, tt.g, tt.plan, tt.values, Day(t, tt.asOf), DefaultThresholds)
		if a.Status != tt.want || !Near(a.Ratio, tt.ratio) {
			t.Errorf("%s: Assess = %s (ratio %v, expected %v, actual %v, at %s), want %s (ratio %v)",
				tt.name, a.Status, a.Ratio, a.Expected, a.Actual, a.Date, tt.want, tt.ratio)
		}
		if s := StatusOf(Calendar{}, tt.g, tt.plan, tt.values, Day(t, tt.asOf), DefaultThresholds); s != a.Status {
			t.Errorf("%s: StatusOf = %s, Assess = %s", tt.name, s, a.Status)
		}
	}
}

func TestAssessFigures(t *testing.T) {
	a := Assess(Calendar{}, salesGoal, salesPlan, Vals("2023-Q1", 8e6), Day(t, "2023-05-16"), DefaultThresholds)
	want := Assessment{Status: StatusOnTrack, Actual: 8e6, Expected: 8e6, Ratio: 1, Progress: 0.2, Date: Day(t, "2023-03-31")}
	if a != want {
		t.Errorf("Assess = %+v, want %+v", a, want)
	}
	// Invalid thresholds fall back to the defaults: 0.9 is at risk, not on track.
	th := Thresholds{OnTrack: 0.5, AtRisk: 0.9}
	if s := StatusOf(Calendar{}, salesGoal, salesPlan, Vals("2023-Q1", 7.2e6), Day(t, "2023-03-31"), th); s != StatusAtRisk {
		t.Errorf("StatusOf with invalid thresholds = %s, want %s", s, StatusAtRisk)
	}
	// Custom thresholds apply.
	th = Thresholds{OnTrack: 0.9, AtRisk: 0.5}
	if s := StatusOf(Calendar{}, salesGoal, salesPlan, Vals("2023-Q1", 7.2e6), Day(t, "2023-03-31"), th); s != StatusOnTrack {
		t.Errorf("StatusOf with custom thresholds = %s, want %s", s, StatusOnTrack)
	}
}
