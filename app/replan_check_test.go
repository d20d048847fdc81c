package app_test

import (
	"fmt"
	"testing"

	"pacer/app"
	"pacer/app/internal/testkit"
	"pacer/app/sample"
)

// respread is RespreadRemaining by the old plan's shape, failing t on an
// error.
func respread(t *testing.T, g app.Goal, plan []app.PeriodTarget, values []app.PeriodValue, asOf string) []app.PeriodTarget {
	t.Helper()
	got, err := app.RespreadRemaining(app.Calendar{}, g, plan, values, testkit.Day(t, asOf), app.SpreadPlan)
	if err != nil {
		t.Fatal(err)
	}
	return got
}

// TestReplannedAfterFindsTheRespread: a flow plan re-spread after a
// review adds up to the target with the actuals of the ended periods in
// place of their plan; ReplannedAfter names the last of them, the latest
// of two re-plans, and nothing for a plan that adds up by itself, one
// whose actuals were changed since, or one whose periods have not ended.
func TestReplannedAfterFindsTheRespread(t *testing.T) {
	sales := sample.SamplePlan("en")[0]
	g, cal := sales.Goal, app.Calendar{}
	q1 := testkit.Vals("2023-Q1", 8e6)
	once := respread(t, g, sales.Plan, q1, "2023-04-20")
	q2 := testkit.Vals("2023-Q1", 8e6, "2023-Q2", 15e6)
	twice := respread(t, g, once, q2, "2023-07-03")
	weekly := testkit.EffectGoal(app.KindIncrease, app.AggFlow, app.CadenceWeek, 1200, 0)
	weekly.PlanBy = app.CadenceMonth
	weeks := testkit.Vals("2022-W52", 20) // ends on 1 January, the goal's first day
	for w := 1; w <= 9; w++ {             // 2023-W09 ends on 5 March: February's last week
		weeks = append(weeks, app.PeriodValue{PeriodKey: fmt.Sprintf("2023-W%02d", w), Value: 20})
	}
	byWeek, err := app.RespreadRemaining(cal, weekly, testkit.MonthlyPlan(100), weeks, testkit.Day(t, "2023-03-01"), app.SpreadEven)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		g      app.Goal
		plan   []app.PeriodTarget
		values []app.PeriodValue
		today  string
		want   string // "" for none
	}{
		{"re-spread after Q1", g, once, q1, "2023-05-15", "2023-Q1"},
		{"re-spread twice, the latest", g, twice, q2, "2023-08-01", "2023-Q2"},
		{"without a day, any ended", g, once, q1, "", "2023-Q1"},
		{"the first plan adds up by itself", g, sales.Plan, q1, "2023-05-15", ""},
		{"an actual changed since", g, once, testkit.Vals("2023-Q1", 8.2e6), "2023-05-15", ""},
		{"no actuals", g, once, nil, "2023-05-15", ""},
		{"the period has not ended", g, once, q1, "2023-03-30", ""},
		{"weeks counted in months", weekly, byWeek, weeks, "2023-03-10", "2023-02"},
		{"a week missing", weekly, byWeek, append(weeks[:3:3], weeks[4:]...), "2023-03-10", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var today app.Date
			if tt.today != "" {
				today = testkit.Day(t, tt.today)
			}
			p, ok := app.ReplannedAfter(cal, tt.g, tt.plan, tt.values, today)
			if got := map[bool]string{true: p.Key()}[ok]; got != tt.want {
				t.Errorf("ReplannedAfter = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestSMARTPassesARespreadPlan: the goal of a plan re-spread after a
// review fails T when checked from its plan alone, asking for its
// actuals (WantsActuals), and passes with them, saying after which period
// the plan was re-spread.
func TestSMARTPassesARespreadPlan(t *testing.T) {
	sales := sample.SamplePlan("en")[0]
	q1 := testkit.Vals("2023-Q1", 8e6)
	in := app.SMARTInput{Goal: sales.Goal, Plan: respread(t, sales.Goal, sales.Plan, q1, "2023-04-20"),
		Calendar: app.Calendar{}, Today: testkit.Day(t, "2023-05-15")}
	alone := app.CheckSMART(in)
	if alone.CanSave() || !alone.WantsActuals {
		t.Fatalf("checked from the plan alone: can save %v, wants actuals %v", alone.CanSave(), alone.WantsActuals)
	}
	in.Actuals = q1
	with := app.CheckSMART(in)
	if !with.CanSave() || with.WantsActuals {
		t.Fatalf("with the actuals: can save %v, wants actuals %v: %+v", with.CanSave(), with.WantsActuals, with.Letters)
	}
	timeBound := with.Letters[4]
	found := false
	for _, f := range timeBound.Findings {
		found = found || f.Args["Period"] == "2023-Q1" && f.Verdict == app.VerdictPass
	}
	if !found {
		t.Errorf("T does not say the plan was re-spread after 2023-Q1: %+v", timeBound)
	}
	in.Actuals = testkit.Vals("2023-Q1", 7e6)
	if app.CheckSMART(in).CanSave() {
		t.Error("a plan that adds up with no actuals of its periods passes")
	}
}
