package app_test

import (
	"context"
	"testing"

	"pacer/app"
	"pacer/app/internal/testkit"
)

// BenchmarkGoalDetail10YearsWeekly loads and computes what a goal's detail
// shows of a goal with ten years of weekly check-ins (of the 2,000-goal
// store): its plan and values, its pace and projection, and its plan
// against actual per quarter with the running sums the cumulative chart
// draws. The goal is one frame (16 ms).
func BenchmarkGoalDetail10YearsWeekly(b *testing.B) {
	s := scaleStore(b, 2000, 10)
	cal, asOf := app.Calendar{}, scaleAsOf
	goals, err := s.ListGoals(context.Background(), app.GoalFilter{})
	if err != nil {
		b.Fatal(err)
	}
	id := goals[len(goals)/2].ID
	testkit.BenchMedian(b, func(int) {
		rows := goalDetailData(b, s, cal, id, asOf)
		if len(rows) != 40 || !rows[len(rows)-1].HasPlan {
			b.Fatalf("%d rows", len(rows))
		}
	})
}

// goalDetailData reads one goal whole and works out its detail rows, as
// the goal detail does when it opens.
func goalDetailData(tb testing.TB, s goalReader, cal app.Calendar, id int64, asOf app.Date) []app.DetailRow {
	snap, err := s.GoalSnapshot(context.Background(), id)
	if err != nil {
		tb.Fatal(err)
	}
	paces := app.Paces(cal, snap, asOf, app.DefaultThresholds)
	return app.DetailRows(cal, paces[0], asOf, app.DefaultThresholds)
}

// goalReader reads one goal with its plan and values.
type goalReader interface {
	GoalSnapshot(ctx context.Context, id int64) (app.Snapshot, error)
}
