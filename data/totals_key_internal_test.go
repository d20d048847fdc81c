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

// TestTotalsWithoutRowidMigration opens a file of version 14 with weekly
// check-ins of two goals and migrates it (migration 15): the running
// totals are the same rows, now in a table keyed by goal and period, and
// the triggers on checkins keep them as before, for a save, a replaced
// value and a delete.
func TestTotalsWithoutRowidMigration(t *testing.T) {
	ctx := context.Background()
	s, path := openVersion14(t)
	var ids []int64
	for i, dec := range []int{2, 0} {
		g := app.Goal{Title: "Sales " + string(rune('A'+i)), Perspective: app.PerspectiveFinancial, Kind: app.KindIncrease,
			Unit: app.UnitCurrency, Decimals: dec, Aggregation: app.AggFlow, Target: 1e6,
			Start: app.NewDate(2020, time.January, 6), End: app.NewDate(2022, time.December, 31),
			Cadence: app.CadenceWeek, PlanBy: app.CadenceQuarter}
		if err := s.CreateGoal(ctx, &g); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, g.ID)
	}
	var cs []app.CheckIn
	for i, p := range (app.Calendar{}).Periods(app.CadenceWeek, app.NewDate(2020, 1, 6), app.NewDate(2021, 6, 30)) {
		for j, id := range ids {
			cs = append(cs, app.CheckIn{GoalID: id, PeriodKey: p.Key(), Value: float64(i*(j+1)) + 0.25*float64(1-j), Confidence: 5})
		}
	}
	if err := s.SaveCheckIns(ctx, cs); err != nil {
		t.Fatal(err)
	}
	before := totalsRows(t, s)
	s.Close()

	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var sql string
	if err := s.db.QueryRow(`SELECT sql FROM sqlite_schema WHERE name = 'checkin_totals'`).Scan(&sql); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(sql, "WITHOUT ROWID") {
		t.Fatalf("checkin_totals is\n%s", sql)
	}
	if after := totalsRows(t, s); after != before {
		t.Fatalf("totals before migrating:\n%s\nafter:\n%s", before, after)
	}
	c := app.CheckIn{GoalID: ids[0], PeriodKey: "2021-W27", Value: 3.5, Confidence: 5}
	mustPut(t, s, c)
	c.PeriodKey, c.Value = "2021-W10", 99
	mustPut(t, s, c)
	got, err := s.CheckIns(ctx, ids[1])
	if err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteCheckIn(ctx, got[3].ID); err != nil {
		t.Fatal(err)
	}
	checkFastTotals(t, s)
}

// openVersion14 opens a new file of schema version 14, before migration
// 15, and returns it and its path.
func openVersion14(t *testing.T) (*Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "old.db")
	s, err := open(context.Background(), path, 14)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, path
}

// totalsRows dumps the running totals in key order.
func totalsRows(t *testing.T, s *Store) string {
	t.Helper()
	return dumpRows(t, s, `SELECT goal_id, period_key, n, total, value, first_key, inexact, units FROM checkin_totals
		ORDER BY goal_id, period_key`)
}

// TestTotalsMigrationLeavesOrphansOut migrates a version-14 file in which
// another program deleted a goal with its foreign keys off (the sqlite3
// shell's default), leaving that goal's totals behind: the file opens,
// and the totals of the goals it has are kept.
func TestTotalsMigrationLeavesOrphansOut(t *testing.T) {
	ctx := context.Background()
	s, path := openVersion14(t)
	var ids []int64
	for _, title := range []string{"Kept", "Deleted elsewhere"} {
		g := app.Goal{Title: title, Perspective: app.PerspectiveFinancial, Kind: app.KindIncrease, Unit: app.UnitCount,
			Aggregation: app.AggFlow, Target: 100, Start: app.NewDate(2024, time.January, 1), End: app.NewDate(2024, time.December, 31),
			Cadence: app.CadenceMonth, PlanBy: app.CadenceQuarter}
		if err := s.CreateGoal(ctx, &g); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, g.ID)
		mustPut(t, s, app.CheckIn{GoalID: g.ID, PeriodKey: "2024-03", Value: 4})
	}
	for _, q := range []string{`PRAGMA foreign_keys = OFF`, `DELETE FROM goals WHERE id = ` + fmt.Sprint(ids[1])} {
		if _, err := s.db.ExecContext(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	s.Close()

	s, err := Open(ctx, path)
	if err != nil {
		t.Fatalf("open after another program's delete: %v", err)
	}
	defer s.Close()
	if got, want := totalsRows(t, s), fmt.Sprintf("%d 2024-03 1 4 4 2024-03 0 4\n", ids[0]); got != want {
		t.Fatalf("totals after migrating:\n%swant\n%s", got, want)
	}
}
