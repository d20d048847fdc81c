package data

import (
	"context"
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
	path := filepath.Join(t.TempDir(), "old.db")
	s, err := open(ctx, path, 14)
	if err != nil {
		t.Fatal(err)
	}
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

	if s, err = Open(ctx, path); err != nil {
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

// totalsRows dumps the running totals in key order.
func totalsRows(t *testing.T, s *Store) string {
	t.Helper()
	return dumpRows(t, s, `SELECT goal_id, period_key, n, total, value, first_key, inexact, units FROM checkin_totals
		ORDER BY goal_id, period_key`)
}
