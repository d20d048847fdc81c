package app_test

import (
	"testing"

	"pacer/app"
	"pacer/app/internal/testkit"
)

// TestCapMetToTheCentIsMetEverywhere checks a cost cap of ¥4,880.70 for
// 2026 whose quarters spend exactly that: the goal detail (its pace from
// the check-ins), the dashboard (from the store's running totals) and the
// year's review all say achieved at ¥4,880.70. Before, the detail added
// the quarters as floats, 4,880.700000000001, a hair over the cap:
// "partly achieved" there beside "achieved" on the dashboard and in the
// review.
func TestCapMetToTheCentIsMetEverywhere(t *testing.T) {
	cal, th := app.Calendar{}, app.DefaultThresholds
	g := testkit.EffectGoal(app.KindDecrease, app.AggFlow, app.CadenceQuarter, 4880.70, 2)
	g.ID, g.Unit, g.Baseline = 1, app.UnitCurrency, nil
	g.Start, g.End = testkit.Day(t, "2026-01-01"), testkit.Day(t, "2026-12-31")
	cs := testkit.CheckIns(1, "2026-Q1", 1200.10, "2026-Q2", 1500.20, "2026-Q3", 980.30, "2026-Q4", 1200.10)
	snap := app.NewSnapshot()
	snap.Goals, snap.CheckIns[1] = []app.Goal{g}, cs
	asOf := testkit.Day(t, "2027-02-01")
	vs := make([]float64, len(cs))
	for i, c := range cs {
		vs[i] = c.Value
	}
	d := app.DashboardData{Snapshot: app.NewSnapshot(), Totals: map[int64]app.ValueTotals{1: {Count: 4, Sum: app.ExactSum(vs, 2),
		Last: app.PeriodValue{PeriodKey: "2026-Q4", Value: 1200.10}}}}
	d.Goals = []app.Goal{g}
	detail := app.Paces(cal, snap, asOf, th)[0].Assessment
	dash := app.PacesFrom(cal, d, asOf, th)[0].Assessment
	year := app.ReviewRows(cal, snap, testkit.Key(t, "2026"), asOf, th)[0]
	for _, got := range []struct {
		where  string
		status app.Status
		actual float64
	}{{"detail", detail.Status, detail.Actual}, {"dashboard", dash.Status, dash.Actual}, {"review", year.Status, year.Actual}} {
		if got.status != app.StatusAchieved || got.actual != 4880.70 {
			t.Errorf("%s: %s at %v, want achieved at 4880.70", got.where, got.status, got.actual)
		}
	}
}
