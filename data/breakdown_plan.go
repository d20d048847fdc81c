package data

import (
	"context"
	"strings"

	"pacer/app"
)

func init() {
	Messages = append(Messages, app.MsgDimensionPlanBad, app.MsgDimensionPlanTwice)
}

// DimensionPlans are the goal's plans by dimension value, by period,
// dimension and value.
func (s *Store) DimensionPlans(ctx context.Context, goalID int64) ([]app.DimensionPlan, error) {
	tx, err := s.begin(ctx, false)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	plans, err := queryAll(ctx, tx, func(sc scanner) (app.DimensionPlan, error) {
		var p app.DimensionPlan
		return p, sc.Scan(&p.GoalID, &p.PeriodKey, &p.Dimension, &p.Value, &p.Amount)
	}, `SELECT goal_id, period_key, dimension, value, amount FROM goal_dimension_plans
		WHERE goal_id = ? ORDER BY period_key, dimension, value`, goalID)
	if err != nil {
		return nil, wrapf(err, "list plans by value")
	}
	return plans, nil
}

// SetDimensionPlans replaces the goal's plans by value of one period and
// dimension with plans (none clears them), all or nothing. Each amount is
// checked like any other of the goal: finite, no more digits than the
// goal keeps (EInvalid, never rounded away); a value planned twice is
// EInvalid, a missing goal ENotFound. The plans' own goal, period and
// dimension are those given.
func (s *Store) SetDimensionPlans(ctx context.Context, goalID int64, periodKey, dimension string, plans []app.DimensionPlan) error {
	periodKey, dimension = strings.TrimSpace(periodKey), strings.TrimSpace(dimension)
	if _, err := app.ParsePeriodKey(periodKey); err != nil || dimension == "" {
		return app.Errorf(app.EInvalid, app.MsgDimensionPlanBad)
	}
	tx, err := s.begin(ctx, true)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	decimals, err := goalDecimals(ctx, tx, goalID)
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM goal_dimension_plans WHERE goal_id = ? AND period_key = ? AND dimension = ?`,
		goalID, periodKey, dimension); err != nil {
		return wrapf(err, "clear plans by value")
	}
	seen := map[string]bool{}
	for _, p := range plans {
		if err := insertDimensionPlan(ctx, tx, app.DimensionPlan{GoalID: goalID, PeriodKey: periodKey,
			Dimension: dimension, Value: p.Value, Amount: p.Amount}, decimals, seen); err != nil {
			return err
		}
	}
	return tx.commit()
}

// insertDimensionPlan checks and writes one plan by value.
func insertDimensionPlan(ctx context.Context, tx *tx, p app.DimensionPlan, decimals int, seen map[string]bool) error {
	if err := p.Check(); err != nil {
		return err
	}
	if seen[p.Value] {
		return app.Errorf(app.EInvalid, app.MsgDimensionPlanTwice, "Value", p.Value)
	}
	seen[p.Value] = true
	amount, err := app.RoundTo(p.Amount, decimals)
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO goal_dimension_plans (goal_id, period_key, dimension, value, amount)
		VALUES (?, ?, ?, ?, ?)`, p.GoalID, p.PeriodKey, p.Dimension, p.Value, amount); err != nil {
		return wrapf(err, "save plan by value")
	}
	return nil
}
