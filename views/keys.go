package views

import (
	"pacer/views/widgets"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// dialogKind says what Enter and Escape may do to a dialog.
type dialogKind int

const (
	dialogNormal      dialogKind = iota // Enter confirms (or closes a message), Escape cancels
	dialogDestructive                   // Escape cancels; Enter does nothing, so a stray Enter never deletes
	dialogBusy                          // work in progress: neither key touches it
)

// openDialog is a dialog shown over the main window.
type openDialog struct {
	d       dialog.Dialog
	kind    dialogKind
	overlay fyne.CanvasObject // the pop-up it put on the canvas
}

// showDialog shows d and lets Escape dismiss it and Enter confirm it.
func (ui *mainUI) showDialog(d dialog.Dialog) {
	ui.trackDialog(d, dialogNormal)
}

// showDestructive shows a dialog whose confirmation deletes or replaces
// something, or stops work: Escape dismisses it, Enter does nothing.
func (ui *mainUI) showDestructive(d dialog.Dialog) {
	ui.trackDialog(d, dialogDestructive)
}

// showBusy shows a progress dialog that no key closes.
func (ui *mainUI) showBusy(d dialog.Dialog) {
	ui.trackDialog(d, dialogBusy)
}

// trackDialog shows d as the newest dialog of the UI now in the window. A
// dialog is listed once, however often it is shown again; the list is
// pruned to the dialogs still on the canvas whenever one closes, since a
// callback may show its dialog again before the close handler runs.
func (ui *mainUI) trackDialog(d dialog.Dialog, kind dialogKind) {
	ui = ui.activeUI()
	if ui.hooked == nil {
		ui.hooked = map[dialog.Dialog]bool{}
	}
	if !ui.hooked[d] {
		ui.hooked[d] = true
		d.SetOnClosed(func() { ui.activeUI().pruneDialogs() })
	}
	ui.dialogs = slices.DeleteFunc(ui.dialogs, func(o openDialog) bool { return o.d == d })
	d.Show()
	ui.dialogs = append(ui.dialogs, openDialog{d: d, kind: kind, overlay: ui.win.Canvas().Overlays().Top()})
}

// pruneDialogs forgets the dialogs that are no longer on the canvas.
func (ui *mainUI) pruneDialogs() {
	shown := ui.win.Canvas().Overlays().List()
	ui.dialogs = slices.DeleteFunc(ui.dialogs, func(o openDialog) bool {
		gone := !slices.Contains(shown, o.overlay)
		if gone {
			delete(ui.hooked, o.d)
			ui.forgetTyping(o.d)
		}
		return gone
	})
}

// topDialog is the newest dialog still shown.
func (ui *mainUI) topDialog() (openDialog, bool) {
	ui.pruneDialogs()
	if n := len(ui.dialogs); n > 0 {
		return ui.dialogs[n-1], true
	}
	return openDialog{}, false
}

// onEscape closes a date field's calendar, else dismisses the newest dialog
// or, with none open, offers to close the goal wizard. It reports whether
// it did anything.
func (ui *mainUI) onEscape() bool {
	if p := ui.popUp; p != nil && p.Visible() && ui.win.Canvas().Overlays().Top() == p {
		p.Hide()
		ui.popUp = nil
		return true
	}
	if top, ok := ui.topDialog(); ok {
		if top.kind != dialogBusy {
			top.d.Hide()
		}
		return true
	}
	if gs := builtScreen[*goalsScreen](ui); gs != nil && gs.wizard != nil && ui.screens[ui.current].id == screenGoals {
		ui.confirmCloseWizard(gs)
		return true
	}
	return false
}

// onEnter confirms the newest dialog when that is safe (closing one that
// only informs), or moves the goal
// wizard on a step (saving on the last). It reports whether it did anything.
func (ui *mainUI) onEnter() bool {
	if top, ok := ui.topDialog(); ok {
		if top.kind != dialogNormal {
			return true
		}
		if c, ok := top.d.(*dialog.ConfirmDialog); ok {
			c.Confirm()
		} else {
			top.d.Hide() // an information or error dialog: Enter is its OK
		}
		return true
	}
	if gs := builtScreen[*goalsScreen](ui); gs != nil && gs.wizard != nil && ui.screens[ui.current].id == screenGoals {
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

// listenForKeys sends Escape and Enter typed on ui's window, with no entry
// focused, to onEscape and onEnter.
func (ui *mainUI) listenForKeys() {
	c := ui.win.Canvas()
	widgets.SetKeyHandler(c, ui)
	c.SetOnTypedKey(func(ev *fyne.KeyEvent) { ui.TypedKey(ev.Name) })
}

// PopUpShown notes a date field's open calendar, which Escape closes first.
func (ui *mainUI) PopUpShown(p *widget.PopUp) {
	ui.popUp = p
}

// TypedKey handles Escape and Enter passed on by a focused field.
func (ui *mainUI) TypedKey(name fyne.KeyName) bool {
	switch name {
	case fyne.KeyEscape:
		return ui.onEscape()
	case fyne.KeyReturn, fyne.KeyEnter:
		return ui.onEnter()
	}
	return false
}
