package data

import (
	"context"
	"database/sql"
	"errors"
	"pacer/app"
	"strings"
)

// SaveReview stores the review of a goal for a period, with its measures.
// With ID 0 it creates the review, or replaces the one the goal already has
// for that period; with an ID it updates that review, and moving it onto a
// period that already has one is EConflict. Measures are replaced by
// r.Measures: those with an ID of this review are updated and keep it, the
// rest are added, and stored ones not listed are deleted. On success r's
// IDs and timestamps are set.
func (s *Store) SaveReview(ctx context.Context, r *app.Review) error {
	return s.SaveReviewTickingSteps(ctx, r, nil)
}

// ReviewByID returns a review with its measures, or ENotFound.
func (s *Store) ReviewByID(ctx context.Context, id int64) (*app.Review, error) {
	tx, err := s.begin(ctx, false)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	return findReview(ctx, tx, `id = ?`, id)
}

// ReviewByPeriod returns a goal's review of a period, or ENotFound.
func (s *Store) ReviewByPeriod(ctx context.Context, goalID int64, key string) (*app.Review, error) {
	tx, err := s.begin(ctx, false)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	return findReview(ctx, tx, `goal_id = ? AND period_key = ?`, goalID, strings.TrimSpace(key))
}

// Reviews returns a goal's reviews with their measures, in period order.
func (s *Store) Reviews(ctx context.Context, goalID int64) ([]app.Review, error) {
	tx, err := s.begin(ctx, false)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()

	rs, err := queryAll(ctx, tx, scanReview,
		`SELECT `+reviewColumns+` FROM reviews WHERE goal_id = ? ORDER BY period_key`, goalID)
	if err != nil {
		return nil, wrapf(err, "list reviews")
	}
	for i := range rs {
		if rs[i].Measures, err = listMeasures(ctx, tx, reviewMeasures, rs[i].ID); err != nil {
			return nil, err
		}
		if err := attachMeasurePlans(ctx, tx, rs[i].ID, rs[i].Measures); err != nil {
			return nil, err
		}
	}
	return rs, nil
}

// DeleteReview deletes a review and its measures; action plans made from
// it stay, without the link.
func (s *Store) DeleteReview(ctx context.Context, id int64) error {
	tx, err := s.begin(ctx, true)
	if err != nil {
		return err
	}
	defer tx.Rollback()

	res, err := tx.ExecContext(ctx, `DELETE FROM reviews WHERE id = ?`, id)
	if err != nil {
		return wrapf(err, "delete review")
	}
	if n, err := res.RowsAffected(); err != nil {
		return wrapf(err, "delete review")
	} else if n == 0 {
		return app.Errorf(app.ENotFound, msgReviewNotFound)
	}
	return tx.commit()
}

const reviewColumns = `id, goal_id, period_key, cause_category, cause_text, team_feedback, created_at, updated_at, author`

func scanReview(sc scanner) (app.Review, error) {
	var r app.Review
	return r, sc.Scan(&r.ID, &r.GoalID, &r.PeriodKey, &r.CauseCategory, &r.CauseText, &r.TeamFeedback,
		timeCol{&r.CreatedAt}, timeCol{&r.UpdatedAt}, &r.Author)
}

// findReview returns the review matching where with its measures, or ENotFound.
func findReview(ctx context.Context, tx *tx, where string, args ...any) (*app.Review, error) {
	r, err := scanReview(tx.QueryRowContext(ctx, `SELECT `+reviewColumns+` FROM reviews WHERE `+where, args...))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, app.Errorf(app.ENotFound, msgReviewNotFound)
	} else if err != nil {
		return nil, wrapf(err, "find review")
	}
	if r.Measures, err = listMeasures(ctx, tx, reviewMeasures, r.ID); err != nil {
		return nil, err
	}
	if err := attachMeasurePlans(ctx, tx, r.ID, r.Measures); err != nil {
		return nil, err
	}
	return &r, nil
}

// saveReview writes r as described at SaveReview.
func saveReview(ctx context.Context, tx *tx, r *app.Review) error {
	old, err := reviewToReplace(ctx, tx, r)
	if err != nil {
		return err
	}
	r.UpdatedAt = tx.now
	if old == nil {
		r.CreatedAt = tx.now
		id, err := freeID(ctx, tx, "reviews", "review_id")
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `
			INSERT INTO reviews (id, goal_id, period_key, cause_category, cause_text, team_feedback, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, id, r.GoalID, r.PeriodKey, r.CauseCategory, r.CauseText, r.TeamFeedback,
			formatTime(r.CreatedAt), formatTime(r.UpdatedAt)); err != nil {
			return wrapf(err, "insert review")
		}
		r.ID = id
	} else {
		r.ID, r.CreatedAt = old.ID, old.CreatedAt
		if _, err := tx.ExecContext(ctx, `
			UPDATE reviews SET period_key = ?, cause_category = ?, cause_text = ?, team_feedback = ?, updated_at = ?
			WHERE id = ?`, r.PeriodKey, r.CauseCategory, r.CauseText, r.TeamFeedback,
			formatTime(r.UpdatedAt), r.ID); err != nil {
			return wrapf(err, "update review")
		}
	}
	if r.Measures, err = syncMeasures(ctx, tx, reviewMeasures, r.ID, r.Measures); err != nil {
		return err
	}
	return attachMeasurePlans(ctx, tx, r.ID, r.Measures)
}

// reviewToReplace checks r and returns the stored review it replaces: the
// one with its ID, or else the goal's review of the same period; nil when
// r is new.
func reviewToReplace(ctx context.Context, tx *tx, r *app.Review) (*app.Review, error) {
	var old *app.Review
	var err error
	if r.ID != 0 {
		if old, err = findReview(ctx, tx, `id = ?`, r.ID); err != nil {
			return nil, err
		}
		r.GoalID = old.GoalID
	} else if _, err := goalDecimals(ctx, tx, r.GoalID); err != nil {
		return nil, err
	}
	if r.PeriodKey, err = periodKey(r.PeriodKey, map[string]bool{}); err != nil {
		return nil, err
	}
	if r.CauseCategory != "" && !oneOf(r.CauseCategory, app.CauseCategories...) {
		return nil, app.Errorf(app.EInvalid, msgCauseInvalid)
	}
	same, err := findReview(ctx, tx, `goal_id = ? AND period_key = ?`, r.GoalID, r.PeriodKey)
	switch {
	case app.ErrorCode(err) == app.ENotFound:
		return old, nil
	case err != nil:
		return nil, err
	case old != nil && same.ID != old.ID:
		return nil, app.Errorf(app.EConflict, msgReviewExists, "Period", r.PeriodKey)
	}
	return same, nil
}
