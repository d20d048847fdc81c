package app_test

import (
	"fmt"
	"testing"

	"pacer/app"
	"pacer/app/internal/testkit"
	"pacer/app/sample"
)

// needsText writes needs as "2023-Q2 14560000, …" for messages and checks.
func needsText(ns []app.PeriodNeed) string {
	s := ""
	for i, n := range ns {
		if i > 0 {
			s += ", "
		}
		s += fmt.Sprintf("%s %.6g", n.PeriodKey, n.Amount)
	}
	return s
}

func samplePart(t *testing.T, i int) (app.Goal, []app.PeriodTarget, []app.PeriodValue) {
	t.Helper()
	sg := sample.SamplePlan("en")[i]
	return sg.Goal, sg.Plan, app.ValuesFromCheckIns(sg.CheckIns)
}

// The sample sales goal reached 8M of Q1's 10M: 80 % of plan. The plan
// rises every quarter, so the year lands at 80 % of 60M, and what is left
// to do follows the plan's shape.
func TestProjectSampleSalesFollowsPlan(t *testing.T) {
	g, plan, values := samplePart(t, 0)
	asOf := app.NewDate(2023, 5, 20)
	pr := app.Project(app.Calendar{}, g, plan, values, asOf)
	if pr.Method != app.MethodPlanPace || !testkit.Near(pr.Pace, 0.8) {
		t.Errorf("method %s at pace %v, want plan_pace at 0.8", pr.Method, pr.Pace)
	}
	if !testkit.Near(pr.EndValue, 48e6) || !testkit.Near(pr.Attainment, 0.8) {
		t.Errorf("projected %v (%v of target), want 48,000,000 (0.8)", pr.EndValue, pr.Attainment)
	}
	if got, want := needsText(pr.Needs), "2023-Q2 1.456e+07, 2023-Q3 1.664e+07, 2023-Q4 2.08e+07"; got != want {
		t.Errorf("needs %s, want %s", got, want)
	}
	total := 0.0
	for _, n := range pr.Needs {
		total += n.Amount
	}
	if !testkit.Near(total, 52e6) {
		t.Errorf("needs add up to %v, want the 52,000,000 left", total)
	}
	if len(pr.Periods) != 1 || pr.Periods[0] != "2023-Q1" {
		t.Errorf("periods used %v, want [2023-Q1]", pr.Periods)
	}
	a := app.Assess(app.Calendar{}, g, plan, values, asOf, app.DefaultThresholds)
	if a.Status != app.StatusAtRisk {
		t.Errorf("status %s, want at risk", a.Status)
	}
	// One story: the projected end, against the target, classifies as the
	// status does.
	if got := app.DefaultThresholds.Classify(pr.EndValue / g.Target); got != a.Status {
		t.Errorf("projection reads %s, status %s", got, a.Status)
	}
}

// The sample market share is 8 % against Q1's planned 10 %: 2 pp behind
// the plan, which then rises to 15 %.
func TestProjectSampleShareFollowsPlanPath(t *testing.T) {
	g, plan, values := samplePart(t, 2)
	pr := app.Project(app.Calendar{}, g, plan, values, app.NewDate(2023, 5, 20))
	if pr.Method != app.MethodPlanGap || !testkit.Near(pr.Pace, -2) {
		t.Errorf("method %s with gap %v, want plan_gap at -2", pr.Method, pr.Pace)
	}
	if !testkit.Near(pr.EndValue, 13) || !testkit.Near(pr.Attainment, 4.0/6) {
		t.Errorf("projected %v (%v), want 13 (4 of the 6 points)", pr.EndValue, pr.Attainment)
	}
	// From 8 to 15 as the plan climbs 10 → 11.5 → 13 → 15: 1.5/5, 3/5, 5/5.
	if got, want := needsText(pr.Needs), "2023-Q2 10.1, 2023-Q3 12.2, 2023-Q4 15"; got != want {
		t.Errorf("needs %s, want %s", got, want)
	}
}

func TestProjectWithPlan(t *testing.T) {
	quarterPlan := []app.PeriodTarget{{PeriodKey: "2023-Q1", Target: 10}, {PeriodKey: "2023-Q2", Target: 20},
		{PeriodKey: "2023-Q3", Target: 30}, {PeriodKey: "2023-Q4", Target: 40}}
	monthly := app.Goal{Kind: app.KindIncrease, Aggregation: app.AggFlow, Target: 100,
		Start: app.Year2023.Start, End: app.Year2023.End, Cadence: app.CadenceMonth, PlanBy: app.CadenceQuarter}
	level := app.Goal{Kind: app.KindIncrease, Aggregation: app.AggLevel, Baseline: testkit.Ptr(0), Target: 40,
		Start: app.Year2023.Start, End: app.Year2023.End, Cadence: app.CadenceQuarter, PlanBy: app.CadenceQuarter}
	zeroFirst := []app.PeriodTarget{{PeriodKey: "2023-Q1", Target: 0}, {PeriodKey: "2023-Q2", Target: 50},
		{PeriodKey: "2023-Q3", Target: 25}, {PeriodKey: "2023-Q4", Target: 25}}
	quarterly := app.With(monthly, func(g *app.Goal) { g.Cadence = app.CadenceQuarter })
	tests := []struct {
		name     string
		g        app.Goal
		plan     []app.PeriodTarget
		values   []app.PeriodValue
		asOf     string
		method   app.ProjectionMethod
		end      float64
		needs    string
		lastNeed float64
	}{
		// Jan..Mar were planned 10 by days (31+28+31 of 90), at half pace:
		// 5 + 0.5 × (20 + 30 + 40). The 95 left follow the plan by days,
		// in whole units that add up to 95, as the months' plan does (Q4's
		// 40 is 13, 14 and 13: 13.48 to October's end, 26.52 to November's).
		{"monthly check-ins, quarterly plan", monthly, quarterPlan, testkit.Vals("2023-01", 1.5, "2023-02", 1.5, "2023-03", 2), "2023-04-05",
			app.MethodPlanPace, 50, "2023-04 7, 2023-05 6, 2023-06 7, 2023-07 11, 2023-08 11, 2023-09 11, 2023-10 14, 2023-11 15, 2023-12 13", 13},
		// Nothing planned so far, 10 done: on track, and projected to keep
		// to the plan from here (the run rate, 40, read 40 % beside it).
		{"nothing planned so far: the plan kept", quarterly, zeroFirst, testkit.Vals("2023-Q1", 10), "2023-04-05",
			app.MethodPlanPace, 110, "2023-Q2 45, 2023-Q3 23, 2023-Q4 22", 22},
		{"nothing planned at all: run-rate", quarterly, zeroFirst[:1], testkit.Vals("2023-Q1", 10), "2023-04-05",
			app.MethodRunRate, 40, "2023-Q2 30, 2023-Q3 30, 2023-Q4 30", 30},
		{"no plan left: even needs", quarterly, quarterPlan[:1], testkit.Vals("2023-Q1", 5), "2023-04-05",
			app.MethodPlanPace, 5, "2023-Q2 32, 2023-Q3 32, 2023-Q4 31", 31},
		// Gaps to plan −5 then −3: the latest gap is held, 40 − 3 by Q4
		// (a trend of the gap would read 41 from two values, and from a
		// wider gap far below a goal still on track).
		{"level gap held", level, quarterPlan, testkit.Vals("2023-Q1", 5, "2023-Q2", 17), "2023-07-05",
			app.MethodPlanGap, 37, "2023-Q3 28.5, 2023-Q4 40", 40},
	}
	for _, tt := range tests {
		pr := app.Project(app.Calendar{}, tt.g, tt.plan, tt.values, testkit.Day(t, tt.asOf))
		if pr.Method != tt.method || !testkit.Near(pr.EndValue, tt.end) {
			t.Errorf("%s: %s to %v, want %s to %v", tt.name, pr.Method, pr.EndValue, tt.method, tt.end)
		}
		if tt.needs != "" && needsText(pr.Needs) != tt.needs {
			t.Errorf("%s: needs %s, want %s", tt.name, needsText(pr.Needs), tt.needs)
		}
		if n := len(pr.Needs); n != pr.RemainingPeriods || n == 0 || !testkit.Near(pr.Needs[n-1].Amount, tt.lastNeed) {
			t.Errorf("%s: needs %s for %d periods, want the last at %v", tt.name, needsText(pr.Needs), pr.RemainingPeriods, tt.lastNeed)
		}
	}
}

// Needs shown in whole customers add up to the customers still needed.
func TestProjectNeedsAddUp(t *testing.T) {
	g, plan, values := samplePart(t, 1)
	pr := app.Project(app.Calendar{}, g, plan, values, app.NewDate(2023, 5, 20))
	if got, want := needsText(pr.Needs), "2023-Q2 53, 2023-Q3 53, 2023-Q4 54"; got != want {
		t.Errorf("needs %s, want %s", got, want)
	}
}
