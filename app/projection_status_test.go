package app_test

import (
	"testing"

	"pacer/app"
	"pacer/app/internal/testkit"
)

// TestProjectionAgreesWithStatus checks that a goal the status calls on
// track is not projected below the at-risk share of its target: a month
// under way is measured against its plan up to today, as the status
// measures it, and a level goal's latest gap to plan is held rather than
// extrapolated from two values. Before, March half run at plan projected
// 100 of 120, and market shares of 10.2 % then 9.8 % against a plan rising
// from 10 % to 10.3 % projected 7 % for a 12 % target.
func TestProjectionAgreesWithStatus(t *testing.T) {
	cal, th := app.Calendar{}, app.DefaultThresholds
	flow := testkit.EffectGoal(app.KindIncrease, app.AggFlow, app.CadenceMonth, 120, 0)
	level := testkit.EffectGoal(app.KindIncrease, app.AggLevel, app.CadenceMonth, 12, 1)
	level.Unit, level.Baseline = app.UnitPercent, testkit.Ptr(9)
	tests := []struct {
		name   string
		g      app.Goal
		plan   []app.PeriodTarget
		values []app.PeriodValue
		asOf   string
		end    float64
	}{
		// 25 against 10 + 10 + 10 × 16/31 planned: 99 % of plan, kept for
		// the 15 days of March left and the nine months after.
		{"month under way", flow, testkit.MonthlyPlan(10), testkit.Vals("2023-01", 10, "2023-02", 10, "2023-03", 5), "2023-03-16",
			25 + 25/(20+160/31.0)*(150/31.0+90)},
		// 9.8 % against 10.3 % planned for May (even steps of 0.25 to one
		// decimal): 0.5 pp short to the end.
		{"level gap held", level, app.SplitEven(cal, level, app.CadenceMonth), testkit.Vals("2023-04", 10.2, "2023-05", 9.8), "2023-05-31",
			11.5},
	}
	for _, tt := range tests {
		asOf := testkit.Day(t, tt.asOf)
		a := app.Assess(cal, tt.g, tt.plan, tt.values, asOf, th)
		pr := app.Project(cal, tt.g, tt.plan, tt.values, asOf)
		if a.Status != app.StatusOnTrack {
			t.Errorf("%s: status %s (ratio %.3f), want on track", tt.name, a.Status, a.Ratio)
		}
		if !testkit.Near(pr.EndValue, tt.end) {
			t.Errorf("%s: projected %v, want %v", tt.name, pr.EndValue, tt.end)
		}
		if n := len(pr.Path); n != pr.RemainingPeriods || n == 0 || !testkit.Near(pr.Path[n-1].Value, pr.EndValue) {
			t.Errorf("%s: path %+v does not end on the projection %v", tt.name, pr.Path, pr.EndValue)
		}
	}
}
