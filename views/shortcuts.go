package views

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// Preference keys of the main window's size, restored at the next start.
const (
	prefWindowWidth  = "window.width"
	prefWindowHeight = "window.height"
)

// addShortcuts binds the keyboard: Ctrl (Cmd on macOS) with 1–6 switches
// screens, N starts a new goal, B opens bulk check-in.
func (ui *mainUI) addShortcuts() {
	c := ui.win.Canvas()
	for i := range ui.screens {
		id := ui.screens[i].id
		key := fyne.KeyName(string(rune('1' + i)))
		c.AddShortcut(&desktop.CustomShortcut{KeyName: key, Modifier: fyne.KeyModifierShortcutDefault},
			func(fyne.Shortcut) { ui.showScreen(id) })
	}
	c.AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyN, Modifier: fyne.KeyModifierShortcutDefault},
		func(fyne.Shortcut) { ui.onShortcutNewGoal() })
	c.AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyB, Modifier: fyne.KeyModifierShortcutDefault},
		func(fyne.Shortcut) { ui.onShortcutBulk() })
}

func (ui *mainUI) onShortcutNewGoal() {
	ui.showScreen(screenGoals)
	if gs := ui.goals(); gs.wizard == nil {
		gs.onNewGoal()
	}
}

func (ui *mainUI) onShortcutBulk() {
	ui.showScreen(screenCheckIns)
	if s := ui.checkInsScreen; s != nil && len(s.goals) > 0 {
		s.onBulk()
	}
}

// restoreSize sizes the window as the user left it, and remembers its size when it closes.
func restoreSize(w fyne.Window, fallback fyne.Size) {
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
	})
}
