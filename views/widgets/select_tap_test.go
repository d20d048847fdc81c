package widgets_test

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"pacer/views/widgets"
)

// TestSelectTapOpensOptions: a tap on a select in the window opens its
// options, the guard against taps on a select that left the window
// (KeySelect.Tapped) notwithstanding. That crash itself needs the GL
// driver: Fyne's test driver finds a canvas where the GL one found none.
func TestSelectTapOpensOptions(t *testing.T) {
	w := test.NewTempWindow(t, widgets.NewSelect([]string{"Month", "Quarter"}, nil))
	w.Resize(fyne.NewSize(300, 200))
	test.Tap(w.Content().(*widgets.KeySelect))
	if w.Canvas().Overlays().Top() == nil {
		t.Error("a tap on a select in the window opened no options")
	}
}
