package app_test

import (
	"testing"

	"pacer/app"
	"pacer/app/internal/testkit"
)

// TestEffectGapIsTheReviewsGap checks that an action's effect measures a
// period's gap to plan as the review row of that period shows it: January
// planned $0.155 (31/90 of Q1's $0.45), shown $0.16, brought $1.00, and
// its review row says $0.84 ahead; the effect of an action started in
// February, one month each side, says the same $0.84 before, not $0.845
// written $0.85.
func TestEffectGapIsTheReviewsGap(t *testing.T) {
	cal, th := app.Calendar{}, app.DefaultThresholds
	g := app.Goal{ID: 1, Title: "Tips", Kind: app.KindIncrease, Unit: app.UnitCurrency, UnitLabel: "USD", Decimals: 2,
		Aggregation: app.AggFlow, Cadence: app.CadenceMonth, PlanBy: app.CadenceQuarter, Target: 1.80,
		Start: testkit.Day(t, "2026-01-01"), End: testkit.Day(t, "2026-12-31")}
	plan := testkit.Plan("2026-Q1", 0.45, "2026-Q2", 0.45, "2026-Q3", 0.45, "2026-Q4", 0.45)
	snap := app.NewSnapshot()
	snap.Goals = []app.Goal{g}
	snap.Plans[1] = plan
	snap.CheckIns[1] = testkit.CheckIns(1, "2026-01", 1.00, "2026-02", 1.00)
	asOf := testkit.Day(t, "2026-03-15")
	row := app.ReviewRows(cal, snap, testkit.Key(t, "2026-01"), asOf, th)[0]
	values := []app.PeriodValue{{PeriodKey: "2026-01", Value: 1}, {PeriodKey: "2026-02", Value: 1}}
	e := app.Effect(cal, g, plan, values, testkit.Day(t, "2026-02-01"), asOf)
	shown := func(v float64) string { return app.FormatValue(v, g.Decimals, g.Unit, g.UnitLabel) }
	if e.N != 1 || !e.GapOK {
		t.Fatalf("effect %+v, want one month each side with a plan", e)
	}
	if got, want := shown(e.BeforeGap), shown(row.VsPlan.Abs); got != want {
		t.Errorf("the effect's gap before is %s (%v), January's review row says %s", got, e.BeforeGap, want)
	}
}
