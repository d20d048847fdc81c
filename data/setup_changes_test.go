package data_test

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"pacer/app"
	"pacer/data"
)

// otherProgram opens the file at path as another program writing it by
// hand would, foreign keys as set by pragmas (a DSN setting them).
func otherProgram(t *testing.T, path string, pragmas ...string) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", data.DSN(path))
	if err != nil {
		t.Fatal(err)
	}
	db.SetMaxOpenConns(1)
	t.Cleanup(func() { db.Close() })
	for _, p := range pragmas {
		if _, err := db.Exec(p); err != nil {
			t.Fatal(err)
		}
	}
	return db
}

// mustExec runs q on db.
func mustExec(t *testing.T, db *sql.DB, q string, args ...any) {
	t.Helper()
	if _, err := db.Exec(q, args...); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
}

// planned saves a goal titled title with a quarterly plan through s.
func planned(t *testing.T, s *data.Store, title string) *app.Goal {
	t.Helper()
	g := newGoal()
	g.Title = title
	if err := s.SaveGoalSetup(context.Background(), app.GoalSetup{Goal: g, Plan: app.SplitEven(app.Calendar{}, *g, app.CadenceQuarter)}); err != nil {
		t.Fatal(err)
	}
	return g
}

// TestSetupCacheSeesHandWrites has another program write goals and plans
// by hand, as no Pacer screen does, between reads of one store whose
// cache reads again only the goals each change names: every read is as
// the file has it.
func TestSetupCacheSeesHandWrites(t *testing.T) {
	path := filepath.Join(t.TempDir(), "pacer.db")
	s := mustOpenPath(t, path)
	a, b, c := planned(t, s, "A"), planned(t, s, "B"), planned(t, s, "C")
	checkSetup(t, s, "three goals")
	other := otherProgram(t, path)

	mustExec(t, other, `UPDATE plan_periods SET target = target + 1 WHERE goal_id = ?`, a.ID)
	checkSetup(t, s, "a plan's targets changed by hand")
	mustExec(t, other, `DELETE FROM goals WHERE id = ?`, c.ID)
	checkSetup(t, s, "a goal deleted by hand, its plans with it")

	loose := otherProgram(t, path, `PRAGMA foreign_keys = OFF`)
	mustExec(t, loose, `BEGIN;
		UPDATE goals SET id = 99, owner = 'Bob' WHERE id = ?1;
		UPDATE plans SET goal_id = 99 WHERE goal_id = ?1;
		UPDATE plan_periods SET goal_id = 99 WHERE goal_id = ?1;
		COMMIT`, b.ID)
	checkSetup(t, s, "a goal and its plan given another ID by hand")

	mustExec(t, other, `UPDATE goals SET title = 'A by hand' WHERE id = ?`, a.ID)
	mustExec(t, other, `UPDATE setup_generation SET g = random()`)
	checkSetup(t, s, "a generation drawn without a row")
	mustExec(t, other, `UPDATE goals SET title = 'A logged' WHERE id = ?`, a.ID)
	checkSetup(t, s, "a change with a row")
	var trigger string
	if err := other.QueryRow(`SELECT sql FROM sqlite_schema WHERE name = 'setup_generation_goals_update'`).Scan(&trigger); err != nil {
		t.Fatal(err)
	}
	mustExec(t, other, `BEGIN;
		DROP TRIGGER setup_generation_goals_update;
		CREATE TRIGGER setup_generation_goals_update AFTER UPDATE ON goals BEGIN
			UPDATE setup_generation SET g = random();
		END;
		UPDATE goals SET title = 'A by a trigger of migration 14' WHERE id = `+fmt.Sprint(a.ID)+`;
		DROP TRIGGER setup_generation_goals_update;
		`+trigger+`;
		COMMIT`)
	mustExec(t, other, `UPDATE goals SET title = 'B after it' WHERE id = 99`)
	checkSetup(t, s, "a change drawn without a row, then one with a row")
	mustExec(t, other, `DELETE FROM setup_changes`)
	mustExec(t, other, `UPDATE goals SET title = 'A again' WHERE id = ?`, a.ID)
	checkSetup(t, s, "a change after the rows were deleted")
}

// TestSetupCacheAfterManyChanges changes more goals between two reads
// than are read again one by one: the read is as the file has it.
func TestSetupCacheAfterManyChanges(t *testing.T) {
	path := filepath.Join(t.TempDir(), "pacer.db")
	s := mustOpenPath(t, path)
	for i := range 300 {
		planned(t, s, fmt.Sprintf("Goal %d", i))
	}
	checkSetup(t, s, "300 goals")
	mustExec(t, otherProgram(t, path), `UPDATE goals SET owner = 'Bob'`)
	checkSetup(t, s, "every goal given another owner")
}

// TestSetupChangesKept re-plans a goal until the file has written more
// than 5,000 rows of setup changes: it keeps the newest 5,000, and a store
// behind all of them reads the goals as the file has them.
func TestSetupChangesKept(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "pacer.db")
	s := mustOpenPath(t, path)
	g := newGoal()
	g.Cadence, g.Start, g.End = app.CadenceWeek, app.NewDate(2025, time.January, 6), app.NewDate(2026, time.December, 27)
	if err := s.SaveGoalSetup(ctx, app.GoalSetup{Goal: g, Plan: app.SplitEven(app.Calendar{}, *g, app.CadenceWeek)}); err != nil {
		t.Fatal(err)
	}
	checkSetup(t, s, "a weekly goal")
	other := otherProgram(t, path)
	var periods int
	if err := other.QueryRow(`SELECT count(*) FROM plan_periods`).Scan(&periods); err != nil || periods < 50 {
		t.Fatalf("the plan has %d periods (%v), want a week's each", periods, err)
	}
	for range 5000/periods + 1 {
		mustExec(t, other, `UPDATE plan_periods SET target = target + 1`)
	}
	var n, span int
	if err := other.QueryRow(`SELECT count(*), max(seq) - min(seq) FROM setup_changes`).Scan(&n, &span); err != nil {
		t.Fatal(err)
	}
	if n != 5000 || span != 4999 {
		t.Errorf("setup_changes keeps %d rows over %d sequence numbers, want the newest 5,000", n, span+1)
	}
	checkSetup(t, s, "after more changes than the file keeps")
}
