package views

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"pacer/app"
	"pacer/views/widgets"
)

// trailButton is the wizard's trail button naming step s.
func trailButton(t *testing.T, wiz *goalWizard, s wizardStep) *widget.Button {
	t.Helper()
	for _, o := range wiz.trail.Objects {
		if b, ok := o.(*widget.Button); ok && b.Text == s.title() {
			return b
		}
	}
	t.Fatalf("no trail button for %s", s.title())
	return nil
}

func TestWizardTrailGoesStraightToAStep(t *testing.T) {
	ui, _, _ := newStoreUI(t)
	_, wiz := openGoalsWizard(t, ui)
	test.Tap(wiz.next)
	spec := stepOf[*specificStep](wiz)
	spec.titleEntry.SetText("In 2023 raise North-America sales by 20%")
	test.Tap(wiz.next)
	if b := trailButton(t, wiz, stepOf[*summaryStep](wiz)); !b.Disabled() {
		t.Error("the trail offers a step not reached yet")
	}
	test.Tap(trailButton(t, wiz, spec))
	if wiz.steps[wiz.step] != wizardStep(spec) {
		t.Fatalf("the trail went to step %d, not Specific", wiz.step)
	}
	test.Tap(trailButton(t, wiz, stepOf[*measureStep](wiz)))
	if wiz.steps[wiz.step] != wizardStep(stepOf[*measureStep](wiz)) {
		t.Errorf("the trail did not go forward again to a step reached before (at %d)", wiz.step)
	}
}

func TestWizardBlankStepSaysWhatIsMissingOnlyOnNext(t *testing.T) {
	ui, w, _ := newStoreUI(t)
	_, wiz := openGoalsWizard(t, ui)
	test.Tap(wiz.next)
	content := w.Canvas().Content()
	if containsText(content, "S · Specific — Fail") {
		t.Error("a blank step shows Fail before anything is typed")
	}
	test.Tap(wiz.next)
	if !containsText(content, "S · Specific — Fail") {
		t.Error("after Next, the step does not say what is missing")
	}
}

func TestWizardChecksPerspectiveWhereItIsSet(t *testing.T) {
	ui, w, _ := newStoreUI(t)
	_, wiz := openGoalsWizard(t, ui)
	test.Tap(wiz.next)
	spec := stepOf[*specificStep](wiz)
	spec.perspective.ClearSelected()
	test.Type(spec.titleEntry, "In 2023 raise North-America sales by 20%")
	if !containsText(w.Canvas().Content(), "The goal has no perspective.") {
		t.Error("the Specific step, where the perspective is set, does not say it is missing")
	}
	spec.perspective.SetSelected(spec.perspectives.label(app.PerspectiveFinancial))
	if containsText(w.Canvas().Content(), "The goal has no perspective.") {
		t.Error("the missing perspective is still reported once chosen")
	}
}

func TestWizardDatesComeBeforeHistoryAndFollowTheTitle(t *testing.T) {
	wiz, w := datesStepOf(t, "In 2021 raise North-America sales by 20%")
	dates, hist := stepOf[*timeStep](wiz), stepOf[*historyStep](wiz)
	if stepIndex(wiz, dates) > stepIndex(wiz, hist) {
		t.Fatal("the History step comes before the dates")
	}
	if wiz.steps[wiz.step] != wizardStep(dates) {
		t.Fatalf("after Measurable comes step %d, not the dates", wiz.step)
	}
	if got := wiz.draft.goal.Start.Year(); got != 2021 {
		t.Errorf("a goal titled for 2021 starts in %d", got)
	}
	test.Tap(wiz.next)
	rows := hist.historyPeriods(wiz.draft)
	if first, last := rows[0][0].Year, rows[len(rows)-1][0].Year; first != 2018 || last != 2020 {
		t.Errorf("history asks for FY%d–FY%d, want FY2018–FY2020", first, last)
	}
	test.Tap(trailButton(t, wiz, dates))
	end := app.NewDate(2024, 12, 31)
	start := app.NewDate(2024, 1, 1)
	dates.start.SetDay(start)
	dates.end.SetDay(end)
	if !containsText(w.Canvas().Content(), "The title names 2021, but the goal runs from 2024-01-01 to 2024-12-31.") {
		t.Error("the dates step does not point out a title naming another year")
	}
}

func TestWizardTargetHintSaysWhatIsWrong(t *testing.T) {
	ui, w, _ := newStoreUI(t)
	w.Resize(fyne.NewSize(1024, 640))
	_, wiz := openGoalsWizard(t, ui)
	test.Tap(wiz.next)
	stepOf[*specificStep](wiz).titleEntry.SetText("Sales 2023")
	test.Tap(wiz.next)
	m := stepOf[*measureStep](wiz)
	for typed, want := range map[string]string{
		"abc":  "is not a number",
		"0":    "A target of 0: is this a cap?",
		"+20%": "+20% needs a baseline",
	} {
		m.target.SetText("")
		test.Type(m.target, typed)
		if !strings.Contains(m.targetOther.Text, want) {
			t.Errorf("%q: hint %q, want it to say %q", typed, m.targetOther.Text, want)
		}
		assertBelow(t, m.targetOther, m.check.Object())
	}
}

// TestWizardRefusesATargetPastTheGoalsDecimals types a target with more
// decimals than the goal keeps: the step says so and holds it, as a
// check-in of that value is refused, rather than saving it rounded.
func TestWizardRefusesATargetPastTheGoalsDecimals(t *testing.T) {
	ui, _, _ := newStoreUI(t)
	_, wiz := openGoalsWizard(t, ui)
	test.Tap(wiz.next)
	stepOf[*specificStep](wiz).titleEntry.SetText("Sales 2023")
	test.Tap(wiz.next)
	m := stepOf[*measureStep](wiz)
	m.decimals.SetSelected("0")
	for _, typed := range []string{"1,234.5", "60,000,000.4"} {
		m.target.SetText("")
		test.Type(m.target, typed)
		if !strings.Contains(m.targetOther.Text, "is not a whole amount") {
			t.Errorf("%q for a goal of whole amounts: hint %q", typed, m.targetOther.Text)
		}
		test.Tap(wiz.next)
		if wiz.steps[wiz.step] != wizardStep(m) {
			t.Errorf("%q: the wizard moved on past the target", typed)
		}
	}
	m.target.SetText("1,500")
	m.baseline.entry.SetText("1,000.4")
	test.Tap(wiz.next)
	if wiz.steps[wiz.step] != wizardStep(m) || !strings.Contains(m.baseline.msg.Text, "is not a whole amount") {
		t.Errorf("a baseline of 1,000.4 for a goal of whole amounts: step %d, message %q", wiz.step, m.baseline.msg.Text)
	}
}

// assertBelow fails when above, shown, reaches into below's place on the canvas.
func assertBelow(t *testing.T, above, below fyne.CanvasObject) {
	t.Helper()
	d := fyne.CurrentApp().Driver()
	a, b := d.AbsolutePositionForObject(above), d.AbsolutePositionForObject(below)
	if above.Visible() && a.Y+above.Size().Height > b.Y {
		t.Errorf("%T ends at %v, over %T at %v", above, a.Y+above.Size().Height, below, b.Y)
	}
}

func TestWizardSplitStaysChosen(t *testing.T) {
	ui, _, _ := newStoreUI(t)
	_, wiz := openGoalsWizard(t, ui)
	test.Tap(wiz.next)
	stepOf[*specificStep](wiz).titleEntry.SetText("Sales 2023")
	plan := stepOf[*planStep](wiz)
	wiz.show(stepIndex(wiz, plan))
	items := test.WidgetRenderer(plan.split).Objects()
	for range 2 {
		test.Tap(items[1].(fyne.Tappable))
	}
	if plan.split.Selected != splitLabel(splitSeasonal) {
		t.Errorf("after choosing Seasonal the split shows %q", plan.split.Selected)
	}
}

func TestEscapeOnWizardKeepsEditingByDefault(t *testing.T) {
	ui, w, _ := newStoreUI(t)
	gs, _ := openGoalsWizard(t, ui)
	ui.onEscape()
	top := w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("Escape on the wizard asks nothing")
	}
	keep := findButton(t, top, "Keep editing")
	if f, ok := w.Canvas().Focused().(*widgets.KeyButton); !ok || &f.Button != keep || keep.Importance != widget.HighImportance {
		t.Errorf("the default answer is %v, not Keep editing", w.Canvas().Focused())
	}
	// The keys reach the focused Keep editing, which passes them on.
	w.Canvas().Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if w.Canvas().Overlays().Top() != nil {
		t.Fatal("Enter on Keep editing left the question open")
	}
	ui.onEscape() // Enter kept the wizard; a second question is Escaped
	w.Canvas().Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if gs.wizard == nil {
		t.Error("Enter or Escape on the question closed the wizard")
	}
}

func TestErrorDialogHasNoIconBehindItsText(t *testing.T) {
	ui, w, _ := newStoreUI(t)
	ui.showError(fieldError{text: "Type the target."})
	top := w.Canvas().Overlays().Top()
	if top == nil || !containsText(top, "Type the target.") {
		t.Fatal("the error is not shown")
	}
	var big []fyne.CanvasObject
	walkObjects(top, func(o fyne.CanvasObject) {
		if img, ok := o.(*canvas.Image); ok && img.Size().Height > 64 {
			big = append(big, o)
		}
	})
	if len(big) > 0 {
		t.Errorf("the error dialog draws %d large images behind its text", len(big))
	}
}

// walkObjects calls f on o and everything drawn inside it.
func walkObjects(o fyne.CanvasObject, f func(fyne.CanvasObject)) {
	f(o)
	switch c := o.(type) {
	case *fyne.Container:
		for _, k := range c.Objects {
			walkObjects(k, f)
		}
	case fyne.Widget:
		for _, k := range test.WidgetRenderer(c).Objects() {
			walkObjects(k, f)
		}
	}
}

// TestWizardPlanCellThatDoesNotReadHoldsTheStep types a plan cell that
// cannot be read (10.000.000) over an even split: Next refuses with the
// message and keeps the cell as typed, rather than going on with the
// split's value and dropping the edit.
// So does one in another currency than the goal's, for a money goal.
func TestWizardPlanCellThatDoesNotReadHoldsTheStep(t *testing.T) {
	for _, typed := range []string{"10.000.000", "EUR 10,000,000"} {
		wiz, plan := wizardOnPlanStep(t)
		if typed[0] == 'E' && (wiz.draft.goal.Unit != app.UnitCurrency || wiz.draft.goal.UnitLabel == "" || wiz.draft.goal.UnitLabel == "EUR") {
			t.Fatalf("the goal counts %s %q: the case needs money in another currency than EUR", wiz.draft.goal.Unit, wiz.draft.goal.UnitLabel)
		}
		cell := plan.cells[wiz.draft.plan[1].PeriodKey]
		cell.SetText(typed)
		test.Tap(wiz.next)
		if wiz.steps[wiz.step] != wizardStep(plan) {
			t.Errorf("Next went on past a plan cell of %q", typed)
		}
		if cell.Text != typed {
			t.Errorf("the cell now reads %q, want what was typed", cell.Text)
		}
	}
}

// TestWizardTimeCheckWaitsForReadableDates: while the start names no day
// (2026-02-30), the Time-bound panel says so rather than judging the last
// start that did, and it judges the dates again once they read.
func TestWizardTimeCheckWaitsForReadableDates(t *testing.T) {
	wiz, w := datesStepOf(t, "In 2021 raise North-America sales by 20%")
	dates := stepOf[*timeStep](wiz)
	dates.start.SetDay(app.NewDate(2024, 1, 1))
	dates.end.SetDay(app.NewDate(2024, 12, 31))
	content := w.Canvas().Content()
	judged := "The title names 2021, but the goal runs from 2024-01-01 to 2024-12-31."
	if !containsText(content, judged) {
		t.Fatal("readable dates are not judged")
	}
	dates.start.SetText("2026-02-30")
	if containsText(content, judged) {
		t.Error("with the start unreadable, the panel still judges the start before it")
	}
	if !containsText(content, "Start names no day yet, so the goal's span is not judged.") {
		t.Error("the panel does not say the start names no day")
	}
	dates.start.SetDay(app.NewDate(2024, 1, 1))
	if !containsText(content, judged) {
		t.Error("once the start reads again, the panel does not judge it")
	}
}
