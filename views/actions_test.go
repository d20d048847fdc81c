package views

import (
	"context"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pacer/app"
	"pacer/app/sample"
)

func TestActionFromReviewTickedMovedAndFollowedUp(t *testing.T) {
	s := sampleReviewUI(t)
	ui, store, ctx := uiOf(s.ui), uiOf(s.ui).deps.Store, context.Background()
	before, _ := store.ListActionPlans(ctx, app.ActionFilter{})

	// The review's first row is the sales goal with its saved gap
	// analysis, from which the sample made a plan already.
	test.Tap(s.gap.toAction)
	test.Tap(findButton(t, ui.win.Canvas().Overlays().Top(), "Create another plan"))
	ed := builtScreen[*actionsScreen](ui).editor
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
	ed.status.SetSelected(actionStatusLabel(app.ActionInProgress))
	test.Tap(ed.save)
	// The plan starts today, 2023-05-20, after the first measure's deadline.
	ask := ui.win.Canvas().Overlays().Top()
	if ask == nil || !containsText(ask, ed.rows[0].text.Text+": due 2023-04-30") {
		t.Fatal("saving a measure due before the plan starts did not ask")
	}
	test.Tap(findButton(t, ask, "Save anyway"))
	if builtScreen[*actionsScreen](ui).editor != nil {
		t.Fatalf("Save kept the editor open: %s", ed.msg.Text)
	}
	after, _ := store.ListActionPlans(ctx, app.ActionFilter{})
	if len(after) != len(before)+1 {
		t.Fatalf("%d action plans, want %d", len(after), len(before)+1)
	}
	var saved app.ActionPlan
	for _, p := range after {
		if p.ReviewID != nil && *p.ReviewID == s.gap.review.ID && p.ID > saved.ID {
			saved = p
		}
	}
	if saved.Status != app.ActionInProgress || !saved.Measures[0].Done || saved.Measures[1].Done {
		t.Errorf("saved plan = %+v", saved)
	}

	builtScreen[*actionsScreen](ui).open(saved)
	log := builtScreen[*actionsScreen](ui).editor.followUps
	test.Type(log.note, "Orders picked up in May")
	test.Tap(log.add)
	notes, _ := store.FollowUps(ctx, saved.ID)
	if len(notes) != 1 || notes[0].Note != "Orders picked up in May" {
		t.Errorf("follow-ups = %+v", notes)
	}
	if len(builtScreen[*actionsScreen](ui).editor.effects.Objects) == 0 {
		t.Error("the editor shows nothing about the effect")
	}
}

func TestActionEditorRefusesMeasureWithoutText(t *testing.T) {
	ui, _, store := newStoreUI(t)
	ui.showScreen(screenActions)
	builtScreen[*actionsScreen](ui).open(app.ActionPlan{Start: ui.today()})
	ed := builtScreen[*actionsScreen](ui).editor
	ed.problem.SetText("Sales below plan")
	ed.rows[0].owner.SetText("Chen Jing")
	test.Tap(ed.save)
	if ed.msg.Text == "" || builtScreen[*actionsScreen](ui).editor == nil {
		t.Error("a measure with an owner but no description was accepted")
	}
	if plans, _ := store.ListActionPlans(context.Background(), app.ActionFilter{}); len(plans) != 0 {
		t.Errorf("%d plans saved", len(plans))
	}
}

func TestGoalLabelsTellDuplicatesApart(t *testing.T) {
	labels := goalLabels([]app.Goal{{ID: 1, Title: "Sales"}, {ID: 2, Title: "Sales"}, {ID: 3, Title: "Margin"}})
	if labels[0] == labels[1] || labels[2] != "Margin" {
		t.Errorf("labels = %q", labels)
	}
}

// TestActionEditorFlagsMeasureDueBeforeStart checks that a measure due
// before the plan starts is flagged as start and deadlines change, that
// saving it asks once, and that a plan saved so is not asked about again.
func TestActionEditorFlagsMeasureDueBeforeStart(t *testing.T) {
	ui, w, store := newStoreUI(t)
	ctx := context.Background()
	ui.showScreen(screenActions)
	builtScreen[*actionsScreen](ui).open(app.ActionPlan{Problem: "Sales below plan", Start: app.NewDate(2023, 5, 1), Measures: []app.Measure{
		{Text: "Research customer needs", Due: app.NewDate(2023, 4, 30)}, {Text: "Reposition the product", Due: app.NewDate(2023, 5, 31)}}})
	ed := builtScreen[*actionsScreen](ui).editor
	flags := func() [2]bool { return [2]bool{ed.rows[0].early.Visible(), ed.rows[1].early.Visible()} }
	if got := flags(); got != [2]bool{true, false} || !strings.Contains(ed.rows[0].earlyText.Text, "2023-05-01") {
		t.Fatalf("flags %v, %q; want the first measure flagged with the start", got, ed.rows[0].earlyText.Text)
	}
	ed.start.SetText("2023-04-01")
	if got := flags(); got != [2]bool{false, false} {
		t.Errorf("after an earlier start, flags %v", got)
	}
	ed.start.SetText("2023-05-01")
	ed.rows[1].due.SetText("2023-04-15")
	if got := flags(); got != [2]bool{true, true} {
		t.Errorf("after an earlier deadline, flags %v", got)
	}

	test.Tap(ed.save)
	ask := w.Canvas().Overlays().Top()
	if ask == nil || !containsText(ask, "Reposition the product: due 2023-04-15") {
		t.Fatal("saving did not ask about the measures due before the start")
	}
	test.Tap(findButton(t, ask, "Cancel"))
	if plans, _ := store.ListActionPlans(ctx, app.ActionFilter{}); len(plans) != 0 || builtScreen[*actionsScreen](ui).editor != ed {
		t.Fatal("Cancel saved the plan or closed the editor")
	}
	test.Tap(ed.save)
	test.Tap(findButton(t, w.Canvas().Overlays().Top(), "Save anyway"))
	plans, _ := store.ListActionPlans(ctx, app.ActionFilter{})
	if len(plans) != 1 || builtScreen[*actionsScreen](ui).editor != nil {
		t.Fatalf("Save anyway: %d plans, editor open %v", len(plans), builtScreen[*actionsScreen](ui).editor != nil)
	}

	builtScreen[*actionsScreen](ui).open(plans[0])
	ed = builtScreen[*actionsScreen](ui).editor
	if got := flags(); got != [2]bool{true, true} {
		t.Errorf("the saved plan shows flags %v", got)
	}
	ed.rows[0].done.SetChecked(true)
	test.Tap(ed.save)
	if builtScreen[*actionsScreen](ui).editor != nil {
		t.Error("saving a plan whose early measures were known asked again")
	}
}

// TestActionEditorRefusesMistypedDueDate checks that a due date that is not
// a date stops the save with a message, rather than saving no due date.
func TestActionEditorRefusesMistypedDueDate(t *testing.T) {
	s := sampleReviewUI(t)
	ui, store, ctx := uiOf(s.ui), uiOf(s.ui).deps.Store, context.Background()
	before, _ := store.ListActionPlans(ctx, app.ActionFilter{})
	test.Tap(s.gap.toAction)
	test.Tap(findButton(t, ui.win.Canvas().Overlays().Top(), "Create another plan"))
	ed := builtScreen[*actionsScreen](ui).editor
	ed.start.SetText("2023-04-15") // no measure due before it
	ed.due.SetText("2026-06-31")
	test.Tap(ed.save)
	if builtScreen[*actionsScreen](ui).editor == nil {
		t.Fatal("the editor closed: the plan was saved with a due date that is not a date")
	}
	if !strings.Contains(ed.msg.Text, "2026-06-31 is not a date") {
		t.Errorf("message %q does not say the due date is not a date", ed.msg.Text)
	}
	after, _ := store.ListActionPlans(ctx, app.ActionFilter{})
	if len(after) != len(before) {
		t.Errorf("%d action plans saved", len(after)-len(before))
	}
	ed.due.SetText("2026-06-30")
	test.Tap(ed.save)
	if builtScreen[*actionsScreen](ui).editor != nil {
		t.Fatalf("the corrected plan was not saved: %s", ed.msg.Text)
	}
}

// TestActionEditorFollowUpWithinReach opens a saved plan of the sample in a
// 1024×640 window: the follow-up log's note field and the effect on the
// numbers are a tab away, on screen without scrolling past the form.
func TestActionEditorFollowUpWithinReach(t *testing.T) {
	ui, w, store := newStoreUI(t)
	ui.now = func() time.Time { return sampleAsOf }
	if err := sample.LoadSample(context.Background(), store, "en"); err != nil {
		t.Fatal(err)
	}
	saveSeedGoal(t, store, strings.Repeat("2023年北美销售额提升20%，每季度同比至少增长5%，", 4))
	w.Resize(fyne.NewSize(1024, 640))
	plans, _ := store.ListActionPlans(context.Background(), app.ActionFilter{})
	ui.openActionPlan(plans[0])
	ed := builtScreen[*actionsScreen](ui).editor
	if m := w.Content().MinSize(); m.Width > 1024 {
		t.Errorf("the editor needs %v px: a long goal title widens the window", m.Width)
	}
	onScreen := func(o fyne.CanvasObject) bool {
		pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(o)
		return o.Visible() && pos.Y >= 0 && pos.Y+o.Size().Height <= 640 && o.Size().Height > 0
	}
	if ed.tabs == nil {
		t.Fatal("the editor of a saved plan has no tabs")
	}
	ed.tabs.SelectIndex(1)
	if !onScreen(ed.followUps.note) || !onScreen(ed.followUps.add) {
		t.Errorf("the follow-up note field is off screen at %v", fyne.CurrentApp().Driver().AbsolutePositionForObject(ed.followUps.note))
	}
	ed.tabs.SelectIndex(2)
	if len(ed.effects.Objects) == 0 || !onScreen(ed.effects.Objects[0]) {
		t.Error("the effect on the numbers is off screen")
	}
	ed.due.SetText("2026-06-31")
	test.Tap(ed.save)
	if ed.tabs.SelectedIndex() != 0 || !onScreen(ed.msg) {
		t.Errorf("a refused save leaves its message out of sight (tab %d, at %v size %v)", ed.tabs.SelectedIndex(),
			fyne.CurrentApp().Driver().AbsolutePositionForObject(ed.msg), ed.msg.Size())
	}
}

// TestActionRowTitleOverLighterDetails: a plan's row has its problem in
// bold with chips for what is late, and its details below in the lighter
// placeholder colour.
func TestActionRowTitleOverLighterDetails(t *testing.T) {
	test.NewTempApp(t)
	s := &actionsScreen{plans: []actionItem{{
		plan: app.ActionPlan{Problem: "Sales below plan: Q1 8,000,000 against 10,000,000 planned", Status: app.ActionInProgress,
			Owner: "Chen Jing", Due: app.NewDate(2023, 6, 30)},
		overdue: true, goalTitles: []string{"Sales 2023", "Margin 2023"}, measuresDone: 1, measuresTotal: 3}}}
	row := newActionRowObject()
	s.updateRow(0, row)
	w := test.NewWindow(row)
	defer w.Close()
	w.Resize(fyne.NewSize(860, row.MinSize().Height+2*theme.Padding()))
	details := row.(*fyne.Container).Objects[1].(*widget.RichText)
	want := "In progress · Chen Jing · due 2023-06-30 · 1/3 measures done · Sales 2023, Margin 2023"
	if got := richText(details); got != want {
		t.Errorf("details %q, want %q", got, want)
	}
	if c := details.Segments[0].(*widget.TextSegment).Style.ColorName; c != theme.ColorNamePlaceHolder {
		t.Errorf("details are drawn in %q, not the lighter placeholder colour", c)
	}
	test.AssertRendersToMarkup(t, "action_row.xml", w.Canvas())
}
