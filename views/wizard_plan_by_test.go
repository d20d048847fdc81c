package views

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"pacer/app"
)

// salesPlanStep opens a new goal's wizard from the sales template
// (checked in and planned by quarter), checked in by cadence, and
// planned by planBy when it is set, and shows its Plan step.
func salesPlanStep(t *testing.T, planBy, cadence app.Cadence) *planStep {
	t.Helper()
	ui, _, _ := newStoreUI(t)
	_, wiz := openGoalsWizard(t, ui)
	start := stepOf[*startStep](wiz)
	start.choice.SetSelected(templateName(app.TemplateSalesGrowth))
	test.Tap(wiz.next)
	stepOf[*specificStep](wiz).titleEntry.SetText("In 2023 raise North-America sales by 20%")
	test.Tap(wiz.next)
	m := stepOf[*measureStep](wiz)
	m.baselineUnknown.SetChecked(true)
	m.target.SetText("1,000")
	test.Tap(wiz.next)
	plan := stepOf[*planStep](wiz)
	if planBy != "" {
		wiz.draft.goal.PlanBy = planBy
	}
	time := stepOf[*timeStep](wiz)
	time.cadence.SetSelected(time.cadences.label(cadence))
	test.Tap(wiz.next) // History
	test.Tap(wiz.next) // Plan
	return plan
}

// TestWizardPlansByTheCheckInCadence: a goal from the sales template
// changed to monthly or weekly check-ins is planned by month (no plan is
// by week); before, the plan stayed by quarter and a monthly check-in
// met a plan three times its size. A plan by month chosen for quarterly
// check-ins is kept when they change to weekly.
func TestWizardPlansByTheCheckInCadence(t *testing.T) {
	for _, c := range []struct{ planBy, cadence, want app.Cadence }{
		{"", app.CadenceMonth, app.CadenceMonth},
		{"", app.CadenceWeek, app.CadenceMonth},
		{"", app.CadenceQuarter, app.CadenceQuarter},
		{app.CadenceMonth, app.CadenceWeek, app.CadenceMonth},
	} {
		plan := salesPlanStep(t, c.planBy, c.cadence)
		if got := plan.planBy.Selected; got != plan.planBys.label(c.want) {
			t.Errorf("checked in by %s, the plan is by %q, want %q", c.cadence, got, plan.planBys.label(c.want))
		}
	}
}
