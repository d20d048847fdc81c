package data

import (
	"context"
	"database/sql"
	"errors"
	"pacer/app"
	"slices"
	"strings"
)

// CreateActionPlan validates a and stores it with its goal links and
// measures, setting its IDs and timestamps.
func (s *Store) CreateActionPlan(ctx context.Context, a *app.ActionPlan) error {
	tx, err := s.begin(ctx, true)
	if err != nil {
		return err
	}
	defer tx.Rollback()

	v := *a
	if err := validateAction(ctx, tx, &v); err != nil {
		return err
	}
	v.CreatedAt, v.UpdatedAt = tx.now, tx.now
	if v.ID, err = freeID(ctx, tx, "action_plans", "action_id"); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `
		INSERT INTO action_plans (id, problem, cause, strategy, owner, start_date, due_date, status,
			followup, review_id, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		v.ID, v.Problem, v.Cause, v.Strategy, v.Owner, dateArg(v.Start), dateArg(v.Due), v.Status,
		v.FollowUp, v.ReviewID, formatTime(v.CreatedAt), formatTime(v.UpdatedAt)); err != nil {
		return wrapf(err, "insert action plan")
	}
	if err := saveActionChildren(ctx, tx, &v); err != nil {
		return err
	}
	if err := tx.commit(); err != nil {
		return err
	}
	*a = v
	return nil
}

// UpdateActionPlan replaces the stored action plan a.ID with a, including
// its goal links and its measures (kept by ID as in SaveReview).
func (s *Store) UpdateActionPlan(ctx context.Context, a *app.ActionPlan) error {
	tx, err := s.begin(ctx, true)
	if err != nil {
		return err
	}
	defer tx.Rollback()

	old, err := findAction(ctx, tx, a.ID)
	if err != nil {
		return err
	}
	v := *a
	if err := validateAction(ctx, tx, &v); err != nil {
		return err
	}
	v.CreatedAt, v.UpdatedAt = old.CreatedAt, tx.now
	if _, err := tx.ExecContext(ctx, `
		UPDATE action_plans SET problem = ?, cause = ?, strategy = ?, owner = ?, start_date = ?,
			due_date = ?, status = ?, followup = ?, review_id = ?, updated_at = ?
		WHERE id = ?`,
		v.Problem, v.Cause, v.Strategy, v.Owner, dateArg(v.Start), dateArg(v.Due), v.Status,
		v.FollowUp, v.ReviewID, formatTime(v.UpdatedAt), v.ID); err != nil {
		return wrapf(err, "update action plan")
	}
	if err := saveActionChildren(ctx, tx, &v); err != nil {
		return err
	}
	if err := tx.commit(); err != nil {
		return err
	}
	*a = v
	return nil
}

// ActionPlanByID returns an action plan with its goal IDs and measures, or ENotFound.
func (s *Store) ActionPlanByID(ctx context.Context, id int64) (*app.ActionPlan, error) {
	tx, err := s.begin(ctx, false)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	return findAction(ctx, tx, id)
}

// ListActionPlans returns the action plans that match f, oldest first,
// with their goal IDs and measures.
func (s *Store) ListActionPlans(ctx context.Context, f app.ActionFilter) ([]app.ActionPlan, error) {
	tx, err := s.begin(ctx, false)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()

	where, args := []string{"1 = 1"}, []any{}
	if f.Status != "" {
		where, args = append(where, "status = ?"), append(args, f.Status)
	}
	if f.Owner != "" {
		where, args = append(where, "owner = ?"), append(args, f.Owner)
	}
	if f.GoalID != 0 {
		where = append(where, "id IN (SELECT action_id FROM action_goals WHERE goal_id = ?)")
		args = append(args, f.GoalID)
	}
	as, err := queryAll(ctx, tx, scanAction,
		`SELECT `+actionColumns+` FROM action_plans WHERE `+strings.Join(where, " AND ")+` ORDER BY id`, args...)
	if err != nil {
		return nil, wrapf(err, "list action plans")
	}
	for i := range as {
		if err := attachActionChildren(ctx, tx, &as[i]); err != nil {
			return nil, err
		}
	}
	return as, nil
}

// DeleteActionPlan deletes an action plan with its goal links, measures
// and follow-ups.
func (s *Store) DeleteActionPlan(ctx context.Context, id int64) error {
	tx, err := s.begin(ctx, true)
	if err != nil {
		return err
	}
	defer tx.Rollback()

	res, err := tx.ExecContext(ctx, `DELETE FROM action_plans WHERE id = ?`, id)
	if err != nil {
		return wrapf(err, "delete action plan")
	}
	if n, err := res.RowsAffected(); err != nil {
		return wrapf(err, "delete action plan")
	} else if n == 0 {
		return app.Errorf(app.ENotFound, msgActionNotFound)
	}
	return tx.commit()
}

// SetMeasureDone ticks or unticks a measure of an action plan.
func (s *Store) SetMeasureDone(ctx context.Context, measureID int64, done bool) error {
	tx, err := s.begin(ctx, true)
	if err != nil {
		return err
	}
	defer tx.Rollback()

	var actionID int64
	err = tx.QueryRowContext(ctx, `UPDATE action_measures SET done = ? WHERE id = ? RETURNING action_id`,
		done, measureID).Scan(&actionID)
	if errors.Is(err, sql.ErrNoRows) {
		return app.Errorf(app.ENotFound, msgMeasureNotFound)
	} else if err != nil {
		return wrapf(err, "update measure")
	}
	if _, err := tx.ExecContext(ctx, `UPDATE action_plans SET updated_at = ? WHERE id = ?`,
		formatTime(tx.now), actionID); err != nil {
		return wrapf(err, "touch action plan")
	}
	return tx.commit()
}

// AddFollowUp records a follow-up note on an action plan, setting its ID
// and CreatedAt.
func (s *Store) AddFollowUp(ctx context.Context, f *app.FollowUp) error {
	tx, err := s.begin(ctx, true)
	if err != nil {
		return err
	}
	defer tx.Rollback()

	if _, err := findAction(ctx, tx, f.ActionID); err != nil {
		return err
	}
	if f.Date.IsZero() {
		return app.Errorf(app.EInvalid, msgFollowUpDateNeeded)
	}
	v := *f
	v.CreatedAt = tx.now
	res, err := tx.ExecContext(ctx, `INSERT INTO followups (action_id, date, note, created_at) VALUES (?, ?, ?, ?)`,
		v.ActionID, v.Date.String(), v.Note, formatTime(v.CreatedAt))
	if err != nil {
		return wrapf(err, "insert follow-up")
	}
	if v.ID, err = res.LastInsertId(); err != nil {
		return wrapf(err, "insert follow-up")
	}
	if err := tx.commit(); err != nil {
		return err
	}
	*f = v
	return nil
}

// FollowUps returns the follow-ups of an action plan by date.
func (s *Store) FollowUps(ctx context.Context, actionID int64) ([]app.FollowUp, error) {
	tx, err := s.begin(ctx, false)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()

	fs, err := queryAll(ctx, tx, func(sc scanner) (app.FollowUp, error) {
		var f app.FollowUp
		return f, sc.Scan(&f.ID, &f.ActionID, dateCol{&f.Date}, &f.Note, timeCol{&f.CreatedAt})
	}, `SELECT id, action_id, date, note, created_at FROM followups WHERE action_id = ? ORDER BY date, id`, actionID)
	return fs, wrapf(err, "list follow-ups")
}

const actionColumns = `id, problem, cause, strategy, owner, start_date, due_date, status, followup,
	review_id, created_at, updated_at`

func scanAction(sc scanner) (app.ActionPlan, error) {
	var a app.ActionPlan
	var review sql.NullInt64
	if err := sc.Scan(&a.ID, &a.Problem, &a.Cause, &a.Strategy, &a.Owner, dateCol{&a.Start}, dateCol{&a.Due},
		&a.Status, &a.FollowUp, &review, timeCol{&a.CreatedAt}, timeCol{&a.UpdatedAt}); err != nil {
		return app.ActionPlan{}, err
	}
	if review.Valid {
		a.ReviewID = &review.Int64
	}
	return a, nil
}

// findAction returns an action plan with its goal IDs and measures, or ENotFound.
func findAction(ctx context.Context, tx *tx, id int64) (*app.ActionPlan, error) {
	a, err := scanAction(tx.QueryRowContext(ctx, `SELECT `+actionColumns+` FROM action_plans WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, app.Errorf(app.ENotFound, msgActionNotFound)
	} else if err != nil {
		return nil, wrapf(err, "find action plan")
	}
	if err := attachActionChildren(ctx, tx, &a); err != nil {
		return nil, err
	}
	return &a, nil
}

func attachActionChildren(ctx context.Context, tx *tx, a *app.ActionPlan) error {
	var err error
	a.GoalIDs, err = queryAll(ctx, tx, func(sc scanner) (int64, error) {
		var id int64
		return id, sc.Scan(&id)
	}, `SELECT goal_id FROM action_goals WHERE action_id = ? ORDER BY goal_id`, a.ID)
	if err != nil {
		return wrapf(err, "list action goals")
	}
	a.Measures, err = listMeasures(ctx, tx, actionMeasures, a.ID)
	return err
}

// validateAction checks an action plan and the records it refers to, and
// sorts and de-duplicates its goal IDs.
func validateAction(ctx context.Context, tx *tx, a *app.ActionPlan) error {
	a.Problem = strings.TrimSpace(a.Problem)
	switch {
	case a.Problem == "":
		return app.Errorf(app.EInvalid, msgProblemRequired)
	case !oneOf(a.Status, app.ActionPlanned, app.ActionInProgress, app.ActionDone, app.ActionDropped):
		return app.Errorf(app.EInvalid, msgStatusInvalid)
	case a.FollowUp != "" && !validCadence(a.FollowUp):
		return app.Errorf(app.EInvalid, msgFollowUpInvalid)
	case !a.Start.IsZero() && !a.Due.IsZero() && a.Due.Before(a.Start.Time):
		return app.Errorf(app.EInvalid, msgDueBeforeStart)
	}
	ids := slices.Clone(a.GoalIDs)
	slices.Sort(ids)
	a.GoalIDs = slices.Compact(ids)
	if len(a.GoalIDs) == 0 {
		a.GoalIDs = nil
	}
	for _, id := range a.GoalIDs {
		if _, err := goalDecimals(ctx, tx, id); err != nil {
			return err
		}
	}
	if a.ReviewID != nil {
		if ok, err := exists(ctx, tx, `SELECT 1 FROM reviews WHERE id = ?`, *a.ReviewID); err != nil {
			return wrapf(err, "find review")
		} else if !ok {
			return app.Errorf(app.ENotFound, msgReviewNotFound)
		}
	}
	return keepKnownSources(ctx, tx, a)
}

// saveActionChildren replaces the goal links and measures of a stored action plan.
func saveActionChildren(ctx context.Context, tx *tx, a *app.ActionPlan) error {
	if _, err := tx.ExecContext(ctx, `DELETE FROM action_goals WHERE action_id = ?`, a.ID); err != nil {
		return wrapf(err, "clear action goals")
	}
	for _, id := range a.GoalIDs {
		if _, err := tx.ExecContext(ctx, `INSERT INTO action_goals (action_id, goal_id) VALUES (?, ?)`, a.ID, id); err != nil {
			return wrapf(err, "link goal")
		}
	}
	var err error
	a.Measures, err = syncMeasures(ctx, tx, actionMeasures, a.ID, a.Measures)
	return err
}
