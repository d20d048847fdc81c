package data

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"pacer/app"
)

// fastNow is the fast-save tests' clock, which they move on to tell a
// check-in's CreatedAt from its UpdatedAt.
var fastNow = time.Date(2026, time.March, 2, 9, 0, 0, 0, time.UTC)

// fastStore opens a new store with a weekly goal of two decimals from
// 2000-W01 to 9999, and returns it and the goal's ID.
func fastStore(t *testing.T) (*Store, int64) {
	t.Helper()
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "pacer.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	s.folder.after = time.Hour // the tests fold when they say (settleTotals)
	now := fastNow
	s.Now = func() time.Time { return now }
	g := &app.Goal{Title: "Weekly sales", Perspective: app.PerspectiveFinancial, Owner: "Ann", Kind: app.KindIncrease,
		Unit: app.UnitCurrency, Decimals: 2, Aggregation: app.AggFlow, Target: 1e6, Cadence: app.CadenceWeek,
		PlanBy: app.CadenceQuarter, Start: app.NewDate(2000, time.January, 3), End: app.NewDate(9999, time.December, 31)}
	if err := s.CreateGoal(ctx, g); err != nil {
		t.Fatal(err)
	}
	return s, g.ID
}

// fastWritten dumps every table a check-in's save writes to, directly or
// through its triggers.
func fastWritten(t *testing.T, s *Store) string {
	t.Helper()
	var b strings.Builder
	for _, table := range []string{"checkins", "checkin_totals", "checkin_totals_stale", "checkin_uncounted",
		"plan_cache_stale", "checkin_parts", "sync_outbox", "sync_ids", "checkin_fold"} {
		var n int
		if err := s.db.QueryRow(`SELECT count(*) FROM pragma_table_info(?)`, table).Scan(&n); err != nil {
			t.Fatal(err)
		}
		order := make([]string, n)
		for i := range order {
			order[i] = fmt.Sprint(i + 1)
		}
		fmt.Fprintf(&b, "%s:\n", table)
		b.WriteString(dumpRows(t, s, `SELECT * FROM `+table+` ORDER BY `+strings.Join(order, ", ")))
	}
	return b.String()
}

// dumpRows runs query on s and returns its rows, one line each.
func dumpRows(t *testing.T, s *Store, query string) string {
	t.Helper()
	rows, err := s.db.Query(query)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	cols, _ := rows.Columns()
	var b strings.Builder
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		fmt.Fprintln(&b, vals...)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// checkFastTotals fails unless no goal is marked stale and, once the
// store counted the check-ins waiting (fold.go), the running totals are
// those it recomputes from the check-ins.
func checkFastTotals(t *testing.T, s *Store) {
	t.Helper()
	ctx := context.Background()
	var stale int
	if err := s.db.QueryRow(`SELECT (SELECT count(*) FROM checkin_totals_stale) + (SELECT count(*) FROM plan_cache_stale)`).Scan(&stale); err != nil {
		t.Fatal(err)
	}
	s.settleTotals(ctx) // the fold: what the store counts of the check-ins waiting
	kept := fastWritten(t, s)
	if _, err := s.db.ExecContext(ctx, `INSERT INTO checkin_totals_stale (goal_id, from_key) SELECT id, '' FROM goals`); err != nil {
		t.Fatal(err)
	}
	s.SettleDerived(ctx)
	if recomputed := fastWritten(t, s); stale != 0 || kept != recomputed {
		t.Fatalf("%d stale marks; kept:\n%s\nrecomputed:\n%s", stale, kept, recomputed)
	}
}

// mustSaveFast saves c with saveFast, failing unless it did.
func mustSaveFast(t *testing.T, s *Store, c *app.CheckIn, create bool) {
	t.Helper()
	if done, err := s.saveFast(context.Background(), c, create); !done || err != nil {
		t.Fatalf("fast save of %s: done %v, %v", c.PeriodKey, done, err)
	}
}

// mustNotSaveFast fails unless saveFast declines c and writes nothing.
func mustNotSaveFast(t *testing.T, s *Store, c app.CheckIn, create bool) {
	t.Helper()
	before, saved := fastWritten(t, s), c
	if done, err := s.saveFast(context.Background(), &c, create); done || err != nil {
		t.Fatalf("fast save of %+v: done %v, %v; want it left to the full save", c, done, err)
	}
	if after := fastWritten(t, s); after != before {
		t.Fatalf("a declined fast save of %s wrote:\n%s\nbefore:\n%s", c.PeriodKey, after, before)
	}
	if c != saved {
		t.Fatalf("a declined fast save changed the check-in to %+v", c)
	}
}

// TestFastSave saves a goal's first check-in in full, and then new
// latest periods and replacements of the latest in one statement each,
// as PutCheckIn and CreateCheckIn do: IDs and timestamps as the full save
// sets them, a second CreateCheckIn of a period left to the full save's
// EConflict, and the running totals kept without a stale mark.
func TestFastSave(t *testing.T) {
	ctx := context.Background()
	s, goal := fastStore(t)
	c := &app.CheckIn{GoalID: goal, PeriodKey: "2026-W01", Value: 10}
	mustNotSaveFast(t, s, *c, false) // nothing read of the goal yet
	if err := s.PutCheckIn(ctx, c); err != nil {
		t.Fatal(err)
	}
	tenths := 0.1
	next := &app.CheckIn{GoalID: goal, PeriodKey: " 2026-W02 ", Value: tenths + 0.2, Confidence: 7, Note: "fair"}
	mustSaveFast(t, s, next, false)
	if next.ID == c.ID || next.PeriodKey != "2026-W02" || next.Value != 0.3 || !next.CreatedAt.Equal(fastNow) || !next.UpdatedAt.Equal(fastNow) {
		t.Errorf("fast save set %+v", next)
	}
	created := &app.CheckIn{GoalID: goal, PeriodKey: "2026-W03", Value: -4.5}
	mustSaveFast(t, s, created, true)
	mustNotSaveFast(t, s, app.CheckIn{GoalID: goal, PeriodKey: "2026-W03", Value: 1}, true)
	if err := s.CreateCheckIn(ctx, &app.CheckIn{GoalID: goal, PeriodKey: "2026-W03", Value: 1}); app.ErrorCode(err) != app.EConflict {
		t.Errorf("second CreateCheckIn of 2026-W03: %v, want EConflict", err)
	}

	later := fastNow.Add(time.Hour)
	s.Now = func() time.Time { return later }
	replaced := &app.CheckIn{GoalID: goal, PeriodKey: "2026-W03", Value: 8, Note: "corrected"}
	mustSaveFast(t, s, replaced, false)
	if replaced.ID != created.ID || !replaced.CreatedAt.Equal(fastNow) || !replaced.UpdatedAt.Equal(later) {
		t.Errorf("replacing the latest: %+v, want ID %d created %v updated %v", replaced, created.ID, fastNow, later)
	}
	got, err := s.CheckIns(ctx, goal)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 3 || got[1] != *next || got[2] != *replaced {
		t.Errorf("stored %+v", got)
	}
	checkFastTotals(t, s)
}

// TestFastSaveLeavesTheRestToTheFullSave: a check-in that fails a check
// is not written by the fast save, and the full save refuses it with its
// own message, writing nothing. One of a period before the goal's latest
// is saved fast, counted from its period on.
func TestFastSaveLeavesTheRestToTheFullSave(t *testing.T) {
	ctx := context.Background()
	s, goal := fastStore(t)
	for _, k := range []string{"2026-W01", "2026-W05"} {
		if err := s.PutCheckIn(ctx, &app.CheckIn{GoalID: goal, PeriodKey: k, Value: 1}); err != nil {
			t.Fatal(err)
		}
	}
	for _, tc := range []struct {
		c    app.CheckIn
		code string
	}{
		{app.CheckIn{GoalID: goal, PeriodKey: "2026-W06", Value: 1, Confidence: 11}, app.EInvalid},
		{app.CheckIn{GoalID: goal, PeriodKey: "2026-W06", Value: 1.234}, app.EInvalid},
		{app.CheckIn{GoalID: goal, PeriodKey: "2026-03", Value: 1}, app.EInvalid},
		{app.CheckIn{GoalID: goal, PeriodKey: "1999-W10", Value: 1}, app.EInvalid},
		{app.CheckIn{GoalID: goal, PeriodKey: "2026-W54", Value: 1}, app.EInvalid},
		{app.CheckIn{GoalID: goal + 1, PeriodKey: "2026-W06", Value: 1}, app.ENotFound},
	} {
		mustNotSaveFast(t, s, tc.c, false)
		before := fastWritten(t, s)
		if err := s.PutCheckIn(ctx, &tc.c); app.ErrorCode(err) != tc.code {
			t.Errorf("PutCheckIn(%+v): %v, want %s", tc.c, err, tc.code)
		}
		if fastWritten(t, s) != before {
			t.Errorf("refused PutCheckIn(%+v) wrote", tc.c)
		}
	}
	checkFastTotals(t, s)
	earlier := app.CheckIn{GoalID: goal, PeriodKey: "2026-W03", Value: 2.5}
	mustSaveFast(t, s, &earlier, true)
	checkFastTotals(t, s)
	mustSaveFast(t, s, &app.CheckIn{GoalID: goal, PeriodKey: "2026-W06", Value: 3}, false)
	checkFastTotals(t, s)
}

// TestFastSaveRereadsAChangedGoal changes what the checks depend on after
// a full save read it: the goal's decimals, its dates and the fiscal
// start. The fast save, checking against what it read, writes nothing,
// and the full save checks against the goal as it is now.
func TestFastSaveRereadsAChangedGoal(t *testing.T) {
	ctx := context.Background()
	s, goal := fastStore(t)
	put := func(k string, v float64) error {
		return s.PutCheckIn(ctx, &app.CheckIn{GoalID: goal, PeriodKey: k, Value: v})
	}
	edit := func(f func(g *app.Goal)) {
		g, err := s.GoalByID(ctx, goal)
		if err != nil {
			t.Fatal(err)
		}
		f(g)
		if err := s.UpdateGoal(ctx, g); err != nil {
			t.Fatal(err)
		}
	}
	if err := put("2005-W01", 1); err != nil {
		t.Fatal(err)
	}

	edit(func(g *app.Goal) { g.Decimals = 0 })
	mustNotSaveFast(t, s, app.CheckIn{GoalID: goal, PeriodKey: "2005-W02", Value: 1.5}, false)
	if err := put("2005-W02", 1.5); app.ErrorCode(err) != app.EInvalid {
		t.Errorf("1.5 on a goal of whole numbers: %v, want EInvalid", err)
	}

	if err := put("2005-W02", 2); err != nil { // reads the goal again
		t.Fatal(err)
	}
	edit(func(g *app.Goal) { g.End = app.NewDate(2010, time.December, 31) })
	mustNotSaveFast(t, s, app.CheckIn{GoalID: goal, PeriodKey: "2011-W05", Value: 1}, false)
	if err := put("2011-W05", 1); app.ErrorCode(err) != app.EInvalid {
		t.Errorf("a week after the goal's new end: %v, want EInvalid", err)
	}

	if err := put("2005-W03", 3); err != nil {
		t.Fatal(err)
	}
	if err := s.SetSetting(ctx, SettingFiscalStart, "4"); err != nil {
		t.Fatal(err)
	}
	mustNotSaveFast(t, s, app.CheckIn{GoalID: goal, PeriodKey: "2005-W04", Value: 4}, false)
	if err := put("2005-W04", 4); err != nil {
		t.Fatal(err)
	}
	mustSaveFast(t, s, &app.CheckIn{GoalID: goal, PeriodKey: "2005-W05", Value: 5}, false)
	checkFastTotals(t, s)
}

// TestFastSaveAfterOthersWrites: a check-in written as the team sync
// writes pulled rows, before the goal's latest, waits to be counted as
// the fast save's own do, and the fold counts them all from the earliest.
// A deleted latest check-in takes its totals row along, and the fast
// save goes on from the one before.
func TestFastSaveAfterOthersWrites(t *testing.T) {
	ctx := context.Background()
	s, goal := fastStore(t)
	for _, k := range []string{"2026-W01", "2026-W04"} {
		if err := s.PutCheckIn(ctx, &app.CheckIn{GoalID: goal, PeriodKey: k, Value: 1}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.db.ExecContext(ctx, `INSERT INTO checkins (goal_id, period_key, value, confidence, created_at, updated_at)
		VALUES (?, '2026-W02', 2.5, 5, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')`, goal); err != nil {
		t.Fatal(err)
	}
	next := &app.CheckIn{GoalID: goal, PeriodKey: "2026-W05", Value: 5}
	mustSaveFast(t, s, next, false)
	checkFastTotals(t, s)

	if err := s.DeleteCheckIn(ctx, next.ID); err != nil {
		t.Fatal(err)
	}
	mustSaveFast(t, s, &app.CheckIn{GoalID: goal, PeriodKey: "2026-W05", Value: 6}, true)
	checkFastTotals(t, s)
}

// TestFastSaveQueuesTheTeamChange saves on a team file: the check-in gets
// the file's login as its author and is queued once for the server in the
// same statement, as the full save queues it.
func TestFastSaveQueuesTheTeamChange(t *testing.T) {
	ctx := context.Background()
	s, goal := fastStore(t)
	if err := s.PutCheckIn(ctx, &app.CheckIn{GoalID: goal, PeriodKey: "2026-W01", Value: 1}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.ExecContext(ctx, `UPDATE sync_state SET linked = 1, login = 'ann'`); err != nil {
		t.Fatal(err)
	}
	c := &app.CheckIn{GoalID: goal, PeriodKey: "2026-W02", Value: 2}
	mustSaveFast(t, s, c, false)
	var author string
	var queued int
	if err := s.db.QueryRow(`SELECT author, (SELECT count(*) FROM sync_outbox WHERE tbl = 'checkins' AND rid = checkins.id AND op = 'put')
		FROM checkins WHERE id = ?`, c.ID).Scan(&author, &queued); err != nil {
		t.Fatal(err)
	}
	if author != "ann" || queued != 1 {
		t.Errorf("author %q, queued %d times; want ann, once", author, queued)
	}
	mustNotSaveFast(t, s, app.CheckIn{GoalID: goal, PeriodKey: "2026-W03", Value: 1, Confidence: -1}, false)
	checkFastTotals(t, s)
}

// TestFastSaveWeek53 saves the last weeks of a century of years in
// order, in one statement each: where the calendar has a week 53 the
// totals' trigger counts it too, so no goal is ever left to recompute,
// and where it has none the full save refuses it.
func TestFastSaveWeek53(t *testing.T) {
	ctx := context.Background()
	s, goal := fastStore(t)
	if err := s.PutCheckIn(ctx, &app.CheckIn{GoalID: goal, PeriodKey: "2000-W01", Value: 1}); err != nil {
		t.Fatal(err)
	}
	weeks53 := 0
	for y := 2000; y < 2100; y++ {
		mustSaveFast(t, s, &app.CheckIn{GoalID: goal, PeriodKey: fmt.Sprintf("%d-W52", y), Value: 52}, false)
		c := app.CheckIn{GoalID: goal, PeriodKey: fmt.Sprintf("%d-W53", y), Value: 53}
		if _, err := app.ParsePeriodKey(c.PeriodKey); err != nil {
			mustNotSaveFast(t, s, c, false)
			continue
		}
		weeks53++
		mustSaveFast(t, s, &c, false)
		var stale int
		if err := s.db.QueryRow(`SELECT count(*) FROM checkin_totals_stale`).Scan(&stale); err != nil || stale != 0 {
			t.Fatalf("after %s: %d stale marks (%v)", c.PeriodKey, stale, err)
		}
	}
	if weeks53 < 15 || weeks53 > 20 {
		t.Errorf("%d years of 2000–2099 have a week 53", weeks53)
	}
	checkFastTotals(t, s)
}

// TestFastSaveOfEveryGoal: after the store's first full save, every goal
// there was is saved to in one statement from its first check-in on; a
// goal created since is read by its own first full save.
func TestFastSaveOfEveryGoal(t *testing.T) {
	ctx := context.Background()
	s, first := fastStore(t)
	g, err := s.GoalByID(ctx, first)
	if err != nil {
		t.Fatal(err)
	}
	other := *g
	other.ID, other.Title, other.Cadence, other.Start = 0, "Monthly sales", app.CadenceMonth, app.NewDate(2026, time.January, 1)
	if err := s.CreateGoal(ctx, &other); err != nil {
		t.Fatal(err)
	}
	mustNotSaveFast(t, s, app.CheckIn{GoalID: other.ID, PeriodKey: "2026-01", Value: 1}, true)
	if err := s.CreateCheckIn(ctx, &app.CheckIn{GoalID: first, PeriodKey: "2026-W01", Value: 1}); err != nil {
		t.Fatal(err)
	}
	mustSaveFast(t, s, &app.CheckIn{GoalID: other.ID, PeriodKey: "2026-01", Value: 1}, true)
	mustNotSaveFast(t, s, app.CheckIn{GoalID: other.ID, PeriodKey: "2026-W02", Value: 1}, false) // not a month

	later := other
	later.ID, later.Title = 0, "Later"
	if err := s.CreateGoal(ctx, &later); err != nil {
		t.Fatal(err)
	}
	mustNotSaveFast(t, s, app.CheckIn{GoalID: later.ID, PeriodKey: "2026-01", Value: 1}, false)
	if err := s.PutCheckIn(ctx, &app.CheckIn{GoalID: later.ID, PeriodKey: "2026-01", Value: 1}); err != nil {
		t.Fatal(err)
	}
	mustSaveFast(t, s, &app.CheckIn{GoalID: later.ID, PeriodKey: "2026-02", Value: 2}, false)
	checkFastTotals(t, s)
}
