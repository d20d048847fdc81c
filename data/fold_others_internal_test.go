package data

import (
	"context"
	"database/sql"
	"testing"
	"time"

	"pacer/app"
)

// The fold (fold.go) against what other programs, and the store's own
// rarer writes, do to the file. Each test ends with checkFastTotals: the
// totals the store keeps are those it recomputes from the check-ins.

// threeWeeks is fastStore with three counted check-ins of 2 each.
func threeWeeks(t *testing.T) (*Store, int64, []app.CheckIn) {
	t.Helper()
	ctx := context.Background()
	s, goal := fastStore(t)
	for _, k := range []string{"2026-W01", "2026-W02", "2026-W03"} {
		mustPut(t, s, app.CheckIn{GoalID: goal, PeriodKey: k, Value: 2})
	}
	s.settleTotals(ctx)
	cs, err := s.CheckIns(ctx, goal)
	if err != nil || len(cs) != 3 {
		t.Fatal(err, len(cs))
	}
	return s, goal, cs
}

// TestFoldWithoutItsRow: with the checkin_fold row deleted by another
// program, the store's own delete or move of a check-in (which no trigger
// counts then) leaves the figures right: every goal is read from its
// check-ins, and the next fold recomputes them all.
func TestFoldWithoutItsRow(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct {
		name  string
		write func(s *Store, cs []app.CheckIn) error
		count int
		sum   float64
	}{
		{"DeleteEarliest", func(s *Store, cs []app.CheckIn) error { return s.DeleteCheckIn(ctx, cs[0].ID) }, 2, 4},
		{"DeleteAll", func(s *Store, cs []app.CheckIn) error {
			for _, c := range cs {
				if err := s.DeleteCheckIn(ctx, c.ID); err != nil {
					return err
				}
			}
			return nil
		}, 0, 0},
		{"MoveEarliest", func(s *Store, cs []app.CheckIn) error {
			c := cs[0]
			c.PeriodKey = "2026-W05"
			return s.UpdateCheckIn(ctx, &c)
		}, 3, 6},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, goal, cs := threeWeeks(t)
			if _, err := s.db.Exec(`DELETE FROM checkin_fold`); err != nil {
				t.Fatal(err)
			}
			if err := tc.write(s, cs); err != nil {
				t.Fatal(err)
			}
			d, err := s.Dashboard(ctx, app.GoalFilter{}, app.Calendar{}, app.NewDate(2026, 3, 1))
			if err != nil {
				t.Fatal(err)
			}
			var got app.ValueTotals // from the check-ins read, or the totals
			for _, c := range d.CheckIns[goal] {
				got.Count, got.Sum = got.Count+1, got.Sum+c.Value
			}
			if v, ok := d.Totals[goal]; ok {
				got = v
			}
			if got.Count != tc.count || got.Sum != tc.sum {
				t.Errorf("dashboard %+v, want %d check-ins adding up to %v", got, tc.count, tc.sum)
			}
			s.settleTotals(ctx)
			wantWaiting(t, s, "the fold", 0, 0)
			checkFastTotals(t, s)
		})
	}
}

// TestFoldOfARenumberedCheckIn: another program gives a waiting check-in
// the free ID of a deleted one, below the mark; it is counted all the same.
func TestFoldOfARenumberedCheckIn(t *testing.T) {
	ctx := context.Background()
	s, goal, cs := threeWeeks(t)
	if err := s.DeleteCheckIn(ctx, cs[0].ID); err != nil {
		t.Fatal(err)
	}
	mustSaveFast(t, s, &app.CheckIn{GoalID: goal, PeriodKey: "2026-W04", Value: 5}, true)
	if _, err := s.db.Exec(`UPDATE checkins SET id = ? WHERE period_key = '2026-W04'`, cs[0].ID); err != nil {
		t.Fatal(err)
	}
	s.settleTotals(ctx)
	wantWaiting(t, s, "renumbering", 0, 0)
	checkFastTotals(t, s)
}

// TestFoldAfterDeletingTheLatestTwo: after the two latest check-ins are
// deleted, a new one (which takes the first free ID) waits, and the fast
// save goes on.
func TestFoldAfterDeletingTheLatestTwo(t *testing.T) {
	ctx := context.Background()
	s, goal, cs := threeWeeks(t)
	for _, c := range cs[1:] {
		if err := s.DeleteCheckIn(ctx, c.ID); err != nil {
			t.Fatal(err)
		}
	}
	mustSaveFast(t, s, &app.CheckIn{GoalID: goal, PeriodKey: "2026-W02", Value: 5}, true)
	wantWaiting(t, s, "a fast save after two deletes", 1, 0)
	mustSaveFast(t, s, &app.CheckIn{GoalID: goal, PeriodKey: "2026-W03", Value: 5}, true)
	checkFastTotals(t, s)
}

// TestFoldAfterAGoalDeleted: a goal deleted with the largest IDs' check-ins
// leaves the next check-in of another goal waiting, not stale.
func TestFoldAfterAGoalDeleted(t *testing.T) {
	ctx := context.Background()
	s, goal := fastStore(t)
	other := &app.Goal{Title: "Other", Perspective: app.PerspectiveFinancial, Kind: app.KindIncrease,
		Unit: app.UnitCurrency, Decimals: 2, Aggregation: app.AggFlow, Target: 1e6, Cadence: app.CadenceWeek,
		PlanBy: app.CadenceQuarter, Start: app.NewDate(2000, time.January, 3), End: app.NewDate(9999, time.December, 31)}
	if err := s.CreateGoal(ctx, other); err != nil {
		t.Fatal(err)
	}
	mustPut(t, s, app.CheckIn{GoalID: goal, PeriodKey: "2026-W01", Value: 2})
	for _, k := range []string{"2026-W03", "2026-W01", "2026-W02"} {
		mustPut(t, s, app.CheckIn{GoalID: other.ID, PeriodKey: k, Value: 2})
	}
	s.settleTotals(ctx)
	if err := s.DeleteGoal(ctx, other.ID); err != nil {
		t.Fatal(err)
	}
	mustSaveFast(t, s, &app.CheckIn{GoalID: goal, PeriodKey: "2026-W02", Value: 5}, true)
	wantWaiting(t, s, "a fast save after a goal deleted", 1, 0)
	checkFastTotals(t, s)
}

// TestFoldOfAGoalThatAddsUp: another author's part of the latest period
// is in the check-in the full and the fast save replace, and in its totals.
func TestFoldOfAGoalThatAddsUp(t *testing.T) {
	ctx := context.Background()
	s, goal := fastStore(t)
	if _, err := s.db.Exec(`UPDATE goals SET checkins_add_up = 1 WHERE id = ?`, goal); err != nil {
		t.Fatal(err)
	}
	mustPut(t, s, app.CheckIn{GoalID: goal, PeriodKey: "2026-W01", Value: 10})
	mustPut(t, s, app.CheckIn{GoalID: goal, PeriodKey: "2026-W02", Value: 10})
	if _, err := s.db.Exec(`INSERT INTO checkin_parts (goal_id, period_key, author, value, confidence, note, updated_at)
		VALUES (?, '2026-W02', 'bob', 5, 5, '', '2026-01-01T00:00:00Z')`, goal); err != nil {
		t.Fatal(err)
	}
	s.settleTotals(ctx)
	checkFastTotals(t, s)
	mustPut(t, s, app.CheckIn{GoalID: goal, PeriodKey: "2026-W02", Value: 20})
	checkFastTotals(t, s)
	mustSaveFast(t, s, &app.CheckIn{GoalID: goal, PeriodKey: "2026-W02", Value: 30}, false)
	var total float64
	if err := s.db.QueryRow(`SELECT total FROM checkin_totals WHERE period_key = '2026-W02'`).Scan(&total); err != nil || total != 45 {
		t.Errorf("total to 2026-W02: %v, %v; want 10 + 30 + bob's 5", total, err)
	}
	checkFastTotals(t, s)
}

// TestFoldDoesNotHoldTheScreens: while another program holds the file's
// write lock, the timer's fold and Close's give up after foldWait rather
// than hold the store's one connection, which every screen reads
// through, for the busy timeout.
func TestFoldDoesNotHoldTheScreens(t *testing.T) {
	saved := busyTimeout
	busyTimeout = 3 * time.Second
	defer func() { busyTimeout = saved }()
	ctx := context.Background()
	s, goal := fastStore(t)
	s.folder.after = foldAfter
	mustPut(t, s, app.CheckIn{GoalID: goal, PeriodKey: "2026-W01", Value: 2})
	mustSaveFast(t, s, &app.CheckIn{GoalID: goal, PeriodKey: "2026-W02", Value: 5}, true)
	other, err := sql.Open("sqlite", "file:"+s.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	conn, err := other.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, `BEGIN IMMEDIATE`); err != nil {
		t.Fatal(err)
	}
	time.Sleep(foldAfter + 50*time.Millisecond) // the timer's fold is waiting
	start := time.Now()
	if _, err := s.Dashboard(ctx, app.GoalFilter{}, app.Calendar{}, app.NewDate(2026, 3, 1)); err != nil {
		t.Fatal(err)
	}
	if took := time.Since(start); took > time.Second {
		t.Errorf("a dashboard read took %v behind the fold", took)
	}
	start = time.Now()
	s.Close()
	if took := time.Since(start); took > time.Second {
		t.Errorf("Close took %v", took)
	}
	if _, err := conn.ExecContext(ctx, `ROLLBACK`); err != nil {
		t.Fatal(err)
	}
}

// TestTimedFoldReadsNoTime: the timer's fold, on its own goroutine, does
// not read Now, which tests change (run with -race).
func TestTimedFoldReadsNoTime(t *testing.T) {
	s, goal := fastStore(t)
	s.folder.after = foldAfter
	mustPut(t, s, app.CheckIn{GoalID: goal, PeriodKey: "2026-W01", Value: 2})
	mustSaveFast(t, s, &app.CheckIn{GoalID: goal, PeriodKey: "2026-W02", Value: 5}, true)
	deadline := time.Now().Add(foldAfter + 2*time.Second)
	for i := 0; time.Now().Before(deadline); i++ {
		later := fastNow.Add(time.Duration(i) * time.Second)
		s.Now = func() time.Time { return later }
		time.Sleep(time.Millisecond)
		if n, _ := waiting(t, s); n == 0 {
			return
		}
	}
	t.Error("the timer's fold did not run")
}
