package app

import (
	"fmt"
	"slices"
	"testing"
)

func TestContributors(t *testing.T) {
	dv := func(value string, amount float64) DimensionValue {
		return DimensionValue{Dimension: "产品", Value: value, Amount: amount}
	}
	tests := []struct {
		name               string
		current, reference []DimensionValue
		plan               float64
		decimals           int
		want               []string // value actual expected gap share%
	}{
		{name: "product B made most of the shortfall",
			current:   []DimensionValue{dv("A", 5_000_000), dv("B", 3_000_000)},
			reference: []DimensionValue{dv("A", 4_000_000), dv("B", 4_000_000)},
			plan:      10_000_000,
			want:      []string{"B 3e+06 5e+06 -2e+06 100%", "A 5e+06 5e+06 0 0%"}},
		{name: "thirds share out to the cent and add up to the variance",
			current:   []DimensionValue{dv("A", 100), dv("B", 100), dv("C", 100.01)},
			reference: []DimensionValue{dv("A", 1), dv("B", 1), dv("C", 1)},
			plan:      1000, decimals: 2,
			want: []string{"A 100 333.34 -233.34 33%", "B 100 333.33 -233.33 33%", "C 100.01 333.33 -233.32 33%"}},
		{name: "a new value was expected to bring nothing, a lost one counts its whole share",
			current:   []DimensionValue{dv("新品", 50)},
			reference: []DimensionValue{dv("旧品", 80)},
			plan:      100,
			want:      []string{"旧品 0 100 -100 100%", "新品 50 0 50 0%"}},
		{name: "mixed signs: shares are of the shortfalls of the values short, never above 100%",
			current:   []DimensionValue{dv("A", 0), dv("B", 55), dv("C", 25)},
			reference: []DimensionValue{dv("A", 1), dv("B", 1), dv("C", 2)},
			plan:      100,
			want:      []string{"A 0 25 -25 50%", "C 25 50 -25 50%", "B 55 25 30 0%"}},
		{name: "ahead of plan: shares are of the leads of the values ahead",
			current:   []DimensionValue{dv("A", 150), dv("B", 20)},
			reference: []DimensionValue{dv("A", 1), dv("B", 1)},
			plan:      100,
			want:      []string{"B 20 50 -30 0%", "A 150 50 100 100%"}},
		{name: "no reference: the plan is shared by this period's parts",
			current: []DimensionValue{dv("A", 6), dv("B", 2)}, plan: 10,
			want: []string{"A 6 7.5 -1.5 75%", "B 2 2.5 -0.5 25%"}, decimals: 1},
		{name: "nothing at all: evenly", current: []DimensionValue{dv("A", 0), dv("B", 0)}, plan: 3,
			want: []string{"A 0 2 -2 67%", "B 0 1 -1 33%"}},
		{name: "a value that lost money last year expects nothing, not a negative part",
			current:   []DimensionValue{dv("A", 90), dv("B", 5)},
			reference: []DimensionValue{dv("A", 100), dv("B", -20)},
			plan:      100,
			want:      []string{"A 90 100 -10 100%", "B 5 0 5 0%"}},
		{name: "no gap", current: []DimensionValue{dv("A", 10)}, reference: []DimensionValue{dv("A", 3)}, plan: 10,
			want: []string{"A 10 10 0 0%"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			list := Contributors(tc.current, tc.reference, tc.plan, tc.decimals)
			var got []string
			var gaps, actual float64
			for _, c := range list {
				got = append(got, fmt.Sprintf("%s %v %v %v %.0f%%", c.Value, c.Actual, c.Expected, c.Gap, c.Share*100))
				gaps += c.Gap
				actual += c.Actual
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
			variance, _ := RoundTo(actual-tc.plan, tc.decimals)
			if sum, _ := RoundTo(gaps, tc.decimals); sum != variance {
				t.Errorf("the gaps add up to %v, the goal's variance is %v", sum, variance)
			}
		})
	}
}

// TestContributorsAddUpToTheCent shares plans among 50 values of random
// cents: the expected parts add up to the plan and the gaps to the
// variance, exactly.
func TestContributorsAddUpToTheCent(t *testing.T) {
	seed := uint64(1)
	next := func() float64 {
		seed = seed*6364136223846793005 + 1442695040888963407
		return float64(seed>>40%1_000_000) / 100
	}
	for round := range 20 {
		var cur, ref []DimensionValue
		var actual float64
		for v := range 50 {
			a := next()
			cur = append(cur, DimensionValue{Value: fmt.Sprint(v), Amount: a})
			ref = append(ref, DimensionValue{Value: fmt.Sprint(v), Amount: next()})
			actual += a
		}
		plan := next() * 50
		var expected, gaps float64
		for _, c := range Contributors(cur, ref, plan, 2) {
			expected += c.Expected
			gaps += c.Gap
		}
		e, _ := RoundTo(expected, 2)
		g, _ := RoundTo(gaps, 2)
		p, _ := RoundTo(plan, 2)
		v, _ := RoundTo(actual-plan, 2)
		if e != p || g != v {
			t.Fatalf("round %d: expected parts add up to %v of a plan of %v; gaps to %v of a variance of %v", round, e, p, g, v)
		}
	}
}

// TestContributorsWithPlans expects a value's own plan where the owner
// gave one; the others share the rest of the period's plan by last year,
// and whatever no value takes is expected of the unsplit part.
func TestContributorsWithPlans(t *testing.T) {
	dv := func(value string, amount float64) DimensionValue {
		return DimensionValue{Dimension: "产品", Value: value, Amount: amount}
	}
	unsplit := DimensionValue{Dimension: "产品", Value: UnsplitLabel, Amount: 5, Unsplit: true}
	pl := func(value string, amount float64) DimensionPlan {
		return DimensionPlan{PeriodKey: "2026-Q1", Dimension: "产品", Value: value, Amount: amount}
	}
	tests := []struct {
		name               string
		current, reference []DimensionValue
		plans              []DimensionPlan
		plan               float64
		want               []string // value actual expected gap share% planned
	}{
		{name: "B's own plan, A and C share the rest by last year",
			current:   []DimensionValue{dv("A", 300), dv("B", 100), dv("C", 100)},
			reference: []DimensionValue{dv("A", 2), dv("B", 50), dv("C", 1)},
			plans:     []DimensionPlan{pl("B", 400)}, plan: 1000,
			want: []string{"B 100 400 -300 60% planned", "A 300 400 -100 20% ", "C 100 200 -100 20% "}},
		{name: "plans short of the period's plan: the unsplit part expects the rest",
			current: []DimensionValue{dv("A", 300), dv("B", 100)},
			plans:   []DimensionPlan{pl("A", 500), pl("B", 300)}, plan: 1000,
			want: []string{"A 300 500 -200 33% planned", "B 100 300 -200 33% planned", "*Other (unsplit) 0 200 -200 33% "}},
		{name: "a planned value that sold nothing; a hand-typed part apart from a value of the same name",
			current: []DimensionValue{dv("A", 10), dv(UnsplitLabel, 1), unsplit},
			plans:   []DimensionPlan{pl("新品", 20)}, plan: 36,
			want: []string{"新品 0 20 -20 100% planned", "A 10 10 0 0% ", "Other (unsplit) 1 1 0 0% ", "*Other (unsplit) 5 5 0 0% "}},
		{name: "plans over the period's plan: the values without one expect nothing, the unsplit part the excess of the plans",
			current:   []DimensionValue{dv("A", 300), dv("B", 100), dv("C", 100)},
			reference: []DimensionValue{dv("A", 2), dv("B", 1), dv("C", 1)},
			plans:     []DimensionPlan{pl("A", 1200)}, plan: 1000,
			want: []string{"A 300 1200 -900 100% planned", "B 100 0 100 0% ", "C 100 0 100 0% ", "*Other (unsplit) 0 -200 200 0% "}},
		{name: "plans over the period's plan with a hand-typed part: it takes the excess",
			current:   []DimensionValue{dv("A", 300), dv("B", 100), unsplit},
			reference: []DimensionValue{dv("A", 2), dv("B", 1)},
			plans:     []DimensionPlan{pl("A", 1200)}, plan: 1000,
			want: []string{"A 300 1200 -900 100% planned", "B 100 0 100 0% ", "*Other (unsplit) 5 -200 205 0% "}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			var gaps, actual float64
			for _, c := range Contributors(tc.current, tc.reference, tc.plan, 2, tc.plans...) {
				star, planned := "", ""
				if c.Unsplit {
					star = "*"
				}
				if c.Planned {
					planned = "planned"
				}
				got = append(got, fmt.Sprintf("%s%s %v %v %v %.0f%% %s", star, c.Value, c.Actual, c.Expected, c.Gap, c.Share*100, planned))
				gaps += c.Gap
				actual += c.Actual
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
			if v, _ := RoundTo(actual-tc.plan, 2); gaps != v {
				t.Errorf("the gaps add up to %v, the variance is %v", gaps, v)
			}
		})
	}
}

func TestPlanRest(t *testing.T) {
	plans := []DimensionPlan{{Amount: 0.1}, {Amount: 0.2}}
	if got := PlanRest(plans, 0.3, 2); got != 0 {
		t.Errorf("0.1 + 0.2 of 0.3 leaves %v", got)
	}
	if got := PlanRest(plans, 1, 2); got != 0.7 {
		t.Errorf("0.1 + 0.2 of 1 leaves %v", got)
	}
	if got := PlanRest(append(plans, DimensionPlan{Amount: 5}), 1, 2); got != -4.3 {
		t.Errorf("plans over the period's: %v", got)
	}
}
