package data_test

import (
	"context"
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"pacer/app"
	"pacer/data"
)

// TestDailyBackupIntoReadOnlyFolder takes the daily backup into a backups
// folder on a read-only file system, which stops root too: it fails with
// EReadOnly, for the window to say the folder cannot be written. Mounting
// needs root (or CAP_SYS_ADMIN); the test is skipped where that is not
// allowed.
func TestDailyBackupIntoReadOnlyFolder(t *testing.T) {
	path := filepath.Join(t.TempDir(), "pacer.db")
	s := mustOpenPath(t, path)
	defer s.Close()
	dir := data.BackupsDir(path)
	mustNotErr(t, os.Mkdir(dir, 0o755))
	mountTmpfs(t, dir, syscall.MS_RDONLY)
	_, made, err := s.DailyBackup(context.Background())
	checkErr(t, err, app.EReadOnly)
	if made {
		t.Error("a backup is claimed")
	}
}

// TestMigrateWithBackupsFolderReadOnly upgrades a file whose backups
// folder is on a read-only file system, which stops root too: the file
// opens, upgraded, with its copy of before written beside it.
func TestMigrateWithBackupsFolderReadOnly(t *testing.T) {
	path := filepath.Join(t.TempDir(), "pacer.db")
	s, err := data.OpenAt(context.Background(), path, data.LatestVersion()-1)
	mustNotErr(t, err)
	mustCreateGoal(t, s, newGoal())
	mustNotErr(t, s.Close())
	dir := data.BackupsDir(path)
	mustNotErr(t, os.Mkdir(dir, 0o755))
	mountTmpfs(t, dir, syscall.MS_RDONLY)

	s = mustOpenPath(t, path)
	if n := goalCount(t, path); n != 1 {
		t.Errorf("%d goals after the upgrade, want 1", n)
	}
	mustNotErr(t, s.Close())
	if baks, _ := filepath.Glob(path + ".before-v*.bak"); len(baks) != 1 {
		t.Errorf("backups beside the file = %v, want one", baks)
	}
}
