package data

import (
	"context"
	"database/sql"
)

// Snapshot is every goal matching a filter with its current plan and its
// check-ins and history, read in one transaction with four queries whatever the number
// of goals: what the dashboard and the review need at once.
type Snapshot struct {
	Goals []Goal
	Plans map[int64][]PeriodTarget // current plan by goal ID
	// CheckIns by goal ID, in period order. To keep the dashboard fast on
	// years of weekly check-ins they carry the goal, period, value and
	// confidence only: no ID, note or timestamps.
	CheckIns map[int64][]CheckIn
	// History by goal ID: the actuals of periods before each goal started,
	// for comparisons with the same period last year.
	History map[int64][]HistoryValue
}

// Snapshot reads the goals matching f with their current plans and check-ins.
func (s *Store) Snapshot(ctx context.Context, f GoalFilter) (Snapshot, error) {
	tx, err := s.begin(ctx, false)
	if err != nil {
		return Snapshot{}, err
	}
	defer tx.Rollback()

	snap := Snapshot{Plans: map[int64][]PeriodTarget{}, CheckIns: map[int64][]CheckIn{}, History: map[int64][]HistoryValue{}}
	if snap.Goals, err = listGoals(ctx, tx, f); err != nil {
		return Snapshot{}, err
	}
	if err := currentPlanPeriods(ctx, tx, snap.Plans); err != nil {
		return Snapshot{}, err
	}
	cs, err := queryAll(ctx, tx, func(sc scanner) (CheckIn, error) {
		var c CheckIn
		return c, sc.Scan(&c.GoalID, &c.PeriodKey, &c.Value, &c.Confidence)
	}, `SELECT goal_id, period_key, value, confidence FROM checkins ORDER BY goal_id, period_key`)
	if err != nil {
		return Snapshot{}, wrapf(err, "list check-ins")
	}
	for _, c := range cs {
		snap.CheckIns[c.GoalID] = append(snap.CheckIns[c.GoalID], c)
	}
	hs, err := queryAll(ctx, tx, func(sc scanner) (HistoryValue, error) {
		var h HistoryValue
		return h, sc.Scan(&h.GoalID, &h.PeriodKey, &h.Value)
	}, `SELECT goal_id, period_key, value FROM history_values ORDER BY goal_id, period_key`)
	if err != nil {
		return Snapshot{}, wrapf(err, "list history")
	}
	for _, h := range hs {
		snap.History[h.GoalID] = append(snap.History[h.GoalID], h)
	}
	return snap, nil
}

// currentPlanPeriods fills plans with the periods of each goal's latest revision.
func currentPlanPeriods(ctx context.Context, tx *tx, plans map[int64][]PeriodTarget) error {
	type row struct {
		goalID int64
		pt     PeriodTarget
	}
	rows, err := queryAll(ctx, tx, func(sc scanner) (row, error) {
		var r row
		var floor sql.NullFloat64
		err := sc.Scan(&r.goalID, &r.pt.PeriodKey, &r.pt.Target, &floor)
		if floor.Valid {
			r.pt.Floor = &floor.Float64
		}
		return r, err
	}, `SELECT pp.goal_id, pp.period_key, pp.target, pp.floor FROM plan_periods pp
		JOIN (SELECT goal_id, MAX(revision) AS revision FROM plans GROUP BY goal_id) cur
		  ON cur.goal_id = pp.goal_id AND cur.revision = pp.revision
		ORDER BY pp.goal_id, pp.period_key`)
	if err != nil {
		return wrapf(err, "list current plans")
	}
	for _, r := range rows {
		plans[r.goalID] = append(plans[r.goalID], r.pt)
	}
	return nil
}
