package views

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// TestGoalsSearchWithoutMatchSaysSo searches for what no goal holds: the
// screen says so rather than showing a blank list.
func TestGoalsSearchWithoutMatchSaysSo(t *testing.T) {
	ui, _, store := newStoreUI(t)
	saveSeedGoal(t, store, "Sales 2023")
	gs := ui.goals()
	if gs.noMatch.Visible() {
		t.Error("the no-match message shows over a list of goals")
	}
	test.Type(gs.search, "zzz")
	if len(gs.rows) != 0 || !gs.noMatch.Visible() || !strings.Contains(gs.noMatch.Text, "No goal matches “zzz”") {
		t.Errorf("a search without a match shows %q (visible %v)", gs.noMatch.Text, gs.noMatch.Visible())
	}
	gs.search.SetText("")
	if gs.noMatch.Visible() {
		t.Error("the no-match message stays once the goals are back")
	}
}

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
