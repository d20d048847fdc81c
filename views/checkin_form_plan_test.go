package views

import (
	"testing"

	"pacer/app"
)

// TestCheckInFormSaysThePeriodsPlan: beside the goal's target, the form
// says the chosen period's plan, the figure the review measures its
// actual against, and follows the period chosen; a stay goal, whose line
// is its target, says the target alone.
func TestCheckInFormSaysThePeriodsPlan(t *testing.T) {
	ui, _, store := newStoreUI(t)
	g := saveSeedGoal(t, store, "Sales 2023")
	f := shownCheckInForm(t, ui, g, "Target: CN¥60,000,000 · plan for 2023-Q1: CN¥10,000,000")
	f.selectPeriod("2023-Q3")
	if want := "Target: CN¥60,000,000 · plan for 2023-Q3: CN¥16,000,000"; f.target.Text != want {
		t.Errorf("after choosing Q3, target line %q, want %q", f.target.Text, want)
	}

	g.Kind, g.Target = app.KindStayAbove, 5_000_000
	stay := newCheckInForm(depsOf[checkInFormStore](ui), g, nil, nil)
	stay.show()
	if want := "Target: CN¥5,000,000"; stay.target.Text != want {
		t.Errorf("stay goal's target line %q, want %q", stay.target.Text, want)
	}
}

// shownCheckInForm is the check-in form of a new check-in of g, shown,
// whose target line reads want.
func shownCheckInForm(t *testing.T, ui *mainUI, g app.Goal, want string) *checkInForm {
	t.Helper()
	f := newCheckInForm(depsOf[checkInFormStore](ui), g, nil, nil)
	f.show()
	if f.target.Text != want {
		t.Errorf("target line %q, want %q", f.target.Text, want)
	}
	return f
}
