package app_test

import (
	"testing"

	"pacer/app"
	"pacer/app/internal/testkit"
)

// TestBudgetWithAMonthNeverCheckedIn: a budget of 100 a month, each month
// reported on plan but September, is on plan by the months it reported,
// on its card as in the year's review row, and is projected to land on
// its cap with September taken at that pace, not 100 under it; its needs
// share out what is left after September. A goal that should rise counts
// the same gap as nothing, as before.
func TestBudgetWithAMonthNeverCheckedIn(t *testing.T) {
	cal, th := app.Calendar{}, app.DefaultThresholds
	budget := testkit.EffectGoal(app.KindDecrease, app.AggFlow, app.CadenceMonth, 1200, 0)
	budget.Baseline = testkit.Ptr(1500)
	sales := testkit.EffectGoal(app.KindIncrease, app.AggFlow, app.CadenceMonth, 1200, 0)
	var cs []app.CheckIn
	for m := 1; m <= 10; m++ {
		if m != 9 {
			cs = append(cs, app.CheckIn{GoalID: 1, PeriodKey: app.Period{Cadence: app.CadenceMonth, Year: 2023, Index: m}.Key(), Value: 100})
		}
	}
	asOf := testkit.Day(t, "2023-11-05")
	for _, tt := range []struct {
		g                  app.Goal
		expected, end, est float64
		needs              float64
	}{{budget, 900, 1200, 100, 100}, {sales, 1000, 1080, 0, 150}} {
		snap := app.Snapshot{Goals: []app.Goal{tt.g}, Plans: map[int64][]app.PeriodTarget{1: testkit.MonthlyPlan(100)},
			CheckIns: map[int64][]app.CheckIn{1: cs}}
		p := app.Paces(cal, snap, asOf, th)[0]
		a, pr := p.Assessment, p.Projection
		if !testkit.Near(a.Expected, tt.expected) || a.Actual != 900 {
			t.Errorf("%s: %v of %v expected by now, want 900 of %v", tt.g.Kind, a.Actual, a.Expected, tt.expected)
		}
		if !testkit.Near(pr.EndValue, tt.end) || !testkit.Near(pr.EstimatedValue, tt.est) {
			t.Errorf("%s: projected %v with %v estimated (%v), want %v with %v", tt.g.Kind, pr.EndValue, pr.EstimatedValue, pr.Estimated, tt.end, tt.est)
		}
		if len(pr.Needs) != 2 || !testkit.Near(pr.Needs[0].Amount, tt.needs) {
			t.Errorf("%s: needs %v, want %v in each of November and December", tt.g.Kind, pr.Needs, tt.needs)
		}
		row := app.ReviewRows(cal, snap, testkit.Key(t, "2023"), asOf, th)[0]
		if tt.g.Kind == app.KindDecrease && (!testkit.Near(row.ExpectedCovered, a.Expected) || row.Status != a.Status) {
			t.Errorf("budget: year row measured against %v (%s), card against %v (%s)", row.ExpectedCovered, row.Status, a.Expected, a.Status)
		}
	}
	if len(app.Paces(cal, app.Snapshot{Goals: []app.Goal{budget}, CheckIns: map[int64][]app.CheckIn{1: cs}}, asOf, th)[0].Projection.Estimated) != 1 {
		t.Error("the budget's projection does not name September as estimated")
	}
	totals := app.ValueTotals{Count: 9, Sum: 900, Last: app.PeriodValue{PeriodKey: "2023-10", Value: 100}}
	if app.TotalsSuffice(cal, budget, testkit.MonthlyPlan(100), totals) {
		t.Error("the totals of a budget with a month missing suffice: they cannot tell which month")
	}
	totals.Count = 10
	if !app.TotalsSuffice(cal, budget, testkit.MonthlyPlan(100), totals) {
		t.Error("the totals of a budget with every month in do not suffice")
	}
}
