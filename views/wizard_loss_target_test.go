package views

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"pacer/app"
)

// wizardOnMeasure opens the wizard on the Measurable step of a goal of
// template with title.
func wizardOnMeasure(t *testing.T, template, title string) (*goalWizard, *measureStep) {
	t.Helper()
	ui, _, _ := newStoreUI(t)
	_, wiz := openGoalsWizard(t, ui)
	wiz.steps[0].(*startStep).choice.SetSelected(templateName(template))
	test.Tap(wiz.next)
	test.Type(wiz.steps[1].(*specificStep).titleEntry, title)
	test.Tap(wiz.next)
	return wiz, wiz.steps[2].(*measureStep)
}

// salesWizardOnMeasure opens the wizard on the Measurable step of a sales
// goal titled as a loss to hold to.
func salesWizardOnMeasure(t *testing.T) (*goalWizard, *measureStep) {
	t.Helper()
	return wizardOnMeasure(t, app.TemplateSalesGrowth, "In 2026 hold the year's loss to 1.2M")
}

// TestWizardTakesANegativeTargetAsTheTarget: "-1,200,000" (or with a
// Unicode minus) is a loss to hold to, with or without a baseline; before,
// it was read as a cut from the baseline: refused without one, and beside
// a loss of 2,000,000 silently a target of −3,200,000.
func TestWizardTakesANegativeTargetAsTheTarget(t *testing.T) {
	for _, typed := range []string{"-1,200,000", "−1,200,000", "(1,200,000)"} {
		for _, base := range []string{"", "-2,000,000"} {
			wiz, m := salesWizardOnMeasure(t)
			if base == "" {
				m.baselineUnknown.SetChecked(true)
			} else {
				m.baseline.entry.SetText(base)
			}
			m.target.SetText(typed)
			if got := wiz.draft.goal.Target; got != -1_200_000 {
				t.Errorf("%q beside baseline %q: target %v, want −1,200,000", typed, base, got)
			}
			if v := m.check.Verdicts["M"]; v == app.VerdictFail {
				t.Errorf("%q beside baseline %q: Measurable fails", typed, base)
			}
			if !strings.Contains(m.targetOther.Text, "1,200,000") || m.targetOther.Importance == widget.WarningImportance {
				t.Errorf("%q beside baseline %q: the preview reads %q (importance %v)", typed, base, m.targetOther.Text, m.targetOther.Importance)
			}
		}
	}
}

// TestWizardSaysANegativeTargetIsNoCut: beside a baseline above zero,
// "-200,000" is a target of −200,000, and the preview says so and how a
// cut is typed, while "+200,000" and "-5%" stay changes.
func TestWizardSaysANegativeTargetIsNoCut(t *testing.T) {
	wiz, m := salesWizardOnMeasure(t)
	m.baseline.entry.SetText("5,000,000")
	m.target.SetText("-200,000")
	if got := wiz.draft.goal.Target; got != -200_000 {
		t.Fatalf("target %v, want −200,000", got)
	}
	if !strings.Contains(m.targetOther.Text, "-5%") || m.targetOther.Importance != widget.WarningImportance {
		t.Errorf("the preview reads %q (importance %v), want a warning saying how a cut is typed", m.targetOther.Text, m.targetOther.Importance)
	}
	for typed, want := range map[string]float64{"+200,000": 5_200_000, "-5%": 4_750_000} {
		m.target.SetText(typed)
		if got := wiz.draft.goal.Target; got != want {
			t.Errorf("%q: target %v, want %v", typed, got, want)
		}
		if m.targetOther.Importance == widget.WarningImportance {
			t.Errorf("%q: the preview warns: %q", typed, m.targetOther.Text)
		}
	}
}
