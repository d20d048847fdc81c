package data_test

import (
	"context"
	"path/filepath"
	"testing"

	"pacer/app"
	"pacer/data"
)

// gapWithPlan stores a gap analysis of two measures and an action plan
// made from it, each step naming its measure.
func gapWithPlan(t *testing.T, s *data.Store) (*app.Review, *app.ActionPlan) {
	t.Helper()
	ctx := context.Background()
	g := mustCreateGoal(t, s, newGoal())
	r := &app.Review{GoalID: g.ID, PeriodKey: "2026-01", Measures: []app.Measure{{Text: "Call distributors"}, {Text: "Cut prices"}}}
	mustNotErr(t, s.SaveReview(ctx, r))
	a := newAction(g.ID)
	a.ReviewID = &r.ID
	a.Measures = []app.Measure{{Text: "Call distributors", FromID: r.Measures[0].ID}, {Text: "Cut prices", FromID: r.Measures[1].ID}}
	mustNotErr(t, s.CreateActionPlan(ctx, a))
	return r, a
}

// completed is whether each measure of the stored gap analysis reads done.
func completed(t *testing.T, s *data.Store, reviewID int64) []bool {
	t.Helper()
	r, err := s.ReviewByID(context.Background(), reviewID)
	mustNotErr(t, err)
	var out []bool
	for _, m := range r.Measures {
		out = append(out, m.Completed())
	}
	return out
}

// TestActionPlanDoneShowsOnItsGapMeasures: a step ticked, or the whole
// plan marked done, on the Actions screen left the gap measure it came
// from reading open in the review. Reopening the plan undoes what the
// plan did, not what the user ticked in the review.
func TestActionPlanDoneShowsOnItsGapMeasures(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	r, a := gapWithPlan(t, s)
	if a.Measures[0].FromID != r.Measures[0].ID {
		t.Fatalf("step's gap measure = %d, want %d", a.Measures[0].FromID, r.Measures[0].ID)
	}
	rv, err := s.ReviewByID(ctx, r.ID)
	mustNotErr(t, err)
	if p := rv.Measures[0].Plan; p == nil || p.ActionID != a.ID || p.StepID != a.Measures[0].ID || p.Done {
		t.Fatalf("measure's plan = %+v, want plan %d step %d not done", p, a.ID, a.Measures[0].ID)
	}

	mustNotErr(t, s.SetMeasureDone(ctx, a.Measures[0].ID, true))
	if c := completed(t, s, r.ID); !c[0] || c[1] {
		t.Errorf("after the first step ticked: done %v, want [true false]", c)
	}
	a.Status = app.ActionDone
	mustNotErr(t, s.UpdateActionPlan(ctx, a))
	if c := completed(t, s, r.ID); !c[0] || !c[1] {
		t.Errorf("after the plan marked done: done %v, want both", c)
	}

	r.Measures[1].Done = true // the user's own tick, kept when the plan reopens
	r.Measures[0].Plan, r.Measures[1].Plan = nil, nil
	mustNotErr(t, s.SaveReview(ctx, r))
	a.Status = app.ActionInProgress
	a.Measures[0].Done = false
	mustNotErr(t, s.UpdateActionPlan(ctx, a))
	if c := completed(t, s, r.ID); c[0] || !c[1] {
		t.Errorf("after the plan reopened: done %v, want [false true]", c)
	}
	got, err := s.ActionPlanByID(ctx, a.ID)
	mustNotErr(t, err)
	if got.Measures[0].FromID != r.Measures[0].ID {
		t.Errorf("the plan's save lost the step's gap measure: %+v", got.Measures[0])
	}
	if got.Measures[0].FromDone || !got.Measures[1].FromDone {
		t.Errorf("steps' gap measures done: %v, %v; want the second, ticked in the review", got.Measures[0].FromDone, got.Measures[1].FromDone)
	}
}

// TestSaveReviewTickingSteps: ticking a gap measure done in the review and
// its step on the plan are one save; a step of another gap analysis is
// refused and nothing is saved.
func TestSaveReviewTickingSteps(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	r, a := gapWithPlan(t, s)
	_, b := gapWithPlan(t, s)

	r.Measures[0].Done = true
	err := s.SaveReviewTickingSteps(ctx, r, []int64{b.Measures[0].ID})
	checkErr(t, err, app.ENotFound)
	if got, _ := s.ReviewByID(ctx, r.ID); got.Measures[0].Done {
		t.Error("a refused save ticked the measure")
	}

	mustNotErr(t, s.SaveReviewTickingSteps(ctx, r, []int64{a.Measures[0].ID}))
	if p := r.Measures[0].Plan; p == nil || !p.Done {
		t.Errorf("saved measure's plan = %+v, want its step done", p)
	}
	got, err := s.ActionPlanByID(ctx, a.ID)
	mustNotErr(t, err)
	if !got.Measures[0].Done || got.Measures[1].Done {
		t.Errorf("plan's steps = %+v, want the first ticked", got.Measures)
	}
}

// TestStepOfADeletedGapMeasureKeepsNoLink: a measure deleted from the gap
// analysis while a plan made from it was being edited leaves the step,
// without its link.
func TestStepOfADeletedGapMeasureKeepsNoLink(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	r, a := gapWithPlan(t, s)
	a.Measures = append(a.Measures, app.Measure{Text: "Gone", FromID: r.Measures[1].ID})
	r.Measures = r.Measures[:1]
	mustNotErr(t, s.SaveReview(ctx, r))
	mustNotErr(t, s.UpdateActionPlan(ctx, a))
	if a.Measures[1].FromID != 0 || a.Measures[2].FromID != 0 || a.Measures[0].FromID == 0 {
		t.Errorf("steps = %+v, want only the first linked", a.Measures)
	}
}

// TestMigrationLinksStepsOfEarlierPlans: a file from before the link had
// plans made from gap analyses; each step is linked to the measure of its
// plan's gap analysis with the same text.
func TestMigrationLinksStepsOfEarlierPlans(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "pacer.db")
	old, err := data.OpenAt(ctx, path, data.LatestVersion()-1)
	mustNotErr(t, err)
	g := mustCreateGoal(t, old, newGoal())
	for _, q := range []struct {
		sql  string
		args []any
	}{
		{`INSERT INTO reviews (id, goal_id, period_key, created_at, updated_at) VALUES (7, ?, '2026-01', '2026-02-01T00:00:00Z', '2026-02-01T00:00:00Z')`, []any{g.ID}},
		{`INSERT INTO review_measures (id, review_id, position, text) VALUES (70, 7, 0, 'Call distributors'), (71, 7, 1, 'Cut prices')`, nil},
		{`INSERT INTO action_plans (id, problem, status, review_id, created_at, updated_at) VALUES (9, 'Behind', 'done', 7, '2026-02-01T00:00:00Z', '2026-02-01T00:00:00Z')`, nil},
		{`INSERT INTO action_measures (id, action_id, position, text) VALUES (90, 9, 0, 'Cut prices'), (91, 9, 1, 'Added on the plan')`, nil},
	} {
		if _, err := old.DB().Exec(q.sql, q.args...); err != nil {
			t.Fatalf("%s: %v", q.sql, err)
		}
	}
	mustNotErr(t, old.Close())
	s := mustOpenPath(t, path)
	a, err := s.ActionPlanByID(ctx, 9)
	mustNotErr(t, err)
	if a.Measures[0].FromID != 71 || a.Measures[1].FromID != 0 {
		t.Errorf("steps = %+v, want the first linked to measure 71", a.Measures)
	}
	if c := completed(t, s, 7); c[0] || !c[1] {
		t.Errorf("measures done %v, want the one the done plan made", c)
	}
}
