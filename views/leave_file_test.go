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

// TestJoiningATeamAsksAboutChangesNotSaved joins a team while the goal
// wizard holds a title typed: the team's new file opens only after
// asking; Keep editing stays on this file with the wizard as typed and
// says where the team's file is, Discard shows it.
func TestJoiningATeamAsksAboutChangesNotSaved(t *testing.T) {
	ui, w, _ := newStoreUI(t)
	gs, wiz := openGoalsWizard(t, ui)
	test.Tap(wiz.next)
	spec := stepOf[*specificStep](wiz)
	spec.titleEntry.SetText("In 2023 raise North-America sales by 20%")
	useFakeTeam(t)
	teamPath := filepath.Join(t.TempDir(), "team.db")
	ui.files = &fakeChooser{path: teamPath}
	j := teamTab(t, ui).join
	j.server.host.entry.SetText("192.168.1.20")
	j.login.entry.SetText("zhang.min")
	j.password.entry.SetText("first-pass")

	test.Tap(j.join)
	ask := w.Canvas().Overlays().Top()
	if ask == nil || !containsText(ask, "There are changes not saved in the goal wizard.") {
		t.Fatal("joining a team did not ask before dropping the goal in the wizard")
	}
	test.Tap(findButton(t, ask, "Keep editing"))
	if ui.activeUI() != ui || gs.wizard != wiz || spec.titleEntry.Text != "In 2023 raise North-America sales by 20%" {
		t.Fatal("Keep editing left the file or the wizard")
	}
	if want := "Joined: the team's file is " + teamPath + ". Open it with Open database once your changes are saved."; j.msg.Text != want {
		t.Errorf("message %q, want %q", j.msg.Text, want)
	}

	ui.openTeamFile(teamPath, nil)
	test.Tap(findButton(t, w.Canvas().Overlays().Top(), "Discard"))
	next := ui.activeUI()
	if next == ui || next.deps.DBPath != teamPath {
		t.Fatal("Discard did not show the team's file")
	}
	t.Cleanup(func() { next.deps.Store.Close() })
}
