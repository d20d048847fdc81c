package views

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"pacer/app"
	"pacer/data"
)

// newStoreUI is a main UI on a fresh database, with "today" fixed at 1 Feb 2023.
func newStoreUI(t *testing.T) (*mainUI, fyne.Window, *data.Store) {
	t.Helper()
	a := test.NewTempApp(t)
	store, err := data.Open(context.Background(), filepath.Join(t.TempDir(), "pacer.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	w := a.NewWindow("Pacer")
	ui := newMainUI(w, Deps{Store: store, DBPath: "pacer.db", Version: "test"})
	ui.now = func() time.Time { return time.Date(2023, 2, 1, 9, 0, 0, 0, time.UTC) }
	w.SetContent(ui.build())
	ui.listenForKeys()
	w.Resize(fyne.NewSize(1100, 800))
	t.Cleanup(w.Close)
	return ui, w, store
}

func openGoalsWizard(t *testing.T, ui *mainUI) (*goalsScreen, *goalWizard) {
	t.Helper()
	ui.showScreen(screenGoals)
	gs := ui.goals()
	test.Tap(gs.newGoal)
	if gs.wizard == nil {
		t.Fatal("New goal opened no wizard")
	}
	return gs, gs.wizard
}

func TestWizardSavesSeedSalesGoal(t *testing.T) {
	ui, _, store := newStoreUI(t)
	gs, wiz := openGoalsWizard(t, ui)

	start := wiz.steps[0].(*startStep)
	start.choice.SetSelected(templateName("sales_growth"))
	test.Tap(wiz.next)

	spec := wiz.steps[1].(*specificStep)
	test.Type(spec.titleEntry, "In 2023 raise North-America sales by 20%, every quarter at least +5%")
	spec.owner.SetText("Li Wei")
	if wiz.steps[1].(*specificStep).check.Verdicts["S"] != app.VerdictPass {
		t.Errorf("S verdict while typing = %v, want pass", spec.check.Verdicts["S"])
	}
	test.Tap(wiz.next)

	m := wiz.steps[2].(*measureStep)
	m.baseline.entry.SetText("50,000,000")
	m.target.SetText("+20%")
	if wiz.draft.goal.Target != 60_000_000 {
		t.Fatalf("target from +20%% = %v, want 60,000,000", wiz.draft.goal.Target)
	}
	if m.targetOther.Text == "" {
		t.Error("the target's other form is not shown")
	}
	test.Tap(wiz.next)
	test.Tap(wiz.next) // the dates: the fiscal year the title names

	h := stepOf[*historyStep](wiz)
	if h.shownBy != app.CadenceQuarter {
		t.Fatalf("history grid by %s, want quarter", h.shownBy)
	}
	fillHistory(t, h, map[int][4]string{
		2020: {"8,000,000", "9,000,000", "10,000,000", "11,000,000"},
		2021: {"9,000,000", "10,000,000", "10,500,000", "12,000,000"},
		2022: {"10,500,000", "11,500,000", "13,000,000", "15,000,000"},
	})
	test.Tap(wiz.next)

	plan := stepOf[*planStep](wiz)
	if wiz.steps[wiz.step] != wizardStep(plan) {
		t.Fatalf("stuck on step %d", wiz.step)
	}
	if len(wiz.draft.plan) != 4 {
		t.Fatalf("plan has %d periods, want 4 quarters", len(wiz.draft.plan))
	}
	plan.floorKind.SetSelected(boundLabel(floorGrowth, app.KindIncrease))
	plan.floorValue.entry.SetText("5")
	test.Tap(wiz.next)

	rel := stepOf[*relevantStep](wiz)
	rel.rationale.SetText("North America is our largest market")
	test.Tap(wiz.next)

	for _, l := range wiz.report.Letters {
		if l.Verdict != app.VerdictPass {
			t.Errorf("%s = %s: %+v", l.Letter, l.Verdict, l.Findings)
		}
	}
	if wiz.save.Disabled() {
		t.Fatal("Save is disabled for a goal that passes SMART")
	}
	test.Tap(wiz.save)
	if gs.wizard != nil {
		t.Fatal("the wizard stayed open after Save")
	}

	goals, err := store.ListGoals(context.Background(), app.GoalFilter{})
	if err != nil || len(goals) != 1 {
		t.Fatalf("goals after save: %d, %v", len(goals), err)
	}
	g := goals[0]
	if g.Target != 60_000_000 || g.Baseline == nil || *g.Baseline != 50_000_000 || g.Owner != "Li Wei" {
		t.Errorf("saved goal = %+v", g)
	}
	saved, _ := store.CurrentPlan(context.Background(), g.ID)
	total := 0.0
	for _, p := range saved.Periods {
		total += p.Target
		if p.Floor == nil {
			t.Errorf("period %s has no floor", p.PeriodKey)
		}
	}
	if len(saved.Periods) != 4 || total != 60_000_000 {
		t.Errorf("saved plan: %d periods adding up to %v", len(saved.Periods), total)
	}
	hist, _ := store.History(context.Background(), g.ID)
	if len(hist) != 12 {
		t.Errorf("saved %d history values, want 12", len(hist))
	}
	if len(gs.rows) != 1 {
		t.Errorf("the list shows %d goals, want 1", len(gs.rows))
	}
}

func fillHistory(t *testing.T, h *historyStep, years map[int][4]string) {
	t.Helper()
	for year, values := range years {
		for q, v := range values {
			key := app.Period{Cadence: app.CadenceQuarter, Year: year, Index: q + 1}.Key()
			cell := h.cells[key]
			if cell == nil {
				t.Fatalf("no history cell for %s", key)
			}
			cell.SetText(v)
		}
	}
}

func TestWizardVagueGoalCannotBeSaved(t *testing.T) {
	ui, w, store := newStoreUI(t)
	gs, wiz := openGoalsWizard(t, ui)
	test.Tap(wiz.next)
	wiz.steps[1].(*specificStep).titleEntry.SetText("Raise sales")
	for wiz.step < len(wiz.steps)-1 {
		wiz.show(wiz.step + 1)
	}
	// The wizard fills in the current fiscal year, so T passes; S and M cannot.
	for _, letter := range []string{"S", "M"} {
		if v := wiz.report.Letter(letter).Verdict; v != app.VerdictFail {
			t.Errorf("%s = %s, want fail", letter, v)
		}
	}
	if !wiz.save.Disabled() {
		t.Error("Save is enabled for a goal that fails SMART")
	}
	test.AssertRendersToMarkup(t, "wizard_summary_vague.xml", w.Canvas())
	test.Tap(wiz.cancel)
	test.Tap(findButton(t, w.Canvas().Overlays().Top(), "Discard")) // the title typed
	if gs.wizard != nil {
		t.Error("Cancel left the wizard open")
	}
	if goals, _ := store.ListGoals(context.Background(), app.GoalFilter{}); len(goals) != 0 {
		t.Errorf("Cancel saved %d goals", len(goals))
	}
}

func TestWizardRefusesBadNumbers(t *testing.T) {
	ui, _, _ := newStoreUI(t)
	_, wiz := openGoalsWizard(t, ui)
	test.Tap(wiz.next)
	wiz.steps[1].(*specificStep).titleEntry.SetText("Sales 2023")
	test.Tap(wiz.next)
	m := wiz.steps[2].(*measureStep)
	m.baseline.entry.SetText("fifty")
	if !m.baseline.msg.Hidden {
		t.Error("an error shows while the user is still typing")
	}
	m.target.SetText("100")
	test.Tap(wiz.next)
	if wiz.step != 2 {
		t.Errorf("Next went on to step %d with a bad baseline", wiz.step)
	}
	if m.baseline.msg.Hidden || m.baseline.msg.Text == "" {
		t.Error("no message under a baseline that is not a number")
	}
	m.baseline.entry.SetText("1,000")
	if !m.baseline.msg.Hidden {
		t.Error("the message stays after the baseline is corrected")
	}
}

func TestLocaleUsesDecimalComma(t *testing.T) {
	for locale, want := range map[string]bool{"de-DE": true, "fr": true, "en-US": false, "zh-Hans": false, "zh-CN": false, "pt-BR": true} {
		if got := localeUsesDecimalComma(locale); got != want {
			t.Errorf("%s: %v, want %v", locale, got, want)
		}
	}
}

// editWizardToCadence opens the wizard on g, chooses cadence c on the
// plan step and taps Save on the last step.
func editWizardToCadence(t *testing.T, ui *mainUI, g app.Goal, c app.Cadence) (*goalsScreen, *goalWizard) {
	t.Helper()
	gs, wiz := editWizard(t, ui, g)
	dates := stepOf[*timeStep](wiz)
	wiz.show(stepIndex(wiz, dates))
	dates.cadence.SetSelected(dates.cadences.label(c))
	for wiz.step < len(wiz.steps)-1 {
		test.Tap(wiz.next)
	}
	test.Tap(wiz.save)
	return gs, wiz
}

// editWizard opens the wizard on g from the Goals screen, as Edit does.
func editWizard(t *testing.T, ui *mainUI, g app.Goal) (*goalsScreen, *goalWizard) {
	t.Helper()
	ui.showScreen(screenGoals)
	gs := ui.goals()
	gs.onEdit(g)
	if gs.wizard == nil {
		t.Fatal("Edit opened no wizard")
	}
	return gs, gs.wizard
}

// TestWizardCadenceChangeConvertsCheckIns checks that changing a goal
// from monthly to quarterly check-ins shows the conversion first, with the
// partly covered quarter flagged; Back saves nothing and keeps the
// wizard, and confirming saves the goal with its months rolled up.
func TestWizardCadenceChangeConvertsCheckIns(t *testing.T) {
	ui, w, store := newStoreUI(t)
	ctx := context.Background()
	g := saveSeedGoal(t, store, "Sales 2023")
	g.Cadence = app.CadenceMonth
	if err := store.UpdateGoal(ctx, &g); err != nil {
		t.Fatal(err)
	}
	var cs []app.CheckIn
	for i, v := range []float64{3e6, 3.5e6, 4e6, 4.5e6} {
		cs = append(cs, app.CheckIn{GoalID: g.ID, PeriodKey: fmt.Sprintf("2023-%02d", i+1), Value: v, Confidence: 6})
	}
	if err := store.SaveCheckIns(ctx, cs); err != nil {
		t.Fatal(err)
	}

	gs, wiz := editWizardToCadence(t, ui, g, app.CadenceQuarter)
	preview := w.Canvas().Overlays().Top()
	if wiz.convert == nil || preview == nil {
		t.Fatal("Save converted the check-ins without showing how")
	}
	for _, text := range []string{"→  2023-Q1: CN¥10,500,000", "Partial: no check-in for May 2023, Jun 2023."} {
		if !containsText(preview, text) {
			t.Errorf("the preview does not say %q", text)
		}
	}
	test.Tap(findButton(t, preview, "Back"))
	if gs.wizard != wiz || wiz.draft.goal.Cadence != app.CadenceQuarter {
		t.Fatal("Back closed the wizard or dropped the new cadence")
	}
	if stored, _ := store.CheckIns(ctx, g.ID); len(stored) != 4 {
		t.Fatalf("Back changed the check-ins: %d", len(stored))
	}

	test.Tap(wiz.save)
	ui.TypedKey(fyne.KeyReturn)
	if stored, _ := store.CheckIns(ctx, g.ID); len(stored) != 4 || gs.wizard != wiz {
		t.Fatalf("Enter alone converted the check-ins: %d left", len(stored))
	}
	test.Tap(findButton(t, w.Canvas().Overlays().Top(), "Convert and save"))
	if gs.wizard != nil {
		t.Fatal("the wizard stayed open after converting")
	}
	stored, err := store.CheckIns(ctx, g.ID)
	if err != nil || len(stored) != 2 || stored[0].PeriodKey != "2023-Q1" || stored[0].Value != 10.5e6 ||
		stored[1].Value != 4.5e6 || !strings.Contains(stored[1].Note, "Partial: no check-in for May 2023, Jun 2023.") {
		t.Errorf("check-ins after converting: %+v, %v", stored, err)
	}
	if saved, _ := store.GoalByID(ctx, g.ID); saved.Cadence != app.CadenceQuarter {
		t.Errorf("the goal is checked in %s", saved.Cadence)
	}
}

// TestWizardRefusesQuartersIntoMonths checks that a change the check-ins
// cannot follow is refused with a plain reason, the wizard staying open
// with what was chosen and the check-ins as they were.
func TestWizardRefusesQuartersIntoMonths(t *testing.T) {
	ui, w, store := newStoreUI(t)
	ctx := context.Background()
	g := saveSeedGoal(t, store, "Sales 2023")
	if err := store.CreateCheckIn(ctx, &app.CheckIn{GoalID: g.ID, PeriodKey: "2023-Q1", Value: 9e6}); err != nil {
		t.Fatal(err)
	}
	gs, wiz := editWizardToCadence(t, ui, g, app.CadenceMonth)
	msg := w.Canvas().Overlays().Top()
	if msg == nil || !containsText(msg, "cannot be split into shorter periods") {
		t.Fatal("no plain reason for refusing quarters into months")
	}
	if gs.wizard != wiz || wiz.draft.goal.Cadence != app.CadenceMonth || wiz.convert != nil {
		t.Error("the refusal closed the wizard or dropped the chosen cadence")
	}
	if c, err := store.CheckInByPeriod(ctx, g.ID, "2023-Q1"); err != nil || c.Value != 9e6 {
		t.Errorf("the quarter's check-in after the refusal: %+v, %v", c, err)
	}
	if saved, _ := store.GoalByID(ctx, g.ID); saved.Cadence != app.CadenceQuarter {
		t.Errorf("the goal is checked in %s after the refusal", saved.Cadence)
	}
}

// TestWizardChangeModeNests: filling within typing, and typing within
// filling, end in the mode they started from, so a field set while a grid
// is rebuilt never leaves the wizard deaf to the user's next change.
func TestWizardChangeModeNests(t *testing.T) {
	w := &goalWizard{}
	w.whileTyping(func() {
		w.filling(func() {
			if !w.isFilling() || w.isTyping() {
				t.Error("filling inside typing is not filling")
			}
		})
		if !w.isTyping() {
			t.Error("typing did not resume after filling")
		}
	})
	if w.isFilling() || w.isTyping() {
		t.Errorf("mode %d after both, want the user's", w.mode)
	}
}

// stepOf is the wizard's step of type T.
func stepOf[T wizardStep](wiz *goalWizard) T {
	for _, s := range wiz.steps {
		if t, ok := s.(T); ok {
			return t
		}
	}
	panic("no such step")
}

// stepIndex is the position of step s in the wizard.
func stepIndex(wiz *goalWizard, s wizardStep) int {
	for i, o := range wiz.steps {
		if o == s {
			return i
		}
	}
	return -1
}
