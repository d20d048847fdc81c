package app

import (
	"math"
	"testing"
)

// Goals shaped on the seed: 2023, North-America sales, market share.
var (
	Year2023  = struct{ Start, End Date }{NewDate(2023, 1, 1), NewDate(2023, 12, 31)}
	salesGoal = Goal{Kind: KindIncrease, Unit: UnitCurrency, UnitLabel: "CNY", Aggregation: AggFlow,
		Baseline: Ptr(33.3e6), Target: 40e6, Start: Year2023.Start, End: Year2023.End,
		Cadence: CadenceQuarter, PlanBy: CadenceQuarter}
	salesPlan = []PeriodTarget{{PeriodKey: "2023-Q1", Target: 8e6}, {PeriodKey: "2023-Q2", Target: 10e6},
		{PeriodKey: "2023-Q3", Target: 10e6}, {PeriodKey: "2023-Q4", Target: 12e6}}
	shareGoal = Goal{Kind: KindIncrease, Unit: UnitPercent, Aggregation: AggLevel,
		Baseline: Ptr(5), Target: 15, Start: Year2023.Start, End: Year2023.End,
		Cadence: CadenceMonth, PlanBy: CadenceQuarter}
	sharePlan = []PeriodTarget{{PeriodKey: "2023-Q1", Target: 10}, {PeriodKey: "2023-Q2", Target: 12},
		{PeriodKey: "2023-Q3", Target: 14}, {PeriodKey: "2023-Q4", Target: 15}}
)

// with returns g changed by f, leaving g alone.
func With(g Goal, f func(*Goal)) Goal {
	f(&g)
	return g
}

func TestExpected(t *testing.T) {
	monthly := With(salesGoal, func(g *Goal) { g.Target, g.PlanBy = 12000, CadenceMonth })
	noPlanBy := With(salesGoal, func(g *Goal) { g.PlanBy = "" })
	shareNoBase := With(shareGoal, func(g *Goal) { g.Baseline = nil })
	defects := With(shareGoal, func(g *Goal) { g.Kind, g.Target = KindDecrease, 2 })
	stay := With(shareGoal, func(g *Goal) { g.Kind, g.Target = KindStayAbove, 50 })
	milestone := With(shareGoal, func(g *Goal) { g.Kind, g.Target, g.Baseline = KindMilestone, 1, nil })
	gapPlan := []PeriodTarget{{PeriodKey: "2023-Q1", Target: 10}, {PeriodKey: "2023-Q3", Target: 14}}
	milestonePlan := []PeriodTarget{{PeriodKey: "2023-Q1", Target: 0}, {PeriodKey: "2023-Q2", Target: 1}}
	tests := []struct {
		name string
		g    Goal
		plan []PeriodTarget
		asOf string
		want float64
	}{
		{"flow plan before start", salesGoal, salesPlan, "2022-12-31", 0},
		{"flow plan first day", salesGoal, salesPlan, "2023-01-01", 8e6 / 90},
		{"flow plan mid Q1", salesGoal, salesPlan, "2023-02-14", 4e6},
		{"flow plan end Q1", salesGoal, salesPlan, "2023-03-31", 8e6},
		{"flow plan mid Q2", salesGoal, salesPlan, "2023-05-16", 8e6 + 10e6*46/91},
		{"flow plan end", salesGoal, salesPlan, "2023-12-31", 40e6},
		{"flow plan after end", salesGoal, salesPlan, "2024-02-01", 40e6},
		{"flow plan ignores bad keys", salesGoal, append([]PeriodTarget{{PeriodKey: "Q1", Target: 5e6}}, salesPlan...), "2023-03-31", 8e6},
		{"flow no plan, monthly split", monthly, nil, "2023-02-14", 1500},
		{"flow no plan, end of January", monthly, nil, "2023-01-31", 1000},
		{"flow no plan, end", monthly, nil, "2023-12-31", 12000},
		{"flow no plan, quarters from cadence", noPlanBy, nil, "2023-03-31", 10e6},
		{"flow no plan, mid quarter", noPlanBy, nil, "2023-02-14", 5e6},
		{"flow plan of bad keys only: even split", noPlanBy, []PeriodTarget{{PeriodKey: "x", Target: 1}}, "2023-06-30", 20e6},
		{"level plan before start", shareGoal, sharePlan, "2022-12-01", 5},
		{"level plan mid Q1 from baseline", shareGoal, sharePlan, "2023-02-14", 7.5},
		{"level plan end Q1", shareGoal, sharePlan, "2023-03-31", 10},
		{"level plan mid Q2", shareGoal, sharePlan, "2023-05-16", 10 + 2.0*46/91},
		{"level plan after end", shareGoal, sharePlan, "2024-01-01", 15},
		{"level plan gap holds", shareGoal, gapPlan, "2023-05-16", 10},
		{"level plan after gap", shareGoal, gapPlan, "2023-08-15", 12},
		{"level no plan", shareGoal, nil, "2023-06-30", 10},
		{"level no plan mid Q1", shareGoal, nil, "2023-02-14", 6.25},
		{"level no baseline, first period flat", shareNoBase, sharePlan, "2023-02-14", 10},
		{"level no baseline, then linear", shareNoBase, sharePlan, "2023-05-16", 10 + 2.0*46/91},
		{"level no baseline, no plan", shareNoBase, nil, "2023-02-14", 15},
		{"level decrease", defects, nil, "2023-06-30", 3.5},
		{"stay", stay, sharePlan, "2023-05-16", 50},
		{"milestone before end", milestone, nil, "2023-12-30", 0},
		{"milestone at end", milestone, nil, "2023-12-31", 1},
		{"milestone planned Q2, before", milestone, milestonePlan, "2023-06-29", 0},
		{"milestone planned Q2, due", milestone, milestonePlan, "2023-06-30", 1},
	}
	for _, tt := range tests {
		want := tt.want
		if tt.g.Aggregation == AggFlow && tt.g.Kind != KindMilestone && !IsStay(tt.g.Kind) {
			want = RoundValue(want, Decimals(tt.g)) // a plan to date is at the goal's decimals
		}
		if got := Expected(Calendar{}, tt.g, tt.plan, Day(t, tt.asOf)); !Near(got, want) {
			t.Errorf("%s: Expected(%s) = %v, want %v", tt.name, tt.asOf, got, want)
		}
	}
}

func TestExpectedFiscal(t *testing.T) {
	g := With(salesGoal, func(g *Goal) {
		g.Start, g.End = NewDate(2023, 4, 1), NewDate(2024, 3, 31)
	})
	// FY2023 Q4 is January–March 2024.
	if got := Expected(April, g, salesPlan, Day(t, "2024-02-14")); !Near(got, RoundValue(28e6+12e6*45/91, 0)) {
		t.Errorf("Expected in FY2023 Q4 = %v", got)
	}
	if got := Expected(April, g, nil, Day(t, "2023-06-30")); !Near(got, 10e6) {
		t.Errorf("Expected at end of FY2023 Q1 without plan = %v", got)
	}
}

func TestExpectedForPeriod(t *testing.T) {
	monthly := With(salesGoal, func(g *Goal) { g.Target, g.PlanBy = 12000, CadenceMonth })
	milestone := With(shareGoal, func(g *Goal) { g.Kind, g.Target, g.Baseline = KindMilestone, 1, nil })
	milestonePlan := []PeriodTarget{{PeriodKey: "2023-Q1", Target: 0}, {PeriodKey: "2023-Q2", Target: 1}}
	tests := []struct {
		name string
		g    Goal
		plan []PeriodTarget
		p    string
		want float64
	}{
		{"flow planned period", salesGoal, salesPlan, "2023-Q2", 10e6},
		{"flow month of a planned quarter", salesGoal, salesPlan, "2023-04", RoundValue(10e6*30/91, 0)},
		{"flow half of planned quarters", salesGoal, salesPlan, "2023-H1", 18e6},
		{"flow whole year", salesGoal, salesPlan, "2023", 40e6},
		{"flow outside the plan", salesGoal, salesPlan, "2024-Q1", 0},
		{"flow no plan, month", monthly, nil, "2023-02", 1000},
		{"flow no plan, quarter of months", monthly, nil, "2023-Q1", 3000},
		{"level planned period", shareGoal, sharePlan, "2023-Q2", 12},
		{"level month inside a quarter", shareGoal, sharePlan, "2023-02", 5 + 5.0*59/90},
		{"level no plan", shareGoal, nil, "2023-Q3", 12.5},
		{"milestone not due", milestone, milestonePlan, "2023-Q1", 0},
		{"milestone due", milestone, milestonePlan, "2023-Q2", 1},
	}
	for _, tt := range tests {
		if got := ExpectedForPeriod(Calendar{}, tt.g, tt.plan, Key(t, tt.p)); !Near(got, tt.want) {
			t.Errorf("%s: ExpectedForPeriod(%s) = %v, want %v", tt.name, tt.p, got, tt.want)
		}
	}
	if got := ExpectedForPeriod(Calendar{}, salesGoal, salesPlan, Period{}); got != 0 {
		t.Errorf("ExpectedForPeriod(zero Period) = %v, want 0", got)
	}
}

// TestExpectedWithoutPlanSharesAPartPeriodByItsPart: a flow goal without a
// plan from 25 January is given SplitEven's split, January's share 7/31 of
// a month's, rounded to the goal's decimals: by the end of January it
// expects 24 of 1,200, not 100, and the whole target by the end.
func TestExpectedWithoutPlanSharesAPartPeriodByItsPart(t *testing.T) {
	cal := Calendar{}
	g := Goal{Kind: KindIncrease, Aggregation: AggFlow, Target: 1200, Cadence: CadenceMonth, PlanBy: CadenceMonth,
		Start: NewDate(2023, 1, 25), End: NewDate(2023, 12, 31)}
	january := RoundValue(1200*(7.0/31)/(11+7.0/31), 0)
	if got := ExpectedForPeriod(cal, g, nil, Period{Cadence: CadenceMonth, Year: 2023, Index: 1}); math.Abs(got-january) > 1e-9 {
		t.Errorf("January expects %v, want %v", got, january)
	}
	if got := Expected(cal, g, nil, NewDate(2023, 12, 31)); math.Abs(got-1200) > 1e-6 {
		t.Errorf("the year expects %v, want 1,200", got)
	}
}

// TestExpectedSpreadsAPartPeriodOverTheDaysCovered wants a planned period
// that the goal's span covers in part expected over the covered days: a
// goal from 25 January earns January's share in seven days, a level goal
// ending on 15 June reaches June's target that day, and a milestone
// planned for June is due on 15 June.
func TestExpectedSpreadsAPartPeriodOverTheDaysCovered(t *testing.T) {
	cal := Calendar{}
	g := Goal{Kind: KindIncrease, Aggregation: AggFlow, Target: 1200, Cadence: CadenceWeek, PlanBy: CadenceMonth,
		Start: NewDate(2023, 1, 25), End: NewDate(2023, 12, 31)}
	plan := SplitEven(cal, g, CadenceMonth)
	january := plan[0].Target
	cases := []struct {
		day  Date
		want float64
	}{
		{NewDate(2023, 1, 24), 0},
		{NewDate(2023, 1, 25), january / 7},
		{NewDate(2023, 1, 28), january * 4 / 7},
		{NewDate(2023, 1, 31), january},
		{NewDate(2023, 2, 14), january + plan[1].Target/2},
	}
	for _, c := range cases {
		c.want = RoundValue(c.want, 0) // a plan to date is at the goal's decimals
		if got := Expected(cal, g, plan, c.day); math.Abs(got-c.want) > 1e-9 {
			t.Errorf("flow from 25 January, on %v: expected %v, want %v", c.day, got, c.want)
		}
	}
	week := cal.PeriodOf(CadenceWeek, NewDate(2023, 1, 25)) // 23–29 January
	if got, want := ExpectedForPeriod(cal, g, plan, week), RoundValue(january*5/7, 0); math.Abs(got-want) > 1e-9 {
		t.Errorf("the week of 25 January expects %v, want %v", got, want)
	}

	base := 100.0
	level := Goal{Kind: KindIncrease, Aggregation: AggLevel, Baseline: &base, Target: 160, Cadence: CadenceMonth,
		Start: NewDate(2023, 1, 1), End: NewDate(2023, 6, 15)}
	levelPlan := []PeriodTarget{{PeriodKey: "2023-05", Target: 130}, {PeriodKey: "2023-06", Target: 160}}
	if got := Expected(cal, level, levelPlan, NewDate(2023, 6, 15)); got != 160 {
		t.Errorf("level ending 15 June, on that day: %v, want 160", got)
	}
	if got, want := Expected(cal, level, levelPlan, NewDate(2023, 6, 8)), 130+30*8.0/15; math.Abs(got-want) > 1e-9 {
		t.Errorf("level ending 15 June, on 8 June: %v, want %v", got, want)
	}

	milestone := Goal{Kind: KindMilestone, Target: 1, Cadence: CadenceMonth,
		Start: NewDate(2023, 1, 1), End: NewDate(2023, 6, 15)}
	msPlan := []PeriodTarget{{PeriodKey: "2023-05", Target: 0}, {PeriodKey: "2023-06", Target: 1}}
	for day, want := range map[Date]float64{NewDate(2023, 6, 14): 0, NewDate(2023, 6, 15): 1} {
		if got := Expected(cal, milestone, msPlan, day); got != want {
			t.Errorf("milestone planned for June, ending 15 June, on %v: %v, want %v", day, got, want)
		}
	}
}

// TestExpectedWithoutPlanPartsAddUpToTheWhole: a count goal of 100 a year
// without a plan expects whole months that add up to each quarter and to
// the year, as the plan SplitEven would give it does; they read 8.33
// each, shown as 8, beside a quarter of 25.
func TestExpectedWithoutPlanPartsAddUpToTheWhole(t *testing.T) {
	cal := Calendar{}
	g := Goal{Kind: KindIncrease, Aggregation: AggFlow, Target: 100, Cadence: CadenceMonth, PlanBy: CadenceMonth,
		Start: NewDate(2023, 1, 1), End: NewDate(2023, 12, 31)}
	split := SplitEven(cal, g, CadenceMonth)
	year := 0.0
	for q := 1; q <= 4; q++ {
		months := 0.0
		for m := 3*q - 2; m <= 3*q; m++ {
			got := ExpectedForPeriod(cal, g, nil, Period{Cadence: CadenceMonth, Year: 2023, Index: m})
			if want := split[m-1].Target; got != want {
				t.Errorf("month %d expects %v, want SplitEven's %v", m, got, want)
			}
			months += got
		}
		quarter := ExpectedForPeriod(cal, g, nil, Period{Cadence: CadenceQuarter, Year: 2023, Index: q})
		if math.Abs(months-quarter) > 1e-9 {
			t.Errorf("Q%d: its months add up to %v, the quarter expects %v", q, months, quarter)
		}
		year += quarter
	}
	if year != 100 {
		t.Errorf("the quarters add up to %v, want 100", year)
	}
}
