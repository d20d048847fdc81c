package data_test

import (
	"context"
	"reflect"
	"testing"
	"time"

	"pacer/app"
)

func TestSaveReview(t *testing.T) {
	ctx := context.Background()

	t.Run("OK", func(t *testing.T) {
		s := mustOpen(t)
		g := mustCreateGoal(t, s, newGoal())
		r := &app.Review{GoalID: g.ID, PeriodKey: "2026-01", CauseCategory: "pricing", CauseText: "Too cheap",
			TeamFeedback: "Raise prices", Measures: []app.Measure{
				{Text: "New price list", Owner: "Ann", Due: app.NewDate(2026, time.February, 1)},
				{Text: "Tell customers", Done: true},
			}}
		mustNotErr(t, s.SaveReview(ctx, r))
		if r.ID == 0 || r.Measures[0].ID == 0 || r.Measures[1].ID == 0 || !r.CreatedAt.Equal(testNow) {
			t.Fatalf("review = %+v", r)
		}
		got, err := s.ReviewByPeriod(ctx, g.ID, "2026-01")
		mustNotErr(t, err)
		if !reflect.DeepEqual(got, r) {
			t.Fatalf("read back\n%+v\nwant\n%+v", got, r)
		}
		byID, err := s.ReviewByID(ctx, r.ID)
		mustNotErr(t, err)
		if !reflect.DeepEqual(byID, r) {
			t.Fatal("ReviewByID differs")
		}
	})

	t.Run("UpsertByPeriodReplacesMeasures", func(t *testing.T) {
		s := mustOpen(t)
		g := mustCreateGoal(t, s, newGoal())
		first := &app.Review{GoalID: g.ID, PeriodKey: "2026-01", CauseText: "first",
			Measures: []app.Measure{{Text: "a"}, {Text: "b"}}}
		mustNotErr(t, s.SaveReview(ctx, first))
		later := testNow.Add(time.Hour)
		s.Now = func() time.Time { return later }
		second := &app.Review{GoalID: g.ID, PeriodKey: "2026-01", CauseText: "second",
			Measures: []app.Measure{{Text: "c"}}}
		mustNotErr(t, s.SaveReview(ctx, second))
		if second.ID != first.ID || !second.CreatedAt.Equal(testNow) || !second.UpdatedAt.Equal(later) {
			t.Fatalf("second = %+v", second)
		}
		rs, err := s.Reviews(ctx, g.ID)
		mustNotErr(t, err)
		if len(rs) != 1 || rs[0].CauseText != "second" || len(rs[0].Measures) != 1 || rs[0].Measures[0].Text != "c" {
			t.Fatalf("reviews = %+v", rs)
		}
	})

}

func TestSaveReview_Measures(t *testing.T) {
	ctx := context.Background()

	t.Run("KeepIDs", func(t *testing.T) {
		s := mustOpen(t)
		g := mustCreateGoal(t, s, newGoal())
		r := &app.Review{GoalID: g.ID, PeriodKey: "2026-01",
			Measures: []app.Measure{{Text: "a"}, {Text: "b"}, {Text: "c"}}}
		mustNotErr(t, s.SaveReview(ctx, r))
		a, c := r.Measures[0], r.Measures[2]
		c.Done = true
		r.Measures = []app.Measure{c, a, {Text: "d"}} // b dropped, order changed, d added
		mustNotErr(t, s.SaveReview(ctx, r))
		got, err := s.ReviewByID(ctx, r.ID)
		mustNotErr(t, err)
		var texts []string
		for _, m := range got.Measures {
			texts = append(texts, m.Text)
		}
		if !reflect.DeepEqual(texts, []string{"c", "a", "d"}) || got.Measures[0].ID != c.ID ||
			got.Measures[1].ID != a.ID || !got.Measures[0].Done {
			t.Fatalf("measures = %+v", got.Measures)
		}
	})

}

func TestSaveReview_ByID(t *testing.T) {
	ctx := context.Background()

	t.Run("MovesPeriod", func(t *testing.T) {
		s := mustOpen(t)
		g := mustCreateGoal(t, s, newGoal())
		r := &app.Review{GoalID: g.ID, PeriodKey: "2026-01"}
		mustNotErr(t, s.SaveReview(ctx, r))
		r.PeriodKey = "2026-02"
		mustNotErr(t, s.SaveReview(ctx, r))
		rs, _ := s.Reviews(ctx, g.ID)
		if len(rs) != 1 || rs[0].PeriodKey != "2026-02" {
			t.Fatalf("reviews = %+v", rs)
		}
	})

	t.Run("ErrConflictOnTakenPeriod", func(t *testing.T) {
		s := mustOpen(t)
		g := mustCreateGoal(t, s, newGoal())
		mustNotErr(t, s.SaveReview(ctx, &app.Review{GoalID: g.ID, PeriodKey: "2026-01"}))
		r := &app.Review{GoalID: g.ID, PeriodKey: "2026-02"}
		mustNotErr(t, s.SaveReview(ctx, r))
		r.PeriodKey = "2026-01"
		checkErr(t, s.SaveReview(ctx, r), app.EConflict)
	})

}

func TestSaveReview_Invalid(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct {
		name string
		r    app.Review
		code string
	}{
		{"ErrGoalNotFound", app.Review{GoalID: 50, PeriodKey: "2026-01"}, app.ENotFound},
		{"ErrPeriodRequired", app.Review{PeriodKey: ""}, app.EInvalid},
		{"ErrCauseInvalid", app.Review{PeriodKey: "2026-01", CauseCategory: "weather"}, app.EInvalid},
		{"ErrMeasureText", app.Review{PeriodKey: "2026-01", Measures: []app.Measure{{Text: "ok"}, {Text: " "}}}, app.EInvalid},
		{"ErrMeasureNotFound", app.Review{PeriodKey: "2026-01", Measures: []app.Measure{{ID: 31, Text: "x"}}}, app.ENotFound},
		{"ErrNotFound", app.Review{ID: 8, PeriodKey: "2026-01"}, app.ENotFound},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := mustOpen(t)
			g := mustCreateGoal(t, s, newGoal())
			r := tc.r
			if r.GoalID == 0 {
				r.GoalID = g.ID
			}
			checkErr(t, s.SaveReview(ctx, &r), tc.code)
			if rs, _ := s.Reviews(ctx, g.ID); len(rs) != 0 {
				t.Fatal("review stored despite the error")
			}
		})
	}
}

func TestReviewByPeriod(t *testing.T) {
	s := mustOpen(t)
	_, err := s.ReviewByPeriod(context.Background(), 1, "2026-01")
	checkErr(t, err, app.ENotFound)
	_, err = s.ReviewByID(context.Background(), 1)
	checkErr(t, err, app.ENotFound)
}

func TestReviews(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	g := mustCreateGoal(t, s, newGoal())
	for _, k := range []string{"2026-02", "2026-01"} {
		mustNotErr(t, s.SaveReview(ctx, &app.Review{GoalID: g.ID, PeriodKey: k, Measures: []app.Measure{{Text: k}}}))
	}
	rs, err := s.Reviews(ctx, g.ID)
	mustNotErr(t, err)
	if len(rs) != 2 || rs[0].PeriodKey != "2026-01" || rs[1].Measures[0].Text != "2026-02" {
		t.Fatalf("reviews = %+v", rs)
	}
}

func TestDeleteReview(t *testing.T) {
	ctx := context.Background()
	t.Run("OK", func(t *testing.T) {
		s := mustOpen(t)
		g := mustCreateGoal(t, s, newGoal())
		r := &app.Review{GoalID: g.ID, PeriodKey: "2026-01", Measures: []app.Measure{{Text: "m"}}}
		mustNotErr(t, s.SaveReview(ctx, r))
		a := &app.ActionPlan{Problem: "p", Status: app.ActionPlanned, ReviewID: ptr(r.ID)}
		mustNotErr(t, s.CreateActionPlan(ctx, a))
		mustNotErr(t, s.DeleteReview(ctx, r.ID))
		_, err := s.ReviewByID(ctx, r.ID)
		checkErr(t, err, app.ENotFound)
		got, err := s.ActionPlanByID(ctx, a.ID)
		mustNotErr(t, err)
		if got.ReviewID != nil {
			t.Fatal("action plan still points at the deleted review")
		}
	})
	t.Run("ErrNotFound", func(t *testing.T) {
		s := mustOpen(t)
		checkErr(t, s.DeleteReview(ctx, 2), app.ENotFound)
	})
}
