package views

import (
	"context"
	"os"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"pacer/app"
	"pacer/data"
)

// blockBackups puts a file where store's backups folder belongs, so that
// no backup can be written, and returns the folder's path.
func blockBackups(t *testing.T, store *data.Store) string {
	t.Helper()
	dir := data.BackupsDir(store.Path())
	if err := os.WriteFile(dir, []byte("not a folder"), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// noticeShown is the backup notice's text when the window shows it, "" when not.
func noticeShown(w fyne.Window, ui *mainUI) string {
	v := ui.backupNotice
	if v == nil || !v.box.Visible() || !containsLabel(w.Content(), v.text.Text) {
		return ""
	}
	return v.text.Text
}

// TestBackupFailureShownUntilABackupSucceeds fails the daily backup, its
// folder being a file: the window says so, where backups go and what the
// error was, with Try again; a try that fails again keeps the notice, and
// one that succeeds once the folder is fixed takes it away.
func TestBackupFailureShownUntilABackupSucceeds(t *testing.T) {
	ui, w, store := newStoreUI(t)
	dir := blockBackups(t, store)
	b := &dailyBackup{store: store, busy: true}
	ui.shown.backup = b
	ui.backUp(b)

	text := noticeShown(w, ui)
	if !strings.Contains(text, "Today's backup failed") || !strings.Contains(text, dir) || !strings.Contains(text, "not a directory") {
		t.Fatalf("notice = %q, want the failure, the folder %s and the error", text, dir)
	}
	if ui.backupNotice.retry.Disabled() {
		t.Fatal("Try again is disabled after the try ended")
	}
	test.Tap(ui.backupNotice.retry)
	if noticeShown(w, ui) == "" {
		t.Fatal("a second failure took the notice away")
	}

	if err := os.Remove(dir); err != nil {
		t.Fatal(err)
	}
	test.Tap(ui.backupNotice.retry)
	if text := noticeShown(w, ui); text != "" || ui.backupNotice.box.Visible() {
		t.Errorf("after a backup succeeded the notice still says %q", text)
	}
	if list, _ := data.ListBackups(context.Background(), store.Path()); len(list) != 1 {
		t.Errorf("%d backups after Try again, want 1", len(list))
	}
}

// TestSuccessfulBackupIsSilent takes a daily backup that works: nothing
// shows.
func TestSuccessfulBackupIsSilent(t *testing.T) {
	ui, w, store := newStoreUI(t)
	b := &dailyBackup{store: store, busy: true}
	ui.shown.backup = b
	ui.backUp(b)
	if text := noticeShown(w, ui); text != "" || ui.backupNotice.box.Visible() {
		t.Errorf("a backup that worked shows %q", text)
	}
	if list, _ := data.ListBackups(context.Background(), store.Path()); len(list) != 1 {
		t.Errorf("%d backups, want 1", len(list))
	}
}

// TestBackupNoticeBackFromSample fails the backup, opens the sample plan
// and goes back: the sample's window does not show the notice about the
// user's file, and the user's file shows it again.
func TestBackupNoticeBackFromSample(t *testing.T) {
	ui, w, store := newStoreUI(t)
	ui.deps.DBPath = store.Path() // the sample is written beside it
	blockBackups(t, store)
	b := &dailyBackup{store: store, busy: true}
	ui.shown.backup = b
	ui.backUp(b)

	ui.openSample()
	sample := ui.activeUI()
	if sample == ui || noticeShown(w, sample) != "" {
		t.Fatal("the sample plan shows the notice about the user's file")
	}
	sample.backToMyData()
	if home := ui.activeUI(); noticeShown(w, home) == "" {
		t.Error("back from the sample plan, the notice is gone though no backup was made")
	}
}

// TestMainWindowTakesTheDailyBackup opens Pacer's window on a file whose
// backups cannot be written: after the start its backup is tried and the
// window says it failed; closing the window stops a backup not yet taken.
func TestMainWindowTakesTheDailyBackup(t *testing.T) {
	var fire func()
	timers := &fakeTimers{}
	saved := backupAfterFunc
	backupAfterFunc = func(d time.Duration, f func()) timer {
		if d != AfterStart {
			t.Errorf("backup after %v, want %v", d, AfterStart)
		}
		fire = f
		return timers
	}
	t.Cleanup(func() { backupAfterFunc = saved })
	a := test.NewTempApp(t)
	store := openTestStore(t)
	blockBackups(t, store)
	w := NewMainWindow(a, Deps{Store: store, DBPath: store.Path(), Version: "test", DailyBackup: true})
	readsOffUI = false // the backup in place, as NewMainWindow set it for the real window
	if fire == nil {
		t.Fatal("the window set no backup")
	}
	fire()
	ui := w.Content().(*fyne.Container).Objects[0]
	if !containsLabelPart(ui, "Today's backup failed") {
		t.Error("the window does not say the backup failed")
	}
	w.Close()
	if timers.stopped != 1 {
		t.Errorf("closing the window stopped %d backup timers, want 1", timers.stopped)
	}
}

// TestBackupFailureInWords says each kind of failure with what to do, in
// English and Chinese.
func TestBackupFailureInWords(t *testing.T) {
	t.Cleanup(func() { useLanguage(t, "en") })
	full := app.Errorf(app.EFull, "The disk is full: nothing was saved. Free some space and try again.")
	readOnly := app.Errorf(app.EReadOnly, "The database cannot be changed: the file or its folder is read-only.")
	cases := []struct {
		language string
		err      error
		want     string
	}{
		{"en", full, "the disk is full"},
		{"en", readOnly, "cannot write to /b/backups"},
		{"zh", full, "磁盘已满"},
		{"zh", readOnly, "/b/backups"},
		{"zh", os.ErrPermission, "permission denied"},
	}
	for _, c := range cases {
		useLanguage(t, c.language)
		if got := backupFailure(c.err, "/b/backups"); !strings.Contains(got, c.want) {
			t.Errorf("%s, %v: %q, want %q in it", c.language, c.err, got, c.want)
		}
	}
}
