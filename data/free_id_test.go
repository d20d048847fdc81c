package data_test

import (
	"context"
	"path/filepath"
	"testing"

	"pacer/app"
)

// TestNewGoalBesideTablesOfAnotherProgram has another program add tables
// of its own to the file, each with a goal_id column: one that is not
// STRICT and holds text there, and a full-text index. A new goal is still
// created, past every goal ID Pacer's own tables name.
func TestNewGoalBesideTablesOfAnotherProgram(t *testing.T) {
	path := filepath.Join(t.TempDir(), "pacer.db")
	s := mustOpenPath(t, path)
	first := mustCreateGoal(t, s, newGoal())
	mustNotErr(t, s.Close())
	execRaw(t, path, `CREATE TABLE notes (goal_id TEXT, note TEXT);
		INSERT INTO notes VALUES ('north', 'text where a number would be'), ('99999', 'a number as text');
		CREATE VIRTUAL TABLE search USING fts5(goal_id, body);
		INSERT INTO search VALUES ('1', 'sales')`)

	s = mustOpenPath(t, path)
	g := mustCreateGoal(t, s, newGoal())
	if g.ID != first.ID+1 {
		t.Errorf("new goal %d, want %d: past the goals, not past another program's text", g.ID, first.ID+1)
	}
}

// TestNoFreeIDLeft has another program name the largest ID SQLite holds
// in a row of Pacer's: a new goal is refused with a message, not given a
// negative ID or a clash.
func TestNoFreeIDLeft(t *testing.T) {
	path := filepath.Join(t.TempDir(), "pacer.db")
	s := mustOpenPath(t, path)
	mustNotErr(t, s.Close())
	execRaw(t, path, `INSERT INTO history_values (goal_id, period_key, value) VALUES (9223372036854775807, '2026-01', 1)`)

	s = mustOpenPath(t, path)
	err := s.CreateGoal(context.Background(), newGoal())
	checkErr(t, err, app.EInvalid)
}
