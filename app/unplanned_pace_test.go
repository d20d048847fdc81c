package app_test

import (
	"math"
	"testing"

	"pacer/app"
	"pacer/app/internal/testkit"
)

// TestUnplannedGoalProjectedAsItIsMeasured checks that a flow goal with no
// plan saved is projected against the even split of its target that its
// status and its review measure it by, and needs what that split asks of
// each month left: a goal from 25 January to 15 November that gets
// exactly that split is projected to land on its target, and November,
// half of which the goal covers, needs half of October. Before, January's
// seven days counted as a whole month in the run-rate: "at risk" at 85 %
// beside a projection of 71 %, and November needed as much as October;
// a month checked in half way through counted as a whole one, so a goal
// on track was projected at 85 %.
func TestUnplannedGoalProjectedAsItIsMeasured(t *testing.T) {
	cal, th := app.Calendar{}, app.DefaultThresholds
	g := testkit.EffectGoal(app.KindIncrease, app.AggFlow, app.CadenceMonth, 3410, 2)
	g.Start, g.End = testkit.Day(t, "2026-01-25"), testkit.Day(t, "2026-11-15")
	for _, tt := range []struct {
		asOf   string
		values []app.PeriodValue
	}{
		{"2026-03-31", testkit.Vals("2026-01", 70, "2026-02", 280, "2026-03", 310)},
		{"2026-03-16", testkit.Vals("2026-01", 79.17, "2026-02", 350.61, "2026-03", 200)},
		{"2026-11-10", testkit.Vals("2026-01", 79, "2026-05", 1200, "2026-10", 1500, "2026-11", 100)},
	} {
		asOf := testkit.Day(t, tt.asOf)
		a := app.Assess(cal, g, nil, tt.values, asOf, th)
		pr := app.Project(cal, g, nil, tt.values, asOf)
		if !testkit.Near(pr.Attainment, a.Ratio) {
			t.Errorf("as of %s: %s at %.4f of the even split to date, projected at %.4f of the target (%s)",
				tt.asOf, a.Status, a.Ratio, pr.Attainment, pr.Method)
		}
		if got, want := sumNeeds(pr.Needs), g.Target-a.Actual; math.Abs(got-want) > 1e-6 {
			t.Errorf("as of %s: needs add up to %v, the target lacks %v", tt.asOf, got, want)
		}
		checkNeedsFollowSplit(t, cal, g, tt.asOf, pr.Needs)
	}
}

// checkNeedsFollowSplit wants each need in proportion to what the review
// expects of its period, give or take the cents of rounding that the last
// one takes up.
func checkNeedsFollowSplit(t *testing.T, cal app.Calendar, g app.Goal, asOf string, ns []app.PeriodNeed) {
	t.Helper()
	if len(ns) < 2 {
		return
	}
	first := app.ExpectedForPeriod(cal, g, nil, testkit.Key(t, ns[0].PeriodKey))
	for _, n := range ns[1:] {
		x := app.ExpectedForPeriod(cal, g, nil, testkit.Key(t, n.PeriodKey))
		if want := ns[0].Amount * x / first; math.Abs(n.Amount-want) > 0.005*float64(len(ns)) {
			t.Errorf("as of %s: %s needs %v, the split asks %v of it against %v of %s, so %v",
				asOf, n.PeriodKey, n.Amount, x, first, ns[0].PeriodKey, want)
		}
	}
}

func sumNeeds(ns []app.PeriodNeed) float64 {
	total := 0.0
	for _, n := range ns {
		total += n.Amount
	}
	return total
}
