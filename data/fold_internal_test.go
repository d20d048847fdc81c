package data

import (
	"context"
	"strings"
	"testing"
	"time"

	"pacer/app"
)

// waiting counts the check-ins of s waiting to be counted and the goals
// marked stale.
func waiting(t *testing.T, s *Store) (checkIns, stale int) {
	t.Helper()
	err := s.db.QueryRow(`SELECT (SELECT count(*) FROM (`+qWaiting+`)), (SELECT count(*) FROM checkin_totals_stale)`).
		Scan(&checkIns, &stale)
	if err != nil {
		t.Fatal(err)
	}
	return checkIns, stale
}

// wantWaiting fails unless checkIns check-ins of s wait to be counted and
// stale goals are marked stale, after what was done.
func wantWaiting(t *testing.T, s *Store, what string, checkIns, stale int) {
	t.Helper()
	if n, m := waiting(t, s); n != checkIns || m != stale {
		t.Errorf("after %s %d check-ins wait and %d goals are stale, want %d and %d", what, n, m, checkIns, stale)
	}
}

// TestFoldOnceSavesPause: a fast save's check-in waits, the dashboard
// reads its goal's check-ins meanwhile, and the store counts it on its
// own once no save followed for a while; the totals are then those a
// recomputation gives.
func TestFoldOnceSavesPause(t *testing.T) {
	ctx := context.Background()
	s, goal := fastStore(t)
	s.folder.after = 3 * time.Second // long enough to look before it folds, on a busy machine too
	mustPut(t, s, app.CheckIn{GoalID: goal, PeriodKey: "2026-W01", Value: 10})
	mustSaveFast(t, s, &app.CheckIn{GoalID: goal, PeriodKey: "2026-W02", Value: 5}, true)
	wantWaiting(t, s, "a fast save", 1, 0)
	d, err := s.Dashboard(ctx, app.GoalFilter{}, app.Calendar{}, app.NewDate(2026, 3, 1))
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := d.Totals[goal]; ok || len(d.CheckIns[goal]) != 2 {
		t.Errorf("while one waits the dashboard read totals %v and %d check-ins, want none and 2", ok, len(d.CheckIns[goal]))
	}
	deadline := time.Now().Add(s.folder.after + 5*time.Second)
	for {
		if n, _ := waiting(t, s); n == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("nothing counted %v after the save", s.folder.after+5*time.Second)
		}
		time.Sleep(50 * time.Millisecond)
	}
	d, err = s.Dashboard(ctx, app.GoalFilter{}, app.Calendar{}, app.NewDate(2026, 3, 1))
	if err != nil {
		t.Fatal(err)
	}
	if got := d.Totals[goal]; got.Count != 2 || got.Sum != 15 || got.Last.PeriodKey != "2026-W02" {
		t.Errorf("counted totals %+v, want 2 check-ins adding up to 15 to 2026-W02", got)
	}
	checkFastTotals(t, s)
}

// TestCloseFolds: what waits when the store closes is counted before it
// does, and a store opening a file with check-ins waiting (a crash, or
// another program's inserts) counts them.
func TestCloseFolds(t *testing.T) {
	ctx := context.Background()
	s, goal := fastStore(t)
	mustPut(t, s, app.CheckIn{GoalID: goal, PeriodKey: "2026-W01", Value: 10})
	mustSaveFast(t, s, &app.CheckIn{GoalID: goal, PeriodKey: "2026-W02", Value: 5}, true)
	path := s.Path()
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	wantWaiting(t, s, "Close", 0, 0)
	if _, err := s.db.Exec(`INSERT INTO checkins (goal_id, period_key, value, confidence, created_at, updated_at)
		VALUES (?, '2026-W03', 1, 5, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')`, goal); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	wantWaiting(t, s, "opening", 0, 0)
	checkFastTotals(t, s)
}

// TestFoldAfterOthersEdits: a row given an ID at or below what was
// counted (another program's, or SQLite's reuse of the largest) marks its
// goal stale; with the fold's own row deleted every check-in waits, and
// the next fold counts them all and writes the row again.
func TestFoldAfterOthersEdits(t *testing.T) {
	ctx := context.Background()
	s, goal := fastStore(t)
	for _, k := range []string{"2026-W01", "2026-W02", "2026-W03", "2026-W04"} {
		mustPut(t, s, app.CheckIn{GoalID: goal, PeriodKey: k, Value: 2})
	}
	s.settleTotals(ctx)
	if _, err := s.db.Exec(`DELETE FROM checkins WHERE period_key = '2026-W02'`); err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.Exec(`INSERT INTO checkins (id, goal_id, period_key, value, confidence, created_at, updated_at)
		VALUES (2, ?, '2026-W05', 7, 5, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')`, goal); err != nil {
		t.Fatal(err)
	}
	wantWaiting(t, s, "a row given a counted ID", 0, 1)
	s.settleTotals(ctx) // as the store's next write does
	checkFastTotals(t, s)

	if _, err := s.db.Exec(`DELETE FROM checkin_fold`); err != nil {
		t.Fatal(err)
	}
	wantWaiting(t, s, "deleting the fold's row", 4, 0)
	mustPut(t, s, app.CheckIn{GoalID: goal, PeriodKey: "2026-W06", Value: 1})
	s.settleTotals(ctx)
	var upto int64
	if err := s.db.QueryRow(`SELECT upto FROM checkin_fold`).Scan(&upto); err != nil || upto != 5 {
		t.Errorf("the fold wrote its row again: %d, %v; want 5", upto, err)
	}
	wantWaiting(t, s, "the fold", 0, 0)
	checkFastTotals(t, s)
}

// TestFoldAfterDeletingTheLatest: deleting the latest check-in and saving
// another, which takes its ID, leaves it waiting rather than its goal
// marked stale.
func TestFoldAfterDeletingTheLatest(t *testing.T) {
	ctx := context.Background()
	s, goal := fastStore(t)
	mustPut(t, s, app.CheckIn{GoalID: goal, PeriodKey: "2026-W01", Value: 2})
	last := &app.CheckIn{GoalID: goal, PeriodKey: "2026-W02", Value: 3}
	mustSaveFast(t, s, last, true)
	s.settleTotals(ctx)
	if err := s.DeleteCheckIn(ctx, last.ID); err != nil {
		t.Fatal(err)
	}
	again := &app.CheckIn{GoalID: goal, PeriodKey: "2026-W02", Value: 4}
	mustSaveFast(t, s, again, true)
	if again.ID != last.ID {
		t.Errorf("the new check-in's ID is %d, want the deleted one's, %d", again.ID, last.ID)
	}
	wantWaiting(t, s, "a save in the latest's place", 1, 0)
	checkFastTotals(t, s)
}

// TestWaitingIsSearchedByID: on a file of 2,000 check-ins, one waiting,
// every query that asks which check-ins wait finds them by ID, from the
// mark on, and reads no other check-in. With UNION rather than UNION ALL,
// SQLite read all of them in goal order.
func TestWaitingIsSearchedByID(t *testing.T) {
	s, goal := fastStore(t)
	var cs []app.CheckIn
	for _, w := range (app.Calendar{}).Periods(app.CadenceWeek, app.NewDate(2000, 1, 3), app.NewDate(2039, 12, 31)) {
		cs = append(cs, app.CheckIn{GoalID: goal, PeriodKey: w.Key(), Value: 2})
	}
	if err := s.SaveCheckIns(context.Background(), cs); err != nil {
		t.Fatal(err)
	}
	mustPut(t, s, app.CheckIn{GoalID: goal, PeriodKey: "2040-W01", Value: 1}) // in full: the rules kept
	mustSaveFast(t, s, &app.CheckIn{GoalID: goal, PeriodKey: "2040-W02", Value: 1}, true)
	if _, err := s.db.Exec(`ANALYZE`); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{qUnsureGoals, qReviewSums, qReportedInSpans, qStale, qDerivedStale} {
		rows, err := s.db.Query(`EXPLAIN QUERY PLAN `+q, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
		if err != nil {
			t.Fatal(err)
		}
		var plan []string
		for rows.Next() {
			var id, parent, unused int
			var detail string
			if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
				t.Fatal(err)
			}
			plan = append(plan, detail)
		}
		rows.Close()
		for _, step := range plan {
			if strings.Contains(step, "checkins") && !strings.Contains(step, "rowid>?") {
				t.Errorf("%s\nreads check-ins by %q:\n%s", q, step, strings.Join(plan, "\n"))
			}
		}
	}
}
