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

// TestRestoreOnFullDisk restores a backup on a full disk, where closing the
// store could not checkpoint its log: the saves since the backup live in
// pacer.db-wal, and pacer.db alone is not whole. The restore fails with
// EFull and leaves the file and its log together as they were, so that
// once there is room the file opens with every goal. It used to set both
// aside, then put back only pacer.db: the file then read as damaged.
func TestRestoreOnFullDisk(t *testing.T) {
	ctx := context.Background()
	dir := smallDisk(t)
	path, backup, s := backedUp(t, dir)
	filler := filepath.Join(dir, "filler")
	f, err := os.Create(filler)
	mustNotErr(t, err)
	saved := 2
	for err == nil { // fill the disk after each save, until one fails
		if err = s.CreateGoal(ctx, newGoal()); err == nil {
			saved++
			for buf := make([]byte, 512); err == nil; {
				_, err = f.Write(buf)
			}
			err = nil
		}
	}
	mustNotErr(t, f.Close())
	checkErr(t, err, app.EFull)
	s.Close() // its checkpoint fails: the log stays
	if _, err := os.Stat(path + "-wal"); err != nil {
		t.Fatalf("no log left beside the file: %v", err)
	}

	aside, err := data.Restore(ctx, path, backup, time.Now())
	checkErr(t, err, app.EFull)
	if aside != "" {
		t.Errorf("set aside %s", aside)
	}
	mustNotErr(t, os.Remove(filler))
	if n := goalCount(t, path); n != saved {
		t.Errorf("after the failed restore pacer.db holds %d goals, want %d", n, saved)
	}
	if sib := siblings(t, path); len(sib) != 1 || sib[0] != "backups" {
		t.Errorf("files beside it: %v", sib)
	}
}
