package views

import (
	"context"
	"testing"

	"fyne.io/fyne/v2/test"
)

// TestGoalsRowOpensDetail opens a goal's detail from its row's View
// button and by selecting the row, as a dashboard card opens it, and
// goes back to the list: the Goals screen only highlighted the row.
func TestGoalsRowOpensDetail(t *testing.T) {
	ui, w, store := newStoreUI(t)
	saveSeedGoal(t, store, "Sales 2023")
	saveSeedGoal(t, store, "Europe sales 2023")
	ui.showScreen(screenGoals)
	gs := ui.goals()
	test.Tap(findButton(t, w.Content(), "View"))
	if gs.detail == nil || gs.content.Objects[0] != gs.detail.content {
		t.Fatal("View did not open the goal's detail")
	}
	if !containsText(gs.content.Objects[0], "CN¥60,000,000") {
		t.Error("the detail does not show the goal's target")
	}
	test.Tap(findButton(t, gs.content.Objects[0], "Back to goals"))
	if gs.detail != nil || gs.content.Objects[0] != gs.listView {
		t.Fatal("Back did not return to the goal list")
	}
	gs.list.Select(0)
	if gs.detail == nil {
		t.Fatal("selecting a goal's row did not open its detail")
	}
	gs.refresh() // as after a re-plan: the detail is shown again, not the list
	if gs.detail == nil || gs.content.Objects[0] != gs.detail.content {
		t.Error("a refresh replaced the open detail with the list")
	}
	if err := store.DeleteGoal(context.Background(), gs.detail.pace.Goal.ID); err != nil {
		t.Fatal(err)
	}
	gs.refresh() // as after the goal was deleted elsewhere
	if gs.detail != nil || gs.content.Objects[0] != gs.listView || len(gs.rows) != 1 {
		t.Error("the detail of a deleted goal stayed shown")
	}
}

// TestGoalsDetailKeepsItsTab leaves a goal's detail, opened from the
// Goals screen, on its breakdown tab: a refresh (as after a save or a
// re-plan) shows the detail anew on that tab, as the dashboard's does.
func TestGoalsDetailKeepsItsTab(t *testing.T) {
	ui, w, store := newStoreUI(t)
	g := saveSeedGoal(t, store, "North-America sales")
	importWithProducts(t, store, g)
	ui.showScreen(screenGoals)
	gs := ui.goals()
	gs.openDetail(g.ID)
	tabs := shownTabs(t, w)
	tabs.SelectIndex(1)
	gs.refresh()
	if got := shownTabs(t, w); got == tabs || got.SelectedIndex() != 1 {
		t.Errorf("after a refresh: a new detail %v, on tab %d, want the breakdown", got != tabs, got.SelectedIndex())
	}
	shownTabs(t, w).SelectIndex(0)
	gs.refresh()
	if got := shownTabs(t, w).SelectedIndex(); got != 0 {
		t.Errorf("after going back to the first tab and a refresh: tab %d", got)
	}
}
