package views

import (
	"testing"

	"fyne.io/fyne/v2"

	"pacer/app"
)

// TestWizardHistoryScrollsToTheFocusedMonth tabs through the month grid
// at 1024×640, wider than the window: the cell that takes the focus
// scrolls into sight, December's and then January's again (the grid
// stayed on January to August while Tab went on typing into September to
// December out of sight).
func TestWizardHistoryScrollsToTheFocusedMonth(t *testing.T) {
	_, h, w := historyStepOf(t)
	w.Resize(fyne.NewSize(1024, 640))
	h.by.SetSelected(cadenceLabel(app.CadenceMonth))
	inSight := func(key string) {
		t.Helper()
		e := h.cells[key]
		w.Canvas().Focus(e)
		x, off := e.Position().X, h.scroll.Offset.X
		if x < off || x+e.Size().Width > off+h.scroll.Size().Width {
			t.Errorf("%s at %.0f–%.0f px, the grid shows %.0f–%.0f px", key, x, x+e.Size().Width, off, off+h.scroll.Size().Width)
		}
	}
	if h.scroll.Content.MinSize().Width <= h.scroll.Size().Width {
		t.Fatal("the month grid fits the window: nothing to scroll")
	}
	inSight("2022-12")
	inSight("2022-01")
}
