package views

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"pacer/app"
	"pacer/views/widgets"
)

// TestActionsOwnerFilterShownIsApplied: after the owner picked has no plan
// of the status picked next, the list still lists by what the filters
// show; it listed nothing under "All owners".
func TestActionsOwnerFilterShownIsApplied(t *testing.T) {
	ui, _, store := newStoreUI(t)
	ctx := context.Background()
	for _, p := range []app.ActionPlan{
		{Problem: "Li's open plan", Owner: "Li", Status: app.ActionPlanned},
		{Problem: "Wang's done plan", Owner: "Wang", Status: app.ActionDone},
	} {
		if err := store.CreateActionPlan(ctx, &p); err != nil {
			t.Fatal(err)
		}
	}
	ui.showScreen(screenActions)
	s := builtScreen[*actionsScreen](ui)
	s.owner.SetSelected("Li")
	if len(s.plans) != 1 || s.plans[0].plan.Owner != "Li" {
		t.Fatalf("owner Li lists %d plans", len(s.plans))
	}
	s.status.SetSelected(actionStatusLabel(app.ActionDone))
	var listed []string
	for _, it := range s.plans {
		listed = append(listed, it.plan.Problem)
	}
	switch s.owner.Selected {
	case "Li":
		if len(listed) != 0 {
			t.Errorf("owner Li, status Done lists %v", listed)
		}
	case "All owners":
		if len(listed) != 1 || listed[0] != "Wang's done plan" {
			t.Errorf("the filters show all owners and Done, and the list holds %v", listed)
		}
	default:
		t.Errorf("owner filter shows %q", s.owner.Selected)
	}
}

// TestActionsGoalFilterTellsDuplicatesApart: of two goals with one title,
// picking the second lists the plans of the second, as in the editor
// (goalLabels); it listed those of the first.
func TestActionsGoalFilterTellsDuplicatesApart(t *testing.T) {
	ui, _, store := newStoreUI(t)
	ctx := context.Background()
	var ids []int64
	for range 2 {
		g := app.Goal{Title: "Shop sales 2023", Perspective: app.PerspectiveFinancial,
			Kind: app.KindIncrease, Unit: app.UnitCount, Aggregation: app.AggFlow, Target: 100,
			Start: app.NewDate(2023, 1, 1), End: app.NewDate(2023, 12, 31), Cadence: app.CadenceMonth, PlanBy: app.CadenceMonth}
		if err := store.CreateGoal(ctx, &g); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, g.ID)
	}
	p := app.ActionPlan{Problem: "Second shop behind", Status: app.ActionPlanned, GoalIDs: []int64{ids[1]}}
	if err := store.CreateActionPlan(ctx, &p); err != nil {
		t.Fatal(err)
	}
	ui.showScreen(screenActions)
	s := builtScreen[*actionsScreen](ui)
	if len(s.goal.Options) != 3 || s.goal.Options[1] == s.goal.Options[2] {
		t.Fatalf("goal filter offers %q", s.goal.Options)
	}
	s.goal.SetSelectedIndex(2)
	if len(s.plans) != 1 || s.plans[0].plan.ID != p.ID {
		t.Errorf("picking the second %q lists %d plans", s.goal.Selected, len(s.plans))
	}
}

// TestActionsListMarksAMeasurePastItsDeadline: an open plan with no due
// date of its own and a measure past its deadline shows Measure overdue
// (Overdue once its own due date is past) and how many measures are late, and the dashboard counts it overdue; nothing
// marked it.
func TestActionsListMarksAMeasurePastItsDeadline(t *testing.T) {
	ui, _, store := newStoreUI(t) // today is 2023-02-01
	ctx := context.Background()
	p := app.ActionPlan{Problem: "Sales below plan", Status: app.ActionInProgress, Measures: []app.Measure{
		{Text: "Call the ten largest customers", Due: app.NewDate(2023, 1, 15)},
		{Text: "Print the flyers", Due: app.NewDate(2023, 1, 10), Done: true},
		{Text: "Train the new staff", Due: app.NewDate(2023, 3, 1)},
	}}
	if err := store.CreateActionPlan(ctx, &p); err != nil {
		t.Fatal(err)
	}
	ui.showScreen(screenActions)
	s := builtScreen[*actionsScreen](ui)
	if len(s.plans) != 1 {
		t.Fatalf("%d plans listed", len(s.plans))
	}
	row := newActionRowObject()
	s.updateRow(0, row)
	head := row.(*fyne.Container).Objects[0].(*fyne.Container)
	// The plan's own due date is not past: the chip says what is late.
	if overdue := head.Objects[1].(*fyne.Container).Objects[0].(*widgets.StatusChip); !overdue.Visible() || overdue.Text() != "Measure overdue" {
		t.Errorf("a plan with a measure past its deadline shows %q (shown %v), want Measure overdue", overdue.Text(), overdue.Visible())
	}
	late := s.plans[0]
	late.plan.Due, late.ownDueLate = app.NewDate(2023, 1, 31), true
	if got := late.overdueLabel(); got != "Overdue" {
		t.Errorf("a plan past its own due date is marked %q", got)
	}
	if d := actionDetails(s.plans[0]); !strings.Contains(d, "measures overdue: 1") {
		t.Errorf("details = %q", d)
	}
	// The dashboard (of a file with a goal) counts the plans the list
	// marks, no other.
	saveSeedGoal(t, store, "Sales 2023")
	ui.showScreen(screenDashboard)
	d := builtScreen[*dashboardScreen](ui)
	if !d.actBanner.Visible() || d.actBanner.Text != "Actions overdue: 1" {
		t.Errorf("the dashboard's action line = %q (shown %v), want 1 overdue as the list", d.actBanner.Text, d.actBanner.Visible())
	}
}

// TestActionsFiltersMatchingNothingSaySo: filters that match no plan say
// so over the empty list; the list was blank.
func TestActionsFiltersMatchingNothingSaySo(t *testing.T) {
	ui, _, store := newStoreUI(t)
	p := app.ActionPlan{Problem: "Sales below plan", Status: app.ActionPlanned}
	if err := store.CreateActionPlan(context.Background(), &p); err != nil {
		t.Fatal(err)
	}
	ui.showScreen(screenActions)
	s := builtScreen[*actionsScreen](ui)
	if s.noMatch.Visible() {
		t.Error("a list with a plan says none match")
	}
	s.status.SetSelected(actionStatusLabel(app.ActionDone))
	if len(s.plans) != 0 || !s.noMatch.Visible() || !strings.Contains(s.noMatch.Text, "No action plan matches") {
		t.Errorf("%d plans, message shown %v %q", len(s.plans), s.noMatch.Visible(), s.noMatch.Text)
	}
}

// TestActionBannerListsWhatItCounts: the dashboard's banner of overdue
// plans opened the Actions screen with the goal, owner and status picked
// there before, which hid the plan it counts; it now clears them.
func TestActionBannerListsWhatItCounts(t *testing.T) {
	ui, _, store := newStoreUI(t) // today is 2023-02-01
	ctx := context.Background()
	saveSeedGoal(t, store, "Sales 2023")
	for _, p := range []app.ActionPlan{
		{Problem: "Sales below plan", Owner: "Li", Status: app.ActionInProgress, Due: app.NewDate(2023, 1, 15)},
		{Problem: "Old plan", Owner: "Wang", Status: app.ActionDone},
	} {
		if err := store.CreateActionPlan(ctx, &p); err != nil {
			t.Fatal(err)
		}
	}
	ui.showScreen(screenActions)
	s := builtScreen[*actionsScreen](ui)
	s.owner.SetSelected("Wang")
	s.status.SetSelected(actionStatusLabel(app.ActionDone))
	s.goal.SetSelectedIndex(1)
	ui.showScreen(screenDashboard)
	d := builtScreen[*dashboardScreen](ui)
	if d.actBanner.Text != "Actions overdue: 1" {
		t.Fatalf("the banner reads %q", d.actBanner.Text)
	}
	test.Tap(d.actBanner)
	if ui.screens[ui.current].id != screenActions {
		t.Fatal("the banner did not open the Actions screen")
	}
	if s.status.SelectedIndex() != 0 || s.owner.SelectedIndex() != 0 || s.goal.SelectedIndex() != 0 {
		t.Errorf("the filters stay %q, %q, %q", s.status.Selected, s.owner.Selected, s.goal.Selected)
	}
	if len(s.plans) != 2 || s.noMatch.Visible() {
		t.Errorf("the banner's Actions screen lists %d plans, no-match shown %v", len(s.plans), s.noMatch.Visible())
	}
}

// TestActionsGoalFilterTakesTheRoomLeft picks a goal in the goal filter of
// a 1024×640 window: the drop-down spans the toolbar's width left by the
// others, and shows the goal's title whole; it was a fixed width showing
// "Cut freight …".
func TestActionsGoalFilterTakesTheRoomLeft(t *testing.T) {
	ui, w, store := newStoreUI(t)
	const title = "Cut freight costs at the Shenzhen warehouse"
	g := saveSeedGoal(t, store, title)
	if err := store.CreateActionPlan(context.Background(), &app.ActionPlan{Problem: "Freight", GoalIDs: []int64{g.ID}, Status: app.ActionPlanned}); err != nil {
		t.Fatal(err)
	}
	w.Resize(fyne.NewSize(1024, 640))
	ui.showScreen(screenActions)
	s := builtScreen[*actionsScreen](ui)
	s.goal.SetSelected(title)
	th := fyne.CurrentApp().Settings().Theme()
	// the title, the drop-down's icon and the padding either side of each
	need := fyne.MeasureText(title, th.Size("text"), fyne.TextStyle{}).Width + th.Size("iconInline") + 4*th.Size("innerPadding")
	if got := s.goal.Size().Width; got < need {
		t.Errorf("the goal filter is %v px wide, %v px short of its title", got, need-got)
	}
	if m := w.Content().MinSize(); m.Width > 1024 {
		t.Errorf("the Actions screen needs %v px", m.Width)
	}
}
