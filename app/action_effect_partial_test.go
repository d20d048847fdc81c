package app_test

import (
	"slices"
	"testing"

	"pacer/app"
	"pacer/app/internal/testkit"
)

// A flow goal's period its dates cover in part holds that part's figure
// alone, no whole period's: an action's effect leaves it out and names it.
// A goal from 16 July with May and June at 200 counted July's 16 days,
// 110 (213 a month), as a month: "−18.8%, the wrong way" where August's
// 215 moved the right way. Left out where a comparison would not take it,
// it is not named.
func TestEffectLeavesOutAPartlyCoveredPeriod(t *testing.T) {
	cal := app.Calendar{}
	g := app.Goal{ID: 1, Title: "Orders", Kind: app.KindIncrease, Unit: app.UnitCount, Aggregation: app.AggFlow, Target: 1100,
		Start: app.NewDate(2026, 7, 16), End: app.NewDate(2026, 12, 31), Cadence: app.CadenceMonth, PlanBy: app.CadenceMonth}
	plan := app.SplitEven(cal, g, app.CadenceMonth)
	history := testkit.Vals("2026-05", 200, "2026-06", 200)
	for _, tc := range []struct {
		name          string
		vals          []app.PeriodValue
		start, asOf   string
		verdict       app.EffectVerdict
		before, after []string
		partial       []string
	}{
		{"July between the periods compared", append(history, testkit.Vals("2026-07", 110, "2026-08", 215)...), "2026-07-16", "2026-09-20",
			app.EffectImproved, []string{"2026-06"}, []string{"2026-08"}, []string{"2026-07"}},
		{"July the only period before", testkit.Vals("2026-07", 110, "2026-08", 215, "2026-09", 220), "2026-08-01", "2026-10-10",
			app.EffectNoBaseline, nil, nil, []string{"2026-07"}},
		{"July before the periods compared", append(history, testkit.Vals("2026-07", 110, "2026-08", 215, "2026-09", 220)...), "2026-09-01", "2026-10-10",
			app.EffectImproved, []string{"2026-08"}, []string{"2026-09"}, nil},
	} {
		r := app.Effect(cal, g, plan, tc.vals, testkit.Day(t, tc.start), testkit.Day(t, tc.asOf))
		if r.Verdict != tc.verdict || !slices.Equal(r.BeforeKeys, tc.before) || !slices.Equal(r.AfterKeys, tc.after) || !slices.Equal(r.Partial, tc.partial) {
			t.Errorf("%s: %s, %v against %v, %v left out; want %s, %v against %v, %v left out",
				tc.name, r.Verdict, r.AfterKeys, r.BeforeKeys, r.Partial, tc.verdict, tc.after, tc.before, tc.partial)
		}
	}
}
