package data_test

import (
	"context"
	"reflect"
	"testing"
	"time"

	"pacer/app"
)

func newAction(goalIDs ...int64) *app.ActionPlan {
	return &app.ActionPlan{
		Problem:  "Sales behind plan",
		Cause:    "Fewer visits",
		Strategy: "Visit top customers",
		Owner:    "Ann",
		Start:    app.NewDate(2026, time.February, 1),
		Due:      app.NewDate(2026, time.March, 31),
		Status:   app.ActionPlanned,
		FollowUp: app.CadenceWeek,
		GoalIDs:  goalIDs,
		Measures: []app.Measure{{Text: "List top 20", Owner: "Bo"}, {Text: "Book visits", Due: app.NewDate(2026, time.February, 15)}},
	}
}

func TestCreateActionPlan(t *testing.T) {
	ctx := context.Background()

	t.Run("OK", func(t *testing.T) {
		s := mustOpen(t)
		g1 := mustCreateGoal(t, s, newGoal())
		g2 := mustCreateGoal(t, s, newGoal())
		a := newAction(g2.ID, g1.ID, g2.ID)
		mustNotErr(t, s.CreateActionPlan(ctx, a))
		if a.ID == 0 || a.Measures[0].ID == 0 || !reflect.DeepEqual(a.GoalIDs, []int64{g1.ID, g2.ID}) {
			t.Fatalf("action = %+v", a)
		}
		got, err := s.ActionPlanByID(ctx, a.ID)
		mustNotErr(t, err)
		if !reflect.DeepEqual(got, a) {
			t.Fatalf("read back\n%+v\nwant\n%+v", got, a)
		}
	})

	t.Run("NoGoalsNoDates", func(t *testing.T) {
		s := mustOpen(t)
		a := &app.ActionPlan{Problem: "Hire", Status: app.ActionInProgress}
		mustNotErr(t, s.CreateActionPlan(ctx, a))
		got, err := s.ActionPlanByID(ctx, a.ID)
		mustNotErr(t, err)
		if !reflect.DeepEqual(got, a) {
			t.Fatalf("read back %+v, want %+v", got, a)
		}
	})

	for _, tc := range []struct {
		name   string
		change func(*app.ActionPlan)
		code   string
	}{
		{"ErrProblemRequired", func(a *app.ActionPlan) { a.Problem = "" }, app.EInvalid},
		{"ErrStatus", func(a *app.ActionPlan) { a.Status = "maybe" }, app.EInvalid},
		{"ErrFollowUp", func(a *app.ActionPlan) { a.FollowUp = "daily" }, app.EInvalid},
		{"ErrDueBeforeStart", func(a *app.ActionPlan) { a.Due = app.NewDate(2026, time.January, 1) }, app.EInvalid},
		{"ErrGoalNotFound", func(a *app.ActionPlan) { a.GoalIDs = append(a.GoalIDs, 999) }, app.ENotFound},
		{"ErrReviewNotFound", func(a *app.ActionPlan) { a.ReviewID = ptr(int64(5)) }, app.ENotFound},
		{"ErrMeasureText", func(a *app.ActionPlan) { a.Measures[1].Text = "" }, app.EInvalid},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := mustOpen(t)
			g := mustCreateGoal(t, s, newGoal())
			a := newAction(g.ID)
			tc.change(a)
			checkErr(t, s.CreateActionPlan(ctx, a), tc.code)
			if a.ID != 0 {
				t.Fatal("ID set despite the error")
			}
			if as, _ := s.ListActionPlans(ctx, app.ActionFilter{}); len(as) != 0 {
				t.Fatal("stored despite the error")
			}
			var n int
			mustNotErr(t, s.DB().QueryRow(`SELECT count(*) FROM action_measures`).Scan(&n))
			if n != 0 {
				t.Fatal("measures stored despite the error")
			}
		})
	}
}

func TestUpdateActionPlan(t *testing.T) {
	ctx := context.Background()

	t.Run("OK", func(t *testing.T) {
		s := mustOpen(t)
		g1 := mustCreateGoal(t, s, newGoal())
		g2 := mustCreateGoal(t, s, newGoal())
		a := newAction(g1.ID)
		mustNotErr(t, s.CreateActionPlan(ctx, a))
		keep := a.Measures[1]
		later := testNow.Add(time.Hour)
		s.Now = func() time.Time { return later }
		a.Status = app.ActionInProgress
		a.GoalIDs = []int64{g2.ID}
		a.Measures = []app.Measure{keep, {Text: "Follow up calls"}}
		mustNotErr(t, s.UpdateActionPlan(ctx, a))
		got, err := s.ActionPlanByID(ctx, a.ID)
		mustNotErr(t, err)
		if !reflect.DeepEqual(got, a) {
			t.Fatalf("read back\n%+v\nwant\n%+v", got, a)
		}
		if got.Measures[0].ID != keep.ID || !got.CreatedAt.Equal(testNow) || !got.UpdatedAt.Equal(later) {
			t.Fatalf("got %+v", got)
		}
	})

	t.Run("ErrNotFound", func(t *testing.T) {
		s := mustOpen(t)
		a := newAction()
		a.ID = 3
		checkErr(t, s.UpdateActionPlan(ctx, a), app.ENotFound)
	})

	t.Run("ErrInvalidKeepsOld", func(t *testing.T) {
		s := mustOpen(t)
		g := mustCreateGoal(t, s, newGoal())
		a := newAction(g.ID)
		mustNotErr(t, s.CreateActionPlan(ctx, a))
		b := *a
		b.GoalIDs = nil
		b.Measures = []app.Measure{{Text: "x"}, {ID: 999, Text: "y"}}
		checkErr(t, s.UpdateActionPlan(ctx, &b), app.ENotFound)
		got, err := s.ActionPlanByID(ctx, a.ID)
		mustNotErr(t, err)
		if !reflect.DeepEqual(got, a) {
			t.Fatalf("changed despite the error: %+v", got)
		}
	})
}

func TestListActionPlans(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	g1 := mustCreateGoal(t, s, newGoal())
	g2 := mustCreateGoal(t, s, newGoal())
	a := newAction(g1.ID)
	mustNotErr(t, s.CreateActionPlan(ctx, a))
	b := newAction(g2.ID)
	b.Owner, b.Status = "Bo", app.ActionDone
	mustNotErr(t, s.CreateActionPlan(ctx, b))

	for _, tc := range []struct {
		name   string
		filter app.ActionFilter
		want   []int64
	}{
		{"All", app.ActionFilter{}, []int64{a.ID, b.ID}},
		{"Status", app.ActionFilter{Status: string(app.ActionDone)}, []int64{b.ID}},
		{"Owner", app.ActionFilter{Owner: "Ann"}, []int64{a.ID}},
		{"Goal", app.ActionFilter{GoalID: g2.ID}, []int64{b.ID}},
		{"NoMatch", app.ActionFilter{Owner: "Ann", GoalID: g2.ID}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			as, err := s.ListActionPlans(ctx, tc.filter)
			mustNotErr(t, err)
			var ids []int64
			for _, x := range as {
				ids = append(ids, x.ID)
				if len(x.Measures) != 2 || len(x.GoalIDs) != 1 {
					t.Fatalf("children not attached: %+v", x)
				}
			}
			if !reflect.DeepEqual(ids, tc.want) {
				t.Fatalf("ids = %v, want %v", ids, tc.want)
			}
		})
	}
}

func TestDeleteActionPlan(t *testing.T) {
	ctx := context.Background()
	t.Run("OK", func(t *testing.T) {
		s := mustOpen(t)
		g := mustCreateGoal(t, s, newGoal())
		a := newAction(g.ID)
		mustNotErr(t, s.CreateActionPlan(ctx, a))
		mustNotErr(t, s.AddFollowUp(ctx, &app.FollowUp{ActionID: a.ID, Date: app.NewDate(2026, time.February, 8)}))
		mustNotErr(t, s.DeleteActionPlan(ctx, a.ID))
		for _, table := range []string{"action_goals", "action_measures", "followups"} {
			var n int
			mustNotErr(t, s.DB().QueryRow(`SELECT count(*) FROM `+table).Scan(&n))
			if n != 0 {
				t.Errorf("%s has %d rows left", table, n)
			}
		}
		if _, err := s.GoalByID(ctx, g.ID); err != nil {
			t.Fatal("goal deleted with the action plan")
		}
	})
	t.Run("ErrNotFound", func(t *testing.T) {
		s := mustOpen(t)
		checkErr(t, s.DeleteActionPlan(ctx, 4), app.ENotFound)
	})
}

func TestSetMeasureDone(t *testing.T) {
	ctx := context.Background()
	t.Run("OK", func(t *testing.T) {
		s := mustOpen(t)
		a := newAction()
		mustNotErr(t, s.CreateActionPlan(ctx, a))
		later := testNow.Add(time.Minute)
		s.Now = func() time.Time { return later }
		mustNotErr(t, s.SetMeasureDone(ctx, a.Measures[1].ID, true))
		got, err := s.ActionPlanByID(ctx, a.ID)
		mustNotErr(t, err)
		if got.Measures[0].Done || !got.Measures[1].Done || !got.UpdatedAt.Equal(later) {
			t.Fatalf("got %+v", got)
		}
		mustNotErr(t, s.SetMeasureDone(ctx, a.Measures[1].ID, false))
		if got, _ := s.ActionPlanByID(ctx, a.ID); got.Measures[1].Done {
			t.Fatal("still done")
		}
	})
	t.Run("ErrNotFound", func(t *testing.T) {
		s := mustOpen(t)
		checkErr(t, s.SetMeasureDone(ctx, 6, true), app.ENotFound)
	})
}

func TestFollowUps(t *testing.T) {
	ctx := context.Background()
	t.Run("OK", func(t *testing.T) {
		s := mustOpen(t)
		a := newAction()
		mustNotErr(t, s.CreateActionPlan(ctx, a))
		late := &app.FollowUp{ActionID: a.ID, Date: app.NewDate(2026, time.March, 1), Note: "working"}
		early := &app.FollowUp{ActionID: a.ID, Date: app.NewDate(2026, time.February, 1), Note: "started"}
		mustNotErr(t, s.AddFollowUp(ctx, late))
		mustNotErr(t, s.AddFollowUp(ctx, early))
		if late.ID == 0 || !late.CreatedAt.Equal(testNow) {
			t.Fatalf("follow-up = %+v", late)
		}
		fs, err := s.FollowUps(ctx, a.ID)
		mustNotErr(t, err)
		if !reflect.DeepEqual(fs, []app.FollowUp{*early, *late}) {
			t.Fatalf("follow-ups = %+v", fs)
		}
	})
	t.Run("ErrActionNotFound", func(t *testing.T) {
		s := mustOpen(t)
		checkErr(t, s.AddFollowUp(ctx, &app.FollowUp{ActionID: 9, Date: app.NewDate(2026, 1, 1)}), app.ENotFound)
	})
	t.Run("ErrDateRequired", func(t *testing.T) {
		s := mustOpen(t)
		a := newAction()
		mustNotErr(t, s.CreateActionPlan(ctx, a))
		checkErr(t, s.AddFollowUp(ctx, &app.FollowUp{ActionID: a.ID}), app.EInvalid)
	})
}
