package views

import (
	"errors"
	"reflect"
	"slices"

	"fyne.io/fyne/v2/lang"
)

// snapshot copies the draft with its lists, so that later changes to the
// draft leave the copy as it was.
func (d *goalDraft) snapshot() goalDraft {
	c := *d
	c.history = slices.Clone(d.history)
	c.plan = slices.Clone(d.plan)
	c.typedPlan = nil // what was typed counts as it stands in the plan
	return c
}

// edited tells whether the goal was changed since the wizard opened: the
// draft, with the step shown taken in, differs from the one opened, or a
// field of the step does not read. A field left blank is no change.
func (w *goalWizard) edited() bool {
	var err error
	w.whileTyping(func() { err = w.steps[w.step].apply(w.draft) })
	var fe fieldError
	if err != nil && !(errors.As(err, &fe) && fe.missing) {
		return true
	}
	return !reflect.DeepEqual(w.opened, w.draft.snapshot())
}

// onCancel closes the wizard; a goal changed in it is dropped only after
// asking, as Escape does.
func (w *goalWizard) onCancel() {
	if !w.edited() {
		w.onDone(false)
		return
	}
	askUnsaved(w.ui.shell, unsavedQuestion{title: lang.L("Close the goal wizard?"),
		text: lang.L("What you typed in the wizard is not saved."), discard: func() { w.onDone(false) }})
}
