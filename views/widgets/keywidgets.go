package widgets

import (
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// The widgets below pass Escape (and Enter, where they have no use for it)
// to the window's key handler. A focused widget receives every key, and
// Fyne's own ignore Escape, so without them Escape could not close a
// dialog once a field in it had the focus.

// KeyHandler is what a window does with the keys its widgets pass on.
type KeyHandler interface {
	// TypedKey handles Escape, Enter or Return and reports whether it used the key.
	TypedKey(name fyne.KeyName) bool
	// PopUpShown notes a pop-up that took the keyboard from its field, so
	// that Escape on the window closes it.
	PopUpShown(p *widget.PopUp)
}

// keyHandlers finds the handler of a canvas.
var keyHandlers sync.Map // fyne.Canvas → KeyHandler

// SetKeyHandler makes h receive the keys passed on by widgets on canvas c;
// a nil h forgets c.
func SetKeyHandler(c fyne.Canvas, h KeyHandler) {
	if h == nil {
		keyHandlers.Delete(c)
		return
	}
	keyHandlers.Store(c, h)
}

// keyHandlerOf finds the handler of the window o is in.
func keyHandlerOf(o fyne.CanvasObject) KeyHandler {
	c := fyne.CurrentApp().Driver().CanvasForObject(o)
	if c == nil {
		return nil
	}
	if h, ok := keyHandlers.Load(c); ok {
		return h.(KeyHandler)
	}
	return nil
}

// passKey gives Escape, Enter and Return to o's window and reports
// whether it used the key.
func passKey(o fyne.CanvasObject, ev *fyne.KeyEvent) bool {
	switch ev.Name {
	case fyne.KeyEscape, fyne.KeyReturn, fyne.KeyEnter:
		if h := keyHandlerOf(o); h != nil {
			return h.TypedKey(ev.Name)
		}
	}
	return false
}

// keyEntry is an Entry that passes Escape, and Enter when nothing else
// handles it, to the window's key handler: a focused entry receives every key,
// so without it Escape could not close a dialog while the user types.
type KeyEntry struct {
	widget.Entry
	// OnFocused, when set, is called as the entry takes the focus.
	OnFocused func()
}

// newEntry is widget.NewEntry as a keyEntry.
func NewEntry() *KeyEntry {
	e := &KeyEntry{}
	e.Wrapping = fyne.TextWrap(fyne.TextTruncateClip)
	e.ExtendBaseWidget(e)
	return e
}

// newMultiLineEntry is widget.NewMultiLineEntry as a keyEntry.
func NewMultiLineEntry() *KeyEntry {
	e := NewEntry()
	e.MultiLine = true
	return e
}

// TypedKey sends Escape to the UI, and Enter in a single-line entry
// without its own OnSubmitted; every other key goes to the Entry.
func (e *KeyEntry) TypedKey(ev *fyne.KeyEvent) {
	enter := ev.Name == fyne.KeyReturn || ev.Name == fyne.KeyEnter
	if ev.Name == fyne.KeyEscape || (enter && !e.MultiLine && e.OnSubmitted == nil) {
		if passKey(e, ev) {
			return
		}
	}
	e.Entry.TypedKey(ev)
}

// FocusGained is the Entry's, then OnFocused.
func (e *KeyEntry) FocusGained() {
	e.Entry.FocusGained()
	if e.OnFocused != nil {
		e.OnFocused()
	}
}

// keySelect is a widget.Select that passes Escape and Enter on.
type KeySelect struct {
	widget.Select
	short bool // its options always fit: the label is not truncated
}

// newSelect is widget.NewSelect as a keySelect.
func NewSelect(options []string, changed func(string)) *KeySelect {
	s := &KeySelect{}
	s.Options, s.OnChanged, s.PlaceHolder = options, changed, lang.L("(Select one)")
	s.ExtendBaseWidget(s)
	return s
}

// NewShortSelect is NewSelect for options that always fit the select, as
// the confidence levels 0–10 do: its label is not truncated. Fyne shapes
// a truncated label's text anew at each layout and refresh, with a text
// shaper made each time: at three a row, a fifth of the bulk check-in's
// opening, whose rows have one each.
func NewShortSelect(options []string, changed func(string)) *KeySelect {
	s := NewSelect(options, changed)
	s.short = true
	return s
}

// CreateRenderer is the Select's, its label not truncated when short.
func (s *KeySelect) CreateRenderer() fyne.WidgetRenderer {
	r := s.Select.CreateRenderer()
	if s.short {
		for _, o := range r.Objects() {
			if label, ok := o.(*widget.RichText); ok {
				label.Truncation = fyne.TextTruncateOff
			}
		}
	}
	return r
}

// Tapped opens the options, unless the select has left the window: Fyne
// can deliver a click to a select the screen replaced under it (a wizard
// step turned between press and release), whose pop-up then finds no
// canvas, and the nil pointer ended Pacer with the work not saved.
func (s *KeySelect) Tapped(ev *fyne.PointEvent) {
	if a := fyne.CurrentApp(); a == nil || a.Driver().CanvasForObject(s) == nil {
		return
	}
	s.Select.Tapped(ev)
}

// TypedKey passes Escape and Enter to the UI; the Select keeps the rest.
func (s *KeySelect) TypedKey(ev *fyne.KeyEvent) {
	if !passKey(s, ev) {
		s.Select.TypedKey(ev)
	}
}

// keyCheck is a widget.Check that passes Escape and Enter on.
type KeyCheck struct {
	widget.Check
}

// newCheck is widget.NewCheck as a keyCheck.
func NewCheck(label string, changed func(bool)) *KeyCheck {
	c := &KeyCheck{}
	c.Text, c.OnChanged = label, changed
	c.ExtendBaseWidget(c)
	return c
}

// TypedKey passes Escape and Enter to the UI.
func (c *KeyCheck) TypedKey(ev *fyne.KeyEvent) {
	if !passKey(c, ev) {
		c.Check.TypedKey(ev)
	}
}

// KeyButton is a widget.Button that passes Escape and Enter on: a dialog
// that gives its default button the focus still closes on Escape.
type KeyButton struct {
	widget.Button
}

// NewButton is widget.NewButton as a KeyButton.
func NewButton(label string, tapped func()) *KeyButton {
	b := &KeyButton{}
	b.Text, b.OnTapped = label, tapped
	b.ExtendBaseWidget(b)
	return b
}

// TypedKey passes Escape and Enter to the UI; Space still taps the button.
func (b *KeyButton) TypedKey(ev *fyne.KeyEvent) {
	if !passKey(b, ev) {
		b.Button.TypedKey(ev)
	}
}
