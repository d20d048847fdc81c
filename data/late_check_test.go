package data_test

import (
	"bytes"
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"pacer/app"
	"pacer/data"
)

// damagedAt writes content with the given pages (numbered from 1)
// overwritten, as a failing disk might.
func damagedAt(t *testing.T, content []byte, pages []int) (path string, damaged []byte) {
	t.Helper()
	const page = 4096
	b := bytes.Clone(content)
	for _, p := range pages {
		copy(b[(p-1)*page:p*page], bytes.Repeat([]byte{0xAB}, page))
	}
	path = filepath.Join(t.TempDir(), "pacer.db")
	mustNotErr(t, os.WriteFile(path, b, 0o600))
	return path, b
}

// TestOpenCheckLater_FindsDamageAfterOpen: a file that needs no migration
// opens without the quick check, and the check returned finds the damage
// that Open refuses the file for, with the same code and message, and
// nothing was written to the file.
func TestOpenCheckLater_FindsDamageAfterOpen(t *testing.T) {
	ctx := context.Background()
	src, pages := sourceWithMarks(t, false)
	path, content := damagedAt(t, src, pages)
	_, openErr := data.Open(ctx, path)
	checkErr(t, openErr, app.ENotDatabase)

	s, check, err := data.OpenCheckLater(ctx, path)
	if err != nil {
		t.Fatalf("open before the check: %v", err)
	}
	err = check(ctx)
	mustNotErr(t, s.Close())
	checkErr(t, err, app.ENotDatabase)
	if app.ErrorMessage(err) != app.ErrorMessage(openErr) {
		t.Errorf("message %q, Open's %q", app.ErrorMessage(err), app.ErrorMessage(openErr))
	}
	if !bytes.Equal(fileBytes(t, path), content) {
		t.Fatal("file changed")
	}
	if sib := siblings(t, path); len(sib) != 0 {
		t.Fatalf("files left beside it: %v", sib)
	}
}

// TestOpenCheckLater_ChecksFirstWhenOpeningWrites: a migration pending, or
// running totals that a sync left to recompute, write at open, so the
// check runs before them and the damaged file is refused untouched.
func TestOpenCheckLater_ChecksFirstWhenOpeningWrites(t *testing.T) {
	t.Run("MigrationPending", func(t *testing.T) {
		src, pages := sourceWithMarks(t, false)
		path, content := damagedAt(t, src, pages)
		remove := data.AddTestMigration("9999_late_check_test.sql", `CREATE TABLE late_check_test (x INTEGER)`)
		defer remove()
		assertRefusedAtOpen(t, path, content)
	})
	t.Run("StaleTotals", func(t *testing.T) {
		src, pages := sourceWithMarks(t, true)
		path, content := damagedAt(t, src, pages)
		assertRefusedAtOpen(t, path, content)
	})
}

// sourceWithMarks writes a database of 100 goals, with one goal's
// running totals marked stale when stale is set, as a sync leaves them,
// and returns its bytes and the pages of the goals' rows: damage there is
// found only by a look over every page, as the schema and the marks, which
// decide whether opening writes, still read.
func sourceWithMarks(t *testing.T, stale bool) (content []byte, goalPages []int) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "source.db")
	s := mustOpenPath(t, path)
	for range 100 {
		g := newGoal()
		g.Description = strings.Repeat("words ", 80)
		mustCreateGoal(t, s, g)
	}
	mustNotErr(t, s.Close()) // which counts what waits, clearing stale marks
	db, err := sql.Open("sqlite", path)
	mustNotErr(t, err)
	defer func() { db.Close() }() // the db open when it returns
	if stale {
		_, err := db.Exec(`INSERT INTO checkin_totals_stale (goal_id, from_key) SELECT id, '' FROM goals LIMIT 1`)
		mustNotErr(t, err)
		mustNotErr(t, db.Close()) // the last connection: into the file itself
		db, err = sql.Open("sqlite", path)
		mustNotErr(t, err)
	}
	rows, err := db.Query(`SELECT pageno FROM dbstat WHERE name = 'goals' AND pagetype = 'leaf'`)
	mustNotErr(t, err)
	for rows.Next() {
		var p int
		mustNotErr(t, rows.Scan(&p))
		goalPages = append(goalPages, p)
	}
	mustNotErr(t, rows.Err())
	if len(goalPages) < 4 {
		t.Fatalf("the goals fill %d pages, want at least 4", len(goalPages))
	}
	return fileBytes(t, path), goalPages
}

// assertRefusedAtOpen fails unless OpenCheckLater refuses the damaged
// file at path as damaged, leaving it as it was with nothing beside it.
func assertRefusedAtOpen(t *testing.T, path string, content []byte) {
	t.Helper()
	s, _, err := data.OpenCheckLater(context.Background(), path)
	if err == nil {
		s.Close()
	}
	checkErr(t, err, app.ENotDatabase)
	if !strings.Contains(app.ErrorMessage(err), "damaged") {
		t.Errorf("message %q does not say damaged", app.ErrorMessage(err))
	}
	if !bytes.Equal(fileBytes(t, path), content) {
		t.Fatal("file changed")
	}
	if sib := siblings(t, path); len(sib) != 0 {
		t.Fatalf("files left beside it: %v", sib)
	}
}
