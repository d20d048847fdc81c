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

// TestBudgetGapsStayEstimatedInTheGrace: on the goal's last day and in the
// grace for its last check-ins after, the months never checked in are
// estimated at the pace kept; the card did drop from 1,358 projected to
// 300 overnight with no new check-in.
func TestBudgetGapsStayEstimatedInTheGrace(t *testing.T) {
	cal, th := app.Calendar{}, app.DefaultThresholds
	g := testkit.EffectGoal(app.KindDecrease, app.AggFlow, app.CadenceMonth, 1200, 0)
	snap := app.NewSnapshot()
	snap.Goals, snap.Plans[1] = []app.Goal{g}, testkit.MonthlyPlan(100)
	snap.CheckIns[1] = testkit.CheckIns(1, "2023-01", 100, "2023-03", 100, "2023-12", 100)
	ends := []float64{}
	for _, day := range []string{"2023-12-20", "2024-01-05"} {
		p := app.Paces(cal, snap, testkit.Day(t, day), th)[0]
		a, pr := p.Assessment, p.Projection
		ends = append(ends, pr.EndValue)
		if a.Status.Ended() || len(pr.Estimated) != 9 || pr.EndValue < g.Target {
			t.Errorf("%s: %s, projected %v by %s with %v estimated; want nine months at the pace, over the cap", day, a.Status, pr.EndValue, pr.Method, pr.Estimated)
		}
	}
	// December is measured to the 20th on the 20th, whole after: the pace,
	// and so the estimate, moves with it (1,358 then 1,200), never to 300.
	if !testkit.Near(ends[1], 1200) {
		t.Errorf("projected %v in the grace after the end, want 1,200: nine months at plan on top of 300", ends[1])
	}
	p := app.Paces(cal, snap, testkit.Day(t, "2024-01-08"), th)[0]
	if p.Assessment.Status != app.StatusNotReported || len(p.Projection.Estimated) != 0 || p.Projection.EndValue != 300 {
		t.Errorf("after the grace: %s, %v estimated, ends at %v; want not checked in at 300", p.Assessment.Status, p.Projection.Estimated, p.Projection.EndValue)
	}
}

// TestBudgetCheckInBeforeItsStartDoesNotSplitTheScreens: a check-in kept
// from before the goal's dates changed hides a gap from its totals; the
// goal's check-ins then hide it too, so the dashboard and the goal's
// detail tell one story.
func TestBudgetCheckInBeforeItsStartDoesNotSplitTheScreens(t *testing.T) {
	cal, th := app.Calendar{}, app.DefaultThresholds
	g := testkit.EffectGoal(app.KindDecrease, app.AggFlow, app.CadenceMonth, 1000, 0)
	g.Start = app.NewDate(2023, 3, 1)
	plan := testkit.MonthlyPlan(100)[2:]
	snap := app.NewSnapshot()
	snap.Goals, snap.Plans[1], snap.CheckIns[1] = []app.Goal{g}, plan, testkit.CheckIns(1, "2023-02", 100, "2023-03", 100, "2023-05", 100)
	totals := app.ValueTotals{Count: 3, Sum: 300, Last: app.PeriodValue{PeriodKey: "2023-05", Value: 100}}
	if !app.TotalsSuffice(cal, g, plan, totals) {
		t.Fatal("three values through May from March: the totals should suffice")
	}
	d := app.DashboardData{Snapshot: app.NewSnapshot(), Totals: map[int64]app.ValueTotals{1: totals}}
	d.Goals, d.Plans = snap.Goals, snap.Plans
	asOf := testkit.Day(t, "2023-06-10")
	card, detail := app.PacesFrom(cal, d, asOf, th)[0], app.Paces(cal, snap, asOf, th)[0]
	if card.Assessment.Status != detail.Assessment.Status || !testkit.Near(card.Assessment.Expected, detail.Assessment.Expected) ||
		!testkit.Near(card.Projection.EndValue, detail.Projection.EndValue) {
		t.Errorf("dashboard %v expected, %s, projected %v; detail %v expected, %s, projected %v",
			card.Assessment.Expected, card.Assessment.Status, card.Projection.EndValue,
			detail.Assessment.Expected, detail.Assessment.Status, detail.Projection.EndValue)
	}
}
