package data

import (
	"context"
	"database/sql"
	"errors"
	"pacer/app"
)

// attachMeasurePlans sets, on each gap measure of review reviewID, where
// the action plan steps made from it stand (app.Measure.Plan). Of several
// steps the one that did the measure counts, else one of a plan not
// dropped, else the latest: the query lists them in that order of rising
// weight and the last one of a measure wins.
func attachMeasurePlans(ctx context.Context, tx *tx, reviewID int64, ms []app.Measure) error {
	if len(ms) == 0 {
		return nil
	}
	type link struct {
		measureID int64
		plan      app.MeasurePlan
	}
	links, err := queryAll(ctx, tx, func(sc scanner) (link, error) {
		var l link
		return l, sc.Scan(&l.measureID, &l.plan.ActionID, &l.plan.Problem, &l.plan.Status, &l.plan.StepID, &l.plan.Done)
	}, `SELECT am.review_measure_id, a.id, a.problem, a.status, am.id, am.done = 1 OR a.status = 'done' AS did
		FROM review_measures rm
		JOIN action_measures am ON am.review_measure_id = rm.id
		JOIN action_plans a ON a.id = am.action_id
		WHERE rm.review_id = ?
		ORDER BY am.review_measure_id, did, a.status <> 'dropped', am.id`, reviewID)
	if err != nil {
		return wrapf(err, "list measures' action plans")
	}
	byID := make(map[int64]*app.MeasurePlan, len(links))
	for i := range links {
		byID[links[i].measureID] = &links[i].plan
	}
	for i := range ms {
		ms[i].Plan = byID[ms[i].ID]
	}
	return nil
}

// SaveReviewTickingSteps saves r as SaveReview does and, in the same
// transaction, ticks done the action plan steps stepIDs made from its
// measures: a measure ticked done in the review whose plan should say so
// too. A step not made from one of r's measures is ENotFound.
func (s *Store) SaveReviewTickingSteps(ctx context.Context, r *app.Review, stepIDs []int64) error {
	tx, err := s.begin(ctx, true)
	if err != nil {
		return err
	}
	defer tx.Rollback()

	v := *r
	if err := saveReview(ctx, tx, &v); err != nil {
		return err
	}
	if len(stepIDs) > 0 {
		if err := tickStepsOf(ctx, tx, &v, stepIDs); err != nil {
			return err
		}
	}
	if err := tx.commit(); err != nil {
		return err
	}
	*r = v
	return nil
}

// tickStepsOf ticks done the steps stepIDs, made from measures of r, and
// reads again where r's measures stand on their plans.
func tickStepsOf(ctx context.Context, tx *tx, r *app.Review, stepIDs []int64) error {
	for _, id := range stepIDs {
		if err := tickStepOf(ctx, tx, r.ID, id); err != nil {
			return err
		}
	}
	return attachMeasurePlans(ctx, tx, r.ID, r.Measures)
}

// tickStepOf ticks done step stepID, made from a measure of review
// reviewID, and marks its plan as changed.
func tickStepOf(ctx context.Context, tx *tx, reviewID, stepID int64) error {
	var actionID int64
	err := tx.QueryRowContext(ctx, `UPDATE action_measures SET done = 1
		WHERE id = ? AND review_measure_id IN (SELECT id FROM review_measures WHERE review_id = ?)
		RETURNING action_id`, stepID, reviewID).Scan(&actionID)
	if errors.Is(err, sql.ErrNoRows) {
		return app.Errorf(app.ENotFound, msgMeasureNotFound)
	} else if err != nil {
		return wrapf(err, "tick action plan step")
	}
	_, err = tx.ExecContext(ctx, `UPDATE action_plans SET updated_at = ? WHERE id = ?`, formatTime(tx.now), actionID)
	return wrapf(err, "touch action plan")
}

// keepKnownSources clears the gap measure of a step that is not a measure
// of the plan's gap analysis (deleted there since the plan was filled
// from it): the step is kept, without the link.
func keepKnownSources(ctx context.Context, tx *tx, a *app.ActionPlan) error {
	for i := range a.Measures {
		m := &a.Measures[i]
		if m.FromID == 0 {
			continue
		}
		ok := false
		if a.ReviewID != nil {
			var err error
			ok, err = exists(ctx, tx, `SELECT 1 FROM review_measures WHERE id = ? AND review_id = ?`, m.FromID, *a.ReviewID)
			if err != nil {
				return wrapf(err, "find gap measure")
			}
		}
		if !ok {
			m.FromID = 0
		}
	}
	return nil
}
