package views

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"pacer/app"
	"pacer/data"
)

// lateDamaged makes a database of a few goals with its daily backup, then
// overwrites the file's last page, which holds goals' rows: the schema
// still reads, so the file opens with data.OpenCheckLater and only the
// check it returns finds the damage. The check waits 100 ms for a first
// frame, which the test driver never draws.
func lateDamaged(t *testing.T) (path string, store *data.Store, check func(context.Context) error) {
	t.Helper()
	saved := checkFrameWait
	checkFrameWait = 100 * time.Millisecond
	t.Cleanup(func() { checkFrameWait = saved })
	ctx := context.Background()
	path = filepath.Join(t.TempDir(), "pacer.db")
	s, err := data.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	for i := range 20 {
		saveSeedGoal(t, s, "Sales "+strings.Repeat("x", i))
	}
	if _, _, err := s.DailyBackup(ctx); err != nil {
		t.Fatal(err)
	}
	s.Close()
	page := goalsLeafPage(t, path)
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	copy(b[(page-1)*4096:page*4096], strings.Repeat("\xAB", 4096))
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
	store, check, err = data.OpenCheckLater(ctx, path)
	if err != nil {
		t.Fatalf("the damage was found at open, and this test needs damage only the check finds: %v", err)
	}
	t.Cleanup(func() { store.Close() })
	return path, store, check
}

// goalsLeafPage is the number of a page of the goals' rows in the file at
// path, found with SQLite's dbstat: opening the file does not read it, so
// damage there is found only by the check over every page.
func goalsLeafPage(t *testing.T, path string) int {
	t.Helper()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var page int
	if err := db.QueryRow(`SELECT max(pageno) FROM dbstat WHERE name = 'goals' AND pagetype = 'leaf'`).Scan(&page); err != nil {
		t.Fatal(err)
	}
	return page
}

// queueUI queues CheckLater's turns on the UI goroutine for the test to
// run on its own goroutine, as the test driver's windows need: it runs
// fyne.Do's functions in place, on whichever goroutine calls it.
func queueUI(t *testing.T) (next func() func()) {
	turns := make(chan func(), 4)
	saved := showOnUI
	showOnUI = func(f func()) { turns <- f }
	t.Cleanup(func() { showOnUI = saved })
	return func() func() {
		select {
		case f := <-turns:
			return f
		case <-time.After(5 * time.Second):
			t.Fatal("no turn on the UI goroutine within 5 s")
			return nil
		}
	}
}

// windowTitled is the window of a with the given title, or nil.
func windowTitled(a fyne.App, title string) fyne.Window {
	for _, w := range a.Driver().AllWindows() {
		if w.Title() == title {
			return w
		}
	}
	return nil
}

// TestCheckLaterShowsDamage: a file whose damage only the check after the
// first frame finds gets the window a damaged file gets at start, with its
// message and its backup offered, in place of the main window; the store
// closes, and restoring the backup opens it.
func TestCheckLaterShowsDamage(t *testing.T) {
	a := test.NewTempApp(t)
	path, store, check := lateDamaged(t)
	main := a.NewWindow(lang.L("Pacer"))
	main.SetContent(widget.NewLabel("dashboard"))
	var reopened *data.Store
	next := queueUI(t)
	CheckLater(a, main, store, path, check, func(s *data.Store, _ string) { reopened = s })
	main.Show()

	next()() // the check found the damage
	w := windowTitled(a, lang.L("Pacer cannot open its database"))
	if w == nil {
		t.Fatal("no window says the file is damaged")
	}
	next()() // a moment after the main window was hidden
	if slices.Contains(a.Driver().AllWindows(), main) {
		t.Fatal("the main window stayed open beside it")
	}
	if !storeClosed(store) {
		t.Error("the damaged file's store is still open")
	}
	var damaged bool
	walk(w.Content(), func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok && strings.Contains(l.Text, "damaged") {
			damaged = true
		}
	})
	if !damaged {
		t.Error("the window does not say the file is damaged")
	}
	var restore *widget.Button
	walk(w.Content(), func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && strings.HasPrefix(b.Text, "Restore the backup of") {
			restore = b
		}
	})
	if restore == nil {
		t.Fatal("no backup offered")
	}
	test.Tap(restore)
	if reopened == nil {
		t.Fatal("the restored file did not open")
	}
	reopened.Close()
}

// TestCheckLaterLeavesAWindowGoneOn: when the window shows another file by
// the time the check finds damage, it is left as it is.
func TestCheckLaterLeavesAWindowGoneOn(t *testing.T) {
	a := test.NewTempApp(t)
	path, store, check := lateDamaged(t)
	main := a.NewWindow(lang.L("Pacer"))
	main.SetContent(widget.NewLabel("dashboard"))
	release, checked := make(chan struct{}), make(chan error, 1)
	next := queueUI(t)
	CheckLater(a, main, store, path, func(ctx context.Context) error {
		<-release
		err := check(ctx)
		checked <- err
		return err
	}, func(*data.Store, string) {})
	main.Show()
	main.SetContent(widget.NewLabel("another file")) // as switchTo does
	close(release)
	if err := <-checked; app.ErrorCode(err) != app.ENotDatabase {
		t.Fatalf("the check found %v, want the damage", err)
	}
	next()()
	if windowTitled(a, lang.L("Pacer cannot open its database")) != nil {
		t.Fatal("the window showing another file gave way to the damaged file's")
	}
	if !slices.Contains(a.Driver().AllWindows(), main) {
		t.Fatal("the main window closed")
	}
	if storeClosed(store) {
		t.Error("the store closed")
	}
}

// storeClosed tells whether s was closed (a read of the damaged file
// fails either way).
func storeClosed(s *data.Store) bool {
	_, err := s.ListGoals(context.Background(), app.GoalFilter{})
	return err != nil && strings.Contains(err.Error(), "database is closed")
}
