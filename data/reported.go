package data

import (
	"context"
)

// ReportedPeriods are, by goal ID, the periods that have a check-in: what
// the check-ins due are worked out from. One pass over the (goal_id,
// period_key) index, rather than every goal's check-ins read whole: 200
// weekly goals of five years took some 100 ms that way. The screens ask
// DueCounts first and ReportedPeriodsOf the goals it leaves: at 2,000
// goals of ten years this read takes 0.6 s.
func (s *Store) ReportedPeriods(ctx context.Context) (map[int64]map[string]bool, error) {
	return s.reportedPeriods(ctx, `SELECT goal_id, period_key FROM checkins`)
}

// ReportedPeriodsOf is ReportedPeriods of the goals ids only.
func (s *Store) ReportedPeriodsOf(ctx context.Context, ids []int64) (map[int64]map[string]bool, error) {
	if len(ids) == 0 {
		return map[int64]map[string]bool{}, nil
	}
	return s.reportedPeriods(ctx, `SELECT goal_id, period_key FROM checkins
		WHERE goal_id IN (SELECT value FROM json_each(?))`, goalsJSON(ids))
}

// reportedPeriods reads the goal IDs and period keys q selects.
func (s *Store) reportedPeriods(ctx context.Context, q string, args ...any) (map[int64]map[string]bool, error) {
	t, err := s.begin(ctx, false)
	if err != nil {
		return nil, err
	}
	defer t.Rollback()
	rows, err := t.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, sqlError(err)
	}
	defer rows.Close()
	out := map[int64]map[string]bool{}
	for rows.Next() {
		var id int64
		var key string
		if err := rows.Scan(&id, &key); err != nil {
			return nil, sqlError(err)
		}
		if out[id] == nil {
			out[id] = map[string]bool{}
		}
		out[id][key] = true
	}
	if err := rows.Err(); err != nil {
		return nil, sqlError(err)
	}
	return out, nil
}
