package data

import (
	"context"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"pacer/app"
)

// TestExactTotalsMigration opens a file of version 12 holding check-ins
// with cents, a value beyond its goal's decimals and a total past 2^53
// cents, and migrates it: the units migration 13 works out in one
// statement are those the store recomputes goal by goal, with exact
// running totals where they are exact and none from the first that is not.
func TestExactTotalsMigration(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	s, err := open(ctx, path, 12)
	if err != nil {
		t.Fatal(err)
	}
	var ids []int64
	for i, dec := range []int{2, 0, 6, 2} {
		g := app.Goal{Title: "Sales " + string(rune('A'+i)), Perspective: app.PerspectiveFinancial, Kind: app.KindIncrease,
			Unit: app.UnitCurrency, Decimals: dec, Aggregation: app.AggFlow, Target: 1e6,
			Start: app.NewDate(2020, time.January, 6), End: app.NewDate(2022, time.December, 31),
			Cadence: app.CadenceWeek, PlanBy: app.CadenceQuarter}
		if err := s.CreateGoal(ctx, &g); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, g.ID)
	}
	put := func(from, to app.Date) {
		var cs []app.CheckIn
		for i, p := range (app.Calendar{}).Periods(app.CadenceWeek, from, to) {
			for j, id := range ids {
				v := []float64{100.01 * float64(i%13), float64(i * 7), 0.000001 * float64(i), -12.34}[j]
				cs = append(cs, app.CheckIn{GoalID: id, PeriodKey: p.Key(), Value: v, Confidence: 5})
			}
		}
		if err := s.SaveCheckIns(ctx, cs); err != nil {
			t.Fatal(err)
		}
	}
	put(app.NewDate(2020, 1, 6), app.NewDate(2021, 12, 31))
	// Appended as a sync could write them, so the triggers keep the totals.
	for i, v := range []float64{90071992547000, 1.125} {
		if _, err := s.db.ExecContext(ctx, `INSERT INTO checkins (goal_id, period_key, value, confidence, created_at, updated_at)
			VALUES (?, '2022-W01', ?, 5, '2022-01-10T00:00:00Z', '2022-01-10T00:00:00Z')`, ids[3*i], v); err != nil {
			t.Fatal(err)
		}
	}
	put(app.NewDate(2022, 1, 10), app.NewDate(2022, 6, 30))
	var stale int
	if err := s.db.QueryRow(`SELECT count(*) FROM checkin_totals_stale`).Scan(&stale); err != nil || stale != 0 {
		t.Fatalf("%d goals stale before migrating (%v)", stale, err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	if s, err = Open(ctx, path); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	migrated := readUnits(t, s)
	if _, err := s.db.ExecContext(ctx, `INSERT INTO checkin_totals_stale (goal_id, from_key) SELECT id, '' FROM goals`); err != nil {
		t.Fatal(err)
	}
	s.SettleDerived(ctx)
	recomputed := readUnits(t, s)
	if !reflect.DeepEqual(migrated, recomputed) {
		t.Fatalf("units migrated:\n%v\nrecomputed:\n%v", migrated, recomputed)
	}
	nulls, cents := 0, 0
	for _, u := range migrated {
		switch {
		case u == nil:
			nulls++
		case *u%100 != 0:
			cents++
		}
	}
	if nulls == 0 || cents == 0 {
		t.Fatalf("%d rows without exact units, %d with cents: want some of each", nulls, cents)
	}
}

// readUnits lists every totals row's units, NULL as nil, in key order.
func readUnits(t *testing.T, s *Store) []*int64 {
	t.Helper()
	rows, err := s.db.Query(`SELECT units FROM checkin_totals ORDER BY goal_id, period_key`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []*int64
	for rows.Next() {
		var u *int64
		if err := rows.Scan(&u); err != nil {
			t.Fatal(err)
		}
		out = append(out, u)
	}
	return out
}
