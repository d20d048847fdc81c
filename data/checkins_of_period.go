package data

import (
	"context"
	"slices"
	"strings"

	"pacer/app"
)

// CheckInsOfPeriod returns, by goal ID, the check-ins recorded for period
// key of the goals ids; a goal with none is left out. One read in one
// transaction, searched by the (goal_id, period_key) key for each goal,
// so the bulk check-in of 2,000 goals asks once rather than 2,000 times.
func (s *Store) CheckInsOfPeriod(ctx context.Context, key string, ids []int64) (map[int64]app.CheckIn, error) {
	return checkInsOfPeriod(ctx, s, qCheckInsOfPeriod, scanCheckIn, key, ids)
}

// RecordedOfPeriod is CheckInsOfPeriod with only the goal, period, value,
// confidence and note of each check-in read, the rest left zero: what the
// bulk check-in shows of what is recorded. Each column read costs, and
// the IDs and times took some 40% of the read at 2,000 goals.
func (s *Store) RecordedOfPeriod(ctx context.Context, key string, ids []int64) (map[int64]app.CheckIn, error) {
	return checkInsOfPeriod(ctx, s, qRecordedOfPeriod, func(sc scanner) (app.CheckIn, error) {
		var c app.CheckIn
		return c, sc.Scan(&c.GoalID, &c.PeriodKey, &c.Value, &c.Confidence, &c.Note)
	}, key, ids)
}

// checkInsOfPeriod runs q, qCheckInsOfPeriod or qRecordedOfPeriod, for
// period key and the goals ids, and scans each row with scan.
func checkInsOfPeriod(ctx context.Context, s *Store, q string, scan func(scanner) (app.CheckIn, error),
	key string, ids []int64) (map[int64]app.CheckIn, error) {
	if len(ids) == 0 {
		return map[int64]app.CheckIn{}, nil
	}
	tx, err := s.begin(ctx, false)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	ids = slices.Compact(slices.Sorted(slices.Values(ids)))
	rows, err := tx.query(ctx, q, goalsJSON(ids), strings.TrimSpace(key))
	if err != nil {
		return nil, wrapf(sqlError(err), "list check-ins of a period")
	}
	defer rows.Close()
	// Sized for every goal at once, and filled as read: growing the map
	// and a slice before it took a fifth of the read at 2,000 goals.
	out := make(map[int64]app.CheckIn, len(ids))
	for rows.Next() {
		c, err := scan(rows)
		if err != nil {
			return nil, wrapf(err, "list check-ins of a period")
		}
		out[c.GoalID] = c
	}
	if err := rows.Err(); err != nil {
		return nil, wrapf(sqlError(err), "list check-ins of a period")
	}
	return out, nil
}

// fromPeriodOfGoals picks the check-ins of period key (the second ?) of
// the goals of the JSON array (the first ?). The CROSS JOIN keeps
// json_each outside, so SQLite looks each goal's period up in the unique
// key rather than reading every check-in of the period
// (TestCheckInsOfPeriodSearchByGoal).
const fromPeriodOfGoals = `
	FROM json_each(?) j CROSS JOIN checkins c ON c.goal_id = j.value AND c.period_key = ?`

// qCheckInsOfPeriod reads the check-ins of fromPeriodOfGoals whole.
const qCheckInsOfPeriod = `SELECT c.id, c.goal_id, c.period_key, c.value, c.confidence, c.note, c.created_at, c.updated_at` +
	fromPeriodOfGoals

// qRecordedOfPeriod reads what RecordedOfPeriod keeps of them.
const qRecordedOfPeriod = `SELECT c.goal_id, c.period_key, c.value, c.confidence, c.note` + fromPeriodOfGoals
