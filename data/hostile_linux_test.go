package data_test

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"

	"pacer/app"
	"pacer/data"
)

// TestDiskFull fills a 1 MiB tmpfs with check-ins until a save fails: it
// fails with EFull, reads go on, a backup and the opening of a new file
// fail the same way and leave nothing half-written, and the file opens
// again, intact, with every acknowledged check-in and nothing else. Once
// there is room again, as the message promises, the same save succeeds.
// Mounting needs root (or CAP_SYS_ADMIN); the test is skipped where that
// is not allowed.
func TestDiskFull(t *testing.T) {
	ctx := context.Background()
	dir := smallDisk(t)

	path := filepath.Join(dir, "pacer.db")
	s := mustOpenPath(t, path)
	g := mustCreateGoal(t, s, weeklyGoal())

	c := &child{goalID: g.ID}
	var failed app.CheckIn
	var err error
	for i := 0; i < 10_000 && err == nil; i++ {
		failed = crashCheckIn(g.ID, i)
		if err = s.CreateCheckIn(ctx, &failed); err == nil {
			c.committed = append(c.committed, failed.PeriodKey+" "+strconv.FormatFloat(failed.Value, 'f', -1, 64))
		}
	}
	checkErr(t, err, app.EFull)
	t.Logf("%d check-ins saved, then: %v", len(c.committed), err)
	if _, err := s.CheckIns(ctx, g.ID); err != nil {
		t.Fatalf("read on a full disk: %v", err)
	}

	_, _, err = s.DailyBackup(ctx)
	checkErr(t, err, app.EFull)
	if backups, _ := filepath.Glob(filepath.Join(data.BackupsDir(path), "*")); len(backups) != 0 {
		t.Fatalf("partial backups left: %v", backups)
	}
	newPath := filepath.Join(dir, "new.db")
	_, err = data.Open(ctx, newPath)
	checkErr(t, err, app.EFull)

	mustNotErr(t, s.Close())
	s = mustOpenPath(t, path) // the disk is still full
	checkIntegrity(t, s)
	if cs := checkCommitted(t, s, c); len(cs) != len(c.committed) {
		t.Errorf("%d check-ins in the file, %d acknowledged", len(cs), len(c.committed))
	}

	mustNotErr(t, syscall.Mount("tmpfs", dir, "tmpfs", syscall.MS_REMOUNT, "size=4m"))
	mustNotErr(t, s.CreateCheckIn(ctx, &failed))
	checkIntegrity(t, s)
	mustCreateGoal(t, mustOpenPath(t, newPath), newGoal())
}

// smallDisk mounts a 1 MiB tmpfs for the test, unmounted after it: a disk
// that fills up. Mounting needs root (or CAP_SYS_ADMIN); the test is
// skipped, saying so, where that is not allowed.
func smallDisk(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "small")
	mustNotErr(t, os.Mkdir(dir, 0o700))
	mountTmpfs(t, dir, 0)
	return dir
}

// mountTmpfs mounts a 1 MiB tmpfs with flags (syscall.MS_RDONLY for a
// read-only one) on the folder dir until the test ends; the test is
// skipped where mounting is not allowed (it needs root).
func mountTmpfs(t *testing.T, dir string, flags uintptr) {
	t.Helper()
	if err := syscall.Mount("tmpfs", dir, "tmpfs", flags, "size=1m"); err != nil {
		t.Skipf("cannot mount a tmpfs on %s: %v", dir, err)
	}
	t.Cleanup(func() {
		if err := syscall.Unmount(dir, 0); err != nil {
			t.Errorf("unmount %s: %v", dir, err)
		}
	})
}
