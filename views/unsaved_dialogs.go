package views

import (
	"fyne.io/fyne/v2/dialog"
)

// typingDialog is a form shown in a dialog that asks before its Cancel
// drops what was typed (closeGuard); leaving the file asks for it too.
type typingDialog struct {
	name  string      // what the question calls it: "the check-in form"
	typed func() bool // whether it holds something typed and not saved
}

// guardDialog notes d as the form named name, holding something typed
// when typed says so: while d is shown, leaving the file or closing the
// window asks first (unsavedWork).
func (ui *mainUI) guardDialog(d dialog.Dialog, name string, typed func() bool) {
	ui = ui.activeUI()
	if ui.typing == nil {
		ui.typing = map[dialog.Dialog]typingDialog{}
	}
	ui.typing[d] = typingDialog{name: name, typed: typed}
}

// typedInDialogs names the forms shown with something typed in them.
func (ui *mainUI) typedInDialogs() []string {
	ui.pruneDialogs()
	var out []string
	for _, o := range ui.dialogs {
		if t, ok := ui.typing[o.d]; ok && t.typed() {
			out = append(out, t.name)
		}
	}
	return out
}

// forgetTyping drops the note of d, a dialog no longer shown, unless it
// holds something typed: a form hidden while its question is asked is
// shown again on Keep editing.
func (ui *mainUI) forgetTyping(d dialog.Dialog) {
	if t, ok := ui.typing[d]; ok && !t.typed() {
		delete(ui.typing, d)
	}
}
