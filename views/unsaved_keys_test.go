package views

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"pacer/views/widgets"
)

// TestUnsavedQuestionEscapeOnAnyButton asks before a check-in typed is
// dropped and puts the focus, as Tab would, on Discard, then on Save:
// Escape on either still keeps editing, as it does on Keep editing,
// rather than being swallowed by the button.
func TestUnsavedQuestionEscapeOnAnyButton(t *testing.T) {
	ui, w, store := newStoreUI(t)
	ui.now = func() time.Time { return time.Date(2023, 4, 5, 9, 0, 0, 0, time.UTC) }
	g := saveSeedGoal(t, store, "Sales 2023")
	f := newCheckInForm(depsOf[checkInFormStore](ui), g, nil, func() {})
	f.show()
	test.Type(f.value.entry, "8,000,000")
	for _, button := range []string{"Discard", "Save"} {
		ui.onEscape()
		b := buttonObject(t, topSays(t, w, "closing the check-in drops it"), button)
		w.Canvas().Focus(b)
		b.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
		if topSays(t, w, "Target:"); f.value.entry.Text != "8,000,000" {
			t.Fatalf("Escape on %s: the form shows %q", button, f.value.entry.Text)
		}
	}
	if cs := mustCheckIns(t, ui, g.ID); len(cs) != 0 {
		t.Fatalf("Escape saved %+v", cs)
	}
}

// buttonObject is the button labelled text inside o as it is on the
// canvas: a widgets.KeyButton itself, not the widget.Button in it.
func buttonObject(t *testing.T, o fyne.CanvasObject, text string) fyne.Focusable {
	t.Helper()
	var found fyne.Focusable
	walk(o, func(c fyne.CanvasObject) {
		if b, ok := c.(*widget.Button); ok && b.Text == text {
			found = b
		}
		if b, ok := c.(*widgets.KeyButton); ok && b.Text == text {
			found = b
		}
	})
	if found == nil {
		t.Fatalf("no button %q", text)
	}
	return found
}
