package app_test

import (
	"testing"

	"pacer/app"
	"pacer/app/internal/testkit"
)

// TestGoalEndedMidPeriodIsFinalInTheReview checks a monthly sales goal of
// 1,050 from January to 15 November 2026, every month checked in at 90:
// from 16 November, the day after its end, its year, its fourth quarter
// and its November are closed in the review, with the verdict the
// dashboard gives the goal (partly achieved at 990 of 1,050), and its
// last day it is still at risk in both. Before, the review waited for the
// end of November and of the year: "at risk" beside "partly achieved" for
// the same goal and the same figures.
func TestGoalEndedMidPeriodIsFinalInTheReview(t *testing.T) {
	cal, th := app.Calendar{}, app.DefaultThresholds
	snap := salesToMidNovember(t, cal, 11)
	for _, tt := range []struct {
		asOf             string
		goal, year, last app.Status
	}{
		{"2026-11-15", app.StatusAtRisk, app.StatusAtRisk, app.StatusOnTrack},
		{"2026-11-16", app.StatusPartial, app.StatusPartial, app.StatusAchieved},
		{"2026-12-20", app.StatusPartial, app.StatusPartial, app.StatusAchieved},
	} {
		asOf := testkit.Day(t, tt.asOf)
		if got := app.Paces(cal, snap, asOf, th)[0].Assessment.Status; got != tt.goal {
			t.Errorf("as of %s: the goal is %s, want %s", tt.asOf, got, tt.goal)
		}
		for _, c := range []struct {
			key  string
			want app.Status
		}{{"2026", tt.year}, {"2026-Q4", tt.last}, {"2026-11", tt.last}} {
			r := app.ReviewRows(cal, snap, testkit.Key(t, c.key), asOf, th)[0]
			if r.Status != c.want || r.Closed != tt.goal.Final() {
				t.Errorf("as of %s: the review of %s says %s (closed %v), want %s", tt.asOf, c.key, r.Status, r.Closed, c.want)
			}
		}
	}
}

// TestGoalEndedMidYearClosesItsYearAsItsVerdict checks the same goal with
// November, its last month, never reported: once November's grace is
// over the goal's verdict is final, and so is its year's row, November
// counting as nothing in both. Before, the year's row waited for the
// grace after December, a period the goal has no check-in of.
func TestGoalEndedMidYearClosesItsYearAsItsVerdict(t *testing.T) {
	cal, th := app.Calendar{}, app.DefaultThresholds
	snap := salesToMidNovember(t, cal, 10)
	for _, day := range []string{"2026-12-07", "2026-12-08", "2027-01-20"} {
		asOf := testkit.Day(t, day)
		goal := app.Paces(cal, snap, asOf, th)[0].Assessment.Status
		r := app.ReviewRows(cal, snap, testkit.Key(t, "2026"), asOf, th)[0]
		if r.Closed != goal.Final() || (r.Closed && r.Status != goal) {
			t.Errorf("as of %s: the year's row says %s (closed %v), the goal %s", day, r.Status, r.Closed, goal)
		}
	}
}

// salesToMidNovember is a snapshot of a monthly sales goal of 1,050 from
// January to 15 November 2026 with its first months checked in at 90.
func salesToMidNovember(t *testing.T, cal app.Calendar, months int) app.Snapshot {
	g := testkit.EffectGoal(app.KindIncrease, app.AggFlow, app.CadenceMonth, 1050, 0)
	g.ID, g.Start, g.End = 1, testkit.Day(t, "2026-01-01"), testkit.Day(t, "2026-11-15")
	snap := app.NewSnapshot()
	snap.Goals = []app.Goal{g}
	for _, p := range app.CheckInPeriods(cal, g)[:months] {
		snap.CheckIns[1] = append(snap.CheckIns[1], app.CheckIn{GoalID: 1, PeriodKey: p.Key(), Value: 90})
	}
	return snap
}
