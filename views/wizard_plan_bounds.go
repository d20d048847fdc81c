package views

import (
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"pacer/app"
)

// The Plan step's bound on each period is a floor for an increase goal
// and a ceiling for a decrease goal (app.BoundIsCeiling); a stay goal's
// line and a milestone's date bound every period already, so they take
// none (app.HasPeriodBounds). Each of these functions says its words for
// the goal's kind.

// boundName is the name of the bound: the form row and the grid's column.
func boundName(k app.Kind) string {
	if app.BoundIsCeiling(k) {
		return lang.L("Ceiling")
	}
	return lang.L("Floor")
}

// boundLabel is the label of one way of setting the bounds.
func boundLabel(mode string, k app.Kind) string {
	ceiling := app.BoundIsCeiling(k)
	switch {
	case mode == floorGrowth && ceiling:
		return lang.L("Each period at least this % below the same period last year")
	case mode == floorGrowth:
		return lang.L("Each period at least this % above the same period last year")
	case mode == floorAtLeast && ceiling:
		return lang.L("Each period at most this value")
	case mode == floorAtLeast:
		return lang.L("Each period at least this value")
	case ceiling:
		return lang.L("No ceiling")
	}
	return lang.L("No floor")
}

// typeBoundText asks for the bound's number.
func typeBoundText(k app.Kind) string {
	if app.BoundIsCeiling(k) {
		return lang.L("Type the ceiling, or choose No ceiling.")
	}
	return lang.L("Type the floor, or choose No floor.")
}

// keepBoundsText is the choice that leaves a saved plan's bounds alone.
func keepBoundsText(k app.Kind) string {
	if app.BoundIsCeiling(k) {
		return lang.L("Keep the saved ceilings")
	}
	return lang.L("Keep the saved floors")
}

// pastBoundText lists the periods whose target is past their bound.
func pastBoundText(k app.Kind, periods string) string {
	args := map[string]any{"Periods": periods}
	if app.BoundIsCeiling(k) {
		return lang.L("Above their ceiling: {{.Periods}}.", args)
	}
	return lang.L("Below their floor: {{.Periods}}.", args)
}

// noBoundText lists the periods left without a bound for want of last
// year's value.
func noBoundText(k app.Kind, periods string) string {
	args := map[string]any{"Periods": periods}
	if app.BoundIsCeiling(k) {
		return lang.L("No ceiling for {{.Periods}}: the history has no value for the same period last year.", args)
	}
	return lang.L("No floor for {{.Periods}}: the history has no value for the same period last year.", args)
}

// showBoundChoice words the bound's row and choices for the goal's kind,
// and leaves the choice only where the kind takes bounds or a saved plan
// has some to drop.
func (s *planStep) showBoundChoice(d *goalDraft) {
	k := d.goal.Kind
	s.floors = newChoice([]string{floorNone, floorGrowth, floorAtLeast}, func(m string) string { return boundLabel(m, k) })
	s.floorKind.Options = s.floors.labels
	s.floorKind.OnChanged = func(string) { s.onReplan() }
	if s.floorItem != nil {
		s.floorItem.Text = boundName(k)
	}
	if app.HasPeriodBounds(k) || d.floorMode == floorKeep {
		s.floorKind.Enable()
	} else {
		s.floorKind.Disable()
	}
	if s.form != nil {
		s.form.Refresh()
	}
}

// boundsOfKind drops the bounds a draft's kind takes none of (a goal
// turned from an increase into a stay goal), unless they are a saved
// plan's, which the user drops by choice.
func boundsOfKind(d *goalDraft) {
	if !app.HasPeriodBounds(d.goal.Kind) && d.floorMode != floorKeep {
		d.floorMode = floorNone
	}
}

// boundFormItem is the form row of the bound's choice, named for kind.
func (s *planStep) boundFormItem() *widget.FormItem {
	k := app.KindIncrease
	if s.wiz.draft != nil {
		k = s.wiz.draft.goal.Kind
	}
	s.floorItem = &widget.FormItem{Text: boundName(k), Widget: s.floorBox}
	return s.floorItem
}
