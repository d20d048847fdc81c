package app_test

import (
	"slices"
	"testing"

	"pacer/app"
	"pacer/app/internal/testkit"
	"pacer/app/sample"
)

func TestEffect(t *testing.T) {
	sales := sample.SamplePlan("en")[0]
	share := sample.SamplePlan("en")[2]
	monthly := testkit.EffectGoal(app.KindIncrease, app.AggFlow, app.CadenceMonth, 12_000_000, 0)
	costs := testkit.EffectGoal(app.KindDecrease, app.AggFlow, app.CadenceMonth, 1200, 0)
	tests := []struct {
		name        string
		g           app.Goal
		plan        []app.PeriodTarget
		values      []app.PeriodValue
		start, asOf string
		want        app.EffectResult
	}{
		{"quarterly flow, seasonal rise", sales.Goal, sales.Plan, testkit.Vals("2023-Q1", 8e6, "2023-Q2", 12.6e6), "2023-04-15", "2023-07-20",
			app.EffectResult{N: 1, BeforeAvg: 8e6, AfterAvg: 12.6e6, Change: 4.6e6, ChangeRel: 0.575, RelOK: true,
				BeforeGap: -2e6, AfterGap: -1.4e6, GapChange: 0.6e6, GapOK: true, Verdict: app.EffectImproved, GapVerdict: app.EffectImproved,
				BeforeKeys: []string{"2023-Q1"}, AfterKeys: []string{"2023-Q2"}}},
		{"quarterly flow, rise below the season", sales.Goal, sales.Plan, testkit.Vals("2023-Q1", 8e6, "2023-Q2", 11e6), "2023-04-15", "2023-07-20",
			app.EffectResult{N: 1, BeforeAvg: 8e6, AfterAvg: 11e6, Change: 3e6, ChangeRel: 0.375, RelOK: true,
				BeforeGap: -2e6, AfterGap: -3e6, GapChange: -1e6, GapOK: true, Verdict: app.EffectImproved, GapVerdict: app.EffectWorsened,
				BeforeKeys: []string{"2023-Q1"}, AfterKeys: []string{"2023-Q2"}}},
		{"monthly flow, three each side", monthly, testkit.MonthlyPlan(1e6),
			testkit.Vals("2023-01", 900_000, "2023-02", 950_000, "2023-03", 1_000_000, "2023-04", 1_100_000, "2023-05", 1_200_000, "2023-06", 1_300_000, "2023-07", 1_400_000),
			"2023-04-15", "2023-07-10",
			app.EffectResult{N: 3, BeforeAvg: 950_000, AfterAvg: 1_200_000, Change: 250_000, ChangeRel: 250_000.0 / 950_000, RelOK: true,
				BeforeGap: -50_000, AfterGap: 200_000, GapChange: 250_000, GapOK: true, Verdict: app.EffectImproved, GapVerdict: app.EffectImproved,
				BeforeKeys: []string{"2023-01", "2023-02", "2023-03"}, AfterKeys: []string{"2023-04", "2023-05", "2023-06"}}},
		{"monthly flow, a gap month is skipped", monthly, testkit.MonthlyPlan(1e6),
			testkit.Vals("2023-01", 900_000, "2023-02", 950_000, "2023-03", 1_000_000, "2023-04", 1_100_000, "2023-06", 1_300_000),
			"2023-04-15", "2023-07-10",
			app.EffectResult{N: 2, BeforeAvg: 975_000, AfterAvg: 1_200_000, Change: 225_000, ChangeRel: 225_000.0 / 975_000, RelOK: true,
				BeforeGap: -25_000, AfterGap: 200_000, GapChange: 225_000, GapOK: true, Verdict: app.EffectImproved, GapVerdict: app.EffectImproved,
				BeforeKeys: []string{"2023-02", "2023-03"}, AfterKeys: []string{"2023-04", "2023-06"}}},
		{"quarterly level keeps pace with plan", share.Goal, share.Plan, testkit.Vals("2023-Q1", 8.0, "2023-Q2", 9.5), "2023-04-15", "2023-07-20",
			app.EffectResult{N: 1, BeforeAvg: 8, AfterAvg: 9.5, Change: 1.5, ChangeRel: 0.1875, RelOK: true,
				BeforeGap: -2, AfterGap: -2, GapChange: 0, GapOK: true, Verdict: app.EffectImproved, GapVerdict: app.EffectNoChange,
				BeforeKeys: []string{"2023-Q1"}, AfterKeys: []string{"2023-Q2"}}},
		{"decrease goal going down improves", costs, testkit.MonthlyPlan(100), testkit.Vals("2023-02", 110, "2023-03", 110, "2023-04", 90, "2023-05", 90), "2023-04-01", "2023-06-01",
			app.EffectResult{N: 2, BeforeAvg: 110, AfterAvg: 90, Change: -20, ChangeRel: -20.0 / 110, RelOK: true,
				BeforeGap: -10, AfterGap: 10, GapChange: 20, GapOK: true, Verdict: app.EffectImproved, GapVerdict: app.EffectImproved,
				BeforeKeys: []string{"2023-02", "2023-03"}, AfterKeys: []string{"2023-04", "2023-05"}}},
		{"decrease goal going up worsens", costs, testkit.MonthlyPlan(100), testkit.Vals("2023-03", 100, "2023-04", 120), "2023-04-01", "2023-06-01",
			app.EffectResult{N: 1, BeforeAvg: 100, AfterAvg: 120, Change: 20, ChangeRel: 0.2, RelOK: true,
				BeforeGap: 0, AfterGap: -20, GapChange: -20, GapOK: true, Verdict: app.EffectWorsened, GapVerdict: app.EffectWorsened,
				BeforeKeys: []string{"2023-03"}, AfterKeys: []string{"2023-04"}}},
		{"the period holding the start counts as after", monthly, testkit.MonthlyPlan(1e6), testkit.Vals("2023-03", 1_000_000, "2023-04", 1_015_000), "2023-03-31", "2023-06-01",
			app.EffectResult{Verdict: app.EffectNoBaseline}},
		{"within the tolerance is no change", monthly, testkit.MonthlyPlan(1e6), testkit.Vals("2023-02", 1_000_000, "2023-03", 1_015_000), "2023-03-01", "2023-06-01",
			app.EffectResult{N: 1, BeforeAvg: 1_000_000, AfterAvg: 1_015_000, Change: 15_000, ChangeRel: 0.015, RelOK: true,
				BeforeGap: 0, AfterGap: 15_000, GapChange: 15_000, GapOK: true, Verdict: app.EffectNoChange, GapVerdict: app.EffectNoChange,
				BeforeKeys: []string{"2023-02"}, AfterKeys: []string{"2023-03"}}},
		{"too early: the period after has no check-in yet", sales.Goal, sales.Plan, testkit.Vals("2023-Q1", 8e6), "2023-04-15", "2023-05-15",
			app.EffectResult{Verdict: app.EffectTooEarly}},
		{"too early: values after asOf do not count", sales.Goal, sales.Plan, testkit.Vals("2023-Q1", 8e6, "2023-Q2", 12e6), "2023-04-15", "2023-03-31",
			app.EffectResult{Verdict: app.EffectTooEarly}},
		{"no data before", sales.Goal, sales.Plan, testkit.Vals("2023-Q2", 12e6), "2023-04-15", "2023-07-20",
			app.EffectResult{Verdict: app.EffectNoBaseline}},
		{"history before the goal has no plan to compare", sales.Goal, sales.Plan, testkit.Vals("2022-Q4", 16.7e6, "2023-Q1", 8e6), "2023-01-10", "2023-04-20",
			app.EffectResult{N: 1, BeforeAvg: 16.7e6, AfterAvg: 8e6, Change: -8.7e6, ChangeRel: -8.7 / 16.7, RelOK: true, Verdict: app.EffectWorsened,
				BeforeKeys: []string{"2022-Q4"}, AfterKeys: []string{"2023-Q1"}}},
		{"from zero", monthly, testkit.MonthlyPlan(1e6), testkit.Vals("2023-03", 0, "2023-04", 5), "2023-04-02", "2023-06-01",
			app.EffectResult{N: 1, BeforeAvg: 0, AfterAvg: 5, Change: 5, BeforeGap: -1e6, AfterGap: -999_995, GapChange: 5, GapOK: true,
				Verdict: app.EffectImproved, GapVerdict: app.EffectNoChange, BeforeKeys: []string{"2023-03"}, AfterKeys: []string{"2023-04"}}},
		{"other cadences are ignored", sales.Goal, sales.Plan, testkit.Vals("2023-03", 8e6, "2023-04", 5e6), "2023-04-15", "2023-07-20",
			app.EffectResult{Verdict: app.EffectNoBaseline}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := app.Effect(app.Calendar{}, tt.g, tt.plan, tt.values, testkit.Day(t, tt.start), testkit.Day(t, tt.asOf))
			w := tt.want
			if got.N != w.N || got.Verdict != w.Verdict || got.GapVerdict != w.GapVerdict || got.RelOK != w.RelOK || got.GapOK != w.GapOK {
				t.Errorf("N %d verdict %q gap verdict %q relOK %v gapOK %v; want %d %q %q %v %v",
					got.N, got.Verdict, got.GapVerdict, got.RelOK, got.GapOK, w.N, w.Verdict, w.GapVerdict, w.RelOK, w.GapOK)
			}
			for _, f := range []struct {
				name      string
				got, want float64
			}{
				{"BeforeAvg", got.BeforeAvg, w.BeforeAvg}, {"AfterAvg", got.AfterAvg, w.AfterAvg}, {"Change", got.Change, w.Change},
				{"ChangeRel", got.ChangeRel, w.ChangeRel}, {"BeforeGap", got.BeforeGap, w.BeforeGap}, {"AfterGap", got.AfterGap, w.AfterGap},
				{"GapChange", got.GapChange, w.GapChange},
			} {
				if !testkit.Near(f.got, f.want) {
					t.Errorf("%s = %v, want %v", f.name, f.got, f.want)
				}
			}
			if !slices.Equal(got.BeforeKeys, w.BeforeKeys) || !slices.Equal(got.AfterKeys, w.AfterKeys) {
				t.Errorf("keys %v | %v, want %v | %v", got.BeforeKeys, got.AfterKeys, w.BeforeKeys, w.AfterKeys)
			}
		})
	}
}
