package views

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"pacer/app"
)

// TestWizardEmptyTargetFailsMeasurable: a cost to cut from 1,000,000 with
// the target left empty read as a target of 0, below the baseline, and
// M passed; clearing a typed target kept it, and M passed on it too.
func TestWizardEmptyTargetFailsMeasurable(t *testing.T) {
	ui, _, _ := newStoreUI(t)
	_, wiz := openGoalsWizard(t, ui)
	wiz.steps[0].(*startStep).choice.SetSelected(templateName("cost_reduction"))
	test.Tap(wiz.next)
	stepOf[*specificStep](wiz).titleEntry.SetText("In 2023 cut the shop's costs to 900,000")
	test.Tap(wiz.next)
	m := stepOf[*measureStep](wiz)
	m.baseline.entry.SetText("1,000,000")
	m.target.SetText("")
	if v := m.check.Verdicts["M"]; v != app.VerdictFail {
		t.Errorf("M with the target empty = %v, want fail", v)
	}
	m.target.SetText("900,000")
	if v := m.check.Verdicts["M"]; v != app.VerdictPass {
		t.Errorf("M with a target of 900,000 = %v, want pass", v)
	}
	m.target.SetText("")
	if v := m.check.Verdicts["M"]; v != app.VerdictFail {
		t.Errorf("M with the target cleared = %v, want fail", v)
	}
}
