package data

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"pacer/app"
)

// The store's cache of running-totals reads (live_cache.go) is checked by
// the agreement tests (app/internal/agreement) against every check-in
// after random writes through one store. These tests cover the writes it
// learns of in other ways: another program's, a bulk import's, and
// writes on a connection the store replaced.

// liveAsOf is the day the tests read as of: week 26 of 2024.
var liveAsOf = app.NewDate(2024, time.June, 28)

// liveFigures is what the dashboard and a quarter's review read from s's
// running totals (its cache, when it keeps them).
func liveFigures(t *testing.T, s *Store) string {
	t.Helper()
	ctx, cal := context.Background(), app.Calendar{}
	d, err := s.Dashboard(ctx, app.GoalFilter{}, cal, liveAsOf)
	if err != nil {
		t.Fatal(err)
	}
	r, err := s.Review(ctx, app.GoalFilter{}, cal, cal.PeriodOf(app.CadenceQuarter, liveAsOf), liveAsOf)
	if err != nil {
		t.Fatal(err)
	}
	return fmt.Sprintf("totals %v\nsums %v\nvalues %d", d.Totals, r.Sums, len(d.Snapshot.CheckIns[1])+len(r.Snapshot.CheckIns[1]))
}

// fileFigures is liveFigures read by a store just opened on s's file,
// with nothing kept.
func fileFigures(t *testing.T, s *Store) string {
	t.Helper()
	fresh, err := Open(context.Background(), s.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer fresh.Close()
	return liveFigures(t, fresh)
}

// checkLive fails unless s reads what its file holds, once s counted the
// check-ins waiting (fold.go), as a store opening the file does.
func checkLive(t *testing.T, s *Store, after string) {
	t.Helper()
	s.settleTotals(context.Background())
	if got, want := liveFigures(t, s), fileFigures(t, s); got != want {
		t.Fatalf("after %s, the store read\n%s\nand its file holds\n%s", after, got, want)
	}
}

// weeksOf returns n weekly check-ins of goal id from 2014-W01 on.
func weeksOf(id int64, n int, value float64) []app.CheckIn {
	weeks := app.Calendar{}.Periods(app.CadenceWeek, app.NewDate(2010, time.January, 1), app.NewDate(2024, time.June, 1))
	var cs []app.CheckIn
	for i, w := range weeks[:n] {
		cs = append(cs, app.CheckIn{GoalID: id, PeriodKey: w.Key(), Value: value + float64(i%7), Confidence: 5})
	}
	return cs
}

// liveStore is fastStore with a check-in read through the cache.
func liveStore(t *testing.T) (*Store, int64) {
	t.Helper()
	s, id := fastStore(t)
	mustPut(t, s, app.CheckIn{GoalID: id, PeriodKey: "2024-W20", Value: 10})
	checkLive(t, s, "a check-in")
	return s, id
}

// bulkImport imports more check-ins of goal id than bulkRows.
func bulkImport(t *testing.T, s *Store, id int64) {
	t.Helper()
	if err := s.ApplyImport(context.Background(), app.Import{CheckIns: weeksOf(id, bulkRows+100, 3)}); err != nil {
		t.Fatal(err)
	}
}

func TestLiveCacheSeesAnotherProgramsWrite(t *testing.T) {
	ctx := context.Background()
	s, id := liveStore(t)
	other, err := Open(ctx, s.Path())
	if err != nil {
		t.Fatal(err)
	}
	mustPut(t, other, app.CheckIn{GoalID: id, PeriodKey: "2024-W21", Value: 32})
	other.Close()
	checkLive(t, s, "another program's check-in")
	if got := liveFigures(t, s); !strings.Contains(got, "32") {
		t.Fatalf("the other program's 32 is missing from\n%s", got)
	}
}

func TestLiveCacheAfterABulkImport(t *testing.T) {
	s, id := liveStore(t)
	bulkImport(t, s, id)
	if s.live.armed.Load() {
		t.Fatal("a bulk import left the cache's triggers in place")
	}
	checkLive(t, s, "a bulk import")
	mustPut(t, s, app.CheckIn{GoalID: id, PeriodKey: "2024-W22", Value: 44})
	checkLive(t, s, "a check-in after the bulk import")
	if !s.live.armed.Load() {
		t.Fatal("the triggers were not made again after the bulk import")
	}
}

func TestLiveCacheSeesHistoryValues(t *testing.T) {
	ctx := context.Background()
	s, id := liveStore(t)
	if err := s.ApplyImport(ctx, app.Import{History: []app.HistoryValue{{GoalID: id, PeriodKey: "2024-W19", Value: 5}}}); err != nil {
		t.Fatal(err)
	}
	checkLive(t, s, "a history value in the quarter")
}

func TestLiveCacheOnANewConnection(t *testing.T) {
	s, id := liveStore(t)
	// Without idle connections database/sql closes the connection after
	// each use: the next write runs on one without the triggers.
	s.db.SetMaxIdleConns(0)
	mustPut(t, s, app.CheckIn{GoalID: id, PeriodKey: "2024-W21", Value: 55})
	checkLive(t, s, "a check-in on a new connection")
	s.db.SetMaxIdleConns(2)
	mustPut(t, s, app.CheckIn{GoalID: id, PeriodKey: "2024-W22", Value: 66})
	checkLive(t, s, "a check-in back on a kept connection")
}

// TestLiveCacheRereadsOnlyTheGoalWritten checks that a check-in keeps
// what the cache holds of the other goals: the dashboard's entry is the
// same after it, not read whole again.
func TestLiveCacheRereadsOnlyTheGoalWritten(t *testing.T) {
	s, id := fastStore(t)
	mustPut(t, s, app.CheckIn{GoalID: id, PeriodKey: "2024-W20", Value: 10})
	liveFigures(t, s)
	before := liveEntries(s)
	mustPut(t, s, app.CheckIn{GoalID: id, PeriodKey: "2024-W20", Value: 12})
	checkLive(t, s, "a replaced check-in")
	after := liveEntries(s)
	if len(before) != 1 || len(after) != 1 || before[0] != after[0] {
		t.Fatalf("dashboard entries %v before the check-in, %v after: want the same one", before, after)
	}
}

// liveEntries returns the dashboard entries s keeps.
func liveEntries(s *Store) []*liveEntry[app.ValueTotals] {
	s.live.mu.Lock()
	defer s.live.mu.Unlock()
	var es []*liveEntry[app.ValueTotals]
	for _, e := range s.live.totals.entries {
		es = append(es, e)
	}
	return es
}

func mustPut(t *testing.T, s *Store, c app.CheckIn) {
	t.Helper()
	c.Confidence = 5
	if err := s.PutCheckIn(context.Background(), &c); err != nil {
		t.Fatal(err)
	}
}

// TestLiveCacheWithoutItsTriggers drops the triggers behind the store's
// back: the writes after go unnoted, so the next read must trust nothing
// it kept.
func TestLiveCacheWithoutItsTriggers(t *testing.T) {
	s, id := liveStore(t)
	if _, err := s.db.Exec(`DROP TRIGGER temp.pacer_live_checkin_update`); err != nil {
		t.Fatal(err)
	}
	mustPut(t, s, app.CheckIn{GoalID: id, PeriodKey: "2024-W20", Value: 77})
	checkLive(t, s, "a check-in with a trigger missing")
}

// TestLiveCacheUnderConcurrentUse reads the dashboard and a review from
// several goroutines while another saves check-ins (run with -race): every
// read succeeds, and afterwards the store reads what its file holds.
func TestLiveCacheUnderConcurrentUse(t *testing.T) {
	s, id := fastStore(t)
	ctx, cal := context.Background(), app.Calendar{}
	done := make(chan error, 4)
	for range 3 {
		go func() {
			for range 20 {
				if _, err := s.Dashboard(ctx, app.GoalFilter{}, cal, liveAsOf); err != nil {
					done <- err
					return
				}
				if _, err := s.Review(ctx, app.GoalFilter{}, cal, cal.PeriodOf(app.CadenceQuarter, liveAsOf), liveAsOf); err != nil {
					done <- err
					return
				}
			}
			done <- nil
		}()
	}
	go func() {
		for i, c := range weeksOf(id, 40, 2) {
			c.PeriodKey = fmt.Sprintf("2024-W%02d", 1+i%25)
			if err := s.PutCheckIn(ctx, &c); err != nil {
				done <- err
				return
			}
		}
		done <- nil
	}()
	for range 4 {
		if err := <-done; err != nil {
			t.Fatal(err)
		}
	}
	checkLive(t, s, "concurrent reads and saves")
}

// TestLiveCacheRearmedByAnotherRead has a read queued behind a bulk import
// get the connection once another read's armLive has made the triggers
// again but before it is through: the read must not trust what is kept.
func TestLiveCacheRearmedByAnotherRead(t *testing.T) {
	ctx := context.Background()
	s, id := liveStore(t)
	bulkImport(t, s, id)
	for _, q := range append(qArmLive, qArmLiveStale) { // the other read's armLive, its statements run
		if _, err := s.db.ExecContext(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	tx, err := s.begin(ctx, false) // the queued read, past its own armLive
	if err != nil {
		t.Fatal(err)
	}
	var got app.ValueTotals
	err = s.totalsAsOf(ctx, tx, app.Calendar{}, liveAsOf, nil, func(m map[int64]app.ValueTotals) { got = m[id] })
	tx.Rollback()
	if err != nil {
		t.Fatal(err)
	}
	if want := fileTotals(t, s)[id]; got != want {
		t.Fatalf("the queued read found %+v, the file holds %+v", got, want)
	}
}

// TestLiveCacheSumsAfterSettling marks a goal's totals stale the way the
// team sync's pull does (a write on SyncDB, outside the store's
// transactions), reads the review while it is, settles it: the review's
// sums of that goal come from its totals again, as a store just opened
// reads them.
func TestLiveCacheSumsAfterSettling(t *testing.T) {
	ctx := context.Background()
	s, id := fastStore(t)
	mustPut(t, s, app.CheckIn{GoalID: id, PeriodKey: "2024-W14", Value: 10})
	mustPut(t, s, app.CheckIn{GoalID: id, PeriodKey: "2024-W20", Value: 10})
	checkLive(t, s, "check-ins")
	if _, err := s.SyncDB().ExecContext(ctx, `UPDATE checkins SET value = 7 WHERE goal_id = ? AND period_key = '2024-W14'`, id); err != nil {
		t.Fatal(err)
	}
	rawSums(t, s) // read while stale
	s.SettleDerived(ctx)
	fresh, err := Open(ctx, s.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer fresh.Close()
	if got, want := rawSums(t, s), rawSums(t, fresh); got != want || !strings.Contains(want, "1:") {
		t.Fatalf("the store read the sums %s, one just opened %s", got, want)
	}
}

// rawSums is the quarter's review sums s reads, before the review picks
// the goals they suffice for.
func rawSums(t *testing.T, s *Store) string {
	t.Helper()
	ctx, cal := context.Background(), app.Calendar{}
	s.armLive(ctx)
	tx, err := s.begin(ctx, false)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	goals, _, err := s.readSetup(ctx, tx, app.GoalFilter{}, false)
	if err != nil {
		t.Fatal(err)
	}
	stale, err := staleGoals(ctx, tx)
	if err != nil {
		t.Fatal(err)
	}
	p := cal.PeriodOf(app.CadenceQuarter, liveAsOf)
	keys := app.ReviewKeys(cal, p, liveAsOf)
	sums, err := s.reviewSums(ctx, tx, cal, goals, p, liveAsOf, [2]string{keys[0], keys[len(keys)-1]}, stale)
	if err != nil {
		t.Fatal(err)
	}
	return fmt.Sprint(sums)
}

// fileTotals is the dashboard's totals as a store just opened on s's file
// reads them.
func fileTotals(t *testing.T, s *Store) map[int64]app.ValueTotals {
	t.Helper()
	fresh, err := Open(context.Background(), s.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer fresh.Close()
	d, err := fresh.Dashboard(context.Background(), app.GoalFilter{}, app.Calendar{}, liveAsOf)
	if err != nil {
		t.Fatal(err)
	}
	return d.Totals
}

// TestTotalsQueriesSearchByGoal checks the plans of the queries that
// read totals: each goes through the goals and searches each one's
// totals by its key, never scanning the totals (migration 15's key made
// SQLite scan all million rows at 10 years weekly, 1.3 s a read), and
// the rereads of a few goals look each up by its ID rather than scan
// every goal: a filter that may let all through (?10 IS NULL OR …) made
// SQLite scan them, some 6,000 index probes at 2,000 goals for each goal
// written.
func TestTotalsQueriesSearchByGoal(t *testing.T) {
	s, _ := fastStore(t)
	for _, q := range []string{qTotalsAsOf, qReviewSums, qTotalsAsOfGoals, qReviewSumsOfGoals} {
		plan := queryPlan(t, s, q)
		if strings.Contains(plan, "SCAN t") || strings.Contains(plan, "SCAN m") || strings.Contains(plan, "SCAN a") || strings.Contains(plan, "SCAN b") {
			t.Errorf("totals scanned:\n%s\nin\n%s", plan, q)
		}
		if strings.Contains(q, "json_each(?") && !strings.Contains(plan, "SEARCH g USING INTEGER PRIMARY KEY") {
			t.Errorf("goals scanned:\n%s\nin\n%s", plan, q)
		}
	}
}

// queryPlan is SQLite's plan of q, one step a line.
func queryPlan(t *testing.T, s *Store, q string) string {
	t.Helper()
	rows, err := s.db.Query(`EXPLAIN QUERY PLAN `+q, make([]any, 10)...)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var plan strings.Builder
	for rows.Next() {
		var id, parent, unused int
		var detail string
		if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
			t.Fatal(err)
		}
		plan.WriteString(detail + "\n")
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return plan.String()
}

// TestBreakdownsSearchByGoal checks that Breakdowns searches the stored
// breakdown by goal: a scan would read every goal's imported values.
func TestBreakdownsSearchByGoal(t *testing.T) {
	s, _ := fastStore(t)
	plan := queryPlan(t, s, qBreakdowns)
	if !strings.Contains(plan, "SEARCH b USING INDEX sqlite_autoindex_goal_breakdown_1 (goal_id=?)") {
		t.Errorf("breakdown not searched by goal:\n%s", plan)
	}
}

// TestCheckInsOfPeriodSearchByGoal checks that CheckInsOfPeriod and
// RecordedOfPeriod look each goal's period up in the unique key: a scan
// would read every check-in.
func TestCheckInsOfPeriodSearchByGoal(t *testing.T) {
	s, _ := fastStore(t)
	for _, q := range []string{qCheckInsOfPeriod, qRecordedOfPeriod} {
		plan := queryPlan(t, s, q)
		if !strings.Contains(plan, "SEARCH c USING INDEX sqlite_autoindex_checkins_1 (goal_id=? AND period_key=?)") {
			t.Errorf("check-ins not searched by goal and period:\n%s", plan)
		}
	}
}
