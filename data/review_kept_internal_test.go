package data

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"

	"pacer/app"
)

// TestKeptSumsAreRead: a store opened on a file whose review sums were
// kept as the last store closed takes every goal's sums from the file,
// searching no totals; after another program saves a check-in of one
// goal, it searches that goal's alone.
func TestKeptSumsAreRead(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "p.db")
	s, goals := weeklyGoalsStore(t, path, 5, 5)
	q1 := app.Period{Cadence: app.CadenceQuarter, Year: 2021, Index: 1}
	var key string // the review's one key
	review := func(s *Store) *liveEntry[app.ReviewSums] {
		t.Helper()
		d, err := s.Review(ctx, app.GoalFilter{}, app.Calendar{}, q1, app.NewDate(2021, 6, 1))
		if err != nil || len(d.Sums) != len(goals) {
			t.Fatalf("%d goals' sums, %v", len(d.Sums), err)
		}
		if len(s.live.sums.entries) != 1 {
			t.Fatalf("%d review keys kept", len(s.live.sums.entries))
		}
		key = s.live.sums.order[0]
		return s.live.sums.entries[key]
	}
	if e := review(s); !e.changed {
		t.Fatal("the first review's sums are not marked as read from the totals")
	}
	s.Close()

	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if e := review(s); e.changed {
		t.Fatal("a store opened on kept sums searched the totals")
	}
	s.Close()

	other, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	_, err = other.ExecContext(ctx, `INSERT INTO checkins (goal_id, period_key, value, confidence, created_at, updated_at)
		VALUES (?, '2021-W30', 7, 5, '2021-08-01T00:00:00Z', '2021-08-01T00:00:00Z')`, goals[2])
	if err != nil {
		t.Fatal(err)
	}
	other.Close()
	s, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	tx, err := s.begin(ctx, false)
	if err != nil {
		t.Fatal(err)
	}
	rows, unknown, ok := keptSumsSeed(ctx, tx, key)()
	tx.Rollback()
	if !ok || len(rows) != len(goals)-1 || len(unknown) != 1 || unknown[0] != goals[2] {
		t.Fatalf("kept: %v, %d goals' sums, to search %v; want %d's sums and goal %d to search", ok, len(rows), unknown, len(goals)-1, goals[2])
	}
	if e := review(s); !e.changed {
		t.Fatal("a goal checked in by another program was not searched again")
	}
}
