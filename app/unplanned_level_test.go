package app_test

import (
	"fmt"
	"testing"

	"pacer/app"
	"pacer/app/internal/testkit"
)

// TestUnplannedLevelGoalProjectedAsItIsMeasured checks that a level goal
// with no plan saved, headcount from 10 to 22 over 2026, is projected as
// the same goal with the even steps saved as its plan: its status
// measures it against those steps. At 11.6 in February against 12 it is
// on track, and projected 0.4 short at 21.6. Before, the line through
// 11.5 and 11.6 was extended to 12.6: "on track" beside "22% of target".
func TestUnplannedLevelGoalProjectedAsItIsMeasured(t *testing.T) {
	cal, th := app.Calendar{}, app.DefaultThresholds
	g := testkit.EffectGoal(app.KindIncrease, app.AggLevel, app.CadenceMonth, 22, 1)
	g.Baseline, g.Start, g.End = testkit.Ptr(10), testkit.Day(t, "2026-01-01"), testkit.Day(t, "2026-12-31")
	values := testkit.Vals("2026-01", 11.5, "2026-02", 11.6)
	asOf := testkit.Day(t, "2026-03-02")
	a := app.Assess(cal, g, nil, values, asOf, th)
	got := app.Project(cal, g, nil, values, asOf)
	want := app.Project(cal, g, app.SplitEven(cal, g, app.CadenceMonth), values, asOf)
	if a.Status != app.StatusOnTrack || !testkit.Near(got.EndValue, 21.6) || !testkit.Near(got.Attainment, want.Attainment) ||
		fmt.Sprint(got.Needs) != fmt.Sprint(want.Needs) {
		t.Errorf("%s at %.3f of plan; projected %v (%.2f of target) needing %v, want %v (%.2f) needing %v as with the even steps saved",
			a.Status, a.Ratio, got.EndValue, got.Attainment, got.Needs, want.EndValue, want.Attainment, want.Needs)
	}
}
