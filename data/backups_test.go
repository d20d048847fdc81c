package data_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"pacer/app"
	"pacer/data"
)

func TestDailyBackupRotationAndRestore(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "pacer.db")
	s, err := data.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	day := time.Date(2026, 1, 1, 9, 0, 0, 0, time.UTC)
	s.Now = func() time.Time { return day }
	g := newSnapshotGoal(t, s, "Kept in the backup", []float64{10})

	first, made, err := s.DailyBackup(ctx)
	if err != nil || !made {
		t.Fatalf("first backup: %v, made %v", err, made)
	}
	if _, again, _ := s.DailyBackup(ctx); again {
		t.Error("a second backup on the same day")
	}
	for i := 1; i < 40; i++ {
		day = day.AddDate(0, 0, 1)
		if _, _, err := s.DailyBackup(ctx); err != nil {
			t.Fatal(err)
		}
	}
	list, err := data.ListBackups(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != data.KeepDaily+data.KeepWeekly {
		t.Errorf("%d backups kept, want %d daily + %d weekly", len(list), data.KeepDaily, data.KeepWeekly)
	}
	if list[0].Goals != 1 || !list[0].Time.Equal(time.Date(2026, 2, 9, 0, 0, 0, 0, time.Local)) {
		t.Errorf("newest backup = %+v", list[0])
	}
	if _, err := os.Stat(first); err == nil {
		t.Error("the 40-day-old backup was kept")
	}

	// The goal is deleted after the backups; restoring brings it back and
	// sets the current file aside.
	if err := s.DeleteGoal(ctx, g.ID); err != nil {
		t.Fatal(err)
	}
	s.Close()
	aside, err := data.Restore(ctx, path, list[0].Path, day)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(aside); err != nil {
		t.Errorf("the current file was not set aside: %v", err)
	}
	s2, err := data.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	if goals, _ := s2.ListGoals(ctx, app.GoalFilter{}); len(goals) != 1 {
		t.Errorf("after restore %d goals, want 1", len(goals))
	}
}

func TestRestoreRefusesDamagedBackup(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "pacer.db")
	s := mustOpenAt(t, path)
	s.Close()
	bad := filepath.Join(dir, "bad.db")
	if err := os.WriteFile(bad, []byte("not a database at all"), 0o644); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(path)
	if _, err := data.Restore(ctx, path, bad, time.Now()); app.ErrorCode(err) != app.ENotDatabase {
		t.Errorf("restore of a damaged file: %v", err)
	}
	if after, _ := os.ReadFile(path); string(after) != string(before) {
		t.Error("a refused restore changed the current file")
	}
}

func mustOpenAt(t *testing.T, path string) *data.Store {
	t.Helper()
	s, err := data.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestCloseTwice(t *testing.T) {
	s := mustOpenAt(t, filepath.Join(t.TempDir(), "p.db"))
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
}

// TestDailyBackupFailsWhereItCannotWrite takes the daily backup where it
// cannot be written: a file has the backups folder's name, or the folder
// is read-only. The failure is returned, for the window to show, and no
// backup is claimed.
func TestDailyBackupFailsWhereItCannotWrite(t *testing.T) {
	ctx := context.Background()
	t.Run("folder is a file", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "pacer.db")
		s := mustOpenPath(t, path)
		defer s.Close()
		mustNotErr(t, os.WriteFile(data.BackupsDir(path), []byte("not a folder"), 0o644))
		if got, made, err := s.DailyBackup(ctx); err == nil || made || got != "" {
			t.Errorf("DailyBackup = %q, made %v, %v; want an error", got, made, err)
		}
	})
	t.Run("read-only folder", func(t *testing.T) {
		if os.Geteuid() == 0 {
			t.Skip("root writes into read-only folders")
		}
		path := filepath.Join(t.TempDir(), "pacer.db")
		s := mustOpenPath(t, path)
		defer s.Close()
		dir := data.BackupsDir(path)
		mustNotErr(t, os.Mkdir(dir, 0o555))
		t.Cleanup(func() { os.Chmod(dir, 0o755) })
		_, made, err := s.DailyBackup(ctx)
		checkErr(t, err, app.EReadOnly)
		if made {
			t.Error("a backup is claimed")
		}
	})
}
