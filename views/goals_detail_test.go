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
