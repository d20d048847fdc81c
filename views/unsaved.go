package views

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
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
	keep := widget.NewButton(lang.L("Keep editing"), func() { d.Hide() })
	keep.Importance = widget.HighImportance
	buttons := container.NewHBox(layoutSpacer(), widget.NewButton(lang.L("Discard"), answer(q.discard)))
	if q.save != nil {
		buttons.Add(widget.NewButton(lang.L("Save"), answer(q.save)))
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
