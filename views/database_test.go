package views

import (
	"context"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"

	"pacer/app"
	"pacer/data"
)

func TestNewOpenAndCopyDatabase(t *testing.T) {
	ui, _, store := newStoreUI(t)
	saveSeedGoal(t, store, "Sales 2023")
	dir := t.TempDir()

	copyPath := filepath.Join(dir, "copy.db")
	ui.files = &fakeChooser{path: copyPath}
	ui.onSaveCopy()
	if err := data.CheckFile(context.Background(), copyPath); err != nil {
		t.Fatalf("the copy: %v", err)
	}

	newPath := filepath.Join(dir, "new.db")
	ui.files = &fakeChooser{path: newPath}
	ui.onNewDatabase()
	next := ui.activeUI()
	if next == ui || next.deps.DBPath != newPath {
		t.Fatal("New database did not switch to the new file")
	}
	if goals, _ := next.deps.Store.ListGoals(context.Background(), app.GoalFilter{}); len(goals) != 0 {
		t.Errorf("the new database holds %d goals", len(goals))
	}
	if got := fyne.CurrentApp().Preferences().String(PrefLastDatabase); got != newPath {
		t.Errorf("last database = %q", got)
	}

	next.files = &fakeChooser{path: copyPath}
	next.onOpenDatabase()
	opened := next.activeUI()
	if opened == next {
		t.Fatal("Open database did not switch")
	}
	if goals, _ := opened.deps.Store.ListGoals(context.Background(), app.GoalFilter{}); len(goals) != 1 {
		t.Errorf("the opened copy holds %d goals, want 1", len(goals))
	}
	t.Cleanup(func() { opened.deps.Store.Close() })
}

// backedUpUI is a window on a file whose one goal is in its daily backup,
// and deleted since; the window names the file by its full path.
func backedUpUI(t *testing.T) (*mainUI, fyne.Window, *data.Store, data.BackupInfo) {
	t.Helper()
	ui, w, store := newStoreUI(t)
	ctx := context.Background()
	g := saveSeedGoal(t, store, "Sales 2023")
	if _, _, err := store.DailyBackup(ctx); err != nil {
		t.Fatal(err)
	}
	if err := store.DeleteGoal(ctx, g.ID); err != nil {
		t.Fatal(err)
	}
	// The store of newStoreUI lives in a temp folder; find it from its path.
	backups, _ := data.ListBackups(ctx, store.Path())
	if len(backups) != 1 {
		t.Fatalf("%d backups", len(backups))
	}
	ui.deps.DBPath = store.Path()
	return ui, w, store, backups[0]
}

func TestRestoreFromBackupSetsCurrentAside(t *testing.T) {
	ui, _, store, backup := backedUpUI(t)
	ctx := context.Background()
	ui.restore(backup)
	next := ui.activeUI()
	if next == ui {
		t.Fatal("restore did not reopen the file")
	}
	t.Cleanup(func() { next.deps.Store.Close() })
	if goals, _ := next.deps.Store.ListGoals(ctx, app.GoalFilter{}); len(goals) != 1 {
		t.Errorf("after restore %d goals, want 1", len(goals))
	}
	entries, _ := os.ReadDir(filepath.Dir(store.Path()))
	aside := false
	for _, e := range entries {
		if filepath.Ext(e.Name()) != ".db" && len(e.Name()) > len("pacer.db.set-aside") && e.Name()[:len("pacer.db.set-aside")] == "pacer.db.set-aside" {
			aside = true
		}
	}
	if !aside {
		t.Error("the current file was not set aside")
	}
}

// TestRestoreWhoseCloseFailsKeepsTheFile makes closing the open file fail
// at a restore. The restore must not go ahead: the window goes on with the
// file as it was, opened again, and says why the backup was not restored.
func TestRestoreWhoseCloseFailsKeepsTheFile(t *testing.T) {
	ui, w, store, backup := backedUpUI(t)
	ctx := context.Background()
	saved := closeForRestore
	closeForRestore = func(s *data.Store) error {
		s.Close() // a failing close closes the store all the same
		return errors.New("disk I/O error")
	}
	t.Cleanup(func() { closeForRestore = saved })

	ui.restore(backup)
	next := ui.activeUI()
	if next == ui || next.deps.Store == store {
		t.Fatal("the window was left on the closed store")
	}
	t.Cleanup(func() { next.deps.Store.Close() })
	if goals, err := next.deps.Store.ListGoals(ctx, app.GoalFilter{}); err != nil || len(goals) != 0 {
		t.Errorf("after the failed restore: %d goals, %v; want the file as it was, with none", len(goals), err)
	}
	saveSeedGoal(t, next.deps.Store, "Saved after") // the store takes saves
	if sib, _ := filepath.Glob(store.Path() + ".*"); len(sib) != 0 {
		t.Errorf("the restore went ahead: %v", sib)
	}
	overlay := w.Canvas().Overlays().Top()
	if overlay == nil || !containsLabelPart(overlay, "The backup was not restored") || !containsLabelPart(overlay, "disk I/O error") {
		t.Errorf("no dialog says the backup was not restored and why: %v", labelTexts(overlay))
	}
}

// TestRestoreOfANewerPacersBackupKeepsTheFile restores a backup a newer
// Pacer wrote (run on this file, then replaced by this older one). This
// Pacer cannot open it: the restore is refused before the file is closed,
// the window goes on with its file, which takes saves, nothing is set
// aside, and a dialog says the backup is from a newer Pacer.
func TestRestoreOfANewerPacersBackupKeepsTheFile(t *testing.T) {
	ui, w, store, backup := backedUpUI(t)
	db, err := sql.Open("sqlite", backup.Path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, '0099_future.sql', '2030-01-01T00:00:00Z')`); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}

	ui.restore(backup)
	if next := ui.activeUI(); next != ui || next.deps.Store != store {
		t.Fatal("the window left its file for a backup it cannot open")
	}
	saveSeedGoal(t, store, "Saved after") // the store is still open
	if sib, _ := filepath.Glob(store.Path() + ".*"); len(sib) != 0 {
		t.Errorf("the file was set aside: %v", sib)
	}
	overlay := w.Canvas().Overlays().Top()
	if overlay == nil || !containsLabelPart(overlay, "written by a newer Pacer") {
		t.Errorf("no dialog says the backup is from a newer Pacer: %v", labelTexts(overlay))
	}
}
