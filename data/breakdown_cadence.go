package data

import (
	"context"
	"math"
	"sort"

	"pacer/app"
)

// rollUpBreakdown moves the breakdown of the check-in periods a cadence
// change rolls into r.Period (r.From, months into their quarter) onto that
// period, each value's amounts and rows added up in units of the goal's
// last decimal: without it the quarter's value would have no breakdown
// and read as "Other (unsplit)" whole.
func rollUpBreakdown(ctx context.Context, tx *tx, goalID int64, r app.CheckInRollup) error {
	dec, err := cachedDecimals(ctx, tx, goalID, map[int64]int{})
	if err != nil {
		return err
	}
	type key struct{ dimension, value string }
	type sum struct {
		units int64
		rows  int
	}
	sums := map[key]*sum{}
	scale := math.Pow10(dec)
	for _, k := range append(r.From, r.Period) {
		ds, err := queryAll(ctx, tx, func(sc scanner) (app.DimensionValue, error) {
			var d app.DimensionValue
			return d, sc.Scan(&d.Dimension, &d.Value, &d.Amount, &d.Rows)
		}, `SELECT dimension, value, amount, rows FROM goal_breakdown WHERE goal_id = ? AND history = 0 AND period_key = ?`, goalID, k)
		if err != nil {
			return wrapf(err, "read breakdown %s", k)
		}
		for _, d := range ds {
			s := sums[key{d.Dimension, d.Value}]
			if s == nil {
				s = &sum{}
				sums[key{d.Dimension, d.Value}] = s
			}
			s.units += int64(math.Round(d.Amount * scale))
			s.rows += d.Rows
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM goal_breakdown WHERE goal_id = ? AND history = 0 AND period_key = ?`, goalID, k); err != nil {
			return wrapf(err, "clear breakdown %s", k)
		}
	}
	keys := make([]key, 0, len(sums))
	for k := range sums {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		return keys[i].dimension < keys[j].dimension || keys[i].dimension == keys[j].dimension && keys[i].value < keys[j].value
	})
	for _, k := range keys {
		s := sums[k]
		if _, err := tx.ExecContext(ctx, `INSERT INTO goal_breakdown (goal_id, history, period_key, dimension, value, amount, rows)
			VALUES (?, 0, ?, ?, ?, ?, ?)`, goalID, r.Period, k.dimension, k.value, float64(s.units)/scale, s.rows); err != nil {
			return wrapf(err, "save breakdown %s", r.Period)
		}
	}
	return rollUpDimensionPlans(ctx, tx, goalID, r, scale)
}

// rollUpDimensionPlans turns the plans by value of the months a cadence
// change rolls into r.Period into one plan for that period, for each value
// planned in every one of them (added up in units of scale): the goal
// detail and the review then read the quarter's plan by value. A value
// planned for some of the months only keeps those plans, which no
// quarter reads.
func rollUpDimensionPlans(ctx context.Context, tx *tx, goalID int64, r app.CheckInRollup, scale float64) error {
	months := append(append([]string{}, r.From...), r.Missing...)
	type key struct{ dimension, value string }
	type sum struct {
		units int64
		n     int
	}
	sums := map[key]*sum{}
	var order []key
	for _, k := range months {
		plans, err := queryAll(ctx, tx, func(sc scanner) (app.DimensionPlan, error) {
			var p app.DimensionPlan
			return p, sc.Scan(&p.Dimension, &p.Value, &p.Amount)
		}, `SELECT dimension, value, amount FROM goal_dimension_plans WHERE goal_id = ? AND period_key = ?`, goalID, k)
		if err != nil {
			return wrapf(err, "read plans by value %s", k)
		}
		for _, p := range plans {
			s := sums[key{p.Dimension, p.Value}]
			if s == nil {
				s = &sum{}
				sums[key{p.Dimension, p.Value}] = s
				order = append(order, key{p.Dimension, p.Value})
			}
			s.units += int64(math.Round(p.Amount * scale))
			s.n++
		}
	}
	for _, k := range order {
		s := sums[k]
		if s.n != len(months) {
			continue
		}
		for _, m := range months {
			if _, err := tx.ExecContext(ctx, `DELETE FROM goal_dimension_plans WHERE goal_id = ? AND period_key = ? AND dimension = ? AND value = ?`,
				goalID, m, k.dimension, k.value); err != nil {
				return wrapf(err, "clear plan by value %s", m)
			}
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO goal_dimension_plans (goal_id, period_key, dimension, value, amount)
			VALUES (?, ?, ?, ?, ?) ON CONFLICT (goal_id, period_key, dimension, value) DO UPDATE SET amount = excluded.amount`,
			goalID, r.Period, k.dimension, k.value, float64(s.units)/scale); err != nil {
			return wrapf(err, "save plan by value %s", r.Period)
		}
	}
	return nil
}

// dropCheckInBreakdown deletes the breakdown of check-in id's period along
// with the check-in: typed again by hand, the period is typed by hand
// only, not the deleted import's values again.
func dropCheckInBreakdown(ctx context.Context, tx *tx, id int64) error {
	_, err := tx.ExecContext(ctx, `DELETE FROM goal_breakdown WHERE history = 0
		AND (goal_id, period_key) IN (SELECT goal_id, period_key FROM checkins WHERE id = ?)`, id)
	return wrapf(err, "delete check-in's breakdown")
}
