package views

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"pacer/app"
)

// TestWizardHistoryScrollsToTheFocusedMonth tabs through the month grid
// at 800×640, wider than the window: the cell that takes the focus
// scrolls into sight, December's and then January's again (the grid
// stayed on January to August while Tab went on typing into September to
// December out of sight).
func TestWizardHistoryScrollsToTheFocusedMonth(t *testing.T) {
	_, h, w := historyStepOf(t)
	w.Resize(fyne.NewSize(800, 640))
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

// TestWizardHistoryKeepsTheYearsInSight scrolls the month grid to
// December at 800×640: the year of each row stays beside it, on the same
// line as its cells (the years scrolled away with January, and which row
// was FY2022 could not be told), and the last row stays clear of the
// scroll bar (which covered its foot).
func TestWizardHistoryKeepsTheYearsInSight(t *testing.T) {
	_, h, w := historyStepOf(t)
	w.Resize(fyne.NewSize(800, 640))
	h.by.SetSelected(cadenceLabel(app.CadenceMonth))
	dec := h.cells["2022-12"]
	w.Canvas().Focus(dec)
	if h.scroll.Offset.X == 0 {
		t.Fatal("the grid did not scroll to December")
	}
	year := labelWith(w.Canvas().Content(), "FY2022")
	if year == nil {
		t.Fatal("no label reads FY2022")
	}
	d := fyne.CurrentApp().Driver()
	at, decAt := d.AbsolutePositionForObject(year), d.AbsolutePositionForObject(dec)
	if at.X < 0 || at.X+year.Size().Width > d.AbsolutePositionForObject(h.scroll).X {
		t.Errorf("FY2022 is at x %.0f, out of sight or under the grid", at.X)
	}
	if mid := at.Y + year.Size().Height/2; mid < decAt.Y || mid > decAt.Y+dec.Size().Height {
		t.Errorf("FY2022 is at y %.0f, its December cell at %.0f–%.0f", mid, decAt.Y, decAt.Y+dec.Size().Height)
	}
	// The scroll bar is drawn over the grid's foot: the last row stays clear of it.
	if bottom, bar := decAt.Y+dec.Size().Height, d.AbsolutePositionForObject(h.scroll).Y+h.scroll.Size().Height-theme.ScrollBarSize(); bottom > bar {
		t.Errorf("the last row ends at y %.0f, under the scroll bar from %.0f", bottom, bar)
	}
}
