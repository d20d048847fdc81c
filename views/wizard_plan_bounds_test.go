package views

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"pacer/app"
)

// costWizardOnPlanStep walks the wizard to the Plan step of a cost
// reduction: 1,500,000 last year, cut by 20 %, with last year by quarter.
func costWizardOnPlanStep(t *testing.T) (*goalWizard, *planStep) {
	t.Helper()
	wiz, m := wizardOnMeasure(t, app.TemplateCostReduction, "In 2023 cut operating costs by 20%")
	m.baseline.entry.SetText("1,500,000")
	m.target.SetText("-20%")
	test.Tap(wiz.next)
	test.Tap(wiz.next)
	fillHistory(t, stepOf[*historyStep](wiz), map[int][4]string{2022: {"380,000", "370,000", "390,000", "360,000"}})
	test.Tap(wiz.next)
	plan := stepOf[*planStep](wiz)
	if wiz.steps[wiz.step] != wizardStep(plan) || wiz.draft.goal.Kind != app.KindDecrease {
		t.Fatalf("on step %d for a %s goal, want the plan step of a decrease goal", wiz.step, wiz.draft.goal.Kind)
	}
	return wiz, plan
}

// TestWizardBoundsOfADecreaseGoalAreCeilings: a cost goal's bound on each
// quarter is the most it may cost, worked out below last year and named a
// ceiling in the form, the grid and the choices.
func TestWizardBoundsOfADecreaseGoalAreCeilings(t *testing.T) {
	wiz, plan := costWizardOnPlanStep(t)
	if plan.floorItem.Text != "Ceiling" || plan.floorKind.Disabled() {
		t.Fatalf("bound row %q (disabled %v), want an enabled Ceiling", plan.floorItem.Text, plan.floorKind.Disabled())
	}
	want := "Each period at least this % below the same period last year"
	if plan.floorKind.Options[1] != want {
		t.Fatalf("choices %q, want %q second", plan.floorKind.Options, want)
	}
	plan.planBy.SetSelected(cadenceLabel(app.CadenceQuarter))
	plan.floorKind.SetSelected(want)
	plan.floorValue.entry.SetText("10")
	for i, ceiling := range []float64{342000, 333000, 351000, 324000} {
		pt := wiz.draft.plan[i]
		if pt.Floor == nil || *pt.Floor != ceiling {
			t.Errorf("%s ceiling %v, want %v (last year less 10 %%)", pt.PeriodKey, pt.Floor, ceiling)
		}
	}
	if !containsText(plan.grid, "Ceiling") || containsText(plan.grid, "Floor") {
		t.Error("the plan's column is not named Ceiling")
	}
	if containsText(plan.verdict, "Above their ceiling") {
		t.Errorf("the plan (%v) is said to be above its ceilings", wiz.draft.plan)
	}
	plan.floorValue.entry.SetText("25")
	if !containsText(plan.verdict, "Above their ceiling: ") {
		t.Errorf("verdict %q does not say which quarters are above a ceiling of last year less 25 %%", plan.verdict.Text)
	}
}

// TestWizardStayGoalTakesNoBounds: a stay goal's line bounds every period,
// so the plan step offers none, and a floor chosen for the goal while it
// was an increase goes with the kind.
func TestWizardStayGoalTakesNoBounds(t *testing.T) {
	wiz, plan := wizardOnPlanStep(t)
	plan.floorKind.SetSelected(boundLabel(floorAtLeast, app.KindIncrease))
	plan.floorValue.entry.SetText("1,000")
	if wiz.draft.plan[0].Floor == nil {
		t.Fatal("no floor set on the increase goal")
	}
	wiz.draft.goal.Kind = app.KindStayAbove
	wiz.filling(func() { plan.load(wiz.draft) }) // as the wizard shows a step
	if !plan.floorKind.Disabled() || wiz.draft.floorMode != floorNone {
		t.Errorf("stay goal: bound choice disabled %v, mode %q; want disabled, none", plan.floorKind.Disabled(), wiz.draft.floorMode)
	}
	for _, pt := range wiz.draft.plan {
		if pt.Floor != nil {
			t.Fatalf("%s keeps a floor of %v on a stay goal", pt.PeriodKey, *pt.Floor)
		}
	}
}
