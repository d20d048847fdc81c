package views

import (
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2/lang"

	"pacer/views/widgets"
)

// formState is what the editor's form says, as saving would read it:
// trimmed texts, dates as the day they name (else as typed), the goals
// ticked, and the measures that are not blank. It is compared with the
// state the editor opened with, so that a field typed in and put back, or
// an empty measure added, is no change to ask about.
func (e *actionEditor) formState() []string {
	st := []string{strings.TrimSpace(e.problem.Text), strings.TrimSpace(e.cause.Text),
		strings.TrimSpace(e.strategy.Text), strings.TrimSpace(e.owner.Text),
		dateState(e.start), dateState(e.due),
		e.status.Selected, e.followUp.Selected}
	linked := slices.Clone(e.linked.Selected)
	slices.Sort(linked)
	st = append(st, strings.Join(linked, "\n"))
	for _, r := range e.rows {
		text, owner := strings.TrimSpace(r.text.Text), strings.TrimSpace(r.owner.Text)
		if text == "" && owner == "" && r.due.Blank() {
			continue
		}
		st = append(st, strings.Join([]string{strconv.FormatInt(r.id, 10), strconv.FormatBool(r.done.Checked),
			text, owner, dateState(r.due)}, "\n"))
	}
	return st
}

// dateState is a date field's day, or its text when it names none.
func dateState(e *widgets.DateEntry) string {
	if d, err := e.Value(); err == nil {
		return d.String()
	}
	return "?" + strings.TrimSpace(e.Text)
}

// changed tells whether the form differs from what the editor opened
// with, or a follow-up note is typed and not added to the log.
func (e *actionEditor) changed() bool {
	return e.formChanged() || e.noteTyped()
}

func (e *actionEditor) formChanged() bool { return !slices.Equal(e.formState(), e.loaded) }

// noteTyped tells whether a follow-up note is typed and not added to the log.
func (e *actionEditor) noteTyped() bool {
	return e.followUps != nil && strings.TrimSpace(e.followUps.note.Text) != ""
}

// onBack goes back to the list; changes not saved are dropped only after asking.
func (e *actionEditor) onBack() {
	if !e.changed() {
		e.onDone()
		return
	}
	askUnsaved(e.ui.shell, unsavedQuestion{title: lang.L("Save the changes to this action plan?"),
		text: lang.L("Going back to the list drops the changes not saved."), save: e.saveAll, discard: e.onDone})
}

// saveAll adds the follow-up note typed to the log and saves the form,
// then goes back to the list; what cannot be saved stays, with its message.
func (e *actionEditor) saveAll() {
	if e.noteTyped() {
		e.followUps.onAdd()
		if e.noteTyped() { // refused: its message is under the note
			e.afterSave = nil
			e.tabs.SelectIndex(1)
			return
		}
	}
	if e.formChanged() {
		e.onSave()
		return
	}
	e.saved()
}
