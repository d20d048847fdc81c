package chart

import (
	"errors"
	"math"
	"testing"

	"pacer/app"
)

// TestCumulativeSeries checks the numbers a native chart gets: the sample
// sales goal's plan summed up to its target, the Q1 actual, the target in
// every quarter, and the projection from Q1 to the year's end, as
// Project has it.
func TestCumulativeSeries(t *testing.T) {
	in := sampleChart(t, "en", 0)
	s, err := in.Series()
	if err != nil {
		t.Fatal(err)
	}
	g := in.Goal
	if len(s.Labels) != 4 || s.Labels[0] != "Q1" || len(s.Plan) != 4 || len(s.Actual) != 4 || len(s.Target) != 4 || len(s.Projection) != 4 {
		t.Fatalf("series %+v", s)
	}
	sum := 0.0
	for i, p := range in.Plan {
		sum += p.Target
		if s.Plan[i] != sum {
			t.Errorf("plan %d = %v, want %v", i, s.Plan[i], sum)
		}
		if s.Target[i] != g.Target {
			t.Errorf("target %d = %v", i, s.Target[i])
		}
	}
	if s.Actual[0] != in.Values[0].Value || !math.IsNaN(s.Actual[1]) {
		t.Errorf("actual %v, values %v", s.Actual, in.Values)
	}
	pr := app.Project(in.Calendar, g, in.Plan, in.Values, in.AsOf)
	if !pr.OK || s.Projection[0] != s.Actual[0] || s.Projection[3] != pr.EndValue || !(s.Projection[1] > s.Projection[0] && s.Projection[2] < s.Projection[3]) {
		t.Errorf("projection %v, want from %v to %v", s.Projection, s.Actual[0], pr.EndValue)
	}
	in.Goal.Target = math.Inf(1)
	if _, err := in.Series(); !errors.Is(err, ErrChart) {
		t.Errorf("an infinite target: %v", err)
	}
}

// TestCumulativeSeriesRounded checks that the running sums a native chart
// gets are the goal's decimals, as its labels show them: tenths added up
// in binary (0.1+0.2 = 0.30000000000000004) would show their noise in the
// workbook PowerPoint opens with "Edit data".
func TestCumulativeSeriesRounded(t *testing.T) {
	in := sampleChart(t, "en", 0)
	in.Goal.Decimals, in.Goal.Target = 1, 2.2
	in.Plan = []app.PeriodTarget{{PeriodKey: "2023-Q1", Target: 0.1}, {PeriodKey: "2023-Q2", Target: 0.2}, {PeriodKey: "2023-Q3", Target: 0.7}, {PeriodKey: "2023-Q4", Target: 1.2}}
	in.Values = []app.PeriodValue{{PeriodKey: "2023-Q1", Value: 0.1}, {PeriodKey: "2023-Q2", Value: 0.2}, {PeriodKey: "2023-Q3", Value: 0.3}}
	in.AsOf = app.NewDate(2023, 10, 15)
	s, err := in.Series()
	if err != nil {
		t.Fatal(err)
	}
	if tenth, fifth := 0.1, 0.2; tenth+fifth == 0.3 {
		t.Fatal("the test needs binary noise")
	}
	want := map[string][]float64{"plan": {0.1, 0.3, 1, 2.2}, "actual": {0.1, 0.3, 0.6}}
	for name, got := range map[string][]float64{"plan": s.Plan, "actual": s.Actual} {
		for i, w := range want[name] {
			if got[i] != w {
				t.Errorf("%s %d = %v, want %v", name, i, got[i], w)
			}
		}
	}
	for i, v := range s.Projection {
		if !math.IsNaN(v) && v != app.RoundValue(v, 1) {
			t.Errorf("projection %d = %v, not to a tenth", i, v)
		}
	}
}
