package data_test

import (
	"context"
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
