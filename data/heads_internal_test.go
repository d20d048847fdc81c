package data

import (
	"context"
	"database/sql"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"pacer/app"
)

// readBothWays reads the totals as of asOf through the heads and through
// the search of every goal (qTotalsAsOf), in one read transaction.
func readBothWays(t *testing.T, s *Store, asOf app.Date) (heads, searched map[int64]app.ValueTotals) {
	t.Helper()
	ctx := context.Background()
	tx, err := s.begin(ctx, false)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	cuts := periodCuts(app.Calendar{}, asOf)
	cadences, err := s.goalCadences(ctx, tx)
	if err != nil {
		t.Fatal(err)
	}
	if heads, err = readHeadsAsOf(ctx, tx, cuts, readHeads, func() (map[int64]app.Cadence, error) { return cadences, nil }); err != nil {
		t.Fatal(err)
	}
	if searched, err = readTotalsAsOf(ctx, tx, qTotalsAsOf, cuts); err != nil {
		t.Fatal(err)
	}
	return heads, searched
}

func headsGoal(c app.Cadence) *app.Goal {
	return &app.Goal{Title: "g", Perspective: app.PerspectiveFinancial, Kind: app.KindIncrease,
		Unit: app.UnitCount, Aggregation: app.AggFlow, Target: 100, Cadence: c, PlanBy: c,
		Start: app.NewDate(2020, time.January, 6), End: app.NewDate(2021, time.December, 31)}
}

// TestHeadKeyedInAnotherCadence: a totals row keyed in a cadence that is
// not its goal's (as only another program writes) is compared with the
// cut of the goal's cadence, as the search compares it.
func TestHeadKeyedInAnotherCadence(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "p.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	g := headsGoal(app.CadenceMonth)
	if err := s.CreateGoal(ctx, g); err != nil {
		t.Fatal(err)
	}
	if err := s.PutCheckIn(ctx, &app.CheckIn{GoalID: g.ID, PeriodKey: "2020-02", Value: 3}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.ExecContext(ctx, `INSERT INTO checkin_totals (goal_id, period_key, n, total, value, first_key)
		VALUES (?, '2020-W05', 2, 10, 7, '2020-02')`, g.ID); err != nil {
		t.Fatal(err)
	}
	if heads, searched := readBothWays(t, s, app.NewDate(2020, time.March, 15)); !reflect.DeepEqual(heads, searched) {
		t.Errorf("through the heads %+v, searched %+v", heads, searched)
	}
}

// TestHeadsOfTotalsLeftBehind: totals left by a goal another program
// deleted with its foreign keys off (sqlite3's default), on a file of the
// schema before the heads, get their head from the migration, and the
// heads and the search read the goals alike; a new goal does not take the
// freed ID (freeID), so it reads none of them.
func TestHeadsOfTotalsLeftBehind(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "p.db")
	s, err := open(ctx, path, 16) // migration 17 adds the heads
	if err != nil {
		t.Fatal(err)
	}
	a, b := headsGoal(app.CadenceWeek), headsGoal(app.CadenceWeek)
	for _, g := range []*app.Goal{a, b} {
		if err := s.CreateGoal(ctx, g); err != nil {
			t.Fatal(err)
		}
	}
	for _, k := range []string{"2020-W02", "2020-W03", "2020-W04"} {
		if err := s.PutCheckIn(ctx, &app.CheckIn{GoalID: b.ID, PeriodKey: k, Value: 2}); err != nil {
			t.Fatal(err)
		}
	}
	s.Close()
	other, err := sql.Open("sqlite", path) // foreign keys off
	if err != nil {
		t.Fatal(err)
	}
	if _, err := other.Exec(`DELETE FROM goals WHERE id = ?`, b.ID); err != nil {
		t.Fatal(err)
	}
	other.Close()
	if s, err = Open(ctx, path); err != nil { // migrates
		t.Fatal(err)
	}
	defer s.Close()
	c := headsGoal(app.CadenceWeek)
	if err := s.CreateGoal(ctx, c); err != nil || c.ID <= b.ID {
		t.Fatalf("new goal %d, %v; want one past the freed id %d", c.ID, err, b.ID)
	}
	heads, searched := readBothWays(t, s, app.NewDate(2020, time.March, 15))
	if !reflect.DeepEqual(heads, searched) || heads[c.ID].Count != 0 {
		t.Errorf("through the heads %+v, searched %+v", heads, searched)
	}
}

// TestHeadsReadCutShortFails cancels reads of 20,000 heads part-way: each
// either fails or reads every goal, never some of them without an error
// (which the store's cache would keep as every goal's totals).
func TestHeadsReadCutShortFails(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "p.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	const n = 20000
	if _, err := s.db.ExecContext(ctx, `WITH RECURSIVE i(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM i WHERE x < ?)
		INSERT INTO goals (id, title, perspective, kind, unit, decimals, aggregation, target, start_date, end_date,
			cadence, plan_by, created_at, updated_at)
		SELECT x, 'g', 'financial', 'increase', 'count', 0, 'flow', 100, '2020-01-06', '2021-12-31',
			'week', 'week', '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z' FROM i`, n); err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.ExecContext(ctx, `INSERT INTO checkin_totals (goal_id, period_key, n, total, value, first_key)
		SELECT id, '2020-W02', 1, 1, 1, '2020-W02' FROM goals`); err != nil {
		t.Fatal(err)
	}
	cuts := periodCuts(app.Calendar{}, app.NewDate(2020, time.March, 15))
	cut := 0
	for i := range 60 {
		tx, err := s.begin(ctx, false)
		if err != nil {
			t.Fatal(err)
		}
		rctx, cancel := context.WithCancel(ctx)
		go func() { time.Sleep(time.Duration(i*30) * time.Microsecond); cancel() }()
		cadences, err := s.goalCadences(ctx, tx)
		if err != nil {
			t.Fatal(err)
		}
		out, err := readHeadsAsOf(rctx, tx, cuts, readHeads, func() (map[int64]app.Cadence, error) { return cadences, nil })
		cancel()
		tx.Rollback()
		if err != nil {
			cut++
		} else if len(out) != n {
			t.Fatalf("a read cut short gave %d goals' totals of %d, and no error", len(out), n)
		}
	}
	t.Logf("%d of 60 reads cut short", cut)
}
