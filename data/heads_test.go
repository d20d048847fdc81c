package data_test

import (
	"context"
	"database/sql"
	"errors"
	"math/rand/v2"
	"path/filepath"
	"testing"

	"pacer/app"
	"pacer/data"
)

// qHeadsDiffer counts the heads (migration 17) that are not their goal
// ID's latest totals row, and the latest rows of IDs with no such head.
const qHeadsDiffer = `WITH latest AS (SELECT t.goal_id, t.period_key, t.n, t.total, t.value
		FROM checkin_totals t
		WHERE t.period_key = (SELECT max(period_key) FROM checkin_totals m WHERE m.goal_id = t.goal_id)),
	heads AS (SELECT goal_id, period_key, n, total, value FROM checkin_heads)
	SELECT (SELECT count(*) FROM (SELECT * FROM heads EXCEPT SELECT * FROM latest))
	     + (SELECT count(*) FROM (SELECT * FROM latest EXCEPT SELECT * FROM heads))`

// checkHeads fails unless every goal's head is its latest totals row.
func checkHeads(tb testing.TB, db *sql.DB, after string) {
	tb.Helper()
	var n int
	mustNotErr(tb, db.QueryRow(qHeadsDiffer).Scan(&n))
	if n != 0 {
		tb.Fatalf("after %s, %d heads differ from the goals' latest totals", after, n)
	}
}

// TestHeadsFollowTheTotals applies random writes to three weekly goals'
// check-ins and totals: new, replaced and deleted check-ins in and out of
// order (which mark totals stale and recompute them), decimals changed
// (recomputing all of a goal's totals), totals rows moved, deleted and
// added by another program, a goal deleted, and checks after each that
// the heads are the latest rows.
func TestHeadsFollowTheTotals(t *testing.T) {
	ctx := context.Background()
	rng := rand.New(rand.NewPCG(17, 3))
	s := mustOpen(t)
	db := s.DB()
	var goals []*app.Goal
	for range 3 {
		goals = append(goals, mustCreateGoal(t, s, weeklyGoal()))
	}
	for step := range 400 {
		g := goals[rng.IntN(len(goals))]
		key := weekKey(rng.IntN(30))
		var what string
		switch rng.IntN(10) {
		case 0, 1:
			what = "delete " + key
			if c, err := s.CheckInByPeriod(ctx, g.ID, key); err == nil {
				mustNotErr(t, s.DeleteCheckIn(ctx, c.ID))
			}
		case 2:
			what = "decimals change"    // recomputes the goal's totals
			g.Decimals = 5 - g.Decimals // 2 and 3 both hold quarters
			mustNotErr(t, s.UpdateGoal(ctx, g))
		case 3:
			what = "another program moves a totals row"
			_, err := db.ExecContext(ctx, `UPDATE checkin_totals SET period_key = ?
				WHERE goal_id = ? AND period_key = (SELECT max(period_key) FROM checkin_totals WHERE goal_id = ?)
				  AND NOT EXISTS (SELECT 1 FROM checkin_totals WHERE goal_id = ? AND period_key = ?)`,
				key, g.ID, g.ID, g.ID, key)
			mustNotErr(t, err)
		case 4:
			what = "another program deletes a totals row"
			_, err := db.ExecContext(ctx, `DELETE FROM checkin_totals WHERE goal_id = ? AND period_key = ?`, g.ID, key)
			mustNotErr(t, err)
		case 5:
			what = "another program adds a totals row at " + key
			insertTotalsRow(t, db, g.ID, key, rng.IntN(100))
		default:
			what = "put " + key
			mustNotErr(t, s.PutCheckIn(ctx, &app.CheckIn{GoalID: g.ID, PeriodKey: key, Value: float64(rng.IntN(100)) / 4}))
		}
		checkHeads(t, db, what)
		if step == 300 {
			mustNotErr(t, s.DeleteGoal(ctx, goals[0].ID))
			checkHeads(t, db, "a goal deleted")
			goals = goals[1:]
		}
	}
}

// insertTotalsRow adds a totals row of goal id at key, as another program
// may, unless the goal has one there, and fails unless the goal's head
// mark was drawn again (the reviews kept in the file trust an unchanged
// mark), whether the row is before the head or after it.
func insertTotalsRow(tb testing.TB, db *sql.DB, id int64, key string, v int) {
	tb.Helper()
	var before sql.NullInt64
	mustNotErr(tb, ignoreNoRows(db.QueryRow(`SELECT mark FROM checkin_heads WHERE goal_id = ?`, id).Scan(&before)))
	res, err := db.Exec(`INSERT INTO checkin_totals (goal_id, period_key, n, total, value, first_key)
		VALUES (?, ?, 1, ?, ?, ?) ON CONFLICT DO NOTHING`, id, key, v, v, key)
	mustNotErr(tb, err)
	if n, _ := res.RowsAffected(); n == 0 || !before.Valid {
		return
	}
	var after int64
	mustNotErr(tb, db.QueryRow(`SELECT mark FROM checkin_heads WHERE goal_id = ?`, id).Scan(&after))
	if after == before.Int64 {
		tb.Fatalf("goal %d: a totals row added at %s left the head's mark as it was", id, key)
	}
}

// ignoreNoRows is err, or nil for sql.ErrNoRows.
func ignoreNoRows(err error) error {
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	}
	return err
}

// TestHeadsOfAFileBeforeThem opens a file of the schema before the heads
// with check-ins, and finds each goal's head there after the migration.
func TestHeadsOfAFileBeforeThem(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	s, err := data.OpenAt(ctx, path, 16) // migration 17 adds the heads
	mustNotErr(t, err)
	for i := range 2 {
		g := mustCreateGoal(t, s, weeklyGoal())
		for w := range 5 + i {
			mustNotErr(t, s.PutCheckIn(ctx, &app.CheckIn{GoalID: g.ID, PeriodKey: weekKey(w), Value: float64(w)}))
		}
	}
	mustCreateGoal(t, s, weeklyGoal()) // no check-ins, no head
	s.Close()
	s = mustOpenPath(t, path)
	var heads int
	mustNotErr(t, s.DB().QueryRow(`SELECT count(*) FROM checkin_heads`).Scan(&heads))
	if heads != 2 {
		t.Errorf("%d heads, want 2", heads)
	}
	checkHeads(t, s.DB(), "the migration")
}
