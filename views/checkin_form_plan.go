package views

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"pacer/app"
)

// newTargetLine is the line under the check-in form's title: the goal's
// target, and the selected period's plan once showPeriodPlan has read it.
// In the foreground colour: in the low-importance (disabled) one it read
// as a field that could not be used, though it is what the value is
// typed against.
func (f *checkInForm) newTargetLine() *widget.Label {
	f.target = widget.NewLabel(f.targetText(nil))
	f.target.Wrapping = fyne.TextWrapWord
	return f.target
}

// showPeriodPlan says what the selected period's plan is, beside the
// goal's target: "Target: $1,200,000 · plan for Nov 2026: $96,000", the
// figure the review and the goal detail measure that period's actual
// against. A stay goal's line and a milestone's date are the target
// itself, so they say the target alone; so does a form whose plan cannot
// be read, with the error for the log.
func (f *checkInForm) showPeriodPlan() {
	if f.target == nil {
		return
	}
	plan, ok := f.periodPlan()
	if !ok {
		f.target.SetText(f.targetText(nil))
		return
	}
	f.target.SetText(f.targetText(&plan))
}

// targetText is the target line, with the period's plan when plan is set.
func (f *checkInForm) targetText(plan *float64) string {
	target := checkInValueText(f.goal, f.goal.Target)
	if plan == nil {
		return lang.L("Target: {{.Value}}", map[string]any{"Value": target})
	}
	return lang.L("Target: {{.Value}} · plan for {{.Period}}: {{.Plan}}", map[string]any{
		"Value": target, "Period": f.period.Selected, "Plan": checkInValueText(f.goal, *plan)})
}

// periodPlan is the selected period's plan as the review reads it (the
// whole period's, ReviewRow.Expected); ok is false for a stay goal, a
// milestone, a period without a plan, or a store that cannot be read.
func (f *checkInForm) periodPlan() (plan float64, ok bool) {
	g := f.goal
	p, selected := f.selectedPeriod()
	if f.editing != nil {
		var err error
		p, err = app.ParsePeriodKey(f.editing.PeriodKey)
		selected = err == nil
	}
	if !selected || g.Kind == app.KindMilestone || g.Kind == app.KindStayAbove || g.Kind == app.KindStayBelow {
		return 0, false
	}
	ctx := f.ui.context()
	current, err := f.ui.store.CurrentPlan(ctx, g.ID)
	if err != nil {
		return 0, false
	}
	checkIns, err := f.ui.store.CheckIns(ctx, g.ID)
	if err != nil {
		return 0, false
	}
	snap := app.NewSnapshot()
	snap.Goals, snap.Plans[g.ID], snap.CheckIns[g.ID] = []app.Goal{g}, current.Periods, checkIns
	rows := app.ReviewGoalRows(f.ui.calendar(), snap, g.ID, []app.Period{p}, f.ui.today(), f.ui.thresholds())
	if len(rows) != 1 || !rows[0].HasExpected {
		return 0, false
	}
	return app.RoundValue(rows[0].Expected, app.Decimals(g)), true
}

// valueObject is the value field and its message: a milestone's choice of
// done or not; a count with a unit name has the name beside the field,
// "40 customers" as the line above says its target.
func (f *checkInForm) valueObject() fyne.CanvasObject {
	if f.done != nil {
		return container.NewVBox(f.done, f.value.msg)
	}
	u := app.CountUnit(f.goal)
	if u == "" {
		return f.value.object()
	}
	f.unit = widget.NewLabel(u)
	return f.value.objectAround(newBorder(nil, nil, nil, upTo(10, f.unit), f.value.entry))
}
