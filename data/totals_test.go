package data_test

import (
	"context"
	"fmt"
	"math"
	"testing"
	"time"

	"pacer/app"
	"pacer/data"
)

// TestTotalsKeptByTheStore saves a weekly goal's check-ins in order
// through 2020, which has a week 53, and replaces the latest: until the
// store counts them the dashboard reads the goal's check-ins, and then
// its totals, without a stale mark left, are the check-ins' count and
// sum. A deleted check-in leaves them right.
func TestTotalsKeptByTheStore(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	data.SetFoldAfter(s, time.Hour) // no fold but the one the test asks for
	g := mustCreateGoal(t, s, weeklyGoal())
	cal := app.Calendar{}
	var want float64
	for _, p := range cal.Periods(app.CadenceWeek, app.NewDate(2020, 1, 1), app.NewDate(2020, 12, 31)) {
		c := &app.CheckIn{GoalID: g.ID, PeriodKey: p.Key(), Value: float64(p.Index) + 0.25}
		mustNotErr(t, s.PutCheckIn(ctx, c))
		want += c.Value
	}
	last := &app.CheckIn{GoalID: g.ID, PeriodKey: "2020-W53", Value: 1}
	mustNotErr(t, s.PutCheckIn(ctx, last)) // replaces 53.25
	want += 1 - 53.25
	d, err := s.Dashboard(ctx, app.GoalFilter{}, cal, app.NewDate(2021, 6, 1))
	mustNotErr(t, err)
	if _, ok := d.Totals[g.ID]; ok || len(d.CheckIns[g.ID]) != 53 {
		t.Errorf("before the fold the dashboard read totals %v and %d check-ins, want none and 53", ok, len(d.CheckIns[g.ID]))
	}
	s.SettleDerived(ctx)
	var stale int
	mustNotErr(t, s.DB().QueryRowContext(ctx, `SELECT count(*) FROM checkin_totals_stale`).Scan(&stale))
	d, err = s.Dashboard(ctx, app.GoalFilter{}, cal, app.NewDate(2021, 6, 1))
	mustNotErr(t, err)
	if got := d.Totals[g.ID]; stale != 0 || got.Count != 53 || got.Sum != want || got.Last != (app.PeriodValue{PeriodKey: "2020-W53", Value: 1}) {
		t.Errorf("totals %+v with %d stale marks, want 53 check-ins adding up to %v", got, stale, want)
	}
	mustNotErr(t, s.DeleteCheckIn(ctx, last.ID))
	d, err = s.Dashboard(ctx, app.GoalFilter{}, cal, app.NewDate(2020, 7, 1))
	mustNotErr(t, err)
	if got := d.Totals[g.ID]; got.Count != 27 || got.Last.PeriodKey != "2020-W27" {
		t.Errorf("totals as of 1 July 2020 %+v, want 27 check-ins to 2020-W27", got)
	}
}

// checkTotals fails unless the dashboard's paces from the store's running
// totals are those worked out from every check-in, as of the day the
// goal starts, a year in and long after it, and the review rows from
// sums those from every check-in (checkReviewSums).
func checkTotals(t *testing.T, s *data.Store) {
	t.Helper()
	ctx, cal := context.Background(), app.Calendar{}
	snap, err := s.Snapshot(ctx, app.GoalFilter{IncludeArchived: true})
	mustNotErr(t, err)
	checkReviewSums(t, s, snap)
	checkHeads(t, s.DB(), "the writes")
	for _, g := range snap.Goals {
		for _, asOf := range []app.Date{g.Start, app.DateOfDayNumber(g.Start.DayNumber() + 365), app.NewDate(9000, 1, 1)} {
			d, err := s.Dashboard(ctx, app.GoalFilter{IncludeArchived: true}, cal, asOf)
			mustNotErr(t, err)
			slow, fast := app.Paces(cal, snap, asOf, app.DefaultThresholds), app.PacesFrom(cal, d, asOf, app.DefaultThresholds)
			for i := range slow {
				a, b := slow[i], fast[i]
				if a.Assessment != b.Assessment || a.Projection.Method != b.Projection.Method ||
					math.Abs(a.Projection.EndValue-b.Projection.EndValue) > 1e-9*math.Max(1, math.Abs(a.Projection.EndValue)) {
					t.Errorf("as of %s, goal %d from totals: %+v %v %v, from check-ins: %+v %v %v", asOf, a.Goal.ID,
						b.Assessment, b.Projection.Method, b.Projection.EndValue, a.Assessment, a.Projection.Method, a.Projection.EndValue)
				}
			}
		}
	}
}

// TestSettleDerived writes check-ins the way the team sync applies pulled
// rows, on the database itself: they wait to be counted, the dashboard
// reads the goal's check-ins meanwhile, and SettleDerived brings its
// totals up to date.
func TestSettleDerived(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	g := mustCreateGoal(t, s, weeklyGoal())
	db := s.DB()
	for _, k := range []string{"2020-W05", "2020-W02"} { // the second is not the latest
		if _, err := db.ExecContext(ctx, `INSERT INTO checkins (goal_id, period_key, value, confidence, created_at, updated_at)
			VALUES (?, ?, 2.5, 5, '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z')`, g.ID, k); err != nil {
			t.Fatal(err)
		}
	}
	stale := func() (n int) {
		mustNotErr(t, db.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM checkin_totals_stale) + (SELECT count(*) FROM plan_cache_stale)
			+ (SELECT count(*) FROM checkins WHERE id > (SELECT upto FROM checkin_fold))`).Scan(&n))
		return n
	}
	if stale() != 2 {
		t.Fatalf("%d check-ins waiting or stale marks, want the 2 check-ins waiting", stale())
	}
	cal, asOf := app.Calendar{}, app.NewDate(2020, 6, 1)
	d, err := s.Dashboard(ctx, app.GoalFilter{}, cal, asOf)
	mustNotErr(t, err)
	if _, fromTotals := d.Totals[g.ID]; fromTotals || len(d.CheckIns[g.ID]) != 2 {
		t.Errorf("stale goal read from totals %v, %d check-ins", fromTotals, len(d.CheckIns[g.ID]))
	}
	s.SettleDerived(ctx)
	d, err = s.Dashboard(ctx, app.GoalFilter{}, cal, asOf)
	mustNotErr(t, err)
	if got := d.Totals[g.ID]; stale() != 0 || got.Count != 2 || got.Sum != 5 || got.Last != (app.PeriodValue{PeriodKey: "2020-W05", Value: 2.5}) {
		t.Errorf("after SettleDerived: %d stale marks, totals %+v", stale(), got)
	}
}

// TestFoldTakesTheWeeksGoTakes writes weekly check-ins as another program
// would, past the store's checks, each the first of a goal, and checks
// that once the store counts them (SettleDerived) the running totals hold
// exactly the keys app.ParsePeriodKey takes for a week: weeks 1–52, week
// 53 only in the years that have one (1999–2040 hold long and short years
// of every weekday), and no week 0, 54 or malformed key.
func TestFoldTakesTheWeeksGoTakes(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	keys := []string{"2020-W5", "2020-w10", "2020-W1a", "20a0-W10", "0000-W01", "2020-W010", "2020-Q1", "2020-01"}
	for y := 1999; y <= 2040; y++ {
		for _, w := range []int{0, 1, 52, 53, 54} {
			keys = append(keys, fmt.Sprintf("%04d-W%02d", y, w))
		}
	}
	goals := make([]int64, len(keys))
	for i, key := range keys {
		goals[i] = mustCreateGoal(t, s, weeklyGoal()).ID
		_, err := s.DB().ExecContext(ctx, `INSERT INTO checkins (goal_id, period_key, value, confidence, created_at, updated_at)
			VALUES (?, ?, 1, 5, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')`, goals[i], key)
		mustNotErr(t, err)
	}
	s.SettleDerived(ctx)
	for i, key := range keys {
		var counted bool
		mustNotErr(t, s.DB().QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM checkin_totals WHERE goal_id = ?)`, goals[i]).Scan(&counted))
		p, err := app.ParsePeriodKey(key)
		if want := err == nil && p.Cadence == app.CadenceWeek; counted != want {
			t.Errorf("%s counted: %v, but a week to the goal maths: %v", key, counted, want)
		}
	}
}
