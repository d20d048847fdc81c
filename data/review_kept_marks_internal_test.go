package data

import (
	"context"
	"database/sql"
	"path/filepath"
	"slices"
	"testing"

	"pacer/app"
)

// TestKeptMarksHoldUntilAHeadChanges: the one-row check of the kept
// marks says they hold on a file no one wrote since its sums were kept,
// and when a goal kept without a head gets one (it is searched anyway);
// it says they do not once another program changes a kept goal's
// check-in or deletes its last one, and the seed then names that goal.
func TestKeptMarksHoldUntilAHeadChanges(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "p.db")
	s, goals := weeklyGoalsStore(t, path, 4, 3) // the last without a check-in: kept without a head
	q1 := app.Period{Cadence: app.CadenceQuarter, Year: 2021, Index: 1}
	reviewAndClose := func(s *Store) string {
		t.Helper()
		if _, err := s.Review(ctx, app.GoalFilter{}, app.Calendar{}, q1, app.NewDate(2021, 6, 1)); err != nil {
			t.Fatal(err)
		}
		key := s.live.sums.order[0]
		s.Close()
		return key
	}
	key := reviewAndClose(s)
	step := func(what, change string, args []any, hold bool, unknown int64) {
		t.Helper()
		if change != "" {
			other, err := sql.Open("sqlite", path)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := other.ExecContext(ctx, change, args...); err != nil {
				t.Fatal(err)
			}
			other.Close()
		}
		s, err := Open(ctx, path)
		if err != nil {
			t.Fatal(err)
		}
		tx, err := s.begin(ctx, false)
		if err != nil {
			t.Fatal(err)
		}
		kept, _, ok := readKeptSums(ctx, tx, key)
		got := ok && keptMarksHold(ctx, tx, key, kept)
		_, names, seeded := keptSumsSeed(ctx, tx, key)()
		tx.Rollback()
		if got != hold {
			t.Errorf("%s: marks hold %v, want %v", what, got, hold)
		}
		if !seeded || len(names) != 1 || names[0] != unknown {
			t.Errorf("%s: goals to search %v (seeded %v), want [%d]", what, names, seeded, unknown)
		}
		key = reviewAndClose(s)
	}
	insert := `INSERT INTO checkins (goal_id, period_key, value, confidence, created_at, updated_at)
		VALUES (?, '2021-W30', 7, 5, '2021-08-01T00:00:00Z', '2021-08-01T00:00:00Z')`
	step("nothing written", "", nil, true, goals[3])
	step("a first check-in of the goal without one", insert, []any{goals[3]}, true, goals[3])
	step("a check-in of a kept goal", `UPDATE checkins SET value = 8 WHERE goal_id = ? AND period_key = '2021-W01'`, []any{goals[1]}, false, goals[1])
	step("a kept goal's check-ins all deleted", `DELETE FROM checkins WHERE goal_id = ?`, []any{goals[2]}, false, goals[2])
}

// weeklyGoalsStore opens a store on path with n weekly goals, the first
// checkedIn of them checked in every week to 2021-W26 (the sums
// suffice for 2021-Q1, ReviewSumsSuffice), and returns it with their IDs.
func weeklyGoalsStore(t *testing.T, path string, n, checkedIn int) (*Store, []int64) {
	t.Helper()
	ctx := context.Background()
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	var goals []int64
	for i := range n {
		g := headsGoal(app.CadenceWeek)
		if err := s.CreateGoal(ctx, g); err != nil {
			t.Fatal(err)
		}
		goals = append(goals, g.ID)
		if i >= checkedIn {
			continue
		}
		var cs []app.CheckIn
		for _, p := range app.CheckInPeriods(app.Calendar{}, *g)[:77] {
			cs = append(cs, app.CheckIn{GoalID: g.ID, PeriodKey: p.Key(), Value: 3})
		}
		if err := s.SaveCheckIns(ctx, cs); err != nil {
			t.Fatal(err)
		}
	}
	return s, goals
}

// TestKeptSumsTakenWhileNoHeadChanged: while no head changed since a
// review's sums were kept, the seed takes every kept goal's sums on the
// digest of all heads alone, even one whose kept mark was altered behind
// its back (which the check of the goals' marks would catch); once
// another program changed a check-in, the marks are checked goal by goal
// and both goals are searched.
func TestKeptSumsTakenWhileNoHeadChanged(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "p.db")
	s, goals := weeklyGoalsStore(t, path, 3, 3)
	q1 := app.Period{Cadence: app.CadenceQuarter, Year: 2021, Index: 1}
	if _, err := s.Review(ctx, app.GoalFilter{}, app.Calendar{}, q1, app.NewDate(2021, 6, 1)); err != nil {
		t.Fatal(err)
	}
	key := s.live.sums.order[0]
	s.Close()

	other, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	var b []byte
	if err := other.QueryRowContext(ctx, `SELECT data FROM review_sums_kept WHERE key = ?`, key).Scan(&b); err != nil {
		t.Fatal(err)
	}
	kept, heads, err := decodeKeptSums(b)
	if err != nil {
		t.Fatal(err)
	}
	kept[0].mark++ // goals[0]'s, as if its head had changed
	if _, err := other.ExecContext(ctx, `UPDATE review_sums_kept SET data = ? WHERE key = ?`, encodeKeptSums(kept, heads), key); err != nil {
		t.Fatal(err)
	}
	seed := func() []int64 {
		t.Helper()
		s := mustReopen(t, path)
		tx, err := s.begin(ctx, false)
		if err != nil {
			t.Fatal(err)
		}
		defer tx.Rollback()
		rows, unknown, ok := keptSumsSeed(ctx, tx, key)()
		if !ok || len(rows)+len(unknown) != len(goals) {
			t.Fatalf("seeded %v: %d goals' sums, to search %v", ok, len(rows), unknown)
		}
		slices.Sort(unknown)
		return unknown
	}
	if unknown := seed(); len(unknown) != 0 {
		t.Fatalf("no head changed, yet goals %v are searched", unknown)
	}
	if _, err := other.ExecContext(ctx, `UPDATE checkins SET value = 8 WHERE goal_id = ? AND period_key = '2021-W01'`, goals[1]); err != nil {
		t.Fatal(err)
	}
	if unknown := seed(); !slices.Equal(unknown, []int64{goals[0], goals[1]}) {
		t.Fatalf("after a head changed, goals %v are searched, want %v", unknown, goals[:2])
	}
}
