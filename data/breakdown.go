package data

import (
	"context"
	"slices"
	"strings"

	"pacer/app"
)

func init() { Messages = append(Messages, app.MsgBreakdownBad, app.MsgBreakdownUnwritten) }

// Breakdown is a goal's breakdown: what each value of each dimension made
// of its periods, check-ins before history, then by period, dimension and
// value. It is what imports stored, completed by app.CompleteBreakdown so
// that each dimension adds up to its period's value: a check-in typed by
// hand shows its difference from the imported values as an unsplit entry.
func (s *Store) Breakdown(ctx context.Context, goalID int64) ([]app.DimensionValue, error) {
	all, err := s.Breakdowns(ctx, []int64{goalID})
	return all[goalID], err
}

// Breakdowns is Breakdown of each of the goals ids, read in one
// transaction: the dashboard asks for every goal's on each refresh, and
// a transaction a goal took 6.6 ms at 200 goals and 54–69 ms at 2,000,
// nearly all of it for goals without one. A goal without one is missing
// from the map.
func (s *Store) Breakdowns(ctx context.Context, ids []int64) (map[int64][]app.DimensionValue, error) {
	out := map[int64][]app.DimensionValue{}
	if len(ids) == 0 {
		return out, nil
	}
	tx, err := s.begin(ctx, false)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	values, err := queryAll(ctx, tx, func(sc scanner) (app.DimensionValue, error) {
		var d app.DimensionValue
		return d, sc.Scan(&d.GoalID, &d.History, &d.PeriodKey, &d.Dimension, &d.Value, &d.Amount, &d.Rows)
	}, qBreakdowns, goalsJSON(slices.Compact(slices.Sorted(slices.Values(ids))))) // each goal once
	if err != nil {
		return nil, wrapf(err, "list breakdown")
	}
	byGoal := map[int64][]app.DimensionValue{}
	for _, v := range values {
		byGoal[v.GoalID] = append(byGoal[v.GoalID], v)
	}
	for id, vs := range byGoal {
		if out[id], err = completeBreakdown(ctx, tx, id, vs); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// qBreakdowns reads the stored breakdown of the goals of the JSON array ?,
// in Breakdown's order. The CROSS JOIN keeps json_each outside, so SQLite
// searches the breakdown's key for each goal rather than reading all of it
// (TestBreakdownsSearchByGoal).
const qBreakdowns = `SELECT b.goal_id, b.history, b.period_key, b.dimension, b.value, b.amount, b.rows
	FROM json_each(?) j CROSS JOIN goal_breakdown b ON b.goal_id = j.value
	ORDER BY b.goal_id, b.history, b.period_key, b.dimension, b.value`

// completeBreakdown is app.CompleteBreakdown of goal id's stored values
// vs, with its check-ins, history values and decimals.
func completeBreakdown(ctx context.Context, tx *tx, id int64, vs []app.DimensionValue) ([]app.DimensionValue, error) {
	decimals, err := cachedDecimals(ctx, tx, id, map[int64]int{})
	if err != nil {
		return nil, err
	}
	checkIns, err := periodValues(ctx, tx, `SELECT period_key, value FROM checkins WHERE goal_id = ?`, id)
	if err != nil {
		return nil, err
	}
	history, err := periodValues(ctx, tx, `SELECT period_key, value FROM history_values WHERE goal_id = ?`, id)
	if err != nil {
		return nil, err
	}
	return app.CompleteBreakdown(vs, checkIns, history, decimals), nil
}

// periodValues reads the period keys and values query selects.
func periodValues(ctx context.Context, tx *tx, query string, goalID int64) ([]app.PeriodValue, error) {
	vs, err := queryAll(ctx, tx, func(sc scanner) (app.PeriodValue, error) {
		var v app.PeriodValue
		return v, sc.Scan(&v.PeriodKey, &v.Value)
	}, query, goalID)
	if err != nil {
		return nil, wrapf(err, "list period values")
	}
	return vs, nil
}

// writtenPeriod names a period an import writes.
type writtenPeriod struct {
	goalID  int64
	history bool
	key     string
}

// saveBreakdown replaces the breakdown of every period imp writes with
// imp.Breakdown, each amount rounded to its goal's decimals (never more
// digits than it keeps: EInvalid).
func saveBreakdown(ctx context.Context, tx *tx, imp app.Import) error {
	written := map[writtenPeriod]bool{}
	for _, c := range imp.CheckIns {
		written[writtenPeriod{c.GoalID, false, strings.TrimSpace(c.PeriodKey)}] = true
	}
	for _, h := range imp.History {
		written[writtenPeriod{h.GoalID, true, strings.TrimSpace(h.PeriodKey)}] = true
	}
	if err := clearBreakdown(ctx, tx, written); err != nil {
		return err
	}
	if len(imp.Breakdown) == 0 {
		return nil
	}
	// An import of a million rows writes thousands of these; compiling the
	// INSERT once rather than for each took a tenth off its save.
	insert, err := tx.PrepareContext(ctx, `INSERT INTO goal_breakdown (goal_id, history, period_key, dimension, value, amount, rows)
		VALUES (?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return wrapf(err, "save breakdown")
	}
	defer insert.Close()
	decimals := map[int64]int{}
	for _, d := range imp.Breakdown {
		key := strings.TrimSpace(d.PeriodKey)
		if !written[writtenPeriod{d.GoalID, d.History, key}] {
			return app.Errorf(app.EInvalid, app.MsgBreakdownUnwritten, "Period", key)
		}
		dec, err := cachedDecimals(ctx, tx, d.GoalID, decimals)
		if err != nil {
			return err
		}
		if d.Amount, err = app.RoundTo(d.Amount, dec); err != nil {
			return err
		}
		if _, err := insert.ExecContext(ctx, d.GoalID, d.History, key, d.Dimension, d.Value, d.Amount, d.Rows); err != nil {
			return wrapf(err, "save breakdown")
		}
	}
	return nil
}

// clearBreakdown deletes the breakdown of each period written.
func clearBreakdown(ctx context.Context, tx *tx, written map[writtenPeriod]bool) error {
	if len(written) == 0 {
		return nil
	}
	del, err := tx.PrepareContext(ctx, `DELETE FROM goal_breakdown WHERE goal_id = ? AND history = ? AND period_key = ?`)
	if err != nil {
		return wrapf(err, "clear breakdown")
	}
	defer del.Close()
	for p := range written {
		if _, err := del.ExecContext(ctx, p.goalID, p.history, p.key); err != nil {
			return wrapf(err, "clear breakdown")
		}
	}
	return nil
}
