package views

import (
	"testing"

	"fyne.io/fyne/v2/test"
)

// TestWizardHistoryKeepsValuesOfYearsOutOfTheGrid: history typed for
// FY2020–FY2022 of a 2023 goal is all there again after the goal is moved
// to 2024 and back; FY2020, out of the grid meanwhile, was dropped.
func TestWizardHistoryKeepsValuesOfYearsOutOfTheGrid(t *testing.T) {
	wiz, h, _ := historyStepOf(t)
	h.cells["2020-Q1"].SetText("800")
	h.cells["2022-Q4"].SetText("1,400")
	time := stepOf[*timeStep](wiz)
	for _, span := range [][2]string{{"2024-01-01", "2024-12-31"}, {"2023-01-01", "2023-12-31"}} {
		test.Tap(wiz.back)
		if wiz.steps[wiz.step] != wizardStep(time) {
			t.Fatalf("Back went to step %d", wiz.step)
		}
		time.start.SetText(span[0])
		time.end.SetText(span[1])
		test.Tap(wiz.next)
		if wiz.steps[wiz.step] != wizardStep(h) {
			t.Fatalf("Next went to step %d", wiz.step)
		}
	}
	if got := h.cells["2020-Q1"].Text; got != "800" {
		t.Errorf("FY2020 Q1 shows %q after the goal went to 2024 and back, typed 800", got)
	}
	if got := h.cells["2022-Q4"].Text; got != "1,400" {
		t.Errorf("FY2022 Q4 shows %q, typed 1,400", got)
	}
}
