package app_test

import (
	"slices"
	"testing"

	"pacer/app"
	"pacer/app/internal/testkit"
)

// A flow goal's period that has not ended is left out of an action's
// effect: ten days of April's sales against all of March's read as a fall
// of 70 %, "the numbers moved the wrong way". It is said which; a level
// goal's reading mid-period is a level like any other and stays. A goal
// that ended mid-month has ended its month.
func TestEffectLeavesOutAPeriodNotEnded(t *testing.T) {
	sales := testkit.EffectGoal(app.KindIncrease, app.AggFlow, app.CadenceMonth, 12_000_000, 0)
	stock := testkit.EffectGoal(app.KindIncrease, app.AggLevel, app.CadenceMonth, 500, 0)
	endedMidApril := sales
	endedMidApril.End = app.NewDate(2023, 4, 10)
	plan := testkit.MonthlyPlan(1e6)
	for _, tc := range []struct {
		name       string
		g          app.Goal
		vals       []app.PeriodValue
		asOf       string
		verdict    app.EffectVerdict
		after      []string
		running    string
		afterValue float64
	}{
		{"only the running month since", sales, testkit.Vals("2023-03", 1e6, "2023-04", 300_000), "2023-04-10",
			app.EffectTooEarly, nil, "2023-04", 0},
		{"a month ended, the next running", sales, testkit.Vals("2023-02", 1e6, "2023-03", 1e6, "2023-04", 1.1e6, "2023-05", 200_000), "2023-05-06",
			app.EffectImproved, []string{"2023-04"}, "2023-05", 1.1e6},
		{"the month ended on its last day", sales, testkit.Vals("2023-03", 1e6, "2023-04", 1.1e6), "2023-04-30",
			app.EffectImproved, []string{"2023-04"}, "", 1.1e6},
		// Ended, its April holds its ten days alone, which is no whole
		// month either (TestEffectLeavesOutAPartlyCoveredPeriod).
		{"the goal ended mid-month", endedMidApril, testkit.Vals("2023-03", 1e6, "2023-04", 300_000), "2023-04-10",
			app.EffectTooEarly, nil, "", 0},
		{"a level mid-month stays", stock, testkit.Vals("2023-03", 400, "2023-04", 450), "2023-04-10",
			app.EffectImproved, []string{"2023-04"}, "", 450},
	} {
		r := app.Effect(app.Calendar{}, tc.g, plan, tc.vals, app.NewDate(2023, 4, 1), testkit.Day(t, tc.asOf))
		if r.Verdict != tc.verdict || !slices.Equal(r.AfterKeys, tc.after) || r.Running != tc.running || r.AfterAvg != tc.afterValue {
			t.Errorf("%s: %s after %v (%v), running %q; want %s after %v (%v), running %q",
				tc.name, r.Verdict, r.AfterKeys, r.AfterAvg, r.Running, tc.verdict, tc.after, tc.afterValue, tc.running)
		}
	}
}
