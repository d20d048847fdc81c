package data_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"reflect"
	"testing"

	"pacer/app"
	"pacer/data"
)

// The builders of the bad-input catalogue's cases (badinput_test.go) and
// the snapshot that shows a refused write left every table as it was.

// newGoalWith creates newGoal changed by edit, keeping it as f.made.
func newGoalWith(edit func(*app.Goal)) writeFn {
	return func(ctx context.Context, s *data.Store, f *badFixture) error {
		f.made = newGoal()
		edit(f.made)
		return s.CreateGoal(ctx, f.made)
	}
}

// editGoal updates a copy of the fixture's goal changed by edit.
func editGoal(edit func(*app.Goal)) writeFn {
	return func(ctx context.Context, s *data.Store, f *badFixture) error {
		g := *f.goal
		edit(&g)
		return s.UpdateGoal(ctx, &g)
	}
}

// madeGoal checks that get of the stored f.made is want.
func madeGoal(get func(*app.Goal) any, want any) checkFn {
	return func(t *testing.T, s *data.Store, f *badFixture) {
		g, err := s.GoalByID(context.Background(), f.made.ID)
		mustNotErr(t, err)
		if got := get(g); !reflect.DeepEqual(got, want) {
			t.Errorf("read back %.80v, want %.80v", got, want)
		}
	}
}

// newCheckIn creates a check-in of the fixture's goal, kept as f.madeC.
func newCheckIn(period string, v float64, note string) writeFn {
	return func(ctx context.Context, s *data.Store, f *badFixture) error {
		f.madeC = app.CheckIn{GoalID: f.goal.ID, PeriodKey: period, Value: v, Note: note}
		return s.CreateCheckIn(ctx, &f.madeC)
	}
}

// madeCheckIn checks that get of the stored f.madeC is want.
func madeCheckIn(get func(app.CheckIn) any, want any) checkFn {
	return func(t *testing.T, s *data.Store, f *badFixture) {
		c, err := s.CheckInByPeriod(context.Background(), f.madeC.GoalID, f.madeC.PeriodKey)
		mustNotErr(t, err)
		if got := get(*c); !reflect.DeepEqual(got, want) {
			t.Errorf("read back %.80v, want %.80v", got, want)
		}
	}
}

// newPlan adds a plan revision of the fixture's goal.
func newPlan(periods ...app.PeriodTarget) writeFn {
	return func(ctx context.Context, s *data.Store, f *badFixture) error {
		return s.AddPlanRevision(ctx, &app.Plan{GoalID: f.goal.ID, Target: 1200, Periods: periods})
	}
}

// newHistory replaces the history of the fixture's goal.
func newHistory(values ...app.HistoryValue) writeFn {
	return func(ctx context.Context, s *data.Store, f *badFixture) error {
		return s.SetHistory(ctx, f.goal.ID, values)
	}
}

// newReview saves the fixture's review changed by edit.
func newReview(edit func(*app.Review)) writeFn {
	return func(ctx context.Context, s *data.Store, f *badFixture) error {
		r := f.review
		edit(&r)
		return s.SaveReview(ctx, &r)
	}
}

// newActionWith creates newAction of the fixture's goal changed by edit.
func newActionWith(edit func(*app.ActionPlan)) writeFn {
	return func(ctx context.Context, s *data.Store, f *badFixture) error {
		a := newAction(f.goal.ID)
		edit(a)
		return s.CreateActionPlan(ctx, a)
	}
}

// newFollowUp adds a follow-up to the fixture's action plan.
func newFollowUp(d app.Date, note string) writeFn {
	return func(ctx context.Context, s *data.Store, f *badFixture) error {
		return s.AddFollowUp(ctx, &app.FollowUp{ActionID: f.action.ID, Date: d, Note: note})
	}
}

// tableState is a table's row count and a hash of all its rows.
type tableState struct {
	Rows int
	Hash string
}

// dbState snapshots every table of the store, schema tables included.
func dbState(t *testing.T, s *data.Store) map[string]tableState {
	t.Helper()
	db := s.DB()
	names, err := db.Query(`SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name`)
	mustNotErr(t, err)
	var tables []string
	for names.Next() {
		var n string
		mustNotErr(t, names.Scan(&n))
		tables = append(tables, n)
	}
	mustNotErr(t, names.Err())
	names.Close()
	out := make(map[string]tableState, len(tables))
	for _, table := range tables {
		// A full scan reads a table in the order of its key: the rowid,
		// or the primary key of a WITHOUT ROWID table (checkin_totals).
		rows, err := db.Query(`SELECT * FROM "` + table + `"`)
		mustNotErr(t, err)
		cols, err := rows.Columns()
		mustNotErr(t, err)
		h, st := sha256.New(), tableState{}
		vals, ptrs := make([]any, len(cols)), make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		for rows.Next() {
			mustNotErr(t, rows.Scan(ptrs...))
			for _, v := range vals {
				fmt.Fprintf(h, "%T:%q\x1f", v, fmt.Sprint(v))
			}
			h.Write([]byte{0x1e})
			st.Rows++
		}
		mustNotErr(t, rows.Err())
		rows.Close()
		st.Hash = hex.EncodeToString(h.Sum(nil))
		out[table] = st
	}
	return out
}

// tableNames is the set of tables in a dbState.
func tableNames(st map[string]tableState) map[string]bool {
	m := make(map[string]bool, len(st))
	for n := range st {
		m[n] = true
	}
	return m
}
