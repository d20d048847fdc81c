package data_test

import (
	"context"
	"fmt"
	"math"
	"reflect"
	"strconv"
	"testing"
	"time"

	"pacer/app"
	"pacer/data"
)

// newGoal returns a valid goal that is not stored yet.
func newGoal() *app.Goal {
	baseline := 1000.0
	return &app.Goal{
		Title:       "Grow sales",
		Description: "Sell more to existing customers",
		Perspective: app.PerspectiveFinancial,
		Owner:       "Ann",
		Kind:        app.KindIncrease,
		Unit:        app.UnitCurrency,
		UnitLabel:   "CNY",
		Decimals:    2,
		Aggregation: app.AggFlow,
		Baseline:    &baseline,
		Target:      1200,
		Start:       app.NewDate(2026, time.January, 1),
		End:         app.NewDate(2026, time.December, 31),
		Cadence:     app.CadenceMonth,
		PlanBy:      app.CadenceQuarter,
		Rationale:   "Cash for the new shop",
	}
}

// weeklyGoal is newGoal checked in weekly from 2000 to 9999, for tests that
// save many check-ins: weekKey(i) lies within it for i up to 415,000.
func weeklyGoal() *app.Goal {
	g := newGoal()
	g.Cadence = app.CadenceWeek
	g.Start = app.NewDate(2000, time.January, 3) // the Monday of 2000-W01
	g.End = app.NewDate(9999, time.December, 31)
	return g
}

// weekKey is the i-th week from 2000-W01, counting 52 weeks a year.
func weekKey(i int) string {
	return fmt.Sprintf("%04d-W%02d", 2000+i/52, i%52+1)
}

// mustCreateGoal stores g and returns it.
func mustCreateGoal(tb testing.TB, s *data.Store, g *app.Goal) *app.Goal {
	tb.Helper()
	if err := s.CreateGoal(context.Background(), g); err != nil {
		tb.Fatalf("create goal: %v", err)
	}
	return g
}

func ptr[T any](v T) *T { return &v }

func TestCreateGoal(t *testing.T) {
	ctx := context.Background()

	t.Run("OK", func(t *testing.T) {
		s := mustOpen(t)
		g := newGoal()
		mustNotErr(t, s.CreateGoal(ctx, g))
		if g.ID == 0 || !g.CreatedAt.Equal(testNow) || !g.UpdatedAt.Equal(testNow) {
			t.Fatalf("ID/timestamps not set: %+v", g)
		}
		got, err := s.GoalByID(ctx, g.ID)
		mustNotErr(t, err)
		if !reflect.DeepEqual(got, g) {
			t.Fatalf("read back\n%+v\nwant\n%+v", got, g)
		}
	})

	t.Run("NilBaselineAndParent", func(t *testing.T) {
		s := mustOpen(t)
		parent := mustCreateGoal(t, s, newGoal())
		g := newGoal()
		g.Baseline = nil
		g.ParentID = ptr(parent.ID)
		g.Weight = 0.25
		mustCreateGoal(t, s, g)
		got, err := s.GoalByID(ctx, g.ID)
		mustNotErr(t, err)
		if got.Baseline != nil || got.ParentID == nil || *got.ParentID != parent.ID || got.Weight != 0.25 {
			t.Fatalf("got %+v", got)
		}
	})

	t.Run("RoundsFloatNoise", func(t *testing.T) {
		s := mustOpen(t)
		g := newGoal()
		g.Target = 0.1 + 0.2
		mustCreateGoal(t, s, g)
		got, err := s.GoalByID(ctx, g.ID)
		mustNotErr(t, err)
		if got.Target != 0.3 || strconv.FormatFloat(got.Target, 'f', -1, 64) != "0.3" {
			t.Fatalf("target = %v", got.Target)
		}
	})

}

func TestCreateGoal_Invalid(t *testing.T) {
	ctx := context.Background()
	invalid := []struct {
		name   string
		change func(*app.Goal)
		code   string
	}{
		{"ErrTitleRequired", func(g *app.Goal) { g.Title = "  " }, app.EInvalid},
		{"ErrPerspective", func(g *app.Goal) { g.Perspective = "money" }, app.EInvalid},
		{"ErrKind", func(g *app.Goal) { g.Kind = "" }, app.EInvalid},
		{"ErrUnit", func(g *app.Goal) { g.Unit = "kg" }, app.EInvalid},
		{"ErrAggregation", func(g *app.Goal) { g.Aggregation = "sum" }, app.EInvalid},
		{"ErrCadence", func(g *app.Goal) { g.Cadence = "day" }, app.EInvalid},
		{"ErrPlanBy", func(g *app.Goal) { g.PlanBy = "" }, app.EInvalid},
		{"ErrDecimalsNegative", func(g *app.Goal) { g.Decimals = -1 }, app.EInvalid},
		{"ErrDecimalsTooMany", func(g *app.Goal) { g.Decimals = 7 }, app.EInvalid},
		{"ErrStartRequired", func(g *app.Goal) { g.Start = app.Date{} }, app.EInvalid},
		{"ErrEndBeforeStart", func(g *app.Goal) { g.End = app.NewDate(2025, time.December, 31) }, app.EInvalid},
		{"ErrEndEqualsStart", func(g *app.Goal) { g.End = g.Start }, app.EInvalid},
		{"ErrWeightAboveOne", func(g *app.Goal) { g.Weight = 1.5 }, app.EInvalid},
		{"ErrWeightNegative", func(g *app.Goal) { g.Weight = -0.1 }, app.EInvalid},
		{"ErrWeightDecimals", func(g *app.Goal) { g.Weight = 1.0 / 3 }, app.EInvalid},
		{"ErrTargetNaN", func(g *app.Goal) { g.Target = math.NaN() }, app.EInvalid},
		{"ErrTargetInf", func(g *app.Goal) { g.Target = math.Inf(1) }, app.EInvalid},
		{"ErrBaselineNegInf", func(g *app.Goal) { g.Baseline = ptr(math.Inf(-1)) }, app.EInvalid},
		{"ErrTargetDecimals", func(g *app.Goal) { g.Target = 1.234 }, app.EInvalid},
		{"ErrBaselineDecimals", func(g *app.Goal) { g.Decimals = 0; g.Baseline = ptr(10.5) }, app.EInvalid},
		{"ErrParentNotFound", func(g *app.Goal) { g.ParentID = ptr(int64(99)) }, app.ENotFound},
	}
	for _, tc := range invalid {
		t.Run(tc.name, func(t *testing.T) {
			s := mustOpen(t)
			g := newGoal()
			tc.change(g)
			before := fmt.Sprintf("%+v", *g) // not DeepEqual: NaN is not equal to itself
			checkErr(t, s.CreateGoal(ctx, g), tc.code)
			if fmt.Sprintf("%+v", *g) != before {
				t.Fatal("failed create changed the goal")
			}
			if gs, _ := s.ListGoals(ctx, app.GoalFilter{IncludeArchived: true}); len(gs) != 0 {
				t.Fatal("goal stored despite the error")
			}
		})
	}

	t.Run("ErrDecimalsMessage", func(t *testing.T) {
		s := mustOpen(t)
		g := newGoal()
		g.Target = 1.234
		err := s.CreateGoal(ctx, g)
		checkErr(t, err, app.EInvalid)
		if args := app.ErrorArgs(err); args["Decimals"] != 2 || args["Value"] != "1.234" {
			t.Fatalf("args = %v", args)
		}
	})
}

func TestGoalByID(t *testing.T) {
	t.Run("ErrNotFound", func(t *testing.T) {
		s := mustOpen(t)
		_, err := s.GoalByID(context.Background(), 42)
		checkErr(t, err, app.ENotFound)
	})
}

func TestListGoals(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	a := newGoal()
	a.Title = "Grow sales"
	mustCreateGoal(t, s, a)
	b := newGoal()
	b.Title, b.Perspective, b.Owner, b.Description, b.Rationale = "Happier customers", app.PerspectiveCustomer, "Bo", "", "NPS 目标"
	mustCreateGoal(t, s, b)
	c := newGoal()
	c.Title = "Old goal"
	mustCreateGoal(t, s, c)
	mustNotErr(t, s.SetGoalArchived(ctx, c.ID, true))

	for _, tc := range []struct {
		name   string
		filter app.GoalFilter
		want   []int64
	}{
		{"Default", app.GoalFilter{}, []int64{a.ID, b.ID}},
		{"IncludeArchived", app.GoalFilter{IncludeArchived: true}, []int64{a.ID, b.ID, c.ID}},
		{"Perspective", app.GoalFilter{Perspective: string(app.PerspectiveCustomer)}, []int64{b.ID}},
		{"Owner", app.GoalFilter{Owner: "Ann"}, []int64{a.ID}},
		{"SearchAnyCase", app.GoalFilter{Search: "SALES"}, []int64{a.ID}},
		{"SearchRationale", app.GoalFilter{Search: "目标"}, []int64{b.ID}},
		{"SearchNoMatch", app.GoalFilter{Search: "%"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			gs, err := s.ListGoals(ctx, tc.filter)
			mustNotErr(t, err)
			var ids []int64
			for _, g := range gs {
				ids = append(ids, g.ID)
			}
			if !reflect.DeepEqual(ids, tc.want) {
				t.Fatalf("ids = %v, want %v", ids, tc.want)
			}
		})
	}
}

func TestUpdateGoal(t *testing.T) {
	ctx := context.Background()

	t.Run("OK", func(t *testing.T) {
		s := mustOpen(t)
		g := mustCreateGoal(t, s, newGoal())
		later := testNow.Add(time.Hour)
		s.Now = func() time.Time { return later }
		g.Title = "Grow sales a lot"
		g.Target = 1500.5
		mustNotErr(t, s.UpdateGoal(ctx, g))
		got, err := s.GoalByID(ctx, g.ID)
		mustNotErr(t, err)
		if got.Title != g.Title || got.Target != 1500.5 || !got.CreatedAt.Equal(testNow) || !got.UpdatedAt.Equal(later) {
			t.Fatalf("got %+v", got)
		}
	})

	t.Run("ErrNotFound", func(t *testing.T) {
		s := mustOpen(t)
		g := newGoal()
		g.ID = 7
		checkErr(t, s.UpdateGoal(ctx, g), app.ENotFound)
	})

	t.Run("ErrInvalid", func(t *testing.T) {
		s := mustOpen(t)
		g := mustCreateGoal(t, s, newGoal())
		g.Title = ""
		checkErr(t, s.UpdateGoal(ctx, g), app.EInvalid)
	})

	t.Run("ErrParentSelf", func(t *testing.T) {
		s := mustOpen(t)
		g := mustCreateGoal(t, s, newGoal())
		g.ParentID = ptr(g.ID)
		checkErr(t, s.UpdateGoal(ctx, g), app.EInvalid)
	})

	t.Run("ErrParentCycle", func(t *testing.T) {
		s := mustOpen(t)
		a := mustCreateGoal(t, s, newGoal())
		b := newGoal()
		b.ParentID = ptr(a.ID)
		mustCreateGoal(t, s, b)
		c := newGoal()
		c.ParentID = ptr(b.ID)
		mustCreateGoal(t, s, c)
		a.ParentID = ptr(c.ID) // a → c → b → a
		checkErr(t, s.UpdateGoal(ctx, a), app.EInvalid)
		if got, _ := s.GoalByID(ctx, a.ID); got.ParentID != nil {
			t.Fatal("cycle stored")
		}
	})

	t.Run("ErrDecimalsLowered", func(t *testing.T) {
		s := mustOpen(t)
		g := mustCreateGoal(t, s, newGoal())
		mustNotErr(t, s.PutCheckIn(ctx, &app.CheckIn{GoalID: g.ID, PeriodKey: "2026-01", Value: 99.5}))
		g.Decimals = 0
		checkErr(t, s.UpdateGoal(ctx, g), app.EInvalid)
		g.Decimals = 1
		mustNotErr(t, s.UpdateGoal(ctx, g))
	})
}

func TestSetGoalArchived(t *testing.T) {
	ctx := context.Background()
	t.Run("OK", func(t *testing.T) {
		s := mustOpen(t)
		g := mustCreateGoal(t, s, newGoal())
		mustNotErr(t, s.SetGoalArchived(ctx, g.ID, true))
		if got, _ := s.GoalByID(ctx, g.ID); !got.Archived {
			t.Fatal("not archived")
		}
		mustNotErr(t, s.SetGoalArchived(ctx, g.ID, false))
		if got, _ := s.GoalByID(ctx, g.ID); got.Archived {
			t.Fatal("still archived")
		}
	})
	t.Run("ErrNotFound", func(t *testing.T) {
		s := mustOpen(t)
		checkErr(t, s.SetGoalArchived(ctx, 5, true), app.ENotFound)
	})
}

func TestDeleteGoal(t *testing.T) {
	ctx := context.Background()

	t.Run("Cascade", func(t *testing.T) {
		s := mustOpen(t)
		g := newGoal()
		mustNotErr(t, s.SaveGoalSetup(ctx, app.GoalSetup{
			Goal:    g,
			Plan:    []app.PeriodTarget{{PeriodKey: "2026-Q1", Target: 300}},
			History: []app.HistoryValue{{PeriodKey: "2025-Q1", Value: 250}},
		}))
		child := newGoal()
		child.ParentID = ptr(g.ID)
		mustCreateGoal(t, s, child)
		other := mustCreateGoal(t, s, newGoal())
		mustNotErr(t, s.PutCheckIn(ctx, &app.CheckIn{GoalID: g.ID, PeriodKey: "2026-01", Value: 80}))
		r := &app.Review{GoalID: g.ID, PeriodKey: "2026-01", Measures: []app.Measure{{Text: "Call customers"}}}
		mustNotErr(t, s.SaveReview(ctx, r))
		a := &app.ActionPlan{Problem: "Slow month", Status: app.ActionPlanned, GoalIDs: []int64{g.ID, other.ID}, ReviewID: ptr(r.ID)}
		mustNotErr(t, s.CreateActionPlan(ctx, a))

		deps, err := s.GoalDependents(ctx, g.ID)
		mustNotErr(t, err)
		want := app.GoalDependents{CheckIns: 1, History: 1, PlanRevisions: 1, Reviews: 1, ActionPlans: 1, Children: 1}
		if deps != want {
			t.Fatalf("dependents = %+v, want %+v", deps, want)
		}

		mustNotErr(t, s.DeleteGoal(ctx, g.ID))
		for table, where := range map[string]string{
			"checkins": "goal_id", "plans": "goal_id", "plan_periods": "goal_id", "history_values": "goal_id",
			"reviews": "goal_id", "action_goals": "goal_id",
		} {
			var n int
			mustNotErr(t, s.DB().QueryRow(`SELECT count(*) FROM `+table+` WHERE `+where+` = ?`, g.ID).Scan(&n))
			if n != 0 {
				t.Errorf("%s still has %d rows of the goal", table, n)
			}
		}
		var measures int
		mustNotErr(t, s.DB().QueryRow(`SELECT count(*) FROM review_measures`).Scan(&measures))
		if measures != 0 {
			t.Errorf("%d review measures left", measures)
		}
		gotChild, err := s.GoalByID(ctx, child.ID)
		mustNotErr(t, err)
		if gotChild.ParentID != nil {
			t.Error("child keeps its deleted parent")
		}
		gotAction, err := s.ActionPlanByID(ctx, a.ID)
		mustNotErr(t, err)
		if !reflect.DeepEqual(gotAction.GoalIDs, []int64{other.ID}) || gotAction.ReviewID != nil {
			t.Errorf("action plan after delete: goals %v review %v", gotAction.GoalIDs, gotAction.ReviewID)
		}
	})

	t.Run("ErrNotFound", func(t *testing.T) {
		s := mustOpen(t)
		checkErr(t, s.DeleteGoal(ctx, 3), app.ENotFound)
	})
}

func TestGoalDependents(t *testing.T) {
	ctx := context.Background()
	t.Run("None", func(t *testing.T) {
		s := mustOpen(t)
		g := mustCreateGoal(t, s, newGoal())
		deps, err := s.GoalDependents(ctx, g.ID)
		mustNotErr(t, err)
		if deps != (app.GoalDependents{}) {
			t.Fatalf("dependents = %+v", deps)
		}
	})
	t.Run("ErrNotFound", func(t *testing.T) {
		s := mustOpen(t)
		_, err := s.GoalDependents(ctx, 8)
		checkErr(t, err, app.ENotFound)
	})
}

// TestFewerDecimalsNamesTheCount: lowering a goal's decimal places below
// what its values hold is refused in words that suit the count: "more than
// 1 decimal place", "more than {{.Decimals}} decimal places".
func TestFewerDecimalsNamesTheCount(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	for _, c := range []struct {
		value    float64
		decimals int
		want     string
	}{
		{100.25, 1, "Some values of this goal have more than 1 decimal place."},
		{100.125, 2, "Some values of this goal have more than {{.Decimals}} decimal places."},
		{100.5, 0, "Some values of this goal are not whole numbers."},
	} {
		g := newGoal()
		g.Decimals = 3
		mustCreateGoal(t, s, g)
		mustNotErr(t, s.PutCheckIn(ctx, &app.CheckIn{GoalID: g.ID, PeriodKey: "2026-01", Value: c.value}))
		g.Decimals = c.decimals
		err := s.UpdateGoal(ctx, g)
		if got := app.ErrorMessage(err); got != c.want {
			t.Errorf("%v at %d decimals: %q, want %q", c.value, c.decimals, got, c.want)
		}
	}
}
