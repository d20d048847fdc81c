package data_test

import (
	"context"
	"testing"

	"pacer/app"
)

// TestReviewOfAPlanNotAddingUpReadsEveryValue: a goal whose plan no longer
// adds up to its target (the target changed after the plan was split, as
// another program or a team sync may leave it) has its plan settled by
// its check-ins of every period (app.ExpectationWith). The Reviews
// screen's read (Store.Review) gave it the check-ins of the reviewed
// periods alone, so it settled the plan elsewhere: the first quarter's
// 0.3 read missed against 0.1 expected, where the review from every
// check-in, as the goal's detail, read it achieved against 0.4. Both now
// agree, quarter by quarter and month by month.
func TestReviewOfAPlanNotAddingUpReadsEveryValue(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	cal := app.Calendar{}
	g := &app.Goal{Title: "Returns", Perspective: app.PerspectiveFinancial, Owner: "o", Kind: app.KindDecrease,
		Unit: app.UnitCount, Decimals: 1, Aggregation: app.AggFlow, Target: 1.5, Rationale: "r",
		Start: app.NewDate(2025, 1, 1), End: app.NewDate(2025, 12, 31), Cadence: app.CadenceMonth, PlanBy: app.CadenceMonth}
	if err := s.SaveGoalSetup(ctx, app.GoalSetup{Goal: g, Plan: app.SplitEven(cal, *g, app.CadenceMonth)}); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"2025-01", "2025-02", "2025-03", "2025-04", "2025-05"} {
		if err := s.PutCheckIn(ctx, &app.CheckIn{GoalID: g.ID, PeriodKey: k, Value: 0.1}); err != nil {
			t.Fatal(err)
		}
	}
	g.Target = 1.2
	if err := s.UpdateGoal(ctx, g); err != nil {
		t.Fatal(err)
	}
	asOf := app.NewDate(2025, 6, 20)
	snap, err := s.Snapshot(ctx, app.GoalFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{"2025-Q1", "2025-Q2", "2025-01", "2025-03", "2025-05"} {
		p, _ := app.ParsePeriodKey(key)
		d, err := s.Review(ctx, app.GoalFilter{}, cal, p, asOf)
		if err != nil {
			t.Fatal(err)
		}
		screen := app.ReviewRowsFrom(cal, d, p, asOf, app.DefaultThresholds)[0]
		whole := app.ReviewRows(cal, snap, p, asOf, app.DefaultThresholds)[0]
		if screen.Status != whole.Status || screen.ExpectedCovered != whole.ExpectedCovered ||
			screen.Actual != whole.Actual || screen.Ratio != whole.Ratio {
			t.Errorf("%s: the Reviews screen reads %s (%v of %v expected), the review from every check-in %s (%v of %v)",
				key, screen.Status, screen.Actual, screen.ExpectedCovered, whole.Status, whole.Actual, whole.ExpectedCovered)
		}
	}
}
