package views

import (
	"context"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"pacer/app"
	"pacer/data"
)

// TestActionEditorBackAsksOnlyAboutChanges checks "Back to the list": a
// plan as it was loaded, or typed in and put back, goes back at once; a
// changed one asks, and Keep editing keeps the change, Discard drops it
// unsaved, and Save saves it.
func TestActionEditorBackAsksOnlyAboutChanges(t *testing.T) {
	ui, w, store := newStoreUI(t)
	ctx := context.Background()
	plan := app.ActionPlan{Problem: "Sales below plan", Cause: "Weak demand", Start: app.NewDate(2023, 1, 10),
		Status: app.ActionPlanned, FollowUp: app.CadenceMonth,
		Measures: []app.Measure{{Text: "Call the ten largest customers", Due: app.NewDate(2023, 3, 1)}}}
	if err := store.CreateActionPlan(ctx, &plan); err != nil {
		t.Fatal(err)
	}
	ui.showScreen(screenActions)
	s := builtScreen[*actionsScreen](ui)
	open := func() *actionEditor {
		t.Helper()
		s.open(plan)
		return s.editor
	}

	ed := open()
	ed.problem.SetText("Sales below plan!")
	ed.problem.SetText("Sales below plan ")
	ed.addMeasure(app.Measure{}) // an empty measure is dropped on saving
	test.Tap(ed.back)
	if s.editor != nil || w.Canvas().Overlays().Top() != nil {
		t.Fatal("Back on a plan without changes asked, or stayed in the editor")
	}

	ed = open()
	ed.cause.SetText("Wrong product positioning")
	test.Tap(ed.back)
	ask := w.Canvas().Overlays().Top()
	if ask == nil || !containsText(ask, "Going back to the list drops the changes not saved.") {
		t.Fatal("Back on a changed plan did not ask")
	}
	test.Tap(findButton(t, ask, "Keep editing"))
	if s.editor != ed || ed.cause.Text != "Wrong product positioning" {
		t.Fatal("Keep editing left the editor or lost the change")
	}
	test.Tap(ed.back)
	test.Tap(findButton(t, w.Canvas().Overlays().Top(), "Discard"))
	if s.editor != nil {
		t.Fatal("Discard stayed in the editor")
	}
	if saved, _ := store.ListActionPlans(ctx, app.ActionFilter{}); len(saved) != 1 || saved[0].Cause != "Weak demand" {
		t.Fatalf("after Discard the store holds %+v", saved)
	}

	ed = open()
	ed.rows[0].done.SetChecked(true)
	test.Tap(ed.back)
	test.Tap(findButton(t, w.Canvas().Overlays().Top(), "Save"))
	if s.editor != nil {
		t.Fatalf("Save stayed in the editor: %s", ed.msg.Text)
	}
	if saved, _ := store.ListActionPlans(ctx, app.ActionFilter{}); len(saved) != 1 || !saved[0].Measures[0].Done {
		t.Fatalf("after Save the store holds %+v", saved)
	}
}

// TestOpenActionPlanAsksOnlyAboutChanges opens another plan over the
// editor, as a review's "Create action plan" does: over a plan without
// changes at once, over a changed one only after asking.
func TestOpenActionPlanAsksOnlyAboutChanges(t *testing.T) {
	ui, w, _ := newStoreUI(t)
	ui.showScreen(screenActions)
	s := builtScreen[*actionsScreen](ui)
	s.open(app.ActionPlan{Problem: "Sales below plan", Start: ui.today()})
	ui.openActionPlan(app.ActionPlan{Problem: "Margin below plan", Start: ui.today()})
	if w.Canvas().Overlays().Top() != nil || s.editor.problem.Text != "Margin below plan" {
		t.Fatal("opening a plan over one without changes asked, or did not open it")
	}
	s.editor.owner.SetText("Chen Jing")
	ui.openActionPlan(app.ActionPlan{Problem: "Costs above plan", Start: ui.today()})
	if w.Canvas().Overlays().Top() == nil || s.editor.problem.Text != "Margin below plan" {
		t.Fatal("opening a plan over a changed one did not ask first")
	}
}

// TestActionEditorBackAsksAboutAFollowUpNote types a follow-up note
// without adding it and goes back: it asks, and Save adds the note to
// the log before going back.
func TestActionEditorBackAsksAboutAFollowUpNote(t *testing.T) {
	ui, w, store := newStoreUI(t)
	ctx := context.Background()
	plan := app.ActionPlan{Problem: "Sales below plan", Start: app.NewDate(2023, 1, 10),
		Status: app.ActionPlanned, FollowUp: app.CadenceMonth}
	if err := store.CreateActionPlan(ctx, &plan); err != nil {
		t.Fatal(err)
	}
	ui.showScreen(screenActions)
	s := builtScreen[*actionsScreen](ui)
	s.open(plan)
	ed := s.editor
	ed.followUps.note.SetText("Orders picked up in January")
	test.Tap(ed.back)
	ask := w.Canvas().Overlays().Top()
	if ask == nil || !containsText(ask, "Going back to the list drops the changes not saved.") {
		t.Fatal("Back with a follow-up note typed and not added did not ask")
	}
	test.Tap(findButton(t, ask, "Save"))
	if s.editor != nil {
		t.Fatal("Save stayed in the editor")
	}
	if notes, _ := store.FollowUps(ctx, plan.ID); len(notes) != 1 || notes[0].Note != "Orders picked up in January" {
		t.Errorf("the log holds %+v", notes)
	}
}

// planChangedInEditor opens a saved plan in the Actions editor and types
// an owner, not saved.
func planChangedInEditor(t *testing.T) (*mainUI, fyne.Window, *data.Store, *actionsScreen, app.ActionPlan) {
	t.Helper()
	ui, w, store := newStoreUI(t)
	plan := app.ActionPlan{Problem: "Sales below plan", Start: app.NewDate(2023, 1, 10), Status: app.ActionPlanned}
	if err := store.CreateActionPlan(context.Background(), &plan); err != nil {
		t.Fatal(err)
	}
	ui.showScreen(screenActions)
	s := builtScreen[*actionsScreen](ui)
	s.open(plan)
	s.editor.owner.SetText("Chen Jing")
	return ui, w, store, s, plan
}

// TestOpenActionPlanOverChangesSaves: opening another plan over a changed
// one asks Save, Discard or Keep editing, as Back does; Save stores the
// open plan and then opens the other, Keep editing stays. It asked only
// Discard or Cancel, and the changes could not be saved from there.
func TestOpenActionPlanOverChangesSaves(t *testing.T) {
	ui, w, store, s, plan := planChangedInEditor(t)
	ctx := context.Background()
	other := app.ActionPlan{Problem: "Margin below plan", Start: ui.today()}
	ui.openActionPlan(other)
	ask := w.Canvas().Overlays().Top()
	if ask == nil || !containsText(ask, "Opening another action plan drops the changes not saved.") {
		t.Fatal("opening a plan over a changed one did not ask")
	}
	test.Tap(findButton(t, ask, "Keep editing"))
	if s.editor.problem.Text != "Sales below plan" || s.editor.owner.Text != "Chen Jing" {
		t.Fatal("Keep editing left the plan")
	}
	ui.openActionPlan(other)
	test.Tap(findButton(t, w.Canvas().Overlays().Top(), "Save"))
	if s.editor == nil || s.editor.problem.Text != "Margin below plan" {
		t.Fatal("Save did not open the other plan")
	}
	if got, _ := store.ActionPlanByID(ctx, plan.ID); got == nil || got.Owner != "Chen Jing" {
		t.Errorf("the open plan was not saved: %+v", got)
	}
}

// TestOpenTheSamePlanOverChangesSaves: a review opens the plan that is
// open with changes (its "Open the existing plan"); Save stores the
// changes and the editor shows them. It reopened the copy read before the
// save, and the next save undid the first.
func TestOpenTheSamePlanOverChangesSaves(t *testing.T) {
	ui, w, _, s, plan := planChangedInEditor(t)
	ui.openActionPlan(plan) // as read before the save
	test.Tap(findButton(t, w.Canvas().Overlays().Top(), "Save"))
	if s.editor == nil || s.editor.owner.Text != "Chen Jing" {
		t.Fatalf("after Save the editor shows owner %q, want the saved Chen Jing", s.editor.owner.Text)
	}
}

// TestOpenActionPlanOverChangesSavesAnyway: the plan open asks about its
// measures due before the start; Cancel keeps it open, the other plan
// dropped, so its next save goes back to the list; Save anyway stores it
// and then opens the other plan. Save anyway went back to the list, and
// the plan a review was creating never opened.
func TestOpenActionPlanOverChangesSavesAnyway(t *testing.T) {
	ui, w, store := newStoreUI(t)
	ui.showScreen(screenActions)
	s := builtScreen[*actionsScreen](ui)
	early := func(problem string) {
		s.open(app.ActionPlan{Problem: problem, Start: app.NewDate(2023, 5, 1),
			Measures: []app.Measure{{Text: "Research customer needs", Due: app.NewDate(2023, 4, 30)}}})
		s.editor.owner.SetText("Chen Jing")
	}
	answer := func(texts ...string) {
		for _, text := range texts {
			test.Tap(findButton(t, w.Canvas().Overlays().Top(), text))
		}
	}
	other := app.ActionPlan{Problem: "Margin below plan", Start: ui.today()}
	early("Sales below plan")
	ui.openActionPlan(other)
	answer("Save", "Cancel")
	test.Tap(s.editor.save)
	answer("Save anyway")
	if s.editor != nil {
		t.Fatalf("after a cancelled Save over another plan, saving opened %q instead of going back to the list", s.editor.problem.Text)
	}
	early("Costs above plan")
	ui.openActionPlan(other)
	answer("Save", "Save anyway")
	plans, _ := store.ListActionPlans(context.Background(), app.ActionFilter{})
	if len(plans) != 2 || s.editor == nil || s.editor.problem.Text != "Margin below plan" {
		t.Fatalf("Save anyway: %d plans saved, editor open %v; want both saved and the other plan open", len(plans), s.editor != nil)
	}
}
