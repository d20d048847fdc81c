package data_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"pacer/app"
	"pacer/data"
)

// withGoals is a store on dir/name holding n goals.
func withGoals(t *testing.T, dir, name string, n int) *data.Store {
	t.Helper()
	s := mustOpenPath(t, filepath.Join(dir, name))
	for range n {
		mustCreateGoal(t, s, newGoal())
	}
	return s
}

// TestSaveCopyOverFileOpenElsewhere saves a copy over a file another Pacer
// window has open. Renamed over it, the copy took that window's file from
// under it: its saves went on into a file no longer there, and its log,
// left beside the copy, was read into it. The copy is refused with EBusy,
// and the other window's file and saves are kept.
func TestSaveCopyOverFileOpenElsewhere(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	a := withGoals(t, dir, "a.db", 3)
	defer a.Close()
	dest := filepath.Join(dir, "b.db")
	b := withGoals(t, dir, "b.db", 1)

	err := a.SaveCopy(ctx, dest)
	checkErr(t, err, app.EBusy)
	if !strings.Contains(app.ErrorMessage(err), "open in another Pacer window") {
		t.Errorf("message %q does not say the file is open elsewhere", app.ErrorMessage(err))
	}
	mustCreateGoal(t, b, newGoal())
	mustNotErr(t, b.Close())
	if n := goalCount(t, dest); n != 2 {
		t.Errorf("b.db holds %d goals, want its own 2", n)
	}
	if sib, _ := filepath.Glob(dest + ".partial*"); len(sib) != 0 {
		t.Errorf("left beside it: %v", sib)
	}
}

// TestSaveCopyOverStaleLog saves a copy over a file with a write-ahead log
// a crash left beside it: the copy is read as it was written, not through
// the old file's log.
func TestSaveCopyOverStaleLog(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	a := withGoals(t, dir, "a.db", 3)
	defer a.Close()
	dest := filepath.Join(dir, "b.db")
	b := withGoals(t, dir, "b.db", 1)
	log := fileBytes(t, dest+"-wal") // as a crash leaves it
	mustNotErr(t, b.Close())
	mustNotErr(t, os.WriteFile(dest+"-wal", log, 0o644))

	mustNotErr(t, a.SaveCopy(ctx, dest))
	if n := goalCount(t, dest); n != 3 {
		t.Errorf("the copy holds %d goals, want a.db's 3", n)
	}
}

// TestSaveCopyKeepsAPartialFileOfTheUser saves a copy to x.db beside a
// file of the user's called x.db.partial, which it leaves alone.
func TestSaveCopyKeepsAPartialFileOfTheUser(t *testing.T) {
	dir := t.TempDir()
	a := withGoals(t, dir, "a.db", 1)
	defer a.Close()
	dest := filepath.Join(dir, "x.db")
	mustNotErr(t, os.WriteFile(dest+".partial", []byte("mine"), 0o644))
	mustNotErr(t, a.SaveCopy(context.Background(), dest))
	if string(fileBytes(t, dest+".partial")) != "mine" {
		t.Error("x.db.partial was changed")
	}
	if n := goalCount(t, dest); n != 1 {
		t.Errorf("the copy holds %d goals, want 1", n)
	}
}
