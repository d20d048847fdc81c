package data_test

import (
	"context"
	"reflect"
	"testing"
	"time"

	"pacer/app"
	"pacer/data"
)

// TestReviewSums reviews a quarter of a weekly goal with two years of
// check-ins: its row comes from sums, and equals the row worked out from
// every check-in, values with cents included (the totals count cents).
// A value with digits beyond the goal's decimals in a compared quarter (as
// a sync could write it), a total of 2^53 cents or more, a history value
// there, or a check-in of another cadence makes the review read the
// goal's check-ins instead (its sums would not be exact, or not all its
// values), until it is gone again; the rows still agree.
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
		if s := d.Sums[g.ID]; want && (s[0].Count != 13 || s[1].Count != 13 || s[2].Count != 13) {
			t.Fatalf("sums %+v, want the 13 weeks that end in each quarter", s)
		}
	}
	fromSums(true)

	cents := &app.CheckIn{GoalID: g.ID, PeriodKey: "2021-W10", Value: 100.1} // in the quarter before
	mustNotErr(t, s.PutCheckIn(ctx, cents))
	fromSums(true)
	cents.PeriodKey, cents.Value = "2021-W15", 0.2 // in the quarter
	mustNotErr(t, s.PutCheckIn(ctx, cents))
	fromSums(true)

	setValue := func(key string, v float64) {
		t.Helper()
		_, err := s.DB().ExecContext(ctx, `UPDATE checkins SET value = ? WHERE goal_id = ? AND period_key = ?`, v, g.ID, key)
		mustNotErr(t, err)
		s.SettleDerived(ctx)
	}
	setValue("2021-W10", 100.125) // beyond the goal's 2 decimals
	fromSums(false)
	setValue("2021-W10", 100)
	fromSums(true)
	setValue("2021-W05", 90071992547000) // the total passes 2^53 cents (90,071,992,547,409.92)
	fromSums(false)
	setValue("2021-W05", 100)
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

// TestReviewLatestOfStaleGoal reviews Q1 on 5 April of a monthly goal
// with January, February and April in, after an edit of January written
// past the store (as a team sync writes it) left the goal's totals to be
// recomputed: the store still says April is the goal's latest period
// reported, from its check-ins, so the Reviews screen's row counts March
// as nothing as the full snapshot's and the goal detail's do.
func TestReviewLatestOfStaleGoal(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	g := monthlyGoal(t, s, app.AggFlow,
		app.CheckIn{PeriodKey: "2023-01", Value: 100}, app.CheckIn{PeriodKey: "2023-02", Value: 100}, app.CheckIn{PeriodKey: "2023-04", Value: 100})
	_, err := s.DB().ExecContext(ctx, `UPDATE checkins SET value = 110 WHERE goal_id = ? AND period_key = '2023-01'`, g.ID)
	mustNotErr(t, err)
	var stale int
	mustNotErr(t, s.DB().QueryRowContext(ctx, `SELECT count(*) FROM checkin_totals_stale`).Scan(&stale))
	cal, asOf := app.Calendar{}, app.NewDate(2023, 4, 5)
	q1 := app.Period{Cadence: app.CadenceQuarter, Year: 2023, Index: 1}
	snap, err := s.Snapshot(ctx, app.GoalFilter{})
	mustNotErr(t, err)
	d, err := s.Review(ctx, app.GoalFilter{}, cal, q1, asOf)
	mustNotErr(t, err)
	want := app.ReviewRows(cal, snap, q1, asOf, app.DefaultThresholds)[0]
	got := app.ReviewRowsFrom(cal, d, q1, asOf, app.DefaultThresholds)[0]
	if stale == 0 || d.Latest[g.ID] != "2023-04" || !got.LaterReported || got.ExpectedCovered != want.ExpectedCovered || got.Status != want.Status {
		t.Errorf("%d stale marks, latest %q; row later reported %v, %v planned, %s; want 2023-04, true, %v, %s",
			stale, d.Latest[g.ID], got.LaterReported, got.ExpectedCovered, got.Status, want.ExpectedCovered, want.Status)
	}
}

// TestReviewOfWeeksAcrossPeriodEnds reviews weekly goals of 2024, which
// ends on a Tuesday, and of a fiscal year from April: every week checked
// in, weeks that cross a month, quarter or year end included, and each
// goal's last week, which runs past its end. The store's review (from sums
// where they suffice) equals the one worked out from every check-in, in
// every month, quarter and year, and the months add up to the dashboard's
// actual.
func TestReviewOfWeeksAcrossPeriodEnds(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	for _, start := range []app.Date{app.NewDate(2024, 1, 1), app.NewDate(2024, 4, 1)} {
		g := weeklyGoal()
		g.Start, g.End = start, app.Date{Time: start.AddDate(1, 0, -1)}
		mustCreateGoal(t, s, g)
		var cs []app.CheckIn
		for i, p := range app.CheckInPeriods(app.Calendar{}, *g) {
			cs = append(cs, app.CheckIn{GoalID: g.ID, PeriodKey: p.Key(), Value: float64(100 + i)})
		}
		mustNotErr(t, s.SaveCheckIns(ctx, cs))
	}
	snap, err := s.Snapshot(ctx, app.GoalFilter{})
	mustNotErr(t, err)
	for _, cal := range []app.Calendar{{}, {FiscalStart: time.April}} {
		asOf := app.NewDate(2025, 6, 1)
		for _, c := range []app.Cadence{app.CadenceMonth, app.CadenceQuarter, app.CadenceYear} {
			sums := map[int64]float64{}
			for _, p := range cal.Periods(c, app.NewDate(2023, 12, 1), app.NewDate(2025, 4, 30)) {
				checkReviewOf(t, s, cal, p, asOf)
				for _, r := range app.ReviewRows(cal, snap, p, asOf, app.DefaultThresholds) {
					sums[r.Goal.ID] += r.Actual
				}
			}
			for _, pc := range app.Paces(cal, snap, asOf, app.DefaultThresholds) {
				if sums[pc.Goal.ID] != pc.Assessment.Actual {
					t.Errorf("fiscal start %s, goal from %s: the reviews by %s add up to %v, the dashboard says %v",
						cal.FiscalStart, pc.Goal.Start, c, sums[pc.Goal.ID], pc.Assessment.Actual)
				}
			}
		}
	}
}
