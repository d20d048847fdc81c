package views

import (
	"context"
	"strings"
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

// TestWizardEditOpensOnTheGoal opens a saved goal in the wizard: on its
// name and description, said to be an edit, with the templates of the
// first step greyed out, since they fill in a new goal only. It opened on
// "Step 1 of 8: Start from" with "Blank goal" ticked, as for a new goal.
func TestWizardEditOpensOnTheGoal(t *testing.T) {
	gs := goalsWithSeedGoal(t)
	gs.onEdit(*gs.rows[0].goal)
	wiz := gs.wizard
	if wiz.step != 1 || !strings.HasPrefix(wiz.indicator.Text, "Editing a saved goal · step 2 of 8") {
		t.Errorf("the wizard opens on step %d, %q", wiz.step, wiz.indicator.Text)
	}
	test.Tap(wiz.back)
	if start := stepOf[*startStep](wiz); !start.choice.Disabled() {
		t.Error("the templates can be chosen for a saved goal")
	}
	test.Tap(wiz.cancel)
	gs.onNewGoal()
	if wiz := gs.wizard; wiz.step != 0 || !strings.HasPrefix(wiz.indicator.Text, "Step 1 of 8") || stepOf[*startStep](wiz).choice.Disabled() {
		t.Errorf("a new goal's wizard opens on step %d, %q", wiz.step, wiz.indicator.Text)
	}
}

// goalsWithSeedGoal is the Goals screen of a new store holding one seed goal.
func goalsWithSeedGoal(t *testing.T) *goalsScreen {
	ui, _, store := newStoreUI(t)
	saveSeedGoal(t, store, "In 2023 raise North-America sales by 20%")
	return ui.goals()
}
