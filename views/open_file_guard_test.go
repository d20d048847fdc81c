package views

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"

	"pacer/app"
	"pacer/data"
)

// TestOpenDatabaseNeverReplacedOrRead: with the sample plan shown in
// front of the user's own database, Save a copy, an export and an import
// each pointed at the user's database (or its write-ahead log) are
// refused with a message, and the database is the same file holding the
// same goal afterwards. Before, Save a copy renamed the sample over it
// (the home store went on writing to the deleted file), an export
// replaced it after a "Replace?" that did not say which file it was, and
// an import read it beside SQLite (data/open_here.go).
func TestOpenDatabaseNeverReplacedOrRead(t *testing.T) {
	a := test.NewTempApp(t)
	ctx := context.Background()
	home := filepath.Join(t.TempDir(), "pacer.db")
	store, err := data.Open(ctx, home)
	if err != nil {
		t.Fatal(err)
	}
	saveSeedGoal(t, store, "Sales 2023")
	w := a.NewWindow("Pacer")
	t.Cleanup(w.Close)
	ui := newMainUI(w, Deps{Store: store, DBPath: home, Version: "test"})
	w.SetContent(ui.build())
	ui.onOpenSample()
	sample := ui.activeUI()
	if !sample.deps.sample {
		t.Fatal("the sample plan is not shown")
	}
	t.Cleanup(func() { sample.deps.Store.Close(); store.Close() })
	before, err := os.Stat(home)
	if err != nil {
		t.Fatal(err)
	}
	refused := lang.L("Choose another file than the open one.")
	checkRefused := func(what string) {
		t.Helper()
		if top := w.Canvas().Overlays().Top(); top == nil || !containsText(top, refused) {
			t.Errorf("%s: no message that the file is the open one", what)
		}
		w.Canvas().Overlays().Top().Hide()
		w.Canvas().Overlays().Remove(w.Canvas().Overlays().Top())
		after, err := os.Stat(home)
		if err != nil || !os.SameFile(before, after) {
			t.Fatalf("%s: the user's database was replaced (%v)", what, err)
		}
		if goals, err := store.ListGoals(ctx, app.GoalFilter{}); err != nil || len(goals) != 1 {
			t.Fatalf("%s: the user's database holds %d goals (%v), want 1", what, len(goals), err)
		}
	}

	sample.files = &fakeChooser{path: home}
	sample.onSaveCopy()
	checkRefused("Save a copy")

	wrote := false
	sample.confirmOverwrite(home, func() { wrote = true })
	checkRefused("an export")
	if wrote {
		t.Error("an export went on to write over the user's database")
	}

	for _, path := range []string{home, home + "-wal"} {
		sample.files = &fakeChooser{path: path}
		if v := openImport(depsOf[importStore](sample), nil); v != nil {
			t.Errorf("an import of %s was read", filepath.Base(path))
		}
		checkRefused("an import of " + filepath.Base(path))
	}
}
