package views

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"pacer/app"
)

// historyStepOf opens a new goal's wizard on its History step: a goal for
// 2023, so the grid asks for FY2020–FY2022.
func historyStepOf(t *testing.T) (*goalWizard, *historyStep, fyne.Window) {
	t.Helper()
	wiz, w := datesStepOf(t, "In 2023 raise North-America sales by 20%")
	test.Tap(wiz.next)
	h := stepOf[*historyStep](wiz)
	if wiz.steps[wiz.step] != wizardStep(h) {
		t.Fatalf("on step %d, not the History", wiz.step)
	}
	return wiz, h, w
}

// datesStepOf opens a new goal's wizard titled title, with a target of
// 1,000 from an unknown baseline, on its dates (Time-bound) step.
func datesStepOf(t *testing.T, title string) (*goalWizard, fyne.Window) {
	t.Helper()
	ui, w, _ := newStoreUI(t)
	_, wiz := openGoalsWizard(t, ui)
	test.Tap(wiz.next)
	stepOf[*specificStep](wiz).titleEntry.SetText(title)
	test.Tap(wiz.next)
	m := stepOf[*measureStep](wiz)
	m.baselineUnknown.SetChecked(true)
	m.target.SetText("1,000")
	test.Tap(wiz.next)
	return wiz, w
}

// TestWizardHistoryKeepsValuesTypedByAnotherCadence types quarters, then
// switches "Values by" to months and back: the quarters come back as
// typed (a value that does not read included), the months typed meanwhile
// too, a note says what is set aside, and in FY2022, typed in by both
// cadences, only the values shown are the draft's history.
func TestWizardHistoryKeepsValuesTypedByAnotherCadence(t *testing.T) {
	wiz, h, w := historyStepOf(t)
	fillHistory(t, h, map[int][4]string{2022: {"100", "200", "30x", "400"}})
	h.by.SetSelected(cadenceLabel(app.CadenceMonth))
	if h.shownBy != app.CadenceMonth {
		t.Fatalf("the grid is by %s after choosing months", h.shownBy)
	}
	for key, e := range h.cells {
		if e.Text != "" {
			t.Errorf("the month grid opens with %s = %q", key, e.Text)
		}
	}
	if !containsText(w.Canvas().Content(), "Values by quarter are not shown here") {
		t.Error("no note says the quarters are kept aside")
	}
	h.cells["2022-01"].SetText("55")
	if len(wiz.draft.history) != 1 || wiz.draft.history[0].PeriodKey != "2022-01" {
		t.Errorf("with months shown the draft's history is %+v", wiz.draft.history)
	}

	h.by.SetSelected(cadenceLabel(app.CadenceQuarter))
	want := map[string]string{"2022-Q1": "100", "2022-Q2": "200", "2022-Q3": "30x", "2022-Q4": "400"}
	for key, text := range want {
		if got := h.cells[key].Text; got != text {
			t.Errorf("back by quarter, %s reads %q, want %q", key, got, text)
		}
	}
	if !containsText(w.Canvas().Content(), "Values by month are not shown here") {
		t.Error("no note says the months are kept aside")
	}
	h.cells["2022-Q3"].SetText("300")
	if len(wiz.draft.history) != 4 {
		t.Errorf("back by quarter the draft's history is %+v", wiz.draft.history)
	}

	h.by.SetSelected(cadenceLabel(app.CadenceMonth))
	if got := h.cells["2022-01"].Text; got != "55" {
		t.Errorf("back by month, January 2022 reads %q, want 55", got)
	}
}
