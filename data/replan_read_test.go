package data_test

import (
	"context"
	"math"
	"testing"

	"pacer/app"
	"pacer/app/sample"
	"pacer/data"
)

// TestARespreadPlanReadFromTheFile: the sample's sales goal, its first
// quarter 2M short, is re-planned after it and then follows the new plan
// to the letter. Read from the file, as the screens read it, the
// dashboard finds it achieved at the year's end and on track halfway, and
// the year's review expects the target and finds no gap, as the goal's
// check-ins worked out whole do: the store hands over its check-ins, not
// its totals or sums, whose plan alone does not add up.
func TestARespreadPlanReadFromTheFile(t *testing.T) {
	ctx, cal := context.Background(), app.Calendar{}
	s := mustOpen(t)
	sales := sample.SamplePlan("en")[0]
	g := mustCreateGoal(t, s, &sales.Goal)
	mustNotErr(t, s.AddPlanRevision(ctx, &app.Plan{GoalID: g.ID, Target: g.Target, Periods: sales.Plan}))
	q1 := app.PeriodValue{PeriodKey: "2023-Q1", Value: sales.Plan[0].Target - 2e6}
	mustNotErr(t, s.PutCheckIn(ctx, &app.CheckIn{GoalID: g.ID, PeriodKey: q1.PeriodKey, Value: q1.Value}))
	plan, err := app.RespreadRemaining(cal, *g, sales.Plan, []app.PeriodValue{q1}, app.NewDate(2023, 4, 20), app.SpreadPlan)
	mustNotErr(t, err)
	mustNotErr(t, s.AddPlanRevision(ctx, &app.Plan{GoalID: g.ID, Target: g.Target, Periods: plan, Note: "re-plan"}))
	end, halfway := app.NewDate(2024, 1, 10), app.NewDate(2023, 7, 10)
	for i, p := range plan[1:] {
		mustNotErr(t, s.PutCheckIn(ctx, &app.CheckIn{GoalID: g.ID, PeriodKey: p.PeriodKey, Value: p.Target}))
		switch i {
		case 0:
			checkDashboardOf(t, s, g, halfway, app.StatusOnTrack)
		case 2:
			checkDashboardOf(t, s, g, end, app.StatusAchieved)
		}
	}
	year, err := app.ParsePeriodKey("2023")
	mustNotErr(t, err)
	d, err := s.Review(ctx, app.GoalFilter{}, cal, year, end)
	mustNotErr(t, err)
	rows := app.ReviewRowsFrom(cal, d, year, end, app.DefaultThresholds)
	if len(rows) != 1 || rows[0].Expected != g.Target || rows[0].Actual != g.Target || rows[0].ReplannedAfter != "2023-Q1" {
		t.Fatalf("the year's row %+v; want the target %v expected and reached, re-planned after 2023-Q1", rows, g.Target)
	}
	checkReviewOf(t, s, cal, year, end)
}

// checkDashboardOf checks the dashboard's pace of g, the only goal of s,
// as of asOf: its status and a projection of its target.
func checkDashboardOf(t *testing.T, s *data.Store, g *app.Goal, asOf app.Date, want app.Status) {
	t.Helper()
	cal := app.Calendar{}
	d, err := s.Dashboard(context.Background(), app.GoalFilter{}, cal, asOf)
	mustNotErr(t, err)
	pace := app.PacesFrom(cal, d, asOf, app.DefaultThresholds)[0]
	if pace.Assessment.Status != want || math.Abs(pace.Projection.EndValue-g.Target) > 0.5 {
		t.Errorf("as of %s: %v projected %v, want %v projected %v", asOf, pace.Assessment.Status, pace.Projection.EndValue, want, g.Target)
	}
}
