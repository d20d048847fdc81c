package data

import (
	"context"
	"database/sql"
	"encoding/json"
	"pacer/app"
	"slices"
)

// Snapshot reads the goals matching f with their current plans and check-ins.
func (s *Store) Snapshot(ctx context.Context, f app.GoalFilter) (app.Snapshot, error) {
	return s.snapshot(ctx, f, nil)
}

// PeriodSnapshot reads like Snapshot, with one difference: of the
// check-ins and history values it holds only those whose period key is one
// of keys, none when keys is empty. The goals and their whole current
// plans are read as Snapshot reads them. It is what the review of one
// period needs (app.ReviewKeys lists the keys): a few periods' rows in
// place of years of them. Duplicate keys are harmless.
func (s *Store) PeriodSnapshot(ctx context.Context, f app.GoalFilter, keys []string) (app.Snapshot, error) {
	if keys == nil {
		keys = []string{}
	}
	return s.snapshot(ctx, f, keys)
}

// GoalSnapshot reads the goal with the given ID, archived or not, with its
// current plan, check-ins and history, as Snapshot would read them; Goals
// holds that goal alone. It is ENotFound when there is no such goal.
func (s *Store) GoalSnapshot(ctx context.Context, id int64) (app.Snapshot, error) {
	tx, err := s.begin(ctx, false)
	if err != nil {
		return app.Snapshot{}, err
	}
	defer tx.Rollback()

	g, err := findGoal(ctx, tx, id)
	if err != nil {
		return app.Snapshot{}, err
	}
	snap := app.NewSnapshot()
	snap.Goals = []app.Goal{*g}
	one := []any{id}
	if err := currentPlanPeriods(ctx, tx, snap.Plans, `g.id = ?`, one); err != nil {
		return app.Snapshot{}, err
	}
	if err := readValues(ctx, tx, &snap, `goal_id = ?`, one); err != nil {
		return app.Snapshot{}, err
	}
	return snap, nil
}

// snapshot reads the goals matching f with their current plans, and the
// check-ins and history values of every goal: all of them when keys is
// nil, else those of the periods keys names.
func (s *Store) snapshot(ctx context.Context, f app.GoalFilter, keys []string) (app.Snapshot, error) {
	tx, err := s.begin(ctx, false)
	if err != nil {
		return app.Snapshot{}, err
	}
	defer tx.Rollback()

	snap := app.NewSnapshot()
	if snap.Goals, err = listGoals(ctx, tx, f); err != nil {
		return app.Snapshot{}, err
	}
	valueWhere, args := "1 = 1", []any(nil) // every value
	switch {
	case keys == nil:
	case len(keys) == 0:
		valueWhere = "0 = 1"
	default:
		// The values are read goal by goal through the (goal_id,
		// period_key) index, from the least key to the greatest: a few
		// periods of each goal are walked past, but those of the years
		// outside are not. The keys go in as one JSON array; the unary +
		// keeps SQLite from seeking each of them instead, which is slower
		// once a review looks at more than a few.
		valueWhere = `goal_id IN (SELECT id FROM goals) AND period_key BETWEEN ? AND ?
			AND +period_key IN (SELECT value FROM json_each(?))`
		args = []any{slices.Min(keys), slices.Max(keys), jsonStrings(keys)}
	}
	if err := readPlans(ctx, tx, snap.Plans); err != nil {
		return app.Snapshot{}, err
	}
	if err := readValues(ctx, tx, &snap, valueWhere, args); err != nil {
		return app.Snapshot{}, err
	}
	return snap, nil
}

// readPlans fills plans with every goal's current plan: from the plan
// cache, one row a goal, where the file has it.
func readPlans(ctx context.Context, tx *tx, plans map[int64][]app.PeriodTarget) error {
	if tx.hot[qPlanStale] != nil {
		return cachedPlans(ctx, tx, plans)
	}
	return currentPlanPeriods(ctx, tx, plans, "1 = 1", nil)
}

// readValues fills snap with the check-ins and history values that match
// valueWhere (taking valueArgs).
func readValues(ctx context.Context, tx *tx, snap *app.Snapshot, valueWhere string, valueArgs []any) error {
	// The rows are read into a small struct and copied once into check-ins
	// (which are large: they have room for a note and timestamps), so that
	// growing the slice while reading does not copy check-ins again and again.
	type checkInRow struct {
		goalID     int64
		periodKey  string
		value      float64
		confidence int
	}
	rows, err := queryAll(ctx, tx, func(sc scanner) (checkInRow, error) {
		var r checkInRow
		return r, sc.Scan(&r.goalID, &r.periodKey, &r.value, &r.confidence)
	}, `SELECT goal_id, period_key, value, confidence FROM checkins WHERE `+valueWhere+` ORDER BY goal_id, period_key`, valueArgs...)
	if err != nil {
		return wrapf(err, "list check-ins")
	}
	cs := make([]app.CheckIn, len(rows))
	for i, r := range rows {
		cs[i] = app.CheckIn{GoalID: r.goalID, PeriodKey: r.periodKey, Value: r.value, Confidence: r.confidence}
	}
	byGoal(cs, func(c app.CheckIn) int64 { return c.GoalID }, snap.CheckIns)
	hs, err := queryAll(ctx, tx, func(sc scanner) (app.HistoryValue, error) {
		var h app.HistoryValue
		return h, sc.Scan(&h.GoalID, &h.PeriodKey, &h.Value)
	}, `SELECT goal_id, period_key, value FROM history_values WHERE `+valueWhere+` ORDER BY goal_id, period_key`, valueArgs...)
	if err != nil {
		return wrapf(err, "list history")
	}
	byGoal(hs, func(h app.HistoryValue) int64 { return h.GoalID }, snap.History)
	return nil
}

// currentPlanPeriods fills plans with the periods of each goal's latest
// revision that match where, a condition on goals g and plan_periods pp
// taking args. The goals are walked in ID order (CROSS JOIN, NOT INDEXED)
// and each one's latest revision read in period order from the primary
// key, so that SQLite sorts nothing: sorting 80,000 plan periods of 2,000
// goals took most of the dashboard's time.
func currentPlanPeriods(ctx context.Context, tx *tx, plans map[int64][]app.PeriodTarget, where string, args []any) error {
	type row struct {
		goalID int64
		pt     app.PeriodTarget
	}
	rows, err := queryAll(ctx, tx, func(sc scanner) (row, error) {
		var r row
		var floor sql.NullFloat64
		err := sc.Scan(&r.goalID, &r.pt.PeriodKey, &r.pt.Target, &floor)
		if floor.Valid {
			r.pt.Floor = &floor.Float64
		}
		return r, err
	}, `SELECT pp.goal_id, pp.period_key, pp.target, pp.floor
		FROM goals g NOT INDEXED CROSS JOIN plan_periods pp
		WHERE pp.goal_id = g.id AND pp.revision = (SELECT max(p.revision) FROM plans p WHERE p.goal_id = g.id)
		  AND `+where+`
		ORDER BY g.id, pp.period_key`, args...)
	if err != nil {
		return wrapf(err, "list current plans")
	}
	for _, r := range rows {
		plans[r.goalID] = append(plans[r.goalID], r.pt)
	}
	return nil
}

// byGoal adds vs, in goal order, to m by goal ID: each goal's run of vs
// itself, not a copy, capped at its length so that appending to one goal's
// values cannot overwrite the next goal's.
func byGoal[T any](vs []T, goalID func(T) int64, m map[int64][]T) {
	for i := 0; i < len(vs); {
		id, j := goalID(vs[i]), i+1
		for j < len(vs) && goalID(vs[j]) == id {
			j++
		}
		if run := vs[i:j:j]; m[id] == nil {
			m[id] = run
		} else { // not in goal order after all
			m[id] = append(m[id], run...)
		}
		i = j
	}
}

// jsonStrings writes ss as a JSON array of strings.
func jsonStrings(ss []string) string {
	b, _ := json.Marshal(ss) // strings always marshal
	return string(b)
}
