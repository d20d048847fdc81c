package data_test

import (
	"bytes"
	"context"
	"database/sql"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"pacer/app"
	"pacer/data"
)

// backedUp is a database at dir/pacer.db with one goal, its daily backup
// taken, and a second goal saved after it; the store is still open.
func backedUp(t *testing.T, dir string) (path, backup string, s *data.Store) {
	t.Helper()
	path = filepath.Join(dir, "pacer.db")
	s = mustOpenPath(t, path)
	mustCreateGoal(t, s, newGoal())
	backup, _, err := s.DailyBackup(context.Background())
	mustNotErr(t, err)
	mustCreateGoal(t, s, newGoal())
	return path, backup, s
}

func goalCount(t *testing.T, path string) int {
	t.Helper()
	s := mustOpenPath(t, path)
	defer s.Close()
	gs, err := s.ListGoals(context.Background(), app.GoalFilter{})
	mustNotErr(t, err)
	return len(gs)
}

// TestRestoreRefusedWhileOpenElsewhere restores over a file another Pacer
// window has open. Renamed aside, the file would go on taking that
// window's saves, which its user would never find in pacer.db again: the
// restore is refused with EBusy, and the file is left as it was.
func TestRestoreRefusedWhileOpenElsewhere(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path, backup, s := backedUp(t, dir)
	other := mustOpenPath(t, path)
	defer other.Close()
	mustNotErr(t, s.Close())

	aside, err := data.Restore(ctx, path, backup, time.Now())
	checkErr(t, err, app.EBusy)
	if !strings.Contains(app.ErrorMessage(err), "open in another Pacer window") {
		t.Errorf("message %q does not say the file is open elsewhere", app.ErrorMessage(err))
	}
	if aside != "" {
		t.Errorf("set aside %s", aside)
	}
	mustCreateGoal(t, other, newGoal()) // the other window's save lands in pacer.db
	mustNotErr(t, other.Close())
	if n := goalCount(t, path); n != 3 {
		t.Errorf("pacer.db holds %d goals, want 3", n)
	}
	if sib := siblings(t, path); len(sib) != 1 || sib[0] != "backups" {
		t.Errorf("files beside it: %v", sib)
	}
}

// TestRestoreTwiceInOneSecond restores two backups within one second: the
// second sets the first restore's file aside under a name of its own,
// never over the original file the first one set aside.
func TestRestoreTwiceInOneSecond(t *testing.T) {
	ctx := context.Background()
	path, backup, s := backedUp(t, t.TempDir())
	mustNotErr(t, s.Close())
	now := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	first, err := data.Restore(ctx, path, backup, now)
	mustNotErr(t, err)
	second, err := data.Restore(ctx, path, backup, now)
	mustNotErr(t, err)
	if first == second {
		t.Fatalf("both restores set the file aside as %s", first)
	}
	if n := goalCount(t, first); n != 2 {
		t.Errorf("the file the first restore set aside holds %d goals, want 2", n)
	}
}

// TestRestoreRefusesWhatPacerCannotOpen restores backups this Pacer would
// refuse to open: one a newer Pacer wrote (a later migration recorded, or
// user_version past this schema) and another program's SQLite file. Put
// in place, each would leave the user's file set aside and nothing that
// opens; each is refused as Open refuses it, the file left as it was.
func TestRestoreRefusesWhatPacerCannotOpen(t *testing.T) {
	for _, tc := range []struct {
		name string
		sql  string
		code string
	}{
		{"NewerMigration", `INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, '0099_future.sql', '2030-01-01T00:00:00Z')`, app.ENewerSchema},
		{"NewerUserVersion", `PRAGMA user_version = 99`, app.ENewerSchema},
		{"OtherProgram", `PRAGMA application_id = 7`, app.ENotDatabase},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			path, backup, s := backedUp(t, t.TempDir())
			mustNotErr(t, s.Close())
			db, err := sql.Open("sqlite", backup)
			mustNotErr(t, err)
			_, err = db.Exec(tc.sql)
			mustNotErr(t, err)
			mustNotErr(t, db.Close())
			before := fileBytes(t, path)

			aside, err := data.Restore(ctx, path, backup, time.Now())
			checkErr(t, err, tc.code)
			if aside != "" {
				t.Errorf("set aside %s", aside)
			}
			if !bytes.Equal(fileBytes(t, path), before) {
				t.Fatal("a refused restore changed the current file")
			}
			if err := data.CheckFile(ctx, backup); app.ErrorCode(err) != tc.code {
				t.Errorf("CheckFile of the backup: %v, want %s", err, tc.code)
			}
			if n := goalCount(t, path); n != 2 {
				t.Errorf("pacer.db holds %d goals, want 2", n)
			}
		})
	}
}
