package views

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"pacer/app"
)

// TestWizardManualPlanSurvivesPlanByRoundTrip: quarter targets typed by
// hand are still there after "Plan by" is put on months and back; they
// came back as zeros.
func TestWizardManualPlanSurvivesPlanByRoundTrip(t *testing.T) {
	wiz, plan := wizardOnPlanStep(t)
	if len(wiz.draft.plan) != 4 {
		t.Fatalf("%d periods, want 4 quarters", len(wiz.draft.plan))
	}
	typed := []string{"12,000,000", "14,000,000", "16,000,000", "18,000,000"}
	for i, pt := range wiz.draft.plan {
		plan.cells[pt.PeriodKey].SetText(typed[i])
	}
	plan.planBy.SetSelected(cadenceLabel(app.CadenceMonth))
	plan.planBy.SetSelected(cadenceLabel(app.CadenceQuarter))
	if len(wiz.draft.plan) != 4 {
		t.Fatalf("%d periods after the round trip", len(wiz.draft.plan))
	}
	for i, pt := range wiz.draft.plan {
		if got := plan.cells[pt.PeriodKey].Text; got != typed[i] {
			t.Errorf("%s shows %q after the round trip, typed %q", pt.PeriodKey, got, typed[i])
		}
	}
}

// wizardOnPlanStep is a new sales goal of 2023, 50M to 60M without history,
// in the wizard on its plan step.
func wizardOnPlanStep(t *testing.T) (*goalWizard, *planStep) {
	t.Helper()
	ui, _, _ := newStoreUI(t)
	_, wiz := openGoalsWizard(t, ui)
	wiz.steps[0].(*startStep).choice.SetSelected(templateName("sales_growth"))
	test.Tap(wiz.next)
	test.Type(wiz.steps[1].(*specificStep).titleEntry, "In 2023 raise North-America sales by 20%")
	test.Tap(wiz.next)
	m := wiz.steps[2].(*measureStep)
	m.baseline.entry.SetText("50,000,000")
	m.target.SetText("60,000,000")
	test.Tap(wiz.next)
	test.Tap(wiz.next)
	test.Tap(wiz.next) // history: none
	plan := stepOf[*planStep](wiz)
	if wiz.steps[wiz.step] != wizardStep(plan) || len(wiz.draft.plan) < 2 {
		t.Fatalf("on step %d with %d plan periods, want the plan step", wiz.step, len(wiz.draft.plan))
	}
	return wiz, plan
}

// TestWizardPlanSaysTheEndIsBeforeTheStart: with both dates picked and the
// end before the start, the plan step says so; it asked to pick them.
func TestWizardPlanSaysTheEndIsBeforeTheStart(t *testing.T) {
	wiz, plan := wizardOnPlanStep(t)
	time := stepOf[*timeStep](wiz)
	test.Tap(trailButton(t, wiz, time))
	time.start.SetText("2023-12-31")
	time.end.SetText("2023-01-01")
	test.Tap(trailButton(t, wiz, plan))
	if wiz.steps[wiz.step] != wizardStep(plan) {
		t.Fatalf("on step %d, not the plan", wiz.step)
	}
	if got := plan.verdict.Text; strings.Contains(got, "Pick a start") || !strings.Contains(got, "2023-01-01") {
		t.Errorf("the plan of a goal ending before it starts says %q", got)
	}
}
