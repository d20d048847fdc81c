package views

import (
	"testing"
	"time"
)

func TestShortcutActions(t *testing.T) {
	ui, _, store := newStoreUI(t)
	ui.addShortcuts()
	ui.onShortcutNewGoal()
	if ui.screens[ui.current].id != screenGoals || ui.goals().wizard == nil {
		t.Error("Ctrl+N did not open the goal wizard")
	}
	test := ui.goals().wizard
	test.onCancel()

	ui.now = func() time.Time { return time.Date(2023, 4, 5, 9, 0, 0, 0, time.UTC) }
	saveSeedGoal(t, store, "Sales 2023")
	ui.onShortcutBulk()
	if ui.screens[ui.current].id != screenCheckIns || ui.win.Canvas().Overlays().Top() == nil {
		t.Error("Ctrl+B did not open bulk check-in")
	}
}
