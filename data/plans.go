package data

import (
	"context"
	"database/sql"
	"errors"
	"pacer/app"
	"sort"
	"strings"
)

// SaveGoalSetup saves a goal with its plan and history in one transaction:
// on any error nothing is written. A new plan revision is added only when
// Plan or the goal's target differs from the current revision (the note
// alone does not count), so earlier plans stay on record; a goal without a
// plan gets none from an empty Plan. History replaces all of the goal's history values.
// On success the goal's ID, timestamps and rounded values are set.
func (s *Store) SaveGoalSetup(ctx context.Context, setup app.GoalSetup) error {
	if setup.Goal == nil {
		return errors.New("save goal setup: no goal")
	}
	tx, err := s.begin(ctx, true)
	if err != nil {
		return err
	}
	defer tx.Rollback()

	g := *setup.Goal
	if g.ID == 0 {
		err = createGoal(ctx, tx, &g)
	} else {
		err = updateGoal(ctx, tx, &g, setup.CadenceChange)
	}
	if err != nil {
		return err
	}
	p := app.Plan{GoalID: g.ID, Note: setup.PlanNote, Target: g.Target, Periods: setup.Plan}
	if err := normalizePlan(&p, g.Decimals); err != nil {
		return err
	}
	cur, err := currentPlan(ctx, tx, g.ID)
	if err != nil {
		return err
	}
	if !samePlan(cur, p) && (cur.Revision > 0 || len(p.Periods) > 0) {
		if err := insertPlan(ctx, tx, &p); err != nil {
			return err
		}
	}
	if err := setHistory(ctx, tx, g.ID, g.Decimals, setup.History); err != nil {
		return err
	}
	if err := tx.commit(); err != nil {
		return err
	}
	*setup.Goal = g
	return nil
}

// CurrentPlan returns the latest plan revision of a goal, or a Plan with
// Revision 0 and no periods when it has none. A missing goal is ENotFound.
func (s *Store) CurrentPlan(ctx context.Context, goalID int64) (app.Plan, error) {
	tx, err := s.begin(ctx, false)
	if err != nil {
		return app.Plan{}, err
	}
	defer tx.Rollback()

	if _, err := goalDecimals(ctx, tx, goalID); err != nil {
		return app.Plan{}, err
	}
	return currentPlan(ctx, tx, goalID)
}

// PlanRevisions returns every plan revision of a goal, oldest first.
func (s *Store) PlanRevisions(ctx context.Context, goalID int64) ([]app.Plan, error) {
	tx, err := s.begin(ctx, false)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()

	plans, err := queryAll(ctx, tx, scanPlan,
		`SELECT goal_id, revision, note, target, created_at FROM plans WHERE goal_id = ? ORDER BY revision`, goalID)
	if err != nil {
		return nil, wrapf(err, "list plans")
	}
	for i := range plans {
		if plans[i].Periods, err = planPeriods(ctx, tx, goalID, plans[i].Revision); err != nil {
			return nil, err
		}
	}
	return plans, nil
}

// AddPlanRevision records p as the goal's newest plan, whether or not it
// differs from the current one, setting its Revision and CreatedAt.
// Periods are stored in period order with values rounded to the goal's
// decimals.
func (s *Store) AddPlanRevision(ctx context.Context, p *app.Plan) error {
	tx, err := s.begin(ctx, true)
	if err != nil {
		return err
	}
	defer tx.Rollback()

	decimals, err := goalDecimals(ctx, tx, p.GoalID)
	if err != nil {
		return err
	}
	v := *p
	if err := normalizePlan(&v, decimals); err != nil {
		return err
	}
	if err := insertPlan(ctx, tx, &v); err != nil {
		return err
	}
	if err := tx.commit(); err != nil {
		return err
	}
	*p = v
	return nil
}

// SetHistory replaces all history values of a goal with values.
func (s *Store) SetHistory(ctx context.Context, goalID int64, values []app.HistoryValue) error {
	tx, err := s.begin(ctx, true)
	if err != nil {
		return err
	}
	defer tx.Rollback()

	decimals, err := goalDecimals(ctx, tx, goalID)
	if err != nil {
		return err
	}
	if err := setHistory(ctx, tx, goalID, decimals, values); err != nil {
		return err
	}
	return tx.commit()
}

// History returns a goal's history values in period order.
func (s *Store) History(ctx context.Context, goalID int64) ([]app.HistoryValue, error) {
	values, err := s.Histories(ctx, []int64{goalID})
	return values[goalID], err
}

// Histories returns the history values of each of the goals ids, as
// History does for one, read in one transaction: the goal list reads
// every goal's, and one read a goal took 2,000 transactions at 2,000 goals.
// A goal without history is missing from the map.
func (s *Store) Histories(ctx context.Context, ids []int64) (map[int64][]app.HistoryValue, error) {
	return goalValuesOf(ctx, s, "history_values", "list histories", ids, func(id int64, key string, v float64) app.HistoryValue {
		return app.HistoryValue{GoalID: id, PeriodKey: key, Value: v}
	})
}

func scanPlan(sc scanner) (app.Plan, error) {
	var p app.Plan
	return p, sc.Scan(&p.GoalID, &p.Revision, &p.Note, &p.Target, timeCol{&p.CreatedAt})
}

// currentPlan returns the latest revision, or Plan{GoalID: goalID}.
func currentPlan(ctx context.Context, tx *tx, goalID int64) (app.Plan, error) {
	p, err := scanPlan(tx.QueryRowContext(ctx, `
		SELECT goal_id, revision, note, target, created_at FROM plans
		WHERE goal_id = ? ORDER BY revision DESC LIMIT 1`, goalID))
	if errors.Is(err, sql.ErrNoRows) {
		return app.Plan{GoalID: goalID}, nil
	} else if err != nil {
		return app.Plan{}, wrapf(err, "find plan")
	}
	if p.Periods, err = planPeriods(ctx, tx, goalID, p.Revision); err != nil {
		return app.Plan{}, err
	}
	return p, nil
}

func planPeriods(ctx context.Context, tx *tx, goalID int64, revision int) ([]app.PeriodTarget, error) {
	periods, err := queryAll(ctx, tx, func(sc scanner) (app.PeriodTarget, error) {
		var pt app.PeriodTarget
		var floor sql.NullFloat64
		err := sc.Scan(&pt.PeriodKey, &pt.Target, &floor)
		if floor.Valid {
			pt.Floor = &floor.Float64
		}
		return pt, err
	}, `SELECT period_key, target, floor FROM plan_periods
		WHERE goal_id = ? AND revision = ? ORDER BY period_key`, goalID, revision)
	return periods, wrapf(err, "list plan periods")
}

// normalizePlan checks a plan's periods and rounds its values, giving it a
// sorted copy of the periods so the caller's slice is left alone.
func normalizePlan(p *app.Plan, decimals int) error {
	var err error
	if p.Target, err = app.RoundTo(p.Target, decimals); err != nil {
		return err
	}
	if len(p.Periods) == 0 {
		p.Periods = nil
		return nil
	}
	periods := make([]app.PeriodTarget, len(p.Periods))
	seen := make(map[string]bool, len(periods))
	for i, pt := range p.Periods {
		if pt.PeriodKey, err = periodKey(pt.PeriodKey, seen); err != nil {
			return err
		}
		if pt.Target, err = app.RoundTo(pt.Target, decimals); err != nil {
			return err
		}
		if pt.Floor, err = app.RoundPtr(pt.Floor, decimals); err != nil {
			return err
		}
		periods[i] = pt
	}
	sort.Slice(periods, func(i, j int) bool { return periods[i].PeriodKey < periods[j].PeriodKey })
	p.Periods = periods
	return nil
}

// periodKey trims a period key and refuses an empty one, or one already in seen.
func periodKey(key string, seen map[string]bool) (string, error) {
	key = strings.TrimSpace(key)
	if key == "" {
		return "", app.Errorf(app.EInvalid, msgPeriodRequired)
	}
	if seen[key] {
		return "", app.Errorf(app.EInvalid, msgPeriodDuplicate, "Period", key)
	}
	seen[key] = true
	return key, nil
}

// samePlan reports whether two normalized plans split the same target the same way.
func samePlan(a, b app.Plan) bool {
	if a.Target != b.Target || len(a.Periods) != len(b.Periods) {
		return false
	}
	for i, x := range a.Periods {
		y := b.Periods[i]
		if x.PeriodKey != y.PeriodKey || x.Target != y.Target || (x.Floor == nil) != (y.Floor == nil) ||
			(x.Floor != nil && *x.Floor != *y.Floor) {
			return false
		}
	}
	return true
}

// insertPlan stores a normalized plan as the next revision.
func insertPlan(ctx context.Context, tx *tx, p *app.Plan) error {
	if err := tx.QueryRowContext(ctx,
		`SELECT coalesce(max(revision), 0) + 1 FROM plans WHERE goal_id = ?`, p.GoalID).Scan(&p.Revision); err != nil {
		return wrapf(err, "next plan revision")
	}
	p.CreatedAt = tx.now
	if _, err := tx.ExecContext(ctx,
		`INSERT INTO plans (goal_id, revision, note, target, created_at) VALUES (?, ?, ?, ?, ?)`,
		p.GoalID, p.Revision, p.Note, p.Target, formatTime(p.CreatedAt)); err != nil {
		return wrapf(err, "insert plan")
	}
	for _, pt := range p.Periods {
		if _, err := tx.ExecContext(ctx,
			`INSERT INTO plan_periods (goal_id, revision, period_key, target, floor) VALUES (?, ?, ?, ?, ?)`,
			p.GoalID, p.Revision, pt.PeriodKey, pt.Target, pt.Floor); err != nil {
			return wrapf(err, "insert plan period")
		}
	}
	return nil
}

// setHistory replaces a goal's history values.
func setHistory(ctx context.Context, tx *tx, goalID int64, decimals int, values []app.HistoryValue) error {
	seen := make(map[string]bool, len(values))
	rows := make([]app.HistoryValue, len(values))
	for i, h := range values {
		var err error
		if h.PeriodKey, err = periodKey(h.PeriodKey, seen); err != nil {
			return err
		}
		if h.Value, err = app.RoundTo(h.Value, decimals); err != nil {
			return err
		}
		h.GoalID = goalID
		rows[i] = h
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM history_values WHERE goal_id = ?`, goalID); err != nil {
		return wrapf(err, "clear history")
	}
	for _, h := range rows {
		if _, err := tx.ExecContext(ctx,
			`INSERT INTO history_values (goal_id, period_key, value) VALUES (?, ?, ?)`,
			h.GoalID, h.PeriodKey, h.Value); err != nil {
			return wrapf(err, "insert history")
		}
	}
	return nil
}
