package views

import (
	"context"
	"testing"

	"fyne.io/fyne/v2/test"
)

// TestWizardCancelAsksOnlyAboutChanges checks the wizard's Cancel: a goal
// opened and walked through to the last step without a change closes at
// once; a changed one asks, Keep editing keeps the change, and Discard
// closes the wizard with the goal unchanged.
func TestWizardCancelAsksOnlyAboutChanges(t *testing.T) {
	ui, w, store := newStoreUI(t)
	g := saveSeedGoal(t, store, "In 2023 raise North-America sales by 20%")
	gs := ui.goals()
	gs.onEdit(g)
	wiz := gs.wizard
	for wiz.step < len(wiz.steps)-1 {
		test.Tap(wiz.next)
	}
	test.Tap(wiz.cancel)
	if gs.wizard != nil || w.Canvas().Overlays().Top() != nil {
		t.Fatal("Cancel on a goal without changes asked, or left the wizard open")
	}

	gs.onEdit(g)
	wiz = gs.wizard
	test.Tap(wiz.next)
	spec := stepOf[*specificStep](wiz)
	spec.owner.SetText("Chen Jing")
	test.Tap(wiz.cancel)
	ask := w.Canvas().Overlays().Top()
	if ask == nil || !containsText(ask, "What you typed in the wizard is not saved.") {
		t.Fatal("Cancel on a changed goal did not ask")
	}
	test.Tap(findButton(t, ask, "Keep editing"))
	if gs.wizard != wiz || spec.owner.Text != "Chen Jing" {
		t.Fatal("Keep editing closed the wizard or lost the change")
	}
	test.Tap(wiz.cancel)
	test.Tap(findButton(t, w.Canvas().Overlays().Top(), "Discard"))
	if gs.wizard != nil {
		t.Fatal("Discard left the wizard open")
	}
	if saved, _ := store.GoalByID(context.Background(), g.ID); saved.Owner != "Li Wei" {
		t.Errorf("after Discard the goal's owner is %q", saved.Owner)
	}

	_, wiz = openGoalsWizard(t, ui)
	test.Tap(wiz.cancel)
	if gs.wizard != nil {
		t.Error("Cancel on a new goal with nothing typed asked, or left the wizard open")
	}
}
