package views

import (
	"slices"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// openDialog is a dialog shown over the main window; Enter confirms it
// unless confirming would destroy something.
type openDialog struct {
	d           dialog.Dialog
	destructive bool
}

// showDialog shows d and lets Escape dismiss it and, for a confirm
// dialog, Enter confirm it.
func (ui *mainUI) showDialog(d dialog.Dialog) {
	ui.trackDialog(d, false)
}

// showDestructive shows a dialog whose confirmation deletes or replaces
// something: Escape dismisses it, Enter does nothing, so a stray Enter
// never deletes.
func (ui *mainUI) showDestructive(d dialog.Dialog) {
	ui.trackDialog(d, true)
}

func (ui *mainUI) trackDialog(d dialog.Dialog, destructive bool) {
	// A dialog shown again from its own callback is pushed before that
	// callback's close handler removes the earlier entry, so the handler
	// removes the oldest entry of d, once per close.
	if !slices.ContainsFunc(ui.dialogs, func(o openDialog) bool { return o.d == d }) {
		d.SetOnClosed(func() {
			if i := slices.IndexFunc(ui.dialogs, func(o openDialog) bool { return o.d == d }); i >= 0 {
				ui.dialogs = slices.Delete(ui.dialogs, i, i+1)
			}
		})
	}
	ui.dialogs = append(ui.dialogs, openDialog{d: d, destructive: destructive})
	d.Show()
}

// onEscape dismisses the newest dialog or, with none open, offers to close
// the goal wizard. It reports whether it did anything.
func (ui *mainUI) onEscape() bool {
	if n := len(ui.dialogs); n > 0 {
		ui.dialogs[n-1].d.Hide()
		return true
	}
	if gs := ui.goalsScreen; gs != nil && gs.wizard != nil && ui.screens[ui.current].id == screenGoals {
		w := gs.wizard
		ui.showDestructive(dialog.NewConfirm(lang.L("Close the goal wizard?"),
			lang.L("What you typed in the wizard is not saved."), func(ok bool) {
				if ok && gs.wizard == w {
					w.onCancel()
				}
			}, ui.win))
		return true
	}
	return false
}

// onEnter confirms the newest dialog when that is safe (closing one that
// only informs), or moves the goal
// wizard on a step (saving on the last). It reports whether it did anything.
func (ui *mainUI) onEnter() bool {
	if n := len(ui.dialogs); n > 0 {
		top := ui.dialogs[n-1]
		if top.destructive {
			return false
		}
		if c, ok := top.d.(*dialog.ConfirmDialog); ok {
			c.Confirm()
		} else {
			top.d.Hide() // an information or error dialog: Enter is its OK
		}
		return true
	}
	if gs := ui.goalsScreen; gs != nil && gs.wizard != nil && ui.screens[ui.current].id == screenGoals {
		w := gs.wizard
		if w.step < len(w.steps)-1 {
			w.onNext()
		} else {
			w.onSave()
		}
		return true
	}
	return false
}

// keyTargets finds the main UI of a canvas, for the entries below.
var keyTargets sync.Map // fyne.Canvas → *mainUI

// listenForKeys sends Escape and Enter typed on ui's window, with no entry
// focused, to onEscape and onEnter.
func (ui *mainUI) listenForKeys() {
	c := ui.win.Canvas()
	keyTargets.Store(c, ui)
	c.SetOnTypedKey(func(ev *fyne.KeyEvent) { ui.typedKey(ev.Name) })
}

func (ui *mainUI) typedKey(name fyne.KeyName) bool {
	switch name {
	case fyne.KeyEscape:
		return ui.onEscape()
	case fyne.KeyReturn, fyne.KeyEnter:
		return ui.onEnter()
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
		if ui := e.mainUI(); ui != nil && ui.typedKey(ev.Name) {
			return
		}
	}
	e.Entry.TypedKey(ev)
}

func (e *keyEntry) mainUI() *mainUI {
	c := fyne.CurrentApp().Driver().CanvasForObject(e)
	if c == nil {
		return nil
	}
	if ui, ok := keyTargets.Load(c); ok {
		return ui.(*mainUI)
	}
	return nil
}
