package views

import (
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/test"
)

// TestNewDatabaseAsksAboutChangesNotSaved types a title in the goal
// wizard and makes a new database: it asks first, Keep editing stays on
// the file with the wizard as typed, Discard shows the new file.
func TestNewDatabaseAsksAboutChangesNotSaved(t *testing.T) {
	ui, w, _ := newStoreUI(t)
	gs, wiz := openGoalsWizard(t, ui)
	test.Tap(wiz.next)
	spec := stepOf[*specificStep](wiz)
	spec.titleEntry.SetText("In 2023 raise North-America sales by 20%")
	newPath := filepath.Join(t.TempDir(), "new.db")
	ui.files = &fakeChooser{path: newPath}

	ui.onNewDatabase()
	ask := w.Canvas().Overlays().Top()
	if ask == nil || !containsText(ask, "There are changes not saved in the goal wizard.") {
		t.Fatal("a new database did not ask before dropping the goal in the wizard")
	}
	test.Tap(findButton(t, ask, "Keep editing"))
	if ui.activeUI() != ui || gs.wizard != wiz || spec.titleEntry.Text != "In 2023 raise North-America sales by 20%" {
		t.Fatal("Keep editing left the file or the wizard")
	}

	ui.onNewDatabase()
	test.Tap(findButton(t, w.Canvas().Overlays().Top(), "Discard"))
	next := ui.activeUI()
	if next == ui || next.deps.DBPath != newPath {
		t.Fatal("Discard did not show the new file")
	}
	t.Cleanup(func() { next.deps.Store.Close() })
}
