package data

import (
	"context"
	"database/sql"
	"errors"
	"pacer/app"
	"strconv"
	"strings"
)

// CreateGoal validates g and stores it, setting its ID and timestamps and
// rounding its values to its decimals.
func (s *Store) CreateGoal(ctx context.Context, g *app.Goal) error {
	tx, err := s.begin(ctx, true)
	if err != nil {
		return err
	}
	defer tx.Rollback()

	v := *g
	if err := createGoal(ctx, tx, &v); err != nil {
		return err
	}
	if err := tx.commit(); err != nil {
		return err
	}
	*g = v
	return nil
}

// GoalByID returns the goal with the given ID, or ENotFound.
func (s *Store) GoalByID(ctx context.Context, id int64) (*app.Goal, error) {
	tx, err := s.begin(ctx, false)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	return findGoal(ctx, tx, id)
}

// ListGoals returns the goals that match f, oldest first.
func (s *Store) ListGoals(ctx context.Context, f app.GoalFilter) ([]app.Goal, error) {
	tx, err := s.begin(ctx, false)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	goals, _, err := s.readSetup(ctx, tx, f, false)
	return goals, err
}

func listGoals(ctx context.Context, tx *tx, f app.GoalFilter) ([]app.Goal, error) {
	where, args := []string{"1 = 1"}, []any{}
	if !f.IncludeArchived {
		where = append(where, "archived = 0")
	}
	if f.Perspective != "" {
		where, args = append(where, "perspective = ?"), append(args, f.Perspective)
	}
	if f.Owner != "" {
		where, args = append(where, "owner = ?"), append(args, f.Owner)
	}
	if f.Search != "" {
		where = append(where, "instr(lower(title || ' ' || description || ' ' || owner || ' ' || rationale), lower(?)) > 0")
		args = append(args, f.Search)
	}
	goals, err := queryAll(ctx, tx, scanGoal,
		`SELECT `+goalColumns+` FROM goals WHERE `+strings.Join(where, " AND ")+` ORDER BY id`, args...)
	if err != nil {
		return nil, wrapf(err, "list goals")
	}
	return goals, nil
}

// UpdateGoal validates g and replaces the stored goal with the same ID,
// setting UpdatedAt. Lowering Decimals is refused while any of the goal's
// values has more decimal places than the new setting; changing Cadence
// while the goal has check-ins is refused (see ChangeCadence).
func (s *Store) UpdateGoal(ctx context.Context, g *app.Goal) error {
	tx, err := s.begin(ctx, true)
	if err != nil {
		return err
	}
	defer tx.Rollback()

	v := *g
	if err := updateGoal(ctx, tx, &v, nil); err != nil {
		return err
	}
	if err := tx.commit(); err != nil {
		return err
	}
	*g = v
	return nil
}

// SetGoalArchived archives or restores a goal. Archived goals keep their
// records but are left out of ListGoals unless asked for.
func (s *Store) SetGoalArchived(ctx context.Context, id int64, archived bool) error {
	tx, err := s.begin(ctx, true)
	if err != nil {
		return err
	}
	defer tx.Rollback()

	res, err := tx.ExecContext(ctx, `UPDATE goals SET archived = ?, updated_at = ? WHERE id = ?`,
		archived, formatTime(tx.now), id)
	if err != nil {
		return wrapf(err, "archive goal")
	}
	if n, err := res.RowsAffected(); err != nil {
		return wrapf(err, "archive goal")
	} else if n == 0 {
		return app.Errorf(app.ENotFound, msgGoalNotFound)
	}
	return tx.commit()
}

// DeleteGoal deletes a goal with its plans, history, check-ins and reviews.
// Its sub-goals lose their parent; linked action plans stay, unlinked.
func (s *Store) DeleteGoal(ctx context.Context, id int64) error {
	tx, err := s.begin(ctx, true)
	if err != nil {
		return err
	}
	defer tx.Rollback()

	res, err := tx.ExecContext(ctx, `DELETE FROM goals WHERE id = ?`, id)
	if err != nil {
		return wrapf(err, "delete goal")
	}
	if n, err := res.RowsAffected(); err != nil {
		return wrapf(err, "delete goal")
	} else if n == 0 {
		return app.Errorf(app.ENotFound, msgGoalNotFound)
	}
	return tx.commit()
}

// GoalDependents counts the records that go with a goal when it is deleted,
// for the confirmation the user sees first.
func (s *Store) GoalDependents(ctx context.Context, id int64) (app.GoalDependents, error) {
	tx, err := s.begin(ctx, false)
	if err != nil {
		return app.GoalDependents{}, err
	}
	defer tx.Rollback()

	if _, err := findGoal(ctx, tx, id); err != nil {
		return app.GoalDependents{}, err
	}
	var d app.GoalDependents
	if err := tx.QueryRowContext(ctx, `
		SELECT
			(SELECT count(*) FROM checkins WHERE goal_id = ?1),
			(SELECT count(*) FROM history_values WHERE goal_id = ?1),
			(SELECT count(*) FROM plans WHERE goal_id = ?1),
			(SELECT count(*) FROM reviews WHERE goal_id = ?1),
			(SELECT count(*) FROM action_goals WHERE goal_id = ?1),
			(SELECT count(*) FROM goals WHERE parent_id = ?1)`, id,
	).Scan(&d.CheckIns, &d.History, &d.PlanRevisions, &d.Reviews, &d.ActionPlans, &d.Children); err != nil {
		return app.GoalDependents{}, wrapf(err, "count dependents")
	}
	return d, nil
}

const goalColumns = `id, title, description, perspective, owner, kind, unit, unit_label, decimals,
	aggregation, baseline, target, start_date, end_date, cadence, plan_by, parent_id, weight,
	rationale, archived, created_at, updated_at`

func scanGoal(sc scanner) (app.Goal, error) {
	var g app.Goal
	var baseline sql.NullFloat64
	var parent sql.NullInt64
	if err := sc.Scan(&g.ID, &g.Title, &g.Description, &g.Perspective, &g.Owner, &g.Kind, &g.Unit,
		&g.UnitLabel, &g.Decimals, &g.Aggregation, &baseline, &g.Target, dateCol{&g.Start}, dateCol{&g.End},
		&g.Cadence, &g.PlanBy, &parent, &g.Weight, &g.Rationale, &g.Archived,
		timeCol{&g.CreatedAt}, timeCol{&g.UpdatedAt}); err != nil {
		return app.Goal{}, err
	}
	if baseline.Valid {
		g.Baseline = &baseline.Float64
	}
	if parent.Valid {
		g.ParentID = &parent.Int64
	}
	return g, nil
}

// findGoal returns the goal with the given ID, or ENotFound.
func findGoal(ctx context.Context, tx *tx, id int64) (*app.Goal, error) {
	g, err := scanGoal(tx.QueryRowContext(ctx, `SELECT `+goalColumns+` FROM goals WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, app.Errorf(app.ENotFound, msgGoalNotFound)
	} else if err != nil {
		return nil, wrapf(err, "find goal %d", id)
	}
	return &g, nil
}

// goalDecimals returns the decimals of a goal, or ENotFound.
func goalDecimals(ctx context.Context, tx *tx, id int64) (int, error) {
	var d int
	err := tx.QueryRowContext(ctx, `SELECT decimals FROM goals WHERE id = ?`, id).Scan(&d)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, app.Errorf(app.ENotFound, msgGoalNotFound)
	}
	return d, wrapf(err, "find goal %d", id)
}

// validateGoal checks g's fields and rounds its values in place.
func validateGoal(g *app.Goal) error {
	g.Title = strings.TrimSpace(g.Title)
	if msg := goalFieldProblem(g); msg != "" {
		return app.Errorf(app.EInvalid, msg)
	}
	var err error
	if g.Baseline, err = app.RoundPtr(g.Baseline, g.Decimals); err != nil {
		return err
	}
	if g.Target, err = app.RoundTo(g.Target, g.Decimals); err != nil {
		return err
	}
	if g.Weight, err = app.RoundTo(g.Weight, app.WeightDecimals); err != nil {
		return err
	}
	if g.Weight < 0 || g.Weight > 1 {
		return app.Errorf(app.EInvalid, msgWeightRange)
	}
	return nil
}

// goalFieldProblem returns the message for the first invalid field of g
// other than its values, or "".
func goalFieldProblem(g *app.Goal) string {
	switch {
	case g.Title == "":
		return msgTitleRequired
	case !oneOf(g.Perspective, app.PerspectiveFinancial, app.PerspectiveCustomer, app.PerspectiveProcess, app.PerspectiveLearning):
		return msgPerspectiveInvalid
	case !oneOf(g.Kind, app.KindIncrease, app.KindDecrease, app.KindStayAbove, app.KindStayBelow, app.KindMilestone):
		return msgKindInvalid
	case !oneOf(g.Unit, app.UnitCurrency, app.UnitCount, app.UnitPercent, app.UnitCustom):
		return msgUnitInvalid
	case !oneOf(g.Aggregation, app.AggFlow, app.AggLevel):
		return msgAggregationInvalid
	case !validCadence(g.Cadence):
		return msgCadenceInvalid
	case !validCadence(g.PlanBy):
		return msgPlanByInvalid
	case g.Decimals < 0 || g.Decimals > app.MaxGoalDecimals:
		return app.MsgDecimalsRange
	case g.Start.IsZero() || g.End.IsZero():
		return msgDatesRequired
	case !g.End.After(g.Start.Time):
		return msgEndBeforeStart
	}
	return ""
}

func oneOf[T comparable](v T, allowed ...T) bool {
	for _, a := range allowed {
		if v == a {
			return true
		}
	}
	return false
}

func validCadence(c app.Cadence) bool {
	return oneOf(c, app.CadenceWeek, app.CadenceMonth, app.CadenceQuarter, app.CadenceHalf, app.CadenceYear)
}

// checkParent refuses a parent that is missing, the goal itself, or one of
// its descendants (which would make a loop).
func checkParent(ctx context.Context, tx *tx, id int64, parent *int64) error {
	if parent == nil {
		return nil
	}
	if id != 0 && *parent == id {
		return app.Errorf(app.EInvalid, msgParentSelf)
	}
	if ok, err := exists(ctx, tx, `SELECT 1 FROM goals WHERE id = ?`, *parent); err != nil {
		return wrapf(err, "find parent")
	} else if !ok {
		return app.Errorf(app.ENotFound, msgParentNotFound)
	}
	if id == 0 {
		return nil
	}
	loop, err := exists(ctx, tx, `
		WITH RECURSIVE up(id) AS (
			SELECT parent_id FROM goals WHERE id = ?1
			UNION
			SELECT g.parent_id FROM goals g JOIN up ON g.id = up.id
		)
		SELECT 1 FROM up WHERE id = ?2`, *parent, id)
	if err != nil {
		return wrapf(err, "check parent")
	} else if loop {
		return app.Errorf(app.EInvalid, msgParentCycle)
	}
	return nil
}

// createGoal inserts g, which must have no ID yet.
func createGoal(ctx context.Context, tx *tx, g *app.Goal) error {
	if err := validateGoal(g); err != nil {
		return err
	}
	if err := checkParent(ctx, tx, 0, g.ParentID); err != nil {
		return err
	}
	id, err := freeID(ctx, tx, "goals", "goal_id", `SELECT max(parent_id) FROM goals`)
	if err != nil {
		return err
	}
	g.CreatedAt, g.UpdatedAt = tx.now, tx.now
	_, err = tx.ExecContext(ctx, `
		INSERT INTO goals (id, title, description, perspective, owner, kind, unit, unit_label, decimals,
			aggregation, baseline, target, start_date, end_date, cadence, plan_by, parent_id, weight,
			rationale, archived, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		id, g.Title, g.Description, g.Perspective, g.Owner, g.Kind, g.Unit, g.UnitLabel, g.Decimals,
		g.Aggregation, g.Baseline, g.Target, g.Start.String(), g.End.String(), g.Cadence, g.PlanBy,
		g.ParentID, g.Weight, g.Rationale, g.Archived, formatTime(g.CreatedAt), formatTime(g.UpdatedAt))
	if err != nil {
		return wrapf(err, "insert goal")
	}
	g.ID = id
	return nil
}

// updateGoal replaces the stored goal g.ID with g; conv is the conversion
// of its check-ins the user agreed to when the cadence changes, or nil.
func updateGoal(ctx context.Context, tx *tx, g *app.Goal, conv *app.CadenceChange) error {
	old, err := findGoal(ctx, tx, g.ID)
	if err != nil {
		return err
	}
	if err := validateGoal(g); err != nil {
		return err
	}
	if err := checkParent(ctx, tx, g.ID, g.ParentID); err != nil {
		return err
	}
	if g.Decimals < old.Decimals {
		if err := checkStoredDecimals(ctx, tx, g.ID, g.Decimals); err != nil {
			return err
		}
	}
	if !g.Start.Equal(old.Start.Time) || !g.End.Equal(old.End.Time) {
		if err := checkCheckInsInside(ctx, tx, old, g); err != nil {
			return err
		}
	}
	if g.Kind == app.KindMilestone && old.Kind != app.KindMilestone {
		if err := checkMilestoneValues(ctx, tx, g.ID); err != nil {
			return err
		}
	}
	if err := convertCheckIns(ctx, tx, old, g, conv); err != nil {
		return err
	}
	g.CreatedAt, g.UpdatedAt = old.CreatedAt, tx.now
	if _, err := tx.ExecContext(ctx, `
		UPDATE goals SET title = ?, description = ?, perspective = ?, owner = ?, kind = ?, unit = ?,
			unit_label = ?, decimals = ?, aggregation = ?, baseline = ?, target = ?, start_date = ?,
			end_date = ?, cadence = ?, plan_by = ?, parent_id = ?, weight = ?, rationale = ?,
			archived = ?, updated_at = ?
		WHERE id = ?`,
		g.Title, g.Description, g.Perspective, g.Owner, g.Kind, g.Unit, g.UnitLabel, g.Decimals,
		g.Aggregation, g.Baseline, g.Target, g.Start.String(), g.End.String(), g.Cadence, g.PlanBy,
		g.ParentID, g.Weight, g.Rationale, g.Archived, formatTime(g.UpdatedAt), g.ID); err != nil {
		return wrapf(err, "update goal")
	}
	return nil
}

// checkMilestoneValues refuses to make goal id a milestone while a
// check-in of it is neither 1 (done) nor 0 (not done): the milestone
// would count a 7 as done without anyone having said so, and the form
// could not show it.
func checkMilestoneValues(ctx context.Context, tx *tx, id int64) error {
	var key string
	var v float64
	err := tx.queryRow(ctx, `SELECT period_key, value FROM checkins
		WHERE goal_id = ? AND value NOT IN (0, 1) ORDER BY period_key LIMIT 1`, id).Scan(&key, &v)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return nil
	case err != nil:
		return wrapf(err, "read goal check-ins")
	}
	return app.Errorf(app.EInvalid, msgNotMilestone, "Period", key, "Value", strconv.FormatFloat(v, 'f', -1, 64))
}

// checkStoredDecimals refuses fewer decimals than a stored value of the goal
// needs: showing it with fewer would round it without the user knowing.
func checkStoredDecimals(ctx context.Context, tx *tx, id int64, decimals int) error {
	values, err := queryAll(ctx, tx, func(sc scanner) (float64, error) {
		var v float64
		return v, sc.Scan(&v)
	}, `
		SELECT value FROM checkins WHERE goal_id = ?1
		UNION ALL SELECT value FROM history_values WHERE goal_id = ?1
		UNION ALL SELECT target FROM plans WHERE goal_id = ?1
		UNION ALL SELECT target FROM plan_periods WHERE goal_id = ?1
		UNION ALL SELECT floor FROM plan_periods WHERE goal_id = ?1 AND floor IS NOT NULL`, id)
	if err != nil {
		return wrapf(err, "read goal values")
	}
	for _, v := range values {
		if _, err := app.RoundTo(v, decimals); err != nil {
			return app.Errorf(app.EInvalid, decimalsLoweredMessage(decimals), "Decimals", decimals)
		}
	}
	return nil
}

// decimalsLoweredMessage refuses fewer decimal places than the goal's
// values hold, in words that suit the count.
func decimalsLoweredMessage(decimals int) string {
	switch decimals {
	case 0:
		return msgDecimalsNone
	case 1:
		return msgDecimalsOne
	}
	return msgDecimalsLowered
}
