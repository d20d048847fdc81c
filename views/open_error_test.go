package views

import (
	"bytes"
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"pacer/app"
	"pacer/data"
)

// damagedWithBackup makes a database with one goal and its daily backup,
// then overwrites the middle of the file, as a failing disk might.
func damagedWithBackup(t *testing.T) (path string, damaged []byte, openErr error) {
	t.Helper()
	ctx := context.Background()
	path = filepath.Join(t.TempDir(), "pacer.db")
	store, err := data.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	saveSeedGoal(t, store, "Sales 2023")
	if _, _, err := store.DailyBackup(ctx); err != nil {
		t.Fatal(err)
	}
	store.Close()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	copy(b[len(b)/4:], bytes.Repeat([]byte{0xAB}, len(b)/2))
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
	_, openErr = data.Open(ctx, path)
	if openErr == nil {
		t.Fatal("the damaged file opened")
	}
	return path, b, openErr
}

func TestOpenErrorOffersTheNewestBackup(t *testing.T) {
	a := test.NewTempApp(t)
	path, damaged, err := damagedWithBackup(t)
	var got *data.Store
	e := newOpenErrorWindow(a, path, err, &fakeChooser{}, func(s *data.Store, _ string) { got = s })
	if e.restore == nil {
		t.Fatalf("no restore offered for %v", err)
	}
	test.Tap(e.restore)
	if got == nil {
		t.Fatalf("the restored file did not open: %s", e.reason.Text)
	}
	defer got.Close()
	goals, _ := got.ListGoals(context.Background(), app.GoalFilter{})
	if len(goals) != 1 {
		t.Errorf("restored file has %d goals, want 1", len(goals))
	}
	aside, _ := filepath.Glob(path + ".set-aside-*")
	var kept []byte
	for _, p := range aside {
		if b, _ := os.ReadFile(p); len(b) > 0 && filepath.Ext(p) != "-wal" {
			kept = b
		}
	}
	if !bytes.Equal(kept, damaged) {
		t.Errorf("the damaged file was not kept as it was beside the restored one: %v", aside)
	}
}

func TestOpenErrorOtherFileAndNoRestoreForNewer(t *testing.T) {
	a := test.NewTempApp(t)
	dir := t.TempDir()
	junk := filepath.Join(dir, "notes.db")
	if err := os.WriteFile(junk, []byte("not a database at all"), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := data.Open(context.Background(), junk)
	files := &fakeChooser{path: junk}
	var opened string
	e := newOpenErrorWindow(a, junk, err, files, func(s *data.Store, p string) { opened = p; s.Close() })
	if e.restore != nil {
		t.Error("a restore was offered without any backup")
	}
	test.Tap(e.other)
	if opened != "" || e.reason.Text == "" {
		t.Error("opening the same junk file again did not fail with a reason")
	}
	files.path = filepath.Join(dir, "fresh.db")
	test.Tap(e.newDB)
	if opened != files.path {
		t.Errorf("New database opened %q, want %q", opened, files.path)
	}
	if b, _ := os.ReadFile(junk); string(b) != "not a database at all" {
		t.Error("the junk file was changed")
	}

	newer := &app.Error{Code: app.ENewerSchema, Message: "x"}
	if newestGoodBackup(junk, newer) != nil {
		t.Error("a backup was offered over a file from a newer Pacer")
	}
}

func TestSecondWindowOnAFileIsWarned(t *testing.T) {
	ui, _, store := newStoreUI(t)
	ui.deps.DBPath = store.Path()
	ui.claimFile()
	defer ui.releaseFile()
	if len(ui.dialogs) != 0 {
		t.Fatal("the first window was warned")
	}
	// A second process would see this window's marker; within one process
	// the marker is our own and taken over, so plant one of a live process.
	marker := data.ClaimPath(store.Path())
	ui.releaseFile()
	// PID 1 runs for as long as the system: it started before any marker.
	since := time.Now().UTC().Format(time.RFC3339)
	other := `{"pid":1,"host":"` + hostName() + `","since":"` + since + `"}`
	if err := os.WriteFile(marker, []byte(other), 0o600); err != nil {
		t.Fatal(err)
	}
	ui.claimFile()
	if len(ui.dialogs) != 1 {
		t.Fatal("no warning that the file is open in another Pacer")
	}
	ui.releaseFile()
	if b, _ := os.ReadFile(marker); string(b) != other {
		t.Errorf("releasing did not put the other Pacer's marker back: %q", b)
	}
}

func TestSlowSaveIsExplained(t *testing.T) {
	ui, _, store := newStoreUI(t)
	ui.reportWaits()
	release := holdLock(t, store.Path())
	go func() {
		time.Sleep(data.WaitNotice + 200*time.Millisecond)
		release()
	}()
	if err := store.SetSetting(context.Background(), "k", "v"); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(ui.status.Text, "waited") || ui.status.Importance != widget.WarningImportance {
		t.Errorf("status after a slow save = %q", ui.status.Text)
	}
}

// holdLock takes the write lock of the database at path from another connection.
func holdLock(t *testing.T, path string) (release func()) {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(10000)")
	if err != nil {
		t.Fatal(err)
	}
	conn, err := db.Conn(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := conn.ExecContext(context.Background(), `BEGIN IMMEDIATE`); err != nil {
		t.Fatal(err)
	}
	return func() {
		conn.ExecContext(context.Background(), `ROLLBACK`)
		conn.Close()
		db.Close()
	}
}

// TestOpenErrorOffersTheBackupOfAnEmptiedFile starts on a file a sync
// tool left at 0 bytes beside its backup: the window says it is empty and
// offers the backup, which brings the goal back.
func TestOpenErrorOffersTheBackupOfAnEmptiedFile(t *testing.T) {
	a := test.NewTempApp(t)
	path, _, _ := damagedWithBackup(t)
	if err := os.Truncate(path, 0); err != nil {
		t.Fatal(err)
	}
	_, err := data.Open(context.Background(), path)
	if err == nil {
		t.Fatal("the emptied file opened")
	}
	// A newer backup of the file without goals, as made after the user
	// deleted them all, is not what the emptied file is restored from.
	empty, oerr := data.Open(context.Background(), filepath.Join(t.TempDir(), "empty.db"))
	if oerr != nil {
		t.Fatal(oerr)
	}
	if err := empty.Backup(context.Background(), filepath.Join(filepath.Dir(path), "backups", "pacer-2099-01-01.db")); err != nil {
		t.Fatal(err)
	}
	empty.Close()
	var got *data.Store
	e := newOpenErrorWindow(a, path, err, &fakeChooser{}, func(s *data.Store, _ string) { got = s })
	if !strings.Contains(e.reason.Text, "is empty") || e.restore == nil || e.backup.Goals != 1 {
		t.Fatalf("reason %q, restore offered %v", e.reason.Text, e.restore != nil)
	}
	test.Tap(e.restore)
	if got == nil {
		t.Fatalf("the restored file did not open: %s", e.reason.Text)
	}
	defer got.Close()
	if goals, _ := got.ListGoals(context.Background(), app.GoalFilter{}); len(goals) != 1 {
		t.Errorf("restored file has %d goals, want 1", len(goals))
	}
}
