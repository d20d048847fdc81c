package data

import (
	"context"

	"pacer/app"
)

// CheckInValuesOf are the period keys and values of the check-ins of the
// goals ids, by goal, each goal's in period order; a goal with none is
// left out. One read in one transaction: the Goals screen asks it for
// every goal whose flow plan does not add up, and a read a goal took a
// third of its refresh at 100 such goals of 2,000.
func (s *Store) CheckInValuesOf(ctx context.Context, ids []int64) (map[int64][]app.PeriodValue, error) {
	return goalValuesOf(ctx, s, "checkins", "list check-in values", ids, func(_ int64, key string, v float64) app.PeriodValue {
		return app.PeriodValue{PeriodKey: key, Value: v}
	})
}

// goalValuesOf reads the goal ID, period key and value of the rows of
// table (checkins or history_values) of the goals ids, in one
// transaction, each goal's in period order, made into T by value; a
// goal without rows is left out. what names the read in its error.
func goalValuesOf[T any](ctx context.Context, s *Store, table, what string, ids []int64,
	value func(goalID int64, key string, v float64) T) (map[int64][]T, error) {
	out := map[int64][]T{}
	if len(ids) == 0 {
		return out, nil
	}
	tx, err := s.begin(ctx, false)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	type row struct {
		goalID int64
		value  T
	}
	rows, err := queryAll(ctx, tx, func(sc scanner) (row, error) {
		var id int64
		var key string
		var v float64
		err := sc.Scan(&id, &key, &v)
		return row{id, value(id, key, v)}, err
	}, `SELECT goal_id, period_key, value FROM `+table+` WHERE goal_id IN (SELECT value FROM json_each(?))
		ORDER BY goal_id, period_key`, goalsJSON(ids))
	if err != nil {
		return nil, wrapf(err, "%s", what)
	}
	for _, r := range rows {
		out[r.goalID] = append(out[r.goalID], r.value)
	}
	return out, nil
}
