package views

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"pacer/views/widgets"
)

// unsavedQuestion asks what to do with changes not saved that would be
// dropped (askUnsaved).
type unsavedQuestion struct {
	title, text string
	// save, when not nil, is offered as Save; it keeps the editor open
	// when it fails.
	save func()
	// discard drops the changes: it runs only on a click on Discard.
	discard func()
	// keep, when not nil, runs when the question closes any other way
	// than Save or Discard: Keep editing, Enter or Escape.
	keep func()
}

// askUnsaved asks q. Keep editing is the default answer, which Enter and
// Escape give too, so that only a click on Discard drops anything.
func askUnsaved(ui shell, q unsavedQuestion) {
	var d dialog.Dialog
	answered := false
	answer := func(f func()) func() {
		return func() {
			answered = true
			d.Hide()
			f()
		}
	}
	// Every button passes Escape and Enter on (widgets.KeyButton), so that
	// both keep editing whichever button Tab has put the focus on.
	keep := widgets.NewButton(lang.L("Keep editing"), func() { d.Hide() })
	keep.Importance = widget.HighImportance
	buttons := container.NewHBox(layoutSpacer(), widgets.NewButton(lang.L("Discard"), answer(q.discard)))
	if q.save != nil {
		buttons.Add(widgets.NewButton(lang.L("Save"), answer(q.save)))
	}
	buttons.Add(keep)
	label := widget.NewLabel(q.text)
	label.Wrapping = fyne.TextWrapWord
	w := ui.window()
	d = dialog.NewCustomWithoutButtons(q.title, container.NewVBox(label, buttons), w)
	d.SetOnClosed(func() {
		if !answered && q.keep != nil {
			q.keep()
		}
	})
	d.Resize(fyne.NewSize(min(460, w.Canvas().Size().Width-40), 0))
	ui.showDialog(d)
	w.Canvas().Focus(keep)
}

// closeGuard asks before a form in a dialog, closed by Cancel or Escape,
// drops what was typed in it since its fields were filled. Fyne reports
// the form's own closing (saved, or Enter) as a Cancel too; hide closes it
// without asking.
type closeGuard struct {
	state  func() string // what the form's fields show now
	filled string
	hiding bool
}

// fieldsState joins what a form's fields show into one comparable value.
func fieldsState(texts ...string) string {
	return strings.Join(texts, "\x1f")
}

// mark takes what the fields show now as nothing typed.
func (g *closeGuard) mark() { g.filled = g.state() }

// typed reports whether a field shows something other than at mark.
func (g *closeGuard) typed() bool { return g.state() != g.filled }

// hide closes d as the form's own doing: no question follows.
func (g *closeGuard) hide(d dialog.Dialog) {
	if d == nil {
		return
	}
	g.hiding = true
	defer func() { g.hiding = false }()
	d.Hide()
}

// onCancel runs ask when the dialog was closed by Cancel or Escape with
// something typed.
func (g *closeGuard) onCancel(ask func()) {
	if !g.hiding && g.typed() {
		ask()
	}
}
