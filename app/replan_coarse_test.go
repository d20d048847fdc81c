package app_test

import (
	"testing"

	"pacer/app"
	"pacer/app/internal/testkit"
)

// TestRespreadCountsHalfYearCheckIns re-spreads a cost limit of 240
// checked in by half-year and planned by quarter, 60 a quarter, in
// October: H1's 100 counts for Q1 and Q2, and Q3, ended but inside the
// half-year still running, is re-spread with Q4. Asking Q4 for all 240,
// as though nothing had been spent, made a plan of 420 that the status
// judged the goal on track against while the projection saw it at 170 %
// of the limit.
func TestRespreadCountsHalfYearCheckIns(t *testing.T) {
	cal := app.Calendar{}
	for _, kind := range []app.Kind{app.KindDecrease, app.KindIncrease} {
		g := testkit.EffectGoal(kind, app.AggFlow, app.CadenceHalf, 240, 0)
		g.PlanBy = app.CadenceQuarter
		plan := app.SplitEven(cal, g, app.CadenceQuarter)
		h1 := testkit.Vals("2023-H1", 100)
		got, err := app.RespreadRemaining(cal, g, plan, h1, testkit.Day(t, "2023-10-15"), app.SpreadPlan)
		if err != nil {
			t.Fatal(err)
		}
		if want := []float64{60, 60, 70, 70}; !testkit.FloatsNear(planValues(got), want) {
			t.Errorf("%s: re-spread %v, want %v", kind, planValues(got), want)
		}
		last, ok := app.ReplannedAfter(cal, g, got, h1, testkit.Day(t, "2023-10-15"))
		if !ok || last.Key() != "2023-Q2" {
			t.Errorf("%s: re-spread found after %s (%v), want after 2023-Q2", kind, last.Key(), ok)
		}
	}
}
