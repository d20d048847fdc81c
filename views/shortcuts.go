package views

import (
	"runtime"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// Preference keys of the main window's size, restored at the next start.
const (
	prefWindowWidth  = "window.width"
	prefWindowHeight = "window.height"
)

// menu is the main menu. Its items carry the keyboard shortcuts: Fyne tries
// menu shortcuts before the focused widget, so they work while an entry has
// the focus, which shortcuts added to the canvas do not.
func (ui *mainUI) menu() *fyne.MainMenu {
	item := func(label string, key fyne.KeyName, action func()) *fyne.MenuItem {
		i := fyne.NewMenuItem(label, action)
		i.Shortcut = &desktop.CustomShortcut{KeyName: key, Modifier: fyne.KeyModifierShortcutDefault}
		return i
	}
	file := fyne.NewMenu(lang.L("File"),
		item(lang.L("New goal"), fyne.KeyN, ui.onShortcutNewGoal),
		item(lang.L("New check-in"), fyne.KeyK, ui.onShortcutCheckIn),
		item(lang.L("Bulk check-in"), fyne.KeyB, ui.onShortcutBulk),
		item(lang.L("Save"), fyne.KeyS, ui.onShortcutSave),
		item(lang.L("Close dialog"), fyne.KeyW, func() { ui.onEscape() }),
	)
	var screens []*fyne.MenuItem
	for i := range ui.screens {
		id := ui.screens[i].id
		screens = append(screens, item(ui.screens[i].title(), fyne.KeyName(string(rune('1'+i))), func() {
			if !ui.dialogOpen() {
				ui.showScreen(id)
			}
		}))
	}
	// Fyne adds Quit to the first menu itself.
	return fyne.NewMainMenu(file,
		fyne.NewMenu(lang.L("Go"), screens...),
		fyne.NewMenu(lang.L("Help"),
			fyne.NewMenuItem(lang.L("Keyboard shortcuts"), ui.onKeyboardHelp),
			fyne.NewMenuItem(lang.L("About Pacer"), ui.onAbout)),
	)
}

// dialogOpen tells whether a dialog is in front, so a shortcut that opens
// or switches something waits until it is closed.
func (ui *mainUI) dialogOpen() bool {
	_, ok := ui.topDialog()
	return ok
}

func (ui *mainUI) onShortcutNewGoal() {
	if ui.dialogOpen() {
		return
	}
	ui.showScreen(screenGoals)
	if gs := ui.goals(); gs.wizard == nil {
		gs.onNewGoal()
	}
}

// onShortcutCheckIn opens the check-in form of the first check-in due, or
// of the goal chosen on the Check-ins screen.
func (ui *mainUI) onShortcutCheckIn() {
	if ui.dialogOpen() {
		return
	}
	ui.showScreen(screenCheckIns)
	s := builtScreen[*checkInsScreen](ui)
	switch {
	case s == nil:
	case len(s.due) > 0:
		s.onDueSelected(0)
	default:
		s.onAdd()
	}
}

func (ui *mainUI) onShortcutBulk() {
	if ui.dialogOpen() {
		return
	}
	ui.showScreen(screenCheckIns)
	if s := builtScreen[*checkInsScreen](ui); s != nil && len(s.goals) > 0 {
		s.onBulk()
	}
}

// onShortcutSave saves what is being edited: the dialog on top, the goal
// wizard on its last step, the open action plan or gap analysis, or the
// business settings.
func (ui *mainUI) onShortcutSave() {
	if ui.dialogOpen() {
		ui.onEnter()
		return
	}
	switch ui.screens[ui.current].id {
	case screenGoals:
		if w := ui.goals().wizard; w != nil && w.step == len(w.steps)-1 {
			w.onSave()
		}
	case screenActions:
		if s := builtScreen[*actionsScreen](ui); s != nil && s.editor != nil {
			s.editor.onSave()
		}
	case screenReviews:
		if s := builtScreen[*reviewsScreen](ui); s != nil && s.gap.goal.ID != 0 {
			s.gap.onSave()
		}
	case screenSettings:
		if s := builtScreen[*settingsScreen](ui); s != nil {
			s.onShortcutSave()
		}
	}
}

// onKeyboardHelp lists the keys Pacer answers to.
func (ui *mainUI) onKeyboardHelp() {
	mod := "Ctrl+"
	if runtime.GOOS == "darwin" {
		mod = "⌘"
	}
	rows := [][2]string{
		{mod + "N", lang.L("New goal")},
		{mod + "K", lang.L("New check-in")},
		{mod + "B", lang.L("Bulk check-in")},
		{mod + "S", lang.L("Save")},
		{mod + "C", lang.L("Copy a chart once it is clicked")},
		{mod + "1 … " + mod + "6", lang.L("Switch screens")},
		{"Enter", lang.L("Confirm the dialog; next step in the goal wizard")},
		{"Esc, " + mod + "W", lang.L("Cancel the dialog")},
		{"Tab, Shift+Tab", lang.L("Next and previous field")},
	}
	form := widget.NewForm()
	for _, r := range rows {
		form.Append(r[0], widget.NewLabel(r[1]))
	}
	ui.showDialog(dialog.NewCustom(lang.L("Keyboard shortcuts"), lang.L("Close"), form, ui.win))
}

// firstSize is the main window's size until the user has chosen one: it
// fits the smallest screen Pacer supports, 1024×640, title bar included
// (the 1,100×720 it had ran off that screen's right and bottom edges).
var firstSize = fyne.NewSize(1000, 600)

// restoreSize sizes the window as the user left it, and remembers its size
// when it closes, then runs closed.
func restoreSize(w fyne.Window, fallback fyne.Size, closed func()) {
	prefs := fyne.CurrentApp().Preferences()
	size := fyne.NewSize(float32(prefs.FloatWithFallback(prefWindowWidth, float64(fallback.Width))),
		float32(prefs.FloatWithFallback(prefWindowHeight, float64(fallback.Height))))
	w.Resize(size)
	w.SetOnClosed(func() {
		s := w.Canvas().Size()
		if s.Width >= 400 && s.Height >= 300 {
			prefs.SetFloat(prefWindowWidth, float64(s.Width))
			prefs.SetFloat(prefWindowHeight, float64(s.Height))
		}
		closed()
	})
}
