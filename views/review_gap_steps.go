package views

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pacer/app"
)

// A gap measure an action plan was made from reads done once the plan has
// done it, and says where its step stands, so that the review never calls
// open what the Actions screen calls finished, nor the reverse unsaid.

// showMeasurePlan sets a measure row's tick and plan line from where its
// step on an action plan stands. Done by the plan, the tick shows it and
// cannot be taken back here: reopening the plan or unticking its step
// there does, and the user's own tick is kept under it.
func (e *gapEditor) showMeasurePlan(row *measureRow, m app.Measure) {
	row.own, row.plan = m.Done, m.Plan
	row.done.SetChecked(m.Completed())
	if m.Plan != nil && m.Plan.Done {
		row.done.Disable()
	}
	row.done.OnChanged = func(on bool) { e.onTickMeasure(row, on) }
	e.updatePlanLine(row)
}

// ownDone is the measure's own tick, as saved: a tick the plan's done
// shows is not the user's.
func (row *measureRow) ownDone() bool {
	if row.plan != nil && row.plan.Done {
		return row.own
	}
	return row.done.Checked
}

// onTickMeasure asks, when a measure whose step is open on an action plan
// is ticked done, whether the plan's step is done too: ticked here only,
// the two would disagree with nothing said.
func (e *gapEditor) onTickMeasure(row *measureRow, on bool) {
	row.tickStep = false
	if on && row.plan != nil && !row.plan.Done && row.plan.Status != app.ActionDropped {
		e.askTickStep(row)
	}
	e.updatePlanLine(row)
}

// askTickStep offers to tick the measure's step on its action plan as the
// gap analysis is saved, to keep the tick here only, or to take it back.
func (e *gapEditor) askTickStep(row *measureRow) {
	args := map[string]any{"Measure": row.text.Text, "Plan": row.plan.Problem, "Status": actionStatusLabel(row.plan.Status)}
	text := widget.NewLabel(lang.L("\"{{.Measure}}\" is a step of the action plan \"{{.Plan}}\" ({{.Status}}), not ticked there. Tick it done on the plan too when the gap analysis is saved?", args))
	text.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomWithoutButtons(lang.L("Also done on the action plan?"), text, e.ui.window())
	both := widget.NewButtonWithIcon(lang.L("Tick it on the plan too"), theme.ConfirmIcon(), func() {
		d.Hide()
		row.tickStep = true
		e.updatePlanLine(row)
	})
	both.Importance = widget.HighImportance
	here := widget.NewButton(lang.L("Only in the gap analysis"), d.Hide)
	undo := widget.NewButtonWithIcon(lang.L("Cancel"), theme.CancelIcon(), func() {
		d.Hide()
		row.done.SetChecked(false)
	})
	d.SetButtons([]fyne.CanvasObject{undo, here, both})
	d.Resize(fyne.NewSize(560, 0))
	e.ui.showDialog(d)
}

// updatePlanLine says under a measure where its step on an action plan
// stands; it is hidden for a measure no plan was made from.
func (e *gapEditor) updatePlanLine(row *measureRow) {
	if row.plan == nil {
		row.planLine.Hide()
		return
	}
	row.planLine.SetText(planLineText(row))
	row.planLine.Importance = widget.MediumImportance
	if row.done.Checked && !row.plan.Done && !row.tickStep {
		row.planLine.Importance = widget.WarningImportance
	}
	row.planLine.Show()
	row.planLine.Refresh()
}

// planLineText is the plan line's words for the row's tick and plan.
func planLineText(row *measureRow) string {
	args := map[string]any{"Plan": row.plan.Problem, "Status": actionStatusLabel(row.plan.Status)}
	switch {
	case row.plan.Done && row.plan.Status == app.ActionDone:
		return lang.L("Done on the action plan \"{{.Plan}}\".", args)
	case row.plan.Done: // its step is ticked, the plan goes on
		return lang.L("Done on the action plan \"{{.Plan}}\" ({{.Status}}).", args)
	case row.done.Checked && row.tickStep:
		return lang.L("Its step on the action plan \"{{.Plan}}\" is ticked done too when saved.", args)
	case row.done.Checked:
		return lang.L("Done here; still open on the action plan \"{{.Plan}}\" ({{.Status}}).", args)
	}
	return lang.L("On the action plan \"{{.Plan}}\" ({{.Status}}).", args)
}

// stepsToTick are the plan steps to tick done with the save: of measures
// ticked here whose user chose to tick the plan's step too.
func (e *gapEditor) stepsToTick() []int64 {
	var ids []int64
	for _, r := range e.rows {
		if r.tickStep && r.done.Checked && r.plan != nil {
			ids = append(ids, r.plan.StepID)
		}
	}
	return ids
}

// reload reads the gap analysis shown again, keeping the message under it:
// a plan made from it may have been done on the Actions screen since.
func (e *gapEditor) reload() {
	text, imp := e.status.Text, e.status.Importance
	e.load(e.goal, e.period)
	e.showStatus(text, imp)
}
