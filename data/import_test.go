package data_test

import (
	"context"
	"math"
	"reflect"
	"testing"

	"pacer/app"
)

func TestApplyImport(t *testing.T) {
	ctx := context.Background()

	t.Run("OK", func(t *testing.T) {
		s := mustOpen(t)
		g := mustCreateGoal(t, s, newGoal())
		old := &app.CheckIn{GoalID: g.ID, PeriodKey: "2026-01", Value: 10, Confidence: 8, Note: "owner's note"}
		mustNotErr(t, s.CreateCheckIn(ctx, old))
		mustNotErr(t, s.SetHistory(ctx, g.ID, []app.HistoryValue{
			{PeriodKey: "2025-Q1", Value: 1}, {PeriodKey: "2025-Q2", Value: 2}}))

		mustNotErr(t, s.ApplyImport(ctx, app.Import{
			CheckIns: []app.CheckIn{
				{GoalID: g.ID, PeriodKey: "2026-01", Value: 0.1 + 0.2, Confidence: 5},
				{GoalID: g.ID, PeriodKey: " 2026-02 ", Value: 20, Confidence: 5},
			},
			History: []app.HistoryValue{{GoalID: g.ID, PeriodKey: "2025-Q2", Value: 22}, {GoalID: g.ID, PeriodKey: "2025-Q3", Value: 3}}}))

		cs, err := s.CheckIns(ctx, g.ID)
		mustNotErr(t, err)
		want := []app.CheckIn{
			{ID: old.ID, GoalID: g.ID, PeriodKey: "2026-01", Value: 0.3, Confidence: 8, Note: "owner's note",
				CreatedAt: testNow, UpdatedAt: testNow},
			{ID: cs[1].ID, GoalID: g.ID, PeriodKey: "2026-02", Value: 20, Confidence: 5, CreatedAt: testNow, UpdatedAt: testNow},
		}
		if !reflect.DeepEqual(cs, want) {
			t.Fatalf("check-ins\n%+v\nwant\n%+v", cs, want)
		}
		hs, err := s.History(ctx, g.ID)
		mustNotErr(t, err)
		wantH := []app.HistoryValue{{GoalID: g.ID, PeriodKey: "2025-Q1", Value: 1}, {GoalID: g.ID, PeriodKey: "2025-Q2", Value: 22}, {GoalID: g.ID, PeriodKey: "2025-Q3", Value: 3}}
		if !reflect.DeepEqual(hs, wantH) {
			t.Fatalf("history %+v, want %+v", hs, wantH)
		}
	})

	t.Run("Empty", func(t *testing.T) {
		mustNotErr(t, mustOpen(t).ApplyImport(ctx, app.Import{}))
	})

	for _, tc := range []struct {
		name string
		code string
		// bad changes the import so that it fails at the end.
		bad func(g int64, cs []app.CheckIn, hs []app.HistoryValue) ([]app.CheckIn, []app.HistoryValue)
	}{
		{"ErrTooManyDecimalsInRow9000", app.EInvalid, func(g int64, cs []app.CheckIn, hs []app.HistoryValue) ([]app.CheckIn, []app.HistoryValue) {
			cs[8999].Value = 1.234
			return cs, hs
		}},
		{"ErrNotFinite", app.EInvalid, func(g int64, cs []app.CheckIn, hs []app.HistoryValue) ([]app.CheckIn, []app.HistoryValue) {
			return cs, append(hs, app.HistoryValue{GoalID: g, PeriodKey: "2020-01", Value: math.NaN()})
		}},
		{"ErrInfinite", app.EInvalid, func(g int64, cs []app.CheckIn, hs []app.HistoryValue) ([]app.CheckIn, []app.HistoryValue) {
			cs[5].Value = math.Inf(1)
			return cs, hs
		}},
		{"ErrHistoryDecimals", app.EInvalid, func(g int64, cs []app.CheckIn, hs []app.HistoryValue) ([]app.CheckIn, []app.HistoryValue) {
			hs[0].Value = 0.001
			return cs, hs
		}},
		{"ErrGoalNotFound", app.ENotFound, func(g int64, cs []app.CheckIn, hs []app.HistoryValue) ([]app.CheckIn, []app.HistoryValue) {
			return cs, append(hs, app.HistoryValue{GoalID: g + 100, PeriodKey: "2020-01", Value: 1})
		}},
		{"ErrDuplicatePeriod", app.EInvalid, func(g int64, cs []app.CheckIn, hs []app.HistoryValue) ([]app.CheckIn, []app.HistoryValue) {
			return append(cs, cs[0]), hs
		}},
		{"ErrDuplicateHistory", app.EInvalid, func(g int64, cs []app.CheckIn, hs []app.HistoryValue) ([]app.CheckIn, []app.HistoryValue) {
			return cs, append(hs, app.HistoryValue{GoalID: g, PeriodKey: " " + hs[0].PeriodKey, Value: 1})
		}},
		{"ErrPeriodRequired", app.EInvalid, func(g int64, cs []app.CheckIn, hs []app.HistoryValue) ([]app.CheckIn, []app.HistoryValue) {
			cs[1].PeriodKey = " "
			return cs, hs
		}},
		{"ErrConfidence", app.EInvalid, func(g int64, cs []app.CheckIn, hs []app.HistoryValue) ([]app.CheckIn, []app.HistoryValue) {
			cs[2].Confidence = 11
			return cs, hs
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := mustOpen(t)
			g := mustCreateGoal(t, s, weeklyGoal())
			mustNotErr(t, s.PutCheckIn(ctx, &app.CheckIn{GoalID: g.ID, PeriodKey: weekKey(1), Value: 7, Confidence: 9}))
			mustNotErr(t, s.SetHistory(ctx, g.ID, []app.HistoryValue{{PeriodKey: "2019-01", Value: 4}}))
			var cs []app.CheckIn
			for i := range 10000 {
				cs = append(cs, app.CheckIn{GoalID: g.ID, PeriodKey: weekKey(i), Value: float64(i) / 4, Confidence: 5})
			}
			hs := []app.HistoryValue{{GoalID: g.ID, PeriodKey: "2019-01", Value: 5}, {GoalID: g.ID, PeriodKey: "2019-02", Value: 6}}
			cs, hs = tc.bad(g.ID, cs, hs)
			checkErr(t, s.ApplyImport(ctx, app.Import{CheckIns: cs, History: hs}), tc.code)

			got, err := s.CheckIns(ctx, g.ID)
			mustNotErr(t, err)
			if len(got) != 1 || got[0].Value != 7 || got[0].Confidence != 9 {
				t.Fatalf("check-ins changed: %d, first %+v", len(got), got[0])
			}
			gotH, err := s.History(ctx, g.ID)
			mustNotErr(t, err)
			if len(gotH) != 1 || gotH[0].Value != 4 {
				t.Fatalf("history changed: %+v", gotH)
			}
		})
	}
}

// TestApplyImportRejectedRows checks the rule that an import never writes
// a short period: with rows that could not be read it writes nothing unless
// the user chose to import without them, and then nothing in the periods
// those rows fall in.
func TestApplyImportRejectedRows(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct {
		name string
		imp  func(g int64) app.Import
		want string // the error's message, "" for none
	}{
		{"ErrRejectedByDefault", func(g int64) app.Import {
			return app.Import{CheckIns: []app.CheckIn{{GoalID: g, PeriodKey: "2026-01", Value: 1, Confidence: 5}}, Rejected: 1}
		}, "Rows of the file could not be read ({{.Count}}): nothing was imported. Correct them, or choose to import without them."},
		{"ErrLeftOutPeriodWritten", func(g int64) app.Import {
			return app.Import{CheckIns: []app.CheckIn{{GoalID: g, PeriodKey: "2026-01", Value: 1, Confidence: 5},
				{GoalID: g, PeriodKey: " 2026-10", Value: 2, Confidence: 5}},
				Rejected: 1, WithoutRejected: true, LeftOut: []app.ImportGap{{GoalID: g, PeriodKey: "2026-10"}}}
		}, "{{.Period}} is left out of this import, since a row that could not be read falls in it: nothing may be written to it."},
		{"ErrLeftOutGoalWritten", func(g int64) app.Import {
			return app.Import{History: []app.HistoryValue{{GoalID: g, PeriodKey: "2025-Q1", Value: 1}},
				Rejected: 1, WithoutRejected: true, LeftOut: []app.ImportGap{{GoalID: g}}}
		}, "A goal is left out of this import, since a row of it has a date that could not be read: nothing may be written to it."},
		{"ErrLeftOutHistoryWritten", func(g int64) app.Import {
			return app.Import{History: []app.HistoryValue{{GoalID: g, PeriodKey: "2025-Q1", Value: 1}},
				Rejected: 1, WithoutRejected: true, LeftOut: []app.ImportGap{{GoalID: g, PeriodKey: "2025-Q1", History: true}}}
		}, "{{.Period}} is left out of this import, since a row that could not be read falls in it: nothing may be written to it."},
		{"WithoutTheRows", func(g int64) app.Import {
			// A check-in gap does not stop the history value of the same key.
			return app.Import{CheckIns: []app.CheckIn{{GoalID: g, PeriodKey: "2026-01", Value: 1, Confidence: 5}},
				History:  []app.HistoryValue{{GoalID: g, PeriodKey: "2025-Q1", Value: 1}},
				Rejected: 3, WithoutRejected: true, LeftOut: []app.ImportGap{{GoalID: g, PeriodKey: "2026-10"},
					{GoalID: g, PeriodKey: "2025-Q1"}, {GoalID: g + 1}}}
		}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := mustOpen(t)
			g := mustCreateGoal(t, s, newGoal())
			oct := &app.CheckIn{GoalID: g.ID, PeriodKey: "2026-10", Value: 123, Confidence: 8}
			mustNotErr(t, s.CreateCheckIn(ctx, oct))
			err := s.ApplyImport(ctx, tc.imp(g.ID))
			cs, cerr := s.CheckIns(ctx, g.ID)
			mustNotErr(t, cerr)
			if tc.want == "" {
				mustNotErr(t, err)
				if len(cs) != 2 || cs[0].PeriodKey != "2026-01" || cs[1].Value != 123 {
					t.Fatalf("check-ins %+v, want January and October's stored 123", cs)
				}
				return
			}
			checkErr(t, err, app.EInvalid)
			if app.ErrorMessage(err) != tc.want {
				t.Fatalf("message %q, want %q", app.ErrorMessage(err), tc.want)
			}
			if hs, _ := s.History(ctx, g.ID); len(cs) != 1 || cs[0].Value != 123 || len(hs) != 0 {
				t.Fatalf("written: check-ins %+v, history %+v", cs, hs)
			}
		})
	}
}
