package app

import (
	"math"
	"reflect"
	"strings"
	"testing"
)

// pt builds a plan from alternating keys and targets.
func pt(kv ...any) []PeriodTarget {
	var plan []PeriodTarget
	for _, v := range Vals(kv...) {
		plan = append(plan, PeriodTarget{PeriodKey: v.PeriodKey, Target: v.Value})
	}
	return plan
}

// decimalSum adds the plan's targets as decimals at the given places, so
// that "adds up exactly" is checked without float noise.
func decimalSum(plan []PeriodTarget, decimals int) int64 {
	var sum int64
	for _, p := range plan {
		sum += int64(math.Round(p.Target * math.Pow10(decimals)))
	}
	return sum
}

func TestRoundValue(t *testing.T) {
	tests := []struct {
		v        float64
		decimals int
		want     float64
	}{
		{2.675, 2, 2.68},
		{1.005, 2, 1.01},
		{-1.005, 2, -1.01},
		{0.1 + 0.2, 2, 0.3},
		{33.333333, 0, 33},
		{-0.001, 2, 0},
		{13605882.35, 0, 13605882},
		{1.5, -1, 2},
		{math.Inf(1), 2, math.Inf(1)},
	}
	for _, tt := range tests {
		if got := RoundValue(tt.v, tt.decimals); got != tt.want || math.Signbit(got) != math.Signbit(tt.want) {
			t.Errorf("RoundValue(%v, %d) = %v, want %v", tt.v, tt.decimals, got, tt.want)
		}
	}
	if got := RoundValue(math.NaN(), 2); !math.IsNaN(got) {
		t.Errorf("RoundValue(NaN) = %v", got)
	}
}

func TestRoundUp(t *testing.T) {
	tests := []struct {
		v        float64
		decimals int
		want     float64
	}{
		{2e6 * 1.05, 0, 2100000},
		{11e6 * 1.05, 0, 11550000},
		{10.01, 0, 11},
		{10.001, 2, 10.01},
		{-10.5, 0, -10},
		{8.5 + 0.5, 1, 9},
		{42, 0, 42},
	}
	for _, tt := range tests {
		if got := roundUp(tt.v, tt.decimals); got != tt.want {
			t.Errorf("roundUp(%v, %d) = %v, want %v", tt.v, tt.decimals, got, tt.want)
		}
	}
}

func TestSplitEven(t *testing.T) {
	year := func(g Goal) Goal {
		g.Start, g.End = Day(t, "2023-01-01"), Day(t, "2023-12-31")
		return g
	}
	tests := []struct {
		name string
		g    Goal
		by   Cadence
		want []PeriodTarget
	}{
		{"sales by quarter", wizardGoal(t), CadenceQuarter,
			pt("2023-Q1", 15e6, "2023-Q2", 15e6, "2023-Q3", 15e6, "2023-Q4", 15e6)},
		{"remainder on the last period", Goal{Kind: KindIncrease, Aggregation: AggFlow, Target: 100,
			Start: Day(t, "2023-01-01"), End: Day(t, "2023-03-31")}, CadenceMonth,
			pt("2023-01", 33, "2023-02", 33, "2023-03", 34)},
		{"remainder at two decimals", Goal{Kind: KindIncrease, Aggregation: AggFlow, Target: 100, Decimals: 2,
			Start: Day(t, "2023-01-01"), End: Day(t, "2023-03-31")}, CadenceMonth,
			pt("2023-01", 33.33, "2023-02", 33.33, "2023-03", 33.34)},
		// January from the 25th is 7/31 of a month: 1,200 shared as
		// 11 + 7/31 months, rather than 100 for a week.
		{"a month the span covers in part", Goal{Kind: KindIncrease, Aggregation: AggFlow, Target: 1200,
			Start: Day(t, "2023-01-25"), End: Day(t, "2023-12-31")}, CadenceMonth,
			pt("2023-01", 24, "2023-02", 107, "2023-03", 107, "2023-04", 107, "2023-05", 107, "2023-06", 107,
				"2023-07", 107, "2023-08", 107, "2023-09", 107, "2023-10", 107, "2023-11", 107, "2023-12", 106)},
		{"a quarter ending in mid-June", Goal{Kind: KindIncrease, Aggregation: AggFlow, Target: 300,
			Start: Day(t, "2023-01-01"), End: Day(t, "2023-06-15")}, CadenceQuarter,
			pt("2023-Q1", 164, "2023-Q2", 136)}, // Q2 to the 15th of June: April, May and half of June, as the plan by month asks
		{"new customers 200 by quarter", year(Goal{Kind: KindIncrease, Aggregation: AggFlow, Target: 200}), CadenceQuarter,
			pt("2023-Q1", 50, "2023-Q2", 50, "2023-Q3", 50, "2023-Q4", 50)},
		{"level steps from the baseline", year(Goal{Kind: KindIncrease, Aggregation: AggLevel,
			Unit: UnitPercent, Decimals: 1, Baseline: Ptr(10), Target: 15}), CadenceQuarter,
			pt("2023-Q1", 11.3, "2023-Q2", 12.5, "2023-Q3", 13.8, "2023-Q4", 15)},
		{"level without a baseline holds the target", year(Goal{Kind: KindIncrease, Aggregation: AggLevel,
			Decimals: 1, Target: 15}), CadenceQuarter,
			pt("2023-Q1", 15, "2023-Q2", 15, "2023-Q3", 15, "2023-Q4", 15)},
		{"stay above", year(Goal{Kind: KindStayAbove, Aggregation: AggFlow, Target: 50}), CadenceQuarter,
			pt("2023-Q1", 50, "2023-Q2", 50, "2023-Q3", 50, "2023-Q4", 50)},
		{"milestone", year(Goal{Kind: KindMilestone, Aggregation: AggLevel, Target: 1}), CadenceQuarter,
			pt("2023-Q1", 0, "2023-Q2", 0, "2023-Q3", 0, "2023-Q4", 1)},
		{"no cadence given: the goal's PlanBy", year(Goal{Kind: KindIncrease, Aggregation: AggFlow,
			Target: 4, PlanBy: CadenceHalf}), "", pt("2023-H1", 2, "2023-H2", 2)},
		{"fiscal quarters", Goal{Kind: KindIncrease, Aggregation: AggFlow, Target: 8,
			Start: Day(t, "2023-04-01"), End: Day(t, "2024-03-31")}, CadenceQuarter,
			pt("2023-Q1", 2, "2023-Q2", 2, "2023-Q3", 2, "2023-Q4", 2)},
		{"no dates", Goal{Kind: KindIncrease, Aggregation: AggFlow, Target: 8}, CadenceQuarter, nil},
		// Rounding every month's half up left December −5 (and −1 for the
		// fourth quarter of 2): the months follow the running share.
		{"6 a year by month", year(Goal{Kind: KindIncrease, Aggregation: AggFlow, Target: 6}), CadenceMonth,
			pt("2023-01", 1, "2023-02", 0, "2023-03", 1, "2023-04", 0, "2023-05", 1, "2023-06", 0,
				"2023-07", 1, "2023-08", 0, "2023-09", 1, "2023-10", 0, "2023-11", 1, "2023-12", 0)},
		{"2 a year by quarter", year(Goal{Kind: KindIncrease, Aggregation: AggFlow, Target: 2}), CadenceQuarter,
			pt("2023-Q1", 1, "2023-Q2", 0, "2023-Q3", 1, "2023-Q4", 0)},
		{"a cost of 30 by month", year(Goal{Kind: KindDecrease, Aggregation: AggFlow, Target: 30}), CadenceMonth,
			pt("2023-01", 3, "2023-02", 2, "2023-03", 3, "2023-04", 2, "2023-05", 3, "2023-06", 2,
				"2023-07", 3, "2023-08", 2, "2023-09", 3, "2023-10", 2, "2023-11", 3, "2023-12", 2)},
	}
	for _, tt := range tests {
		cal := Calendar{}
		if strings.HasPrefix(tt.name, "fiscal") {
			cal = April
		}
		if got := SplitEven(cal, tt.g, tt.by); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: SplitEven = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestSplitSeasonal(t *testing.T) {
	sales := wizardGoal(t)
	cents := wizardGoal(t)
	cents.Target, cents.Decimals = 60000000.01, 2
	share := Goal{Kind: KindIncrease, Unit: UnitPercent, Aggregation: AggLevel, Decimals: 1,
		Baseline: Ptr(8.1), Target: 10.5, Start: Day(t, "2023-01-01"), End: Day(t, "2023-12-31")}
	shareHistory := Vals("2020-Q4", 6, "2021-Q1", 6.5, "2021-Q2", 7, "2021-Q3", 7, "2021-Q4", 8,
		"2022-Q1", 8, "2022-Q2", 8, "2022-Q3", 8.5, "2022-Q4", 8.5)
	tests := []struct {
		name    string
		g       Goal
		by      Cadence
		history []PeriodValue
		want    []PeriodTarget
		wantOK  bool
	}{
		{"sales by last years' quarters", sales, CadenceQuarter, salesHistory(),
			pt("2023-Q1", 13605882, "2023-Q2", 14505882, "2023-Q3", 15494118, "2023-Q4", 16394118), true},
		{"months from quarters: a third each", withTarget(sales, 120), CadenceMonth,
			Vals("2022-Q1", 10, "2022-Q2", 20, "2022-Q3", 30, "2022-Q4", 40),
			pt("2023-01", 4, "2023-02", 4, "2023-03", 4, "2023-04", 8, "2023-05", 8, "2023-06", 8,
				"2023-07", 12, "2023-08", 12, "2023-09", 12, "2023-10", 16, "2023-11", 16, "2023-12", 16), true},
		{"quarters from months", withTarget(sales, 100), CadenceQuarter, Monthly(2022, 10, 20, 30, 40),
			pt("2023-Q1", 10, "2023-Q2", 20, "2023-Q3", 30, "2023-Q4", 40), true},
		{"part of a year is normalised", Goal{Kind: KindIncrease, Aggregation: AggFlow, Target: 100,
			Start: Day(t, "2023-07-01"), End: Day(t, "2023-12-31")}, CadenceQuarter,
			Vals("2022-Q1", 10, "2022-Q2", 20, "2022-Q3", 30, "2022-Q4", 70),
			pt("2023-Q3", 30, "2023-Q4", 70), true},
		{"a quarter the span covers in part asks that part", Goal{Kind: KindIncrease, Aggregation: AggFlow, Target: 100,
			Start: Day(t, "2023-08-16"), End: Day(t, "2023-12-31")}, CadenceQuarter,
			// Q3 from 16 August: 46 of its 92 days, half its 30 in the seasons.
			Vals("2022-Q1", 10, "2022-Q2", 20, "2022-Q3", 30, "2022-Q4", 70),
			pt("2023-Q3", 18, "2023-Q4", 82), true},
		{"level path shaped by history", share, CadenceQuarter, shareHistory,
			// 2021 reached 25/50/50/100 % of its change by quarter ends, 2022 0/0/100/100 %.
			pt("2023-Q1", 8.4, "2023-Q2", 8.7, "2023-Q3", 9.9, "2023-Q4", 10.5), true},
		{"level without baseline starts from the latest year", withBaseline(share, nil), CadenceQuarter, shareHistory,
			pt("2023-Q1", 8.8, "2023-Q2", 9, "2023-Q3", 10, "2023-Q4", 10.5), true},
		{"a level path over half a year is rescaled", withDates(share, Day(t, "2023-07-01"), Day(t, "2023-12-31")),
			CadenceQuarter, shareHistory,
			// Q2 reached 25 % of the change, Q3 75 %: two thirds of the rest.
			pt("2023-Q3", 9.7, "2023-Q4", 10.5), true},
		{"a level path across fiscal years is not shaped", withDates(share, Day(t, "2023-07-01"), Day(t, "2024-03-31")),
			CadenceQuarter, shareHistory, nil, false},
		{"no history", sales, CadenceQuarter, nil, nil, false},
		{"no full year", sales, CadenceQuarter, Vals("2022-Q1", 1, "2022-Q2", 1), nil, false},
		{"weeks are not supported", sales, CadenceWeek, salesHistory(), nil, false},
		{"stay goals are not seasonal", Goal{Kind: KindStayAbove, Aggregation: AggFlow, Target: 50,
			Start: Day(t, "2023-01-01"), End: Day(t, "2023-12-31")}, CadenceQuarter, salesHistory(), nil, false},
	}
	for _, tt := range tests {
		got, ok := SplitSeasonal(Calendar{}, tt.g, tt.by, tt.history)
		if ok != tt.wantOK || !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: SplitSeasonal = %v, %v; want %v, %v", tt.name, got, ok, tt.want, tt.wantOK)
		}
	}
	got, _ := SplitSeasonal(Calendar{}, cents, CadenceMonth, Monthly(2021, 7, 11, 13, 17))
	if s := decimalSum(got, 2); s != 6000000001 {
		t.Errorf("monthly plan of 60,000,000.01 adds up to %d cents", s)
	}
}

func TestCheckPlan(t *testing.T) {
	sales := wizardGoal(t)
	share := Goal{Kind: KindIncrease, Unit: UnitPercent, Aggregation: AggLevel, Decimals: 1,
		Baseline: Ptr(8), Target: 10, Start: Day(t, "2023-01-01"), End: Day(t, "2023-12-31"), PlanBy: CadenceQuarter}
	floored := pt("2023-Q1", 14e6, "2023-Q2", 15e6, "2023-Q3", 15e6, "2023-Q4", 16e6)
	floored[0].Floor, floored[3].Floor = Ptr(14.5e6), Ptr(15e6)
	tests := []struct {
		name string
		g    Goal
		plan []PeriodTarget
		want PlanCheck
	}{
		{"adds up", sales, pt("2023-Q1", 13605882, "2023-Q2", 14505882, "2023-Q3", 15494118, "2023-Q4", 16394118),
			PlanCheck{Total: 6e7, AddsUp: true, EndsAtTarget: true}},
		{"one short", sales, pt("2023-Q1", 15e6, "2023-Q2", 15e6, "2023-Q3", 15e6, "2023-Q4", 14999999),
			PlanCheck{Total: 59999999, Diff: -1, EndsAtTarget: true}},
		{"float noise is not a difference", withTarget(withDecimals(sales, 2), 0.3), pt("2023-Q1", 0.1, "2023-Q2", 0.2, "2023-Q3", 0, "2023-Q4", 0),
			PlanCheck{Total: 0.3, AddsUp: true, EndsAtTarget: true}},
		{"missing and extra", sales, pt("2023-Q1", 3e7, "2023-Q2", 3e7, "2024-Q1", 1, "2023-05", 1, "2023-Q2", 5, "bad", 1),
			PlanCheck{Total: 6e7, AddsUp: true, EndsAtTarget: true, MissingPeriods: []string{"2023-Q3", "2023-Q4"},
				ExtraPeriods: []string{"2024-Q1", "2023-05", "2023-Q2", "bad"}}},
		{"below floor", sales, floored, PlanCheck{Total: 6e7, AddsUp: true, EndsAtTarget: true, PastBound: []string{"2023-Q1"}}},
		{"level ends at target", share, pt("2023-Q1", 8.5, "2023-Q2", 9, "2023-Q3", 9.5, "2023-Q4", 10),
			PlanCheck{Total: 10, AddsUp: true, EndsAtTarget: true}},
		{"level ends short", share, pt("2023-Q1", 8.5, "2023-Q2", 9, "2023-Q3", 9.5, "2023-Q4", 9.8),
			PlanCheck{Total: 9.8, Diff: -0.2, AddsUp: true}},
		{"level without its last period", share, pt("2023-Q1", 8.5, "2023-Q2", 9, "2023-Q3", 10),
			PlanCheck{Total: 10, AddsUp: true, MissingPeriods: []string{"2023-Q4"}}},
		{"stay goals need not add up", Goal{Kind: KindStayAbove, Aggregation: AggFlow, Target: 50,
			Start: Day(t, "2023-01-01"), End: Day(t, "2023-06-30"), PlanBy: CadenceQuarter},
			pt("2023-Q1", 50, "2023-Q2", 50), PlanCheck{Total: 100, Diff: 50, AddsUp: true, EndsAtTarget: true}},
		{"cadence from the keys when PlanBy is unset", withPlanBy(sales, ""), pt("2023-H1", 3e7, "2023-H2", 3e7),
			PlanCheck{Total: 6e7, AddsUp: true, EndsAtTarget: true}},
	}
	for _, tt := range tests {
		got := CheckPlan(Calendar{}, tt.g, tt.plan)
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: CheckPlan =\n %+v\nwant %+v", tt.name, got, tt.want)
		}
		if got.OK() != (tt.want.AddsUp && tt.want.EndsAtTarget && tt.want.MissingPeriods == nil && tt.want.ExtraPeriods == nil) {
			t.Errorf("%s: OK() = %v", tt.name, got.OK())
		}
	}
}

func withDates(g Goal, start, end Date) Goal {
	g.Start, g.End = start, end
	return g
}

func withDecimals(g Goal, d int) Goal   { g.Decimals = d; return g }
func withPlanBy(g Goal, c Cadence) Goal { g.PlanBy = c; return g }

func TestFloorsFromGrowth(t *testing.T) {
	sales := wizardGoal(t)
	plan := pt("2023-Q1", 13605882, "2023-Q2", 14505882, "2023-Q3", 15494118, "2023-Q4", 16394118)
	share := Goal{Unit: UnitPercent, Aggregation: AggLevel, Decimals: 1}
	costs := Goal{Kind: KindDecrease, Unit: UnitCurrency, Aggregation: AggFlow, Decimals: 0}
	churn := Goal{Kind: KindDecrease, Unit: UnitPercent, Aggregation: AggLevel, Decimals: 1}
	tests := []struct {
		name        string
		g           Goal
		plan        []PeriodTarget
		history     []PeriodValue
		growth      float64
		wantFloors  []float64 // NaN: no floor
		wantMissing []string
	}{
		{"+5% on last year's quarters", sales, plan, salesHistory(), 5,
			[]float64{11550000, 12600000, 13650000, 14700000}, nil},
		{"quarters from months, rounded up", withDecimals(sales, 0), plan[:2], Monthly(2022, 10, 10.01, 0, 0), 5,
			[]float64{11, 11}, nil},
		{"a quarter with a missing month has no floor", sales, plan[:1], Vals("2022-01", 5, "2022-02", 5), 5,
			[]float64{math.NaN()}, []string{"2023-Q1"}},
		{"missing history", sales, plan, Vals("2022-Q1", 100, "2022-Q3", 100), 5,
			[]float64{105, math.NaN(), 105, math.NaN()}, []string{"2023-Q2", "2023-Q4"}},
		{"points for market share", share, pt("2023-Q1", 9, "2023-Q2", 9.5), Vals("2022-Q1", 8, "2022-Q2", 8.25), 0.5,
			[]float64{8.5, 8.8}, nil},
		{"a negative year grows on its size", sales, pt("2023-Q1", 0), Vals("2022-Q1", -100), 10,
			[]float64{-90}, nil},
		{"bad keys", sales, pt("2023-X1", 5), salesHistory(), 5, []float64{math.NaN()}, []string{"2023-X1"}},
		{"a decrease goal's ceiling: 5% below last year, rounded down", costs, pt("2023-Q1", 90, "2023-Q2", 90),
			Vals("2022-Q1", 100, "2022-Q2", 99), 5, []float64{95, 94}, nil},
		{"a decrease goal's ceiling in points", churn, pt("2023-Q1", 4), Vals("2022-Q1", 5.25), 0.5,
			[]float64{4.7}, nil},
	}
	for _, tt := range tests {
		got, missing := FloorsFromGrowth(Calendar{}, tt.g, tt.plan, tt.history, tt.growth)
		if !reflect.DeepEqual(missing, tt.wantMissing) {
			t.Errorf("%s: missing = %v, want %v", tt.name, missing, tt.wantMissing)
		}
		for i, p := range got {
			want := tt.wantFloors[i]
			if (p.Floor == nil) != math.IsNaN(want) || (p.Floor != nil && *p.Floor != want) ||
				p.Target != tt.plan[i].Target || p.PeriodKey != tt.plan[i].PeriodKey {
				t.Errorf("%s: period %d = %+v (floor %v), want floor %v", tt.name, i, p, floorText(p.Floor), want)
			}
		}
	}
	if plan[0].Floor != nil {
		t.Error("FloorsFromGrowth changed its input")
	}
}

func floorText(f *float64) any {
	if f == nil {
		return "none"
	}
	return *f
}

func TestFloorsAtLeast(t *testing.T) {
	plan := pt("2023-Q1", 40, "2023-Q2", 60)
	got := FloorsAtLeast(plan, 50)
	if len(got) != 2 || *got[0].Floor != 50 || *got[1].Floor != 50 || got[0].Floor == got[1].Floor {
		t.Fatalf("FloorsAtLeast = %+v; want a floor of 50 on each, not shared", got)
	}
	*got[0].Floor = 1
	if *got[1].Floor != 50 || plan[0].Floor != nil {
		t.Error("floors are shared or the input changed")
	}
	if c := CheckPlan(Calendar{}, Goal{Kind: KindIncrease, Aggregation: AggFlow, Target: 100,
		Start: Day(t, "2023-01-01"), End: Day(t, "2023-06-30"), PlanBy: CadenceQuarter}, FloorsAtLeast(plan, 50)); !reflect.DeepEqual(c.PastBound, []string{"2023-Q1"}) {
		t.Errorf("PastBound = %v, want [2023-Q1]", c.PastBound)
	}
}

// TestCeilingsOfADecreaseGoal: a decrease goal's bound is the most a
// period may reach, so a target above it is past it, and one below is not.
func TestCeilingsOfADecreaseGoal(t *testing.T) {
	plan := pt("2023-Q1", 40, "2023-Q2", 60)
	g := Goal{Kind: KindDecrease, Aggregation: AggFlow, Target: 100,
		Start: Day(t, "2023-01-01"), End: Day(t, "2023-06-30"), PlanBy: CadenceQuarter}
	if c := CheckPlan(Calendar{}, g, FloorsAtLeast(plan, 50)); !reflect.DeepEqual(c.PastBound, []string{"2023-Q2"}) {
		t.Errorf("PastBound = %v, want [2023-Q2]", c.PastBound)
	}
	for k, want := range map[Kind]bool{KindIncrease: true, KindDecrease: true, KindStayAbove: false, KindStayBelow: false, KindMilestone: false} {
		if HasPeriodBounds(k) != want {
			t.Errorf("HasPeriodBounds(%s) = %v, want %v", k, !want, want)
		}
	}
}
