package data_test

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"pacer/app"
	"pacer/data"
)

func TestMigrate_BackupBeforeMigrating(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "pacer.db")
	s := mustOpenPath(t, path)
	g := mustCreateGoal(t, s, newGoal())
	mustNotErr(t, s.Close())

	next := data.LatestVersion() + 1
	remove := data.AddTestMigration(fmt.Sprintf("%04d_test.sql", next),
		`ALTER TABLE goals ADD COLUMN colour TEXT NOT NULL DEFAULT ''`)
	defer remove()

	stamp := time.Now().UTC()
	s2, err := data.Open(ctx, path)
	mustNotErr(t, err)
	defer s2.Close()

	var colour string
	mustNotErr(t, s2.DB().QueryRow(`SELECT colour FROM goals WHERE id = ?`, g.ID).Scan(&colour))
	var version int
	mustNotErr(t, s2.DB().QueryRow(`SELECT max(version) FROM schema_migrations`).Scan(&version))
	if version != next {
		t.Fatalf("version = %d, want %d", version, next)
	}

	baks, _ := filepath.Glob(fmt.Sprintf("%s.before-v%d-*.bak", filepath.Join(data.BackupsDir(path), filepath.Base(path)), next))
	if len(baks) != 1 {
		t.Fatalf("backups = %v, want one", baks)
	}
	if !strings.Contains(baks[0], stamp.Format("20060102T")) {
		t.Errorf("backup name %q lacks the date", baks[0])
	}
	bak, err := sql.Open("sqlite", baks[0])
	mustNotErr(t, err)
	defer bak.Close()
	var bakVersion, goals int
	mustNotErr(t, bak.QueryRow(`SELECT max(version) FROM schema_migrations`).Scan(&bakVersion))
	mustNotErr(t, bak.QueryRow(`SELECT count(*) FROM goals`).Scan(&goals))
	if bakVersion != next-1 || goals != 1 {
		t.Fatalf("backup at version %d with %d goals, want %d with 1", bakVersion, goals, next-1)
	}
	if _, err := bak.Query(`SELECT colour FROM goals`); err == nil {
		t.Fatal("backup has the new column: it was taken after migrating")
	}
}

func TestMigrate_BackupNameNotOverwritten(t *testing.T) {
	path := filepath.Join(t.TempDir(), "pacer.db")
	s := mustOpenPath(t, path)
	mustNotErr(t, s.Close())
	next := data.LatestVersion() + 1
	remove := data.AddTestMigration(fmt.Sprintf("%04d_test.sql", next), `CREATE TABLE extra (x INTEGER)`)
	defer remove()

	// Occupy every name the backup could take this second and the next.
	mustNotErr(t, os.MkdirAll(data.BackupsDir(path), 0o755))
	var taken []string
	for _, at := range []time.Time{time.Now().UTC(), time.Now().UTC().Add(time.Second)} {
		name := fmt.Sprintf("%s.before-v%d-%s.bak", filepath.Join(data.BackupsDir(path), filepath.Base(path)), next, at.Format("20060102T150405Z"))
		mustNotErr(t, os.WriteFile(name, []byte("keep me"), 0o600))
		taken = append(taken, name)
	}
	s2, err := data.Open(context.Background(), path)
	mustNotErr(t, err)
	defer s2.Close()
	for _, name := range taken {
		if string(fileBytes(t, name)) != "keep me" {
			t.Fatalf("%s overwritten", name)
		}
	}
	baks, _ := filepath.Glob(fmt.Sprintf("%s.before-v%d-*.bak", filepath.Join(data.BackupsDir(path), filepath.Base(path)), next))
	if len(baks) != 3 {
		t.Fatalf("backups = %v, want the 2 placeholders and 1 real", baks)
	}
}

func TestMigrate_NoBackupForNewFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "pacer.db")
	mustOpenPath(t, path)
	if sib := siblings(t, path); slices.ContainsFunc(sib, func(n string) bool { return strings.HasSuffix(n, ".bak") }) {
		t.Fatalf("backup written for a new file: %v", sib)
	}
}

func TestMigrate_OpenAtOlderVersion(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "pacer.db")
	s, err := data.OpenAt(ctx, path, 0)
	mustNotErr(t, err)
	mustNotErr(t, s.Close())
	s = mustOpenPath(t, path)
	mustCreateGoal(t, s, newGoal())
}

// TestMigrate_BackupsFolderUnwritable upgrades a file whose backups
// folder cannot be written: here a file of that name holds its place, as
// a read-only folder or one of another user on a shared drive would. The
// file and its own folder are writable, so it is upgraded, its copy of
// before written beside it instead; it was refused as read-only, which
// it is not, and the user could not open their data with this Pacer.
func TestMigrate_BackupsFolderUnwritable(t *testing.T) {
	path := filepath.Join(t.TempDir(), "pacer.db")
	s := mustOpenPath(t, path)
	g := mustCreateGoal(t, s, newGoal())
	mustNotErr(t, s.Close())
	mustNotErr(t, os.WriteFile(data.BackupsDir(path), []byte("not a folder"), 0o600))
	next := data.LatestVersion() + 1
	remove := data.AddTestMigration(fmt.Sprintf("%04d_test.sql", next), `ALTER TABLE goals ADD COLUMN colour TEXT NOT NULL DEFAULT ''`)
	defer remove()

	s2, err := data.Open(context.Background(), path)
	mustNotErr(t, err)
	defer s2.Close()
	var title string
	mustNotErr(t, s2.DB().QueryRow(`SELECT title || colour FROM goals WHERE id = ?`, g.ID).Scan(&title))
	if title != g.Title {
		t.Errorf("goal title after the upgrade = %q, want %q", title, g.Title)
	}
	baks, _ := filepath.Glob(fmt.Sprintf("%s.before-v%d-*.bak", path, next))
	if len(baks) != 1 {
		t.Fatalf("backups beside the file = %v, want one", baks)
	}
	bak, err := sql.Open("sqlite", baks[0])
	mustNotErr(t, err)
	defer bak.Close()
	var version int
	mustNotErr(t, bak.QueryRow(`SELECT max(version) FROM schema_migrations`).Scan(&version))
	if version != next-1 {
		t.Errorf("the backup is of version %d, want %d", version, next-1)
	}
	if list, err := data.ListBackups(context.Background(), path); err != nil || len(list) != 1 ||
		list[0].Path != baks[0] || !list[0].BeforeUpgrade || list[0].Goals != 1 {
		t.Errorf("backups listed = %+v, %v; want the copy beside the file, of 1 goal", list, err)
	}
}

// TestMigrate_BackupListedAndKept: the copy taken before an upgrade is
// offered by Restore from backup, named for the minute it was taken, and
// the daily backups' pruning leaves it. It was listed nowhere, so a user
// whose upgrade went wrong could not find it in Pacer.
func TestMigrate_BackupListedAndKept(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "pacer.db")
	s := mustOpenPath(t, path)
	mustCreateGoal(t, s, newGoal())
	mustNotErr(t, s.Close())
	next := data.LatestVersion() + 1
	remove := data.AddTestMigration(fmt.Sprintf("%04d_test.sql", next), `CREATE TABLE extra (x INTEGER)`)
	defer remove()
	before := time.Now().Add(-time.Second)
	s2, err := data.Open(ctx, path)
	mustNotErr(t, err)
	for day := 1; day <= data.KeepDaily+7*(data.KeepWeekly+1); day++ { // more weeks than pruning keeps
		s2.Now = func() time.Time { return time.Now().AddDate(0, 0, day) }
		_, _, err := s2.DailyBackup(ctx)
		mustNotErr(t, err)
	}
	mustNotErr(t, s2.Close())
	list, err := data.ListBackups(ctx, path)
	mustNotErr(t, err)
	var upgrades []data.BackupInfo
	for _, b := range list {
		if b.BeforeUpgrade {
			upgrades = append(upgrades, b)
		}
	}
	if len(upgrades) != 1 || upgrades[0].Goals != 1 || upgrades[0].Time.Before(before) || upgrades[0].Time.After(time.Now()) {
		t.Fatalf("copies before the upgrade listed = %+v, want one of 1 goal, taken now", upgrades)
	}
	if daily := len(list) - len(upgrades); daily != data.KeepDaily+data.KeepWeekly {
		t.Errorf("%d daily backups listed after pruning, want %d", daily, data.KeepDaily+data.KeepWeekly)
	}
	_, err = data.Restore(ctx, path, upgrades[0].Path, time.Now())
	mustNotErr(t, err)
	s3 := mustOpenPath(t, path) // upgraded again
	if goals, err := s3.ListGoals(ctx, app.GoalFilter{}); err != nil || len(goals) != 1 {
		t.Errorf("the restored copy holds %d goals, %v; want 1", len(goals), err)
	}
}
