package views

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"pacer/data"
)

func TestActionFromReviewTickedMovedAndFollowedUp(t *testing.T) {
	s := sampleReviewUI(t)
	ui, store, ctx := s.ui, s.ui.deps.Store, context.Background()
	before, _ := store.ListActionPlans(ctx, data.ActionFilter{})

	// The review's first row is the sales goal with its saved gap analysis.
	test.Tap(s.gap.toAction)
	ed := ui.actionsScreen.editor
	if ed == nil {
		t.Fatal("Create action plan opened no editor")
	}
	if !strings.Contains(ed.problem.Text, s.rows[0].Goal.Title) || ed.cause.Text == "" || len(ed.rows) < 2 {
		t.Fatalf("the new plan is not filled from the review: %q / %q / %d measures", ed.problem.Text, ed.cause.Text, len(ed.rows))
	}
	if len(ed.linked.Selected) != 1 || ed.linked.Selected[0] != s.rows[0].Goal.Title {
		t.Errorf("linked goals = %v", ed.linked.Selected)
	}
	ed.rows[0].done.SetChecked(true)
	ed.status.SetSelected(actionStatusLabel(data.ActionInProgress))
	test.Tap(ed.save)
	if ui.actionsScreen.editor != nil {
		t.Fatalf("Save kept the editor open: %s", ed.msg.Text)
	}
	after, _ := store.ListActionPlans(ctx, data.ActionFilter{})
	if len(after) != len(before)+1 {
		t.Fatalf("%d action plans, want %d", len(after), len(before)+1)
	}
	var saved data.ActionPlan
	for _, p := range after {
		if p.ReviewID != nil && *p.ReviewID == s.gap.review.ID && p.ID > saved.ID {
			saved = p
		}
	}
	if saved.Status != data.ActionInProgress || !saved.Measures[0].Done || saved.Measures[1].Done {
		t.Errorf("saved plan = %+v", saved)
	}

	ui.actionsScreen.open(saved)
	log := ui.actionsScreen.editor.followUps
	test.Type(log.note, "Orders picked up in May")
	test.Tap(log.add)
	notes, _ := store.FollowUps(ctx, saved.ID)
	if len(notes) != 1 || notes[0].Note != "Orders picked up in May" {
		t.Errorf("follow-ups = %+v", notes)
	}
	if len(ui.actionsScreen.editor.effects.Objects) == 0 {
		t.Error("the editor shows nothing about the effect")
	}
}

func TestActionEditorRefusesMeasureWithoutText(t *testing.T) {
	ui, _, store := newStoreUI(t)
	ui.showScreen(screenActions)
	ui.actionsScreen.open(data.ActionPlan{Start: ui.today()})
	ed := ui.actionsScreen.editor
	ed.problem.SetText("Sales below plan")
	ed.rows[0].owner.SetText("Chen Jing")
	test.Tap(ed.save)
	if ed.msg.Text == "" || ui.actionsScreen.editor == nil {
		t.Error("a measure with an owner but no description was accepted")
	}
	if plans, _ := store.ListActionPlans(context.Background(), data.ActionFilter{}); len(plans) != 0 {
		t.Errorf("%d plans saved", len(plans))
	}
}

func TestGoalLabelsTellDuplicatesApart(t *testing.T) {
	labels := goalLabels([]data.Goal{{ID: 1, Title: "Sales"}, {ID: 2, Title: "Sales"}, {ID: 3, Title: "Margin"}})
	if labels[0] == labels[1] || labels[2] != "Margin" {
		t.Errorf("labels = %q", labels)
	}
}
