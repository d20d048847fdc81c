package app_test

import (
	"testing"

	"pacer/app"
	"pacer/app/internal/testkit"
)

// TestFlowStayFollowsItsTrend checks a cost held at or below 100 a month,
// 40, 70 and 99 in January to March 2026, seen on 2 April: summed per
// month (flow) or read as a level, it is projected along the line through
// its months, past its cap, and is not on track, its projection keeping
// a quarter of its months on target. Before, a flow was projected at its
// average of 70: on track, "100% of its periods on target", where the
// same values as levels read off track at 25 %. A month under way is left
// out of the line: April's 10 by the 5th does not bend it down.
// Each month left counts where the line has it.
func TestFlowStayFollowsItsTrend(t *testing.T) {
	cal, th := app.Calendar{}, app.DefaultThresholds
	for _, tt := range []struct {
		name   string
		agg    app.Aggregation
		values []app.PeriodValue
		asOf   string
	}{
		{"flow", app.AggFlow, testkit.Vals("2026-01", 40, "2026-02", 70, "2026-03", 99), "2026-04-02"},
		{"level", app.AggLevel, testkit.Vals("2026-01", 40, "2026-02", 70, "2026-03", 99), "2026-04-02"},
		{"flow, April under way", app.AggFlow, testkit.Vals("2026-01", 40, "2026-02", 70, "2026-03", 99, "2026-04", 10), "2026-04-05"},
	} {
		g := testkit.EffectGoal(app.KindStayBelow, tt.agg, app.CadenceMonth, 100, 0)
		g.Start, g.End = app.NewDate(2026, 1, 1), app.NewDate(2026, 12, 31)
		asOf := testkit.Day(t, tt.asOf)
		a := app.Assess(cal, g, nil, tt.values, asOf, th)
		pr := app.Project(cal, g, nil, tt.values, asOf)
		if a.Status == app.StatusOnTrack {
			t.Errorf("%s: on track (ratio %v) beside a projection of %v", tt.name, a.Ratio, pr.EndValue)
		}
		if pr.EndValue <= 100 || pr.Attainment > 0.5 {
			t.Errorf("%s: projected %v, %v of its periods on target; want past 100, and at most half", tt.name, pr.EndValue, pr.Attainment)
		}
		if n := len(pr.Path); n == 0 || pr.Path[0].Value <= 100 || !testkit.Near(pr.Path[n-1].Value, pr.EndValue) {
			t.Errorf("%s: path %+v, want above 100 from its first month, ending on %v", tt.name, pr.Path, pr.EndValue)
		}
	}
	// 40, 50, 60: April to July on the line at 70 to 100, within the cap,
	// then past it: 7 of 12 months on target, not the 3 of 12 of its
	// December alone.
	g := testkit.EffectGoal(app.KindStayBelow, app.AggFlow, app.CadenceMonth, 100, 0)
	g.Start, g.End = app.NewDate(2026, 1, 1), app.NewDate(2026, 12, 31)
	pr := app.Project(cal, g, nil, testkit.Vals("2026-01", 40, "2026-02", 50, "2026-03", 60), testkit.Day(t, "2026-04-02"))
	if !testkit.Near(pr.Attainment, 7.0/12) {
		t.Errorf("rising to the cap in July: %v of its months on target, want 7 of 12", pr.Attainment)
	}
}
