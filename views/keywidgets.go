package views

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// The widgets below pass Escape (and Enter, where they have no use for it)
// to the window's main UI. A focused widget receives every key, and
// Fyne's own ignore Escape, so without them Escape could not close a
// dialog once a field in it had the focus.

// mainUIOf finds the main UI of the window o is in.
func mainUIOf(o fyne.CanvasObject) *mainUI {
	c := fyne.CurrentApp().Driver().CanvasForObject(o)
	if c == nil {
		return nil
	}
	if ui, ok := keyTargets.Load(c); ok {
		return ui.(*mainUI)
	}
	return nil
}

// passKey gives Escape, Enter and Return to o's main UI and reports
// whether it used the key.
func passKey(o fyne.CanvasObject, ev *fyne.KeyEvent) bool {
	switch ev.Name {
	case fyne.KeyEscape, fyne.KeyReturn, fyne.KeyEnter:
		if ui := mainUIOf(o); ui != nil {
			return ui.typedKey(ev.Name)
		}
	}
	return false
}

// keyEntry is an Entry that passes Escape, and Enter when nothing else
// handles it, to the window's main UI: a focused entry receives every key,
// so without it Escape could not close a dialog while the user types.
type keyEntry struct {
	widget.Entry
}

// newEntry is widget.NewEntry as a keyEntry.
func newEntry() *keyEntry {
	e := &keyEntry{}
	e.Wrapping = fyne.TextWrap(fyne.TextTruncateClip)
	e.ExtendBaseWidget(e)
	return e
}

// newMultiLineEntry is widget.NewMultiLineEntry as a keyEntry.
func newMultiLineEntry() *keyEntry {
	e := newEntry()
	e.MultiLine = true
	return e
}

// TypedKey sends Escape to the UI, and Enter in a single-line entry
// without its own OnSubmitted; every other key goes to the Entry.
func (e *keyEntry) TypedKey(ev *fyne.KeyEvent) {
	enter := ev.Name == fyne.KeyReturn || ev.Name == fyne.KeyEnter
	if ev.Name == fyne.KeyEscape || (enter && !e.MultiLine && e.OnSubmitted == nil) {
		if passKey(e, ev) {
			return
		}
	}
	e.Entry.TypedKey(ev)
}

// keySelect is a widget.Select that passes Escape and Enter on.
type keySelect struct {
	widget.Select
}

// newSelect is widget.NewSelect as a keySelect.
func newSelect(options []string, changed func(string)) *keySelect {
	s := &keySelect{}
	s.Options, s.OnChanged, s.PlaceHolder = options, changed, lang.L("(Select one)")
	s.ExtendBaseWidget(s)
	return s
}

// TypedKey passes Escape and Enter to the UI; the Select keeps the rest.
func (s *keySelect) TypedKey(ev *fyne.KeyEvent) {
	if !passKey(s, ev) {
		s.Select.TypedKey(ev)
	}
}

// keyCheck is a widget.Check that passes Escape and Enter on.
type keyCheck struct {
	widget.Check
}

// newCheck is widget.NewCheck as a keyCheck.
func newCheck(label string, changed func(bool)) *keyCheck {
	c := &keyCheck{}
	c.Text, c.OnChanged = label, changed
	c.ExtendBaseWidget(c)
	return c
}

// TypedKey passes Escape and Enter to the UI.
func (c *keyCheck) TypedKey(ev *fyne.KeyEvent) {
	if !passKey(c, ev) {
		c.Check.TypedKey(ev)
	}
}
