package data_test

import (
	"context"
	"math"
	"reflect"
	"strconv"
	"testing"
	"time"

	"pacer/app"
)

func TestCreateCheckIn(t *testing.T) {
	ctx := context.Background()

	t.Run("OK", func(t *testing.T) {
		s := mustOpen(t)
		g := mustCreateGoal(t, s, newGoal())
		c := &app.CheckIn{GoalID: g.ID, PeriodKey: "2026-01", Value: 95.5, Confidence: 7, Note: "good month"}
		mustNotErr(t, s.CreateCheckIn(ctx, c))
		if c.ID == 0 || !c.CreatedAt.Equal(testNow) || !c.UpdatedAt.Equal(testNow) {
			t.Fatalf("check-in = %+v", c)
		}
		got, err := s.CheckInByPeriod(ctx, g.ID, "2026-01")
		mustNotErr(t, err)
		if !reflect.DeepEqual(got, c) {
			t.Fatalf("read back %+v, want %+v", got, c)
		}
	})

	t.Run("ValueReadsBackAtPrecision", func(t *testing.T) {
		s := mustOpen(t)
		g := mustCreateGoal(t, s, newGoal())
		mustNotErr(t, s.CreateCheckIn(ctx, &app.CheckIn{GoalID: g.ID, PeriodKey: "2026-01", Value: 0.1 + 0.2}))
		got, err := s.CheckInByPeriod(ctx, g.ID, "2026-01")
		mustNotErr(t, err)
		if got.Value != 0.3 || strconv.FormatFloat(got.Value, 'f', -1, 64) != "0.3" {
			t.Fatalf("value = %v", got.Value)
		}
	})

	t.Run("ErrConflict", func(t *testing.T) {
		s := mustOpen(t)
		g := mustCreateGoal(t, s, newGoal())
		mustNotErr(t, s.CreateCheckIn(ctx, &app.CheckIn{GoalID: g.ID, PeriodKey: "2026-01", Value: 10}))
		err := s.CreateCheckIn(ctx, &app.CheckIn{GoalID: g.ID, PeriodKey: "2026-01", Value: 20})
		checkErr(t, err, app.EConflict)
		if app.ErrorArgs(err)["Period"] != "2026-01" {
			t.Fatalf("args = %v", app.ErrorArgs(err))
		}
		got, _ := s.CheckInByPeriod(ctx, g.ID, "2026-01")
		if got.Value != 10 {
			t.Fatalf("old value replaced: %v", got.Value)
		}
	})

	for _, tc := range []struct {
		name string
		c    app.CheckIn
		code string
	}{
		{"ErrGoalNotFound", app.CheckIn{GoalID: 99, PeriodKey: "2026-01"}, app.ENotFound},
		{"ErrPeriodRequired", app.CheckIn{PeriodKey: " "}, app.EInvalid},
		{"ErrConfidenceLow", app.CheckIn{PeriodKey: "2026-01", Confidence: -1}, app.EInvalid},
		{"ErrConfidenceHigh", app.CheckIn{PeriodKey: "2026-01", Confidence: 11}, app.EInvalid},
		{"ErrValueNaN", app.CheckIn{PeriodKey: "2026-01", Value: math.NaN()}, app.EInvalid},
		{"ErrValueInf", app.CheckIn{PeriodKey: "2026-01", Value: math.Inf(1)}, app.EInvalid},
		{"ErrValueDecimals", app.CheckIn{PeriodKey: "2026-01", Value: 1.234}, app.EInvalid},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := mustOpen(t)
			g := mustCreateGoal(t, s, newGoal())
			c := tc.c
			if c.GoalID == 0 {
				c.GoalID = g.ID
			}
			checkErr(t, s.CreateCheckIn(ctx, &c), tc.code)
			if c.ID != 0 {
				t.Fatal("ID set despite the error")
			}
			if cs, _ := s.CheckIns(ctx, g.ID); len(cs) != 0 {
				t.Fatal("check-in stored despite the error")
			}
		})
	}
}

func TestPutCheckIn(t *testing.T) {
	ctx := context.Background()

	t.Run("InsertThenReplace", func(t *testing.T) {
		s := mustOpen(t)
		g := mustCreateGoal(t, s, newGoal())
		first := &app.CheckIn{GoalID: g.ID, PeriodKey: "2026-02", Value: 10, Confidence: 5, Note: "first"}
		mustNotErr(t, s.PutCheckIn(ctx, first))

		later := testNow.Add(time.Hour)
		s.Now = func() time.Time { return later }
		second := &app.CheckIn{GoalID: g.ID, PeriodKey: "2026-02", Value: 12.25, Confidence: 8, Note: "corrected"}
		mustNotErr(t, s.PutCheckIn(ctx, second))
		if second.ID != first.ID || !second.CreatedAt.Equal(testNow) || !second.UpdatedAt.Equal(later) {
			t.Fatalf("replacement = %+v, first = %+v", second, first)
		}
		cs, err := s.CheckIns(ctx, g.ID)
		mustNotErr(t, err)
		if len(cs) != 1 || !reflect.DeepEqual(cs[0], *second) {
			t.Fatalf("check-ins = %+v", cs)
		}
	})

	t.Run("ErrValueDecimals", func(t *testing.T) {
		s := mustOpen(t)
		g := newGoal()
		g.Decimals = 0
		mustCreateGoal(t, s, g)
		checkErr(t, s.PutCheckIn(ctx, &app.CheckIn{GoalID: g.ID, PeriodKey: "2026-01", Value: 1.5}), app.EInvalid)
	})

	t.Run("ErrGoalNotFound", func(t *testing.T) {
		s := mustOpen(t)
		checkErr(t, s.PutCheckIn(ctx, &app.CheckIn{GoalID: 3, PeriodKey: "2026-01"}), app.ENotFound)
	})
}

func TestSaveCheckIns(t *testing.T) {
	ctx := context.Background()

	t.Run("OK", func(t *testing.T) {
		s := mustOpen(t)
		a := mustCreateGoal(t, s, newGoal())
		b := mustCreateGoal(t, s, newGoal())
		mustNotErr(t, s.PutCheckIn(ctx, &app.CheckIn{GoalID: a.ID, PeriodKey: "2026-01", Value: 1}))
		cs := []app.CheckIn{
			{GoalID: a.ID, PeriodKey: "2026-01", Value: 2},
			{GoalID: a.ID, PeriodKey: "2026-02", Value: 3},
			{GoalID: b.ID, PeriodKey: "2026-01", Value: 4},
		}
		mustNotErr(t, s.SaveCheckIns(ctx, cs))
		for _, c := range cs {
			if c.ID == 0 {
				t.Fatalf("ID not set: %+v", c)
			}
		}
		got, err := s.CheckIns(ctx, a.ID)
		mustNotErr(t, err)
		if len(got) != 2 || got[0].Value != 2 || got[1].Value != 3 {
			t.Fatalf("check-ins of a = %+v", got)
		}
	})

	for _, tc := range []struct {
		name string
		bad  app.CheckIn
		code string
	}{
		{"ErrOneBadValue", app.CheckIn{PeriodKey: "2026-03", Value: math.NaN()}, app.EInvalid},
		{"ErrOneBadConfidence", app.CheckIn{PeriodKey: "2026-03", Confidence: 12}, app.EInvalid},
		{"ErrOneMissingGoal", app.CheckIn{GoalID: 404, PeriodKey: "2026-03"}, app.ENotFound},
		{"ErrDuplicatePeriod", app.CheckIn{PeriodKey: "2026-01", Value: 9}, app.EInvalid},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := mustOpen(t)
			g := mustCreateGoal(t, s, newGoal())
			mustNotErr(t, s.PutCheckIn(ctx, &app.CheckIn{GoalID: g.ID, PeriodKey: "2026-01", Value: 1}))
			bad := tc.bad
			if bad.GoalID == 0 {
				bad.GoalID = g.ID
			}
			cs := []app.CheckIn{
				{GoalID: g.ID, PeriodKey: "2026-01", Value: 100},
				{GoalID: g.ID, PeriodKey: "2026-02", Value: 200},
				bad,
			}
			checkErr(t, s.SaveCheckIns(ctx, cs), tc.code)
			got, err := s.CheckIns(ctx, g.ID)
			mustNotErr(t, err)
			if len(got) != 1 || got[0].Value != 1 {
				t.Fatalf("check-ins after failed bulk save = %+v", got)
			}
			if cs[0].ID != 0 || cs[1].ID != 0 {
				t.Fatal("IDs set despite the error")
			}
		})
	}
}

func TestUpdateCheckIn(t *testing.T) {
	ctx := context.Background()

	t.Run("OK", func(t *testing.T) {
		s := mustOpen(t)
		g := mustCreateGoal(t, s, newGoal())
		c := &app.CheckIn{GoalID: g.ID, PeriodKey: "2026-01", Value: 1}
		mustNotErr(t, s.CreateCheckIn(ctx, c))
		c.PeriodKey, c.Value, c.Confidence, c.Note = "2026-02", 2.5, 9, "moved"
		c.GoalID = 12345 // the goal cannot change
		mustNotErr(t, s.UpdateCheckIn(ctx, c))
		got, err := s.CheckInByPeriod(ctx, g.ID, "2026-02")
		mustNotErr(t, err)
		if got.ID != c.ID || got.Value != 2.5 || got.Note != "moved" || got.GoalID != g.ID || c.GoalID != g.ID {
			t.Fatalf("got %+v", got)
		}
		_, err = s.CheckInByPeriod(ctx, g.ID, "2026-01")
		checkErr(t, err, app.ENotFound)
	})

	t.Run("ErrConflict", func(t *testing.T) {
		s := mustOpen(t)
		g := mustCreateGoal(t, s, newGoal())
		mustNotErr(t, s.CreateCheckIn(ctx, &app.CheckIn{GoalID: g.ID, PeriodKey: "2026-01", Value: 1}))
		c := &app.CheckIn{GoalID: g.ID, PeriodKey: "2026-02", Value: 2}
		mustNotErr(t, s.CreateCheckIn(ctx, c))
		c.PeriodKey = "2026-01"
		checkErr(t, s.UpdateCheckIn(ctx, c), app.EConflict)
	})

	t.Run("ErrNotFound", func(t *testing.T) {
		s := mustOpen(t)
		checkErr(t, s.UpdateCheckIn(ctx, &app.CheckIn{ID: 77, PeriodKey: "2026-01"}), app.ENotFound)
	})

	t.Run("ErrInvalid", func(t *testing.T) {
		s := mustOpen(t)
		g := mustCreateGoal(t, s, newGoal())
		c := &app.CheckIn{GoalID: g.ID, PeriodKey: "2026-01", Value: 1}
		mustNotErr(t, s.CreateCheckIn(ctx, c))
		c.Value = math.Inf(-1)
		checkErr(t, s.UpdateCheckIn(ctx, c), app.EInvalid)
	})
}

func TestDeleteCheckIn(t *testing.T) {
	ctx := context.Background()
	t.Run("OK", func(t *testing.T) {
		s := mustOpen(t)
		g := mustCreateGoal(t, s, newGoal())
		c := &app.CheckIn{GoalID: g.ID, PeriodKey: "2026-01"}
		mustNotErr(t, s.CreateCheckIn(ctx, c))
		mustNotErr(t, s.DeleteCheckIn(ctx, c.ID))
		if cs, _ := s.CheckIns(ctx, g.ID); len(cs) != 0 {
			t.Fatal("not deleted")
		}
	})
	t.Run("ErrNotFound", func(t *testing.T) {
		s := mustOpen(t)
		checkErr(t, s.DeleteCheckIn(ctx, 1), app.ENotFound)
	})
}

func TestCheckIns(t *testing.T) {
	ctx := context.Background()
	t.Run("OrderedByPeriod", func(t *testing.T) {
		s := mustOpen(t)
		g := mustCreateGoal(t, s, newGoal())
		for _, k := range []string{"2026-03", "2026-01", "2026-02"} {
			mustNotErr(t, s.CreateCheckIn(ctx, &app.CheckIn{GoalID: g.ID, PeriodKey: k}))
		}
		cs, err := s.CheckIns(ctx, g.ID)
		mustNotErr(t, err)
		var keys []string
		for _, c := range cs {
			keys = append(keys, c.PeriodKey)
		}
		if !reflect.DeepEqual(keys, []string{"2026-01", "2026-02", "2026-03"}) {
			t.Fatalf("keys = %v", keys)
		}
	})
	t.Run("NoneForUnknownGoal", func(t *testing.T) {
		s := mustOpen(t)
		cs, err := s.CheckIns(ctx, 5)
		if err != nil || len(cs) != 0 {
			t.Fatalf("CheckIns = %v, %v", cs, err)
		}
	})
	t.Run("ByPeriodErrNotFound", func(t *testing.T) {
		s := mustOpen(t)
		g := mustCreateGoal(t, s, newGoal())
		_, err := s.CheckInByPeriod(ctx, g.ID, "2026-01")
		checkErr(t, err, app.ENotFound)
	})
}
