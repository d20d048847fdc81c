package data_test

import (
	"context"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"

	"pacer/app"
	"pacer/data"
)

// otherReaderCount has sqlite3, SQLite's own shell and a program other
// than Pacer, open the database at path, count its check-ins and close
// it, as a user looking into the file does; it returns the count.
func otherReaderCount(t *testing.T, path string) int {
	t.Helper()
	shell, err := exec.LookPath("sqlite3")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("sqlite3 is not installed: Pacer is NOT checked beside another program; make test-deps installs it")
		}
		t.Skip("sqlite3 is not installed: Pacer is NOT checked beside another program; make test-deps installs it")
	}
	out, err := exec.Command(shell, path, "SELECT count(*) FROM checkins").CombinedOutput()
	if err != nil {
		t.Fatalf("sqlite3: %v\n%s", err, out)
	}
	n, err := strconv.Atoi(strings.TrimSpace(string(out)))
	if err != nil {
		t.Fatalf("sqlite3 printed %q", out)
	}
	return n
}

// TestAnotherProgramLeavesOurWAL: while a store is open, Pacer checks
// that it may write the file and opens it again (a second window's store,
// a file reopened); then another program (sqlite3) reads the file and
// closes it.
// On Unix, a descriptor of the file opened and closed beside the store's
// dropped its locks, the other program then took itself for the last one
// and deleted the WAL, and the saves after it went to the deleted file.
func TestAnotherProgramLeavesOurWAL(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	path := s.Path()
	g := mustCreateGoal(t, s, weeklyGoal())
	mustNotErr(t, s.PutCheckIn(ctx, &app.CheckIn{GoalID: g.ID, PeriodKey: weekKey(1), Value: 1}))

	if !data.Writable(path) {
		t.Fatalf("%s not writable", path)
	}
	again, err := data.Open(ctx, path)
	mustNotErr(t, err)
	mustNotErr(t, again.Close())

	if n := otherReaderCount(t, path); n != 1 {
		t.Fatalf("the other program read %d check-ins, want 1", n)
	}
	if _, err := os.Stat(path + "-wal"); err != nil {
		t.Fatalf("the other program deleted the WAL the store writes to: %v", err)
	}
	mustNotErr(t, s.PutCheckIn(ctx, &app.CheckIn{GoalID: g.ID, PeriodKey: weekKey(2), Value: 2}))
	if n := otherReaderCount(t, path); n != 2 {
		t.Fatalf("after a save, the other program read %d check-ins, want 2: the save is not in the file", n)
	}
}

// TestInUse: a store's file is in use under any name, with its WAL and
// index, while the store is open, and no longer once it closed; another
// file is not.
func TestInUse(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	path := s.Path()
	mustCreateGoal(t, s, weeklyGoal()) // the WAL and its index exist from the first write
	link := path + ".link"
	mustNotErr(t, os.Symlink(path, link))
	other := path + ".other"
	mustNotErr(t, os.WriteFile(other, []byte("x"), 0o644))
	for _, p := range []string{path, path + "-wal", path + "-shm", link} {
		if !data.InUse(p) {
			t.Errorf("%s not in use while its store is open", p)
		}
	}
	if data.InUse(other) || data.InUse(path+".missing") {
		t.Error("a file no store has open is in use")
	}
	again, err := data.Open(ctx, path)
	mustNotErr(t, err)
	mustNotErr(t, again.Close())
	if !data.InUse(path) {
		t.Error("a second store on the file closed, and the first one's file is no longer in use")
	}
	mustNotErr(t, s.Close())
	if data.InUse(path) {
		t.Error("the file is still in use after its store closed")
	}
}
