package app

import (
	"testing"

	"pacer/data"
)

// Goals shaped on the seed: 2023, North-America sales, market share.
var (
	year2023  = struct{ Start, End data.Date }{data.NewDate(2023, 1, 1), data.NewDate(2023, 12, 31)}
	salesGoal = data.Goal{Kind: data.KindIncrease, Unit: data.UnitCurrency, UnitLabel: "CNY", Aggregation: data.AggFlow,
		Baseline: ptr(33.3e6), Target: 40e6, Start: year2023.Start, End: year2023.End,
		Cadence: data.CadenceQuarter, PlanBy: data.CadenceQuarter}
	salesPlan = []data.PeriodTarget{{PeriodKey: "2023-Q1", Target: 8e6}, {PeriodKey: "2023-Q2", Target: 10e6},
		{PeriodKey: "2023-Q3", Target: 10e6}, {PeriodKey: "2023-Q4", Target: 12e6}}
	shareGoal = data.Goal{Kind: data.KindIncrease, Unit: data.UnitPercent, Aggregation: data.AggLevel,
		Baseline: ptr(5), Target: 15, Start: year2023.Start, End: year2023.End,
		Cadence: data.CadenceMonth, PlanBy: data.CadenceQuarter}
	sharePlan = []data.PeriodTarget{{PeriodKey: "2023-Q1", Target: 10}, {PeriodKey: "2023-Q2", Target: 12},
		{PeriodKey: "2023-Q3", Target: 14}, {PeriodKey: "2023-Q4", Target: 15}}
)

// with returns g changed by f, leaving g alone.
func with(g data.Goal, f func(*data.Goal)) data.Goal {
	f(&g)
	return g
}

func TestExpected(t *testing.T) {
	monthly := with(salesGoal, func(g *data.Goal) { g.Target, g.PlanBy = 12000, data.CadenceMonth })
	noPlanBy := with(salesGoal, func(g *data.Goal) { g.PlanBy = "" })
	shareNoBase := with(shareGoal, func(g *data.Goal) { g.Baseline = nil })
	defects := with(shareGoal, func(g *data.Goal) { g.Kind, g.Target = data.KindDecrease, 2 })
	stay := with(shareGoal, func(g *data.Goal) { g.Kind, g.Target = data.KindStayAbove, 50 })
	milestone := with(shareGoal, func(g *data.Goal) { g.Kind, g.Target, g.Baseline = data.KindMilestone, 1, nil })
	gapPlan := []data.PeriodTarget{{PeriodKey: "2023-Q1", Target: 10}, {PeriodKey: "2023-Q3", Target: 14}}
	milestonePlan := []data.PeriodTarget{{PeriodKey: "2023-Q1", Target: 0}, {PeriodKey: "2023-Q2", Target: 1}}
	tests := []struct {
		name string
		g    data.Goal
		plan []data.PeriodTarget
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
		{"flow plan ignores bad keys", salesGoal, append([]data.PeriodTarget{{PeriodKey: "Q1", Target: 5e6}}, salesPlan...), "2023-03-31", 8e6},
		{"flow no plan, monthly split", monthly, nil, "2023-02-14", 1500},
		{"flow no plan, end of January", monthly, nil, "2023-01-31", 1000},
		{"flow no plan, end", monthly, nil, "2023-12-31", 12000},
		{"flow no plan, quarters from cadence", noPlanBy, nil, "2023-03-31", 10e6},
		{"flow no plan, mid quarter", noPlanBy, nil, "2023-02-14", 5e6},
		{"flow plan of bad keys only: even split", noPlanBy, []data.PeriodTarget{{PeriodKey: "x", Target: 1}}, "2023-06-30", 20e6},
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
		if got := Expected(Calendar{}, tt.g, tt.plan, day(t, tt.asOf)); !near(got, tt.want) {
			t.Errorf("%s: Expected(%s) = %v, want %v", tt.name, tt.asOf, got, tt.want)
		}
	}
}

func TestExpectedFiscal(t *testing.T) {
	g := with(salesGoal, func(g *data.Goal) {
		g.Start, g.End = data.NewDate(2023, 4, 1), data.NewDate(2024, 3, 31)
	})
	// FY2023 Q4 is January–March 2024.
	if got := Expected(april, g, salesPlan, day(t, "2024-02-14")); !near(got, 28e6+12e6*45/91) {
		t.Errorf("Expected in FY2023 Q4 = %v", got)
	}
	if got := Expected(april, g, nil, day(t, "2023-06-30")); !near(got, 10e6) {
		t.Errorf("Expected at end of FY2023 Q1 without plan = %v", got)
	}
}

func TestExpectedForPeriod(t *testing.T) {
	monthly := with(salesGoal, func(g *data.Goal) { g.Target, g.PlanBy = 12000, data.CadenceMonth })
	milestone := with(shareGoal, func(g *data.Goal) { g.Kind, g.Target, g.Baseline = data.KindMilestone, 1, nil })
	milestonePlan := []data.PeriodTarget{{PeriodKey: "2023-Q1", Target: 0}, {PeriodKey: "2023-Q2", Target: 1}}
	tests := []struct {
		name string
		g    data.Goal
		plan []data.PeriodTarget
		p    string
		want float64
	}{
		{"flow planned period", salesGoal, salesPlan, "2023-Q2", 10e6},
		{"flow month of a planned quarter", salesGoal, salesPlan, "2023-04", 10e6 * 30 / 91},
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
		if got := ExpectedForPeriod(Calendar{}, tt.g, tt.plan, key(t, tt.p)); !near(got, tt.want) {
			t.Errorf("%s: ExpectedForPeriod(%s) = %v, want %v", tt.name, tt.p, got, tt.want)
		}
	}
	if got := ExpectedForPeriod(Calendar{}, salesGoal, salesPlan, Period{}); got != 0 {
		t.Errorf("ExpectedForPeriod(zero Period) = %v, want 0", got)
	}
}
