package data_test

import (
	"context"
	"math"
	"reflect"
	"testing"
	"time"

	"pacer/app"
	"pacer/data"
)

func quarters(targets ...float64) []app.PeriodTarget {
	keys := []string{"2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"}
	out := make([]app.PeriodTarget, len(targets))
	for i, v := range targets {
		out[i] = app.PeriodTarget{PeriodKey: keys[i], Target: v}
	}
	return out
}

func TestSaveGoalSetup(t *testing.T) {
	ctx := context.Background()

	t.Run("Create", func(t *testing.T) {
		s := mustOpen(t)
		g := newGoal()
		plan := quarters(250, 300, 300, 350)
		plan[0].Floor = ptr(200.0)
		mustNotErr(t, s.SaveGoalSetup(ctx, app.GoalSetup{
			Goal: g, Plan: plan, PlanNote: "first plan",
			History: []app.HistoryValue{{PeriodKey: "2025-Q2", Value: 240}, {PeriodKey: "2025-Q1", Value: 230.5}},
		}))
		if g.ID == 0 {
			t.Fatal("goal ID not set")
		}
		p, err := s.CurrentPlan(ctx, g.ID)
		mustNotErr(t, err)
		want := app.Plan{GoalID: g.ID, Revision: 1, Note: "first plan", Target: 1200, CreatedAt: testNow, Periods: plan}
		if !reflect.DeepEqual(p, want) {
			t.Fatalf("plan\n%+v\nwant\n%+v", p, want)
		}
		h, err := s.History(ctx, g.ID)
		mustNotErr(t, err)
		wantH := []app.HistoryValue{{GoalID: g.ID, PeriodKey: "2025-Q1", Value: 230.5}, {GoalID: g.ID, PeriodKey: "2025-Q2", Value: 240}}
		if !reflect.DeepEqual(h, wantH) {
			t.Fatalf("history = %+v", h)
		}
	})

	t.Run("SamePlanNoNewRevision", func(t *testing.T) {
		s := mustOpen(t)
		g := newGoal()
		mustNotErr(t, s.SaveGoalSetup(ctx, app.GoalSetup{Goal: g, Plan: quarters(300, 300, 300, 300)}))
		g.Title = "Renamed"
		// Same periods in another order, with float noise: still the same plan.
		mustNotErr(t, s.SaveGoalSetup(ctx, app.GoalSetup{Goal: g, Plan: []app.PeriodTarget{
			{PeriodKey: "2026-Q4", Target: 300}, {PeriodKey: "2026-Q3", Target: 300},
			{PeriodKey: "2026-Q2", Target: 300}, {PeriodKey: "2026-Q1", Target: 100 + 200.00000000000003},
		}}))
		revs, err := s.PlanRevisions(ctx, g.ID)
		mustNotErr(t, err)
		if len(revs) != 1 {
			t.Fatalf("%d revisions, want 1", len(revs))
		}
	})

}

func TestSaveGoalSetup_Revisions(t *testing.T) {
	ctx := context.Background()

	t.Run("ChangedPlanKeepsOld", func(t *testing.T) {
		s := mustOpen(t)
		g := newGoal()
		mustNotErr(t, s.SaveGoalSetup(ctx, app.GoalSetup{Goal: g, Plan: quarters(300, 300, 300, 300), PlanNote: "even"}))
		s.Now = func() time.Time { return testNow.Add(24 * time.Hour) }
		mustNotErr(t, s.SaveGoalSetup(ctx, app.GoalSetup{Goal: g, Plan: quarters(200, 300, 300, 400), PlanNote: "slow start"}))
		g.Target = 1300
		mustNotErr(t, s.SaveGoalSetup(ctx, app.GoalSetup{Goal: g, Plan: quarters(200, 300, 300, 400), PlanNote: "bigger"}))
		revs, err := s.PlanRevisions(ctx, g.ID)
		mustNotErr(t, err)
		if len(revs) != 3 {
			t.Fatalf("%d revisions, want 3", len(revs))
		}
		if revs[0].Note != "even" || revs[0].Periods[0].Target != 300 || revs[0].Target != 1200 {
			t.Errorf("first revision changed: %+v", revs[0])
		}
		if revs[1].Revision != 2 || revs[1].Periods[0].Target != 200 || !revs[1].CreatedAt.After(revs[0].CreatedAt) {
			t.Errorf("second revision: %+v", revs[1])
		}
		if revs[2].Target != 1300 {
			t.Errorf("third revision target = %v", revs[2].Target)
		}
		cur, err := s.CurrentPlan(ctx, g.ID)
		mustNotErr(t, err)
		if !reflect.DeepEqual(cur, revs[2]) {
			t.Errorf("current plan is not the last revision")
		}
	})

	t.Run("EmptyPlanForNewGoalAddsNoRevision", func(t *testing.T) {
		s := mustOpen(t)
		g := newGoal()
		mustNotErr(t, s.SaveGoalSetup(ctx, app.GoalSetup{Goal: g}))
		revs, err := s.PlanRevisions(ctx, g.ID)
		mustNotErr(t, err)
		if len(revs) != 0 {
			t.Fatalf("%d revisions, want 0", len(revs))
		}
	})

	t.Run("HistoryReplaced", func(t *testing.T) {
		s := mustOpen(t)
		g := newGoal()
		mustNotErr(t, s.SaveGoalSetup(ctx, app.GoalSetup{Goal: g, History: []app.HistoryValue{{PeriodKey: "2025-Q1", Value: 1}}}))
		mustNotErr(t, s.SaveGoalSetup(ctx, app.GoalSetup{Goal: g, History: []app.HistoryValue{{PeriodKey: "2025-Q2", Value: 2}}}))
		h, err := s.History(ctx, g.ID)
		mustNotErr(t, err)
		if len(h) != 1 || h[0].PeriodKey != "2025-Q2" {
			t.Fatalf("history = %+v", h)
		}
	})

}

// TestSaveGoalSetup_NothingHalfWritten checks that a bad part of a setup
// leaves the goal, its plan and its history as they were.
func TestSaveGoalSetup_NothingHalfWritten(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct {
		name  string
		setup func(*app.GoalSetup)
		code  string
	}{
		{"ErrGoalInvalid", func(su *app.GoalSetup) { su.Goal.Title = "" }, app.EInvalid},
		{"ErrPlanDecimals", func(su *app.GoalSetup) { su.Plan = quarters(300.123) }, app.EInvalid},
		{"ErrPlanNaN", func(su *app.GoalSetup) { su.Plan = quarters(math.NaN()) }, app.EInvalid},
		{"ErrPlanFloorInf", func(su *app.GoalSetup) { su.Plan = quarters(1); su.Plan[0].Floor = ptr(math.Inf(1)) }, app.EInvalid},
		{"ErrPlanDuplicatePeriod", func(su *app.GoalSetup) {
			su.Plan = []app.PeriodTarget{{PeriodKey: "2026-Q1"}, {PeriodKey: " 2026-Q1 "}}
		}, app.EInvalid},
		{"ErrPlanEmptyPeriod", func(su *app.GoalSetup) { su.Plan = []app.PeriodTarget{{PeriodKey: ""}} }, app.EInvalid},
		{"ErrHistoryDecimals", func(su *app.GoalSetup) {
			su.History = []app.HistoryValue{{PeriodKey: "2025-Q1", Value: 1}, {PeriodKey: "2025-Q2", Value: 0.001}}
		}, app.EInvalid},
		{"ErrHistoryInf", func(su *app.GoalSetup) {
			su.History = []app.HistoryValue{{PeriodKey: "2025-Q1", Value: math.Inf(-1)}}
		}, app.EInvalid},
	} {
		t.Run(tc.name+"NewGoal", func(t *testing.T) {
			s := mustOpen(t)
			su := app.GoalSetup{Goal: newGoal(), Plan: quarters(300, 300, 300, 300)}
			tc.setup(&su)
			checkErr(t, s.SaveGoalSetup(ctx, su), tc.code)
			if su.Goal.ID != 0 {
				t.Fatal("goal ID set despite the error")
			}
			assertEmpty(t, s)
		})
		t.Run(tc.name+"ExistingGoal", func(t *testing.T) {
			s := mustOpen(t)
			g := newGoal()
			orig := app.GoalSetup{Goal: g, Plan: quarters(300, 300, 300, 300),
				History: []app.HistoryValue{{PeriodKey: "2025-Q1", Value: 280}}}
			mustNotErr(t, s.SaveGoalSetup(ctx, orig))
			saved := *g
			changed := *g
			changed.Target = 1400 // would add a revision if the save went through
			su := app.GoalSetup{Goal: &changed, Plan: quarters(350, 350, 350, 350)}
			tc.setup(&su)
			checkErr(t, s.SaveGoalSetup(ctx, su), tc.code)
			got, err := s.GoalByID(ctx, g.ID)
			mustNotErr(t, err)
			if !reflect.DeepEqual(*got, saved) {
				t.Fatalf("goal changed despite the error: %+v", got)
			}
			if revs, _ := s.PlanRevisions(ctx, g.ID); len(revs) != 1 {
				t.Fatalf("%d plan revisions, want 1", len(revs))
			}
			if h, _ := s.History(ctx, g.ID); len(h) != 1 || h[0].Value != 280 {
				t.Fatalf("history changed: %+v", h)
			}
		})
	}
}

// assertEmpty fails if any record table of the store has rows.
func assertEmpty(tb testing.TB, s *data.Store) {
	tb.Helper()
	for _, table := range []string{"goals", "plans", "plan_periods", "history_values", "checkins"} {
		var n int
		mustNotErr(tb, s.DB().QueryRow(`SELECT count(*) FROM `+table).Scan(&n))
		if n != 0 {
			tb.Errorf("%s has %d rows", table, n)
		}
	}
}

func TestCurrentPlan(t *testing.T) {
	ctx := context.Background()
	t.Run("None", func(t *testing.T) {
		s := mustOpen(t)
		g := mustCreateGoal(t, s, newGoal())
		p, err := s.CurrentPlan(ctx, g.ID)
		mustNotErr(t, err)
		if p.Revision != 0 || len(p.Periods) != 0 || p.GoalID != g.ID {
			t.Fatalf("plan = %+v", p)
		}
	})
	t.Run("ErrNotFound", func(t *testing.T) {
		s := mustOpen(t)
		_, err := s.CurrentPlan(ctx, 12)
		checkErr(t, err, app.ENotFound)
	})
}

func TestAddPlanRevision(t *testing.T) {
	ctx := context.Background()
	t.Run("OK", func(t *testing.T) {
		s := mustOpen(t)
		g := mustCreateGoal(t, s, newGoal())
		for i := 1; i <= 2; i++ {
			p := &app.Plan{GoalID: g.ID, Target: 1200, Note: "same", Periods: quarters(300, 300, 300, 300)}
			mustNotErr(t, s.AddPlanRevision(ctx, p))
			if p.Revision != i || !p.CreatedAt.Equal(testNow) {
				t.Fatalf("revision %d: %+v", i, p)
			}
		}
		revs, err := s.PlanRevisions(ctx, g.ID)
		mustNotErr(t, err)
		if len(revs) != 2 {
			t.Fatalf("%d revisions, want 2", len(revs))
		}
	})
	t.Run("ErrGoalNotFound", func(t *testing.T) {
		s := mustOpen(t)
		checkErr(t, s.AddPlanRevision(ctx, &app.Plan{GoalID: 4, Periods: quarters(1)}), app.ENotFound)
	})
	t.Run("ErrTargetDecimals", func(t *testing.T) {
		s := mustOpen(t)
		g := mustCreateGoal(t, s, newGoal())
		checkErr(t, s.AddPlanRevision(ctx, &app.Plan{GoalID: g.ID, Target: 0.005}), app.EInvalid)
	})
	t.Run("ErrPeriodDuplicate", func(t *testing.T) {
		s := mustOpen(t)
		g := mustCreateGoal(t, s, newGoal())
		p := &app.Plan{GoalID: g.ID, Periods: append(quarters(1, 2), quarters(3)...)}
		checkErr(t, s.AddPlanRevision(ctx, p), app.EInvalid)
		if revs, _ := s.PlanRevisions(ctx, g.ID); len(revs) != 0 {
			t.Fatal("revision stored despite the error")
		}
	})
}

func TestSetHistory(t *testing.T) {
	ctx := context.Background()
	t.Run("OK", func(t *testing.T) {
		s := mustOpen(t)
		g := mustCreateGoal(t, s, newGoal())
		mustNotErr(t, s.SetHistory(ctx, g.ID, []app.HistoryValue{{PeriodKey: "2025-01", Value: 0.1 + 0.2}, {PeriodKey: "2025-02", Value: -3}}))
		mustNotErr(t, s.SetHistory(ctx, g.ID, []app.HistoryValue{{GoalID: 999, PeriodKey: "2025-03", Value: 7}}))
		h, err := s.History(ctx, g.ID)
		mustNotErr(t, err)
		if !reflect.DeepEqual(h, []app.HistoryValue{{GoalID: g.ID, PeriodKey: "2025-03", Value: 7}}) {
			t.Fatalf("history = %+v", h)
		}
		mustNotErr(t, s.SetHistory(ctx, g.ID, nil))
		if h, _ := s.History(ctx, g.ID); len(h) != 0 {
			t.Fatalf("history not cleared: %+v", h)
		}
	})
	t.Run("ErrGoalNotFound", func(t *testing.T) {
		s := mustOpen(t)
		checkErr(t, s.SetHistory(ctx, 9, nil), app.ENotFound)
	})
	t.Run("ErrDuplicatePeriodKeepsOld", func(t *testing.T) {
		s := mustOpen(t)
		g := mustCreateGoal(t, s, newGoal())
		mustNotErr(t, s.SetHistory(ctx, g.ID, []app.HistoryValue{{PeriodKey: "2025-01", Value: 5}}))
		err := s.SetHistory(ctx, g.ID, []app.HistoryValue{{PeriodKey: "2025-02", Value: 1}, {PeriodKey: "2025-02", Value: 2}})
		checkErr(t, err, app.EInvalid)
		if h, _ := s.History(ctx, g.ID); len(h) != 1 || h[0].Value != 5 {
			t.Fatalf("history = %+v", h)
		}
	})
}

// TestHistories checks that the histories of several goals read at once
// are each goal's History, in period order, and that goals without
// history, unknown goals and an empty list give none.
func TestHistories(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	a, b, none := mustCreateGoal(t, s, newGoal()), mustCreateGoal(t, s, newGoal()), mustCreateGoal(t, s, newGoal())
	mustNotErr(t, s.SetHistory(ctx, a.ID, []app.HistoryValue{{PeriodKey: "2025-02", Value: 2}, {PeriodKey: "2025-01", Value: 1}}))
	mustNotErr(t, s.SetHistory(ctx, b.ID, []app.HistoryValue{{PeriodKey: "2024-12", Value: -4.5}}))
	got, err := s.Histories(ctx, []int64{b.ID, none.ID, a.ID, 999})
	mustNotErr(t, err)
	for _, g := range []*app.Goal{a, b, none} {
		want, err := s.History(ctx, g.ID)
		mustNotErr(t, err)
		if !reflect.DeepEqual(got[g.ID], want) {
			t.Errorf("goal %d: %+v, History gives %+v", g.ID, got[g.ID], want)
		}
	}
	if len(got) != 2 {
		t.Errorf("%d goals with history, want 2: %+v", len(got), got)
	}
	if got, err := s.Histories(ctx, nil); err != nil || len(got) != 0 {
		t.Errorf("no goals: %+v, %v", got, err)
	}
}
