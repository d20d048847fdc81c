package views

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// TestGoalsPerspectiveFilterShowsWhole lays the Goals screen out at
// 1024×640: the perspective filter shows "All perspectives" whole, not
// "All perspec…".
func TestGoalsPerspectiveFilterShowsWhole(t *testing.T) {
	ui, w, store := newStoreUI(t)
	saveSeedGoal(t, store, "Sales 2023")
	ui.showScreen(screenGoals)
	w.Resize(fyne.NewSize(1024, 640))
	gs := ui.goals()
	sel := gs.perspective
	size := theme.SizeForWidget(theme.SizeNameText, sel)
	measure := func(s string) float32 { return fyne.MeasureText(s, size, fyne.TextStyle{}).Width }
	frame := sel.MinSize().Width - measure(sel.PlaceHolder)
	for _, o := range sel.Options {
		if got := sel.Size().Width; got < frame+measure(o) {
			t.Errorf("the perspective filter is %.0f wide; %q needs %.0f", got, o, frame+measure(o))
		}
	}
}
