package views

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// TestCheckInFormKeepsTheFocusOnTheValue closes the check-in form with a
// value typed and keeps editing: the form shows again with the focus on
// the value, so what the user types next goes on in it. So too after a
// Save from the question that the form refuses.
func TestCheckInFormKeepsTheFocusOnTheValue(t *testing.T) {
	ui, w, store := newStoreUI(t)
	ui.now = func() time.Time { return time.Date(2023, 4, 5, 9, 0, 0, 0, time.UTC) }
	g := saveSeedGoal(t, store, "Sales 2023")
	f := newCheckInForm(depsOf[checkInFormStore](ui), g, nil, func() {})
	f.show()
	test.Type(f.value.entry, "8,000,000")
	f.value.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	test.Tap(findButton(t, topSays(t, w, "closing the check-in drops it"), "Keep editing"))
	if w.Canvas().Focused() != f.value.entry {
		t.Fatalf("after Keep editing the focus is on %T, not the value", w.Canvas().Focused())
	}
	f.value.entry.SetText("eight")
	ui.onEscape()
	test.Tap(findButton(t, topSays(t, w, "closing the check-in drops it"), "Save"))
	if w.Canvas().Focused() != f.value.entry {
		t.Fatalf("after a Save refused the focus is on %T, not the value", w.Canvas().Focused())
	}
}
