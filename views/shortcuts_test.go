package views

import (
	"runtime"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"pacer/app"
)

// menuAction finds the menu item bound to Ctrl (Cmd) and key.
func menuAction(t *testing.T, ui *mainUI, key fyne.KeyName) func() {
	t.Helper()
	for _, m := range ui.menu().Items {
		for _, i := range m.Items {
			if s, ok := i.Shortcut.(*desktop.CustomShortcut); ok && s.KeyName == key && s.Modifier == fyne.KeyModifierShortcutDefault {
				return i.Action
			}
		}
	}
	t.Fatalf("no menu item has the shortcut %s", key)
	return nil
}

func TestShortcutActions(t *testing.T) {
	ui, _, store := newStoreUI(t)
	menuAction(t, ui, fyne.KeyN)()
	if ui.screens[ui.current].id != screenGoals || ui.goals().wizard == nil {
		t.Error("Ctrl+N did not open the goal wizard")
	}
	ui.goals().wizard.onCancel()

	ui.now = func() time.Time { return time.Date(2023, 4, 5, 9, 0, 0, 0, time.UTC) }
	saveSeedGoal(t, store, "Sales 2023")
	menuAction(t, ui, fyne.KeyB)()
	if ui.screens[ui.current].id != screenCheckIns || len(ui.dialogs) != 1 {
		t.Error("Ctrl+B did not open bulk check-in")
	}
	menuAction(t, ui, fyne.KeyW)()
	if len(ui.dialogs) != 0 || ui.win.Canvas().Overlays().Top() != nil {
		t.Error("Ctrl+W did not close the dialog")
	}
	menuAction(t, ui, fyne.KeyK)()
	if len(ui.dialogs) != 1 {
		t.Error("Ctrl+K did not open a check-in form")
	}
	ui.onEscape()
	menuAction(t, ui, fyne.Key3)()
	if ui.screens[ui.current].id != ui.screens[2].id {
		t.Error("Ctrl+3 did not switch to the third screen")
	}
}

// TestEscapeAndEnterInDialogs types Escape and Enter into a focused entry
// of the check-in form: Enter saves, Escape cancels (asking first when
// something was typed: TestCheckInFormAsksBeforeDroppingWhatWasTyped), and
// a destructive confirmation ignores Enter.
func TestEscapeAndEnterInDialogs(t *testing.T) {
	ui, w, store := newStoreUI(t)
	ui.now = func() time.Time { return time.Date(2023, 4, 5, 9, 0, 0, 0, time.UTC) }
	g := saveSeedGoal(t, store, "Sales 2023")

	f := newCheckInForm(depsOf[checkInFormStore](ui), g, nil, func() {})
	f.show()
	w.Canvas().Focus(f.value.entry)
	f.value.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if len(ui.dialogs) != 0 || w.Canvas().Overlays().Top() != nil {
		t.Fatal("Escape did not close the check-in form")
	}
	if cs, _ := store.CheckIns(ui.ctx, g.ID); len(cs) != 0 {
		t.Fatal("Escape saved the check-in")
	}

	f = newCheckInForm(depsOf[checkInFormStore](ui), g, nil, func() {})
	f.show()
	w.Canvas().Focus(f.value.entry)
	test.Type(f.value.entry, "8,000,000")
	f.value.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if cs, _ := store.CheckIns(ui.ctx, g.ID); len(cs) != 1 || cs[0].Value != 8e6 {
		t.Fatalf("Enter did not save the check-in: %+v", cs)
	}

	// A picked Select keeps the focus; Escape must still reach the dialog.
	f = newCheckInForm(depsOf[checkInFormStore](ui), g, nil, func() {})
	f.show()
	w.Canvas().Focus(f.confidence)
	f.confidence.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if ui.dialogOpen() {
		t.Fatal("Escape on a focused Select did not close the form")
	}

	ui.showScreen(screenCheckIns)
	builtScreen[*checkInsScreen](ui).onDelete(mustCheckIns(t, ui, g.ID)[0])
	ui.TypedKey(fyne.KeyReturn)
	if len(mustCheckIns(t, ui, g.ID)) != 1 || len(ui.dialogs) != 1 {
		t.Fatal("Enter confirmed a delete")
	}
	ui.TypedKey(fyne.KeyEscape)
	if len(mustCheckIns(t, ui, g.ID)) != 1 || len(ui.dialogs) != 0 {
		t.Fatal("Escape did not cancel the delete")
	}
}

func TestEscapeInWizardAsksFirst(t *testing.T) {
	ui, _, _ := newStoreUI(t)
	gs, wiz := openGoalsWizard(t, ui)
	ui.TypedKey(fyne.KeyReturn)
	if wiz.step != 1 {
		t.Fatalf("Enter left the wizard on step %d", wiz.step)
	}
	ui.TypedKey(fyne.KeyEscape)
	if gs.wizard == nil || len(ui.dialogs) != 1 {
		t.Fatal("Escape closed the wizard without asking")
	}
	test.Tap(findButton(t, ui.win.Canvas().Overlays().Top(), "Close without saving"))
	if gs.wizard != nil {
		t.Error("confirming did not close the wizard")
	}
}

func mustCheckIns(t *testing.T, ui *mainUI, goalID int64) []app.CheckIn {
	t.Helper()
	cs, err := ui.deps.Store.CheckIns(ui.ctx, goalID)
	if err != nil {
		t.Fatal(err)
	}
	return cs
}

// TestDialogShownAgainStaysTracked shows dialogs again while and after
// they close, as the forms do on a bad value: Escape must still close the
// one on screen, and Enter must never confirm one that is gone.
func TestDialogShownAgainStaysTracked(t *testing.T) {
	ui, w, store := newStoreUI(t)
	ui.now = func() time.Time { return time.Date(2023, 4, 5, 9, 0, 0, 0, time.UTC) }
	g := saveSeedGoal(t, store, "Sales 2023")

	f := newCheckInForm(depsOf[checkInFormStore](ui), g, nil, func() {})
	f.show()
	for range 2 { // an empty value: the form says why and shows itself again
		f.value.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	}
	if w.Canvas().Overlays().Top() == nil || !ui.dialogOpen() {
		t.Fatal("the form shown again is not tracked")
	}
	ui.TypedKey(fyne.KeyEscape)
	if w.Canvas().Overlays().Top() != nil || ui.dialogOpen() {
		t.Fatal("Escape did not close the form shown again")
	}

	b := newBulkCheckIn(depsOf[bulkStore](ui), func() {})
	b.show()
	b.rows.item(len(b.rows.lines) - 1).value.entry.OnSubmitted("") // Enter on the last row with nothing typed
	if w.Canvas().Overlays().Top() == nil {
		t.Fatal("bulk check-in closed on an error")
	}
	ui.TypedKey(fyne.KeyEscape)
	if w.Canvas().Overlays().Top() != nil {
		t.Fatal("Escape did not close bulk check-in")
	}
	b.rows.item(0).value.entry.SetText("1")
	ui.TypedKey(fyne.KeyReturn)
	if cs := mustCheckIns(t, ui, g.ID); len(cs) != 0 {
		t.Errorf("Enter after the dialog closed saved %d check-ins", len(cs))
	}
}

// TestEscapeClosesCalendarNotEditor opens a due date's calendar in the
// action editor and types Escape on the window, where the key goes while
// the pop-up is up: the calendar closes, the editor stays.
func TestEscapeClosesCalendarNotEditor(t *testing.T) {
	s := sampleReviewUI(t)
	ui := uiOf(s.ui)
	test.Tap(s.gap.toAction)
	test.Tap(findButton(t, ui.win.Canvas().Overlays().Top(), "Create another plan"))
	ed := builtScreen[*actionsScreen](ui).editor
	test.Tap(ed.due.ActionItem.(*widget.Button))
	calendar, ok := ui.win.Canvas().Overlays().Top().(*widget.PopUp)
	if !ok || !calendar.Visible() {
		t.Fatal("the calendar did not open")
	}
	ui.TypedKey(fyne.KeyEscape)
	if calendar.Visible() {
		t.Error("Escape left the calendar open")
	}
	if builtScreen[*actionsScreen](ui).editor != ed || ui.win.Canvas().Overlays().Top() != nil {
		t.Error("Escape did more than close the calendar")
	}
}

// TestShortcutSaveStoresBusinessSettings changes a threshold on the
// Settings screen's Business tab and presses Ctrl+S: the setting is stored,
// as its Save button would; not while another tab is in front.
func TestShortcutSaveStoresBusinessSettings(t *testing.T) {
	ui, _, store := newStoreUI(t)
	ui.showScreen(screenSettings)
	s := builtScreen[*settingsScreen](ui)
	s.tabs.SelectIndex(1) // Business, built when first shown
	s.business.onTrack.SetText("90")
	s.tabs.SelectIndex(0)
	menuAction(t, ui, fyne.KeyS)()
	if v, _ := store.Setting(ui.ctx, settingOnTrack, ""); v != "" {
		t.Errorf("Ctrl+S on the file's tab stored the on-track threshold %q", v)
	}
	s.tabs.SelectIndex(1)
	menuAction(t, ui, fyne.KeyS)()
	if v, _ := store.Setting(ui.ctx, settingOnTrack, ""); v != "0.9" {
		t.Errorf("after Ctrl+S the stored on-track threshold is %q, want 0.9", v)
	}
	if s.business.changed() {
		t.Error("the form still shows changes after Ctrl+S")
	}
}

// TestKeyboardHelpListsShortcuts opens Help → Keyboard shortcuts: it names
// Ctrl+S and Ctrl+C (⌘ on macOS), the copy of a clicked chart among them.
func TestKeyboardHelpListsShortcuts(t *testing.T) {
	ui, w, _ := newStoreUI(t)
	ui.onKeyboardHelp()
	help := w.Canvas().Overlays().Top()
	if help == nil {
		t.Fatal("Help → Keyboard shortcuts showed nothing")
	}
	mod := "Ctrl+"
	if runtime.GOOS == "darwin" {
		mod = "⌘"
	}
	shown := map[string]bool{} // a form's keys are canvas texts, its values labels
	walk(help, func(o fyne.CanvasObject) {
		switch v := o.(type) {
		case *canvas.Text:
			shown[v.Text] = true
		case *widget.Label:
			shown[v.Text] = true
		}
	})
	for _, text := range []string{mod + "S", mod + "C", "Copy a chart once it is clicked"} {
		if !shown[text] {
			t.Errorf("the keyboard help does not list %q", text)
		}
	}
}
