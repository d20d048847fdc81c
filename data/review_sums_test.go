package data_test

import (
	"context"
	"reflect"
	"testing"

	"pacer/app"
	"pacer/data"
)

// TestReviewSums reviews a quarter of a weekly goal with two years of
// whole-number check-ins: its row comes from sums, and equals the row
// worked out from every check-in. A value that is not a whole number in a
// compared quarter, a history value there, or a check-in of another
// cadence makes the review read the goal's check-ins instead (its sums
// would not be exact, or not all its values), until it is gone again;
// the rows still agree.
func TestReviewSums(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	g := mustCreateGoal(t, s, weeklyGoal())
	cal, q := app.Calendar{}, app.Period{Cadence: app.CadenceQuarter, Year: 2021, Index: 2}
	var cs []app.CheckIn
	for i, p := range cal.Periods(app.CadenceWeek, app.NewDate(2020, 1, 1), app.NewDate(2021, 12, 31)) {
		cs = append(cs, app.CheckIn{GoalID: g.ID, PeriodKey: p.Key(), Value: float64(100 + i%7)})
	}
	mustNotErr(t, s.SaveCheckIns(ctx, cs))
	fromSums := func(want bool) {
		t.Helper()
		checkReviewOf(t, s, cal, q, app.NewDate(2022, 1, 10))
		d, err := s.Review(ctx, app.GoalFilter{}, cal, q, app.NewDate(2022, 1, 10))
		mustNotErr(t, err)
		if _, ok := d.Sums[g.ID]; ok != want {
			t.Fatalf("from sums: %v, want %v", ok, want)
		}
		if s := d.Sums[g.ID]; want && (s[0].Count != 12 || s[1].Count != 12 || s[2].Count != 12) {
			t.Fatalf("sums %+v, want the 12 weeks wholly inside each quarter", s)
		}
	}
	fromSums(true)

	odd := &app.CheckIn{GoalID: g.ID, PeriodKey: "2021-W10", Value: 100.5} // in the quarter before
	mustNotErr(t, s.PutCheckIn(ctx, odd))
	fromSums(false)
	odd.Value = 100
	mustNotErr(t, s.PutCheckIn(ctx, odd))
	fromSums(true)

	mustNotErr(t, s.SetHistory(ctx, g.ID, []app.HistoryValue{{GoalID: g.ID, PeriodKey: "2020-Q2", Value: 5}}))
	fromSums(false)
	mustNotErr(t, s.SetHistory(ctx, g.ID, nil))
	fromSums(true)

	// A check-in by month, as another laptop's sync could apply it.
	_, err := s.DB().ExecContext(ctx, `INSERT INTO checkins (goal_id, period_key, value, confidence, created_at, updated_at)
		VALUES (?, '2021-05', 7, 5, '2021-06-01T00:00:00Z', '2021-06-01T00:00:00Z')`, g.ID)
	mustNotErr(t, err)
	s.SettleDerived(ctx)
	fromSums(false)
}

// checkReviewOf fails unless the review rows of q as of asOf from the
// store's sums (Review, ReviewRowsFrom) are those worked out from every
// check-in (Snapshot, ReviewRows).
func checkReviewOf(t *testing.T, s *data.Store, cal app.Calendar, q app.Period, asOf app.Date) {
	t.Helper()
	ctx := context.Background()
	snap, err := s.Snapshot(ctx, app.GoalFilter{IncludeArchived: true})
	mustNotErr(t, err)
	d, err := s.Review(ctx, app.GoalFilter{IncludeArchived: true}, cal, q, asOf)
	mustNotErr(t, err)
	slow, fast := app.ReviewRows(cal, snap, q, asOf, app.DefaultThresholds), app.ReviewRowsFrom(cal, d, q, asOf, app.DefaultThresholds)
	if !reflect.DeepEqual(slow, fast) {
		t.Errorf("review of %s as of %s from sums:\n%+v\nfrom check-ins:\n%+v", q.Key(), asOf, fast, slow)
	}
}

// checkReviewSums checks the review (checkReviewOf) of the quarters and
// years of the goals of snap, as of the end of each.
func checkReviewSums(t *testing.T, s *data.Store, snap app.Snapshot) {
	t.Helper()
	cal := app.Calendar{}
	for _, c := range []app.Cadence{app.CadenceQuarter, app.CadenceYear} {
		ps := app.ReviewPeriods(cal, snap.Goals, c, app.NewDate(9000, 1, 1))
		for _, p := range ps[max(0, len(ps)-6):] { // the first ones
			checkReviewOf(t, s, cal, p, app.DateOfDayNumber(cal.LastDay(p)+1))
		}
	}
}
