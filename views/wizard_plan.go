package views

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"pacer/app"
	"pacer/views/widgets"
)

// The ways of splitting the target into periods, and of setting floors.
const (
	splitEven     = "even"
	splitSeasonal = "seasonal"
	splitManual   = "manual"
	floorNone     = "none"
	floorGrowth   = "growth"
	floorAtLeast  = "at_least"
	// floorKeep leaves the floors of a saved plan as they are.
	floorKeep = "keep"
)

// planStep sets when the goal runs, how often it is checked in, and how the
// target is split into periods, with optional floors per period.
type planStep struct {
	wiz        *goalWizard
	planBy     *widgets.KeySelect
	split      *widget.RadioGroup
	floorKind  *widgets.KeySelect
	floorValue *numberField
	floorBox   *fyne.Container
	floorItem  *widget.FormItem
	form       *widget.Form
	grid       *fyne.Container
	cells      map[string]*widgets.KeyEntry
	verdict    *widget.Label
	check      *widgets.CheckPanel
	planBys    choice[app.Cadence]
	splits     choice[string]
	floors     choice[string]
	// floorsMissing are the periods whose floor needs last year's value and has none.
	floorsMissing []string
	// evenNotSeasonal: the split asked for seasons and the history showed
	// none, so the plan is even.
	evenNotSeasonal bool
}

func newPlanStep(w *goalWizard) *planStep {
	s := &planStep{wiz: w, check: widgets.NewCheckPanel(false, "T", "A"), grid: container.NewVBox()}
	replan := func() { s.onReplan() }
	s.planBys = newChoice(planCadences, cadenceLabel)
	s.planBy = s.planBys.newSelect(func(app.Cadence) { replan() })
	s.splits = newChoice([]string{splitEven, splitSeasonal, splitManual}, splitLabel)
	s.split = widget.NewRadioGroup(s.splits.labels, func(string) {
		if !w.isFilling() {
			w.draft.splitChosen = true
		}
		replan()
	})
	s.split.Horizontal = true
	s.split.Required = true // a second tap on the chosen split must not leave none chosen

	s.floors = newChoice([]string{floorNone, floorGrowth, floorAtLeast}, func(m string) string { return boundLabel(m, app.KindIncrease) })
	s.floorKind = s.floors.newSelect(func(string) { replan() })
	s.floorValue = newNumberField(lang.L("e.g. 5 (%) or 50"), replan)
	s.floorBox = container.NewVBox(s.floorKind, s.floorValue.object())
	s.floorValue.quiet = w.isTyping
	s.verdict = widget.NewLabel("")
	s.verdict.Wrapping = fyne.TextWrapWord
	return s
}

func splitLabel(mode string) string {
	switch mode {
	case splitSeasonal:
		return lang.L("Seasonal, from history")
	case splitManual:
		return lang.L("By hand")
	}
	return lang.L("Even")
}

// showFloorValue shows the floor's number field only for a floor that needs one.
func (s *planStep) showFloorValue(mode string) {
	if mode == floorGrowth || mode == floorAtLeast {
		s.floorValue.entry.Show()
	} else {
		s.floorValue.entry.Hide()
		s.floorValue.msg.Hide()
	}
}

func (s *planStep) title() string { return lang.L("Plan") }

func (s *planStep) object() fyne.CanvasObject {
	s.form = widget.NewForm(
		&widget.FormItem{Text: lang.L("Plan by"), Widget: s.planBy},
		&widget.FormItem{Text: lang.L("Split"), Widget: s.split},
		s.boundFormItem())
	return stepFormPage(lang.L("Split the target into periods, so each check-in can be compared with a plan."), s.check, s.form, s.grid, s.verdict)
}

func (s *planStep) load(d *goalDraft) {
	s.defaults(d)
	boundsOfKind(d)
	s.showBoundChoice(d)
	g := &d.goal
	s.planBy.SetSelected(s.planBys.label(g.PlanBy))
	s.split.SetSelected(s.splits.label(d.splitMode))
	if d.floorMode == floorKeep {
		s.floorKind.PlaceHolder = keepBoundsText(g.Kind)
		s.floorKind.ClearSelected()
	} else {
		s.floorKind.SetSelected(s.floors.label(d.floorMode))
	}
	s.floorValue.format = s.wiz.ui.numberFormat()
	s.showFloorValue(d.floorMode)
	if d.floorMode == floorGrowth || d.floorMode == floorAtLeast {
		v := d.floorValue
		s.floorValue.setValue(&v, 2)
	}
	s.recompute(d)
}

// defaults fills in how a draft not yet planned is split: by quarter,
// seasonally when it has history, without floors.
func (s *planStep) defaults(d *goalDraft) {
	g := &d.goal
	if g.PlanBy == "" {
		g.PlanBy = app.CadenceQuarter
	}
	if !d.splitChosen && d.splitMode != splitManual {
		d.splitMode = splitEven
		if len(d.history) > 0 {
			d.splitMode = splitSeasonal
		}
	}
	if d.floorMode == "" {
		d.floorMode = floorNone
	}
}

// onReplan follows a change of span, split or floors: the plan is worked out again.
func (s *planStep) onReplan() {
	if s.wiz.isFilling() {
		return
	}
	s.wiz.whileTyping(func() { _ = s.applySettings(s.wiz.draft) })
	s.recompute(s.wiz.draft)
	s.wiz.changed()
}

// applySettings takes everything but the period grid into the draft.
func (s *planStep) applySettings(d *goalDraft) error {
	g := &d.goal
	if c, ok := s.planBys.value(s.planBy.Selected); ok {
		g.PlanBy = c
	}
	if m, ok := s.splits.value(s.split.Selected); ok {
		d.splitMode = m
	}
	if m, ok := s.floors.value(s.floorKind.Selected); ok {
		d.floorMode = m
	}
	s.showFloorValue(d.floorMode)
	v, ok, err := s.floorValue.value()
	if err != nil {
		return err
	}
	d.floorValue = v
	if (d.floorMode == floorGrowth || d.floorMode == floorAtLeast) && !ok {
		return fieldError{text: typeBoundText(g.Kind), missing: true}
	}
	return nil
}

// recompute works the plan out from the split mode and floors, then shows it.
func (s *planStep) recompute(d *goalDraft) {
	g := d.goal
	cal := s.wiz.cal
	if g.Start.IsZero() || g.End.IsZero() || !g.End.After(g.Start.Time) {
		d.plan = nil
		s.showGrid(d)
		return
	}
	s.evenNotSeasonal = false
	switch d.splitMode {
	case splitSeasonal:
		if plan, ok := app.SplitSeasonal(cal, g, g.PlanBy, d.history); ok {
			d.plan = plan
		} else {
			d.plan = app.SplitEven(cal, g, g.PlanBy)
			s.evenNotSeasonal = g.Kind == app.KindIncrease || g.Kind == app.KindDecrease
		}
	case splitManual:
		d.plan = s.manualPlan(d)
	default:
		d.plan = app.SplitEven(cal, g, g.PlanBy)
	}
	s.applyFloors(d)
	s.showGrid(d)
}

// manualPlan keeps the targets already typed for periods still in the
// span, and brings back those typed for periods planned before: quarters
// typed, put on months and back on quarters are as typed.
func (s *planStep) manualPlan(d *goalDraft) []app.PeriodTarget {
	if d.typedPlan == nil {
		d.typedPlan = map[string]app.PeriodTarget{}
	}
	for _, pt := range d.plan {
		d.typedPlan[pt.PeriodKey] = pt
	}
	var plan []app.PeriodTarget
	for _, p := range s.wiz.cal.Periods(d.goal.PlanBy, d.goal.Start, d.goal.End) {
		pt, ok := d.typedPlan[p.Key()]
		if !ok {
			pt = app.PeriodTarget{PeriodKey: p.Key()}
		}
		plan = append(plan, pt)
	}
	return plan
}

func (s *planStep) applyFloors(d *goalDraft) {
	s.floorsMissing = nil
	switch d.floorMode {
	case floorGrowth:
		d.plan, s.floorsMissing = app.FloorsFromGrowth(s.wiz.cal, d.goal, d.plan, d.history, d.floorValue)
	case floorAtLeast:
		d.plan = app.FloorsAtLeast(d.plan, d.floorValue)
	case floorKeep:
	default:
		for i := range d.plan {
			d.plan[i].Floor = nil
		}
	}
}

func (s *planStep) showGrid(d *goalDraft) {
	g := d.goal
	rows := []fyne.CanvasObject{
		widget.NewLabelWithStyle(lang.L("Period"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		widget.NewLabelWithStyle(lang.L("Target"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		widget.NewLabelWithStyle(boundName(g.Kind), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
	}
	s.cells = map[string]*widgets.KeyEntry{}
	for _, pt := range d.plan {
		e := widgets.NewEntry()
		e.SetText(inputText(pt.Target, g.Decimals, s.wiz.ui.numberFormat()))
		e.OnChanged = func(string) { s.onCellEdited() }
		s.cells[pt.PeriodKey] = e
		floor := "—"
		if pt.Floor != nil {
			floor = app.FormatValue(*pt.Floor, g.Decimals, g.Unit, g.UnitLabel)
		}
		rows = append(rows, widget.NewLabel(periodKeyName(pt.PeriodKey)), e, widget.NewLabel(floor))
	}
	s.grid.Objects = []fyne.CanvasObject{container.NewGridWithColumns(3, rows...)}
	s.grid.Refresh()
	s.showVerdict(d)
}

// onCellEdited switches to a split by hand as soon as the user types a period's target.
func (s *planStep) onCellEdited() {
	if s.wiz.isFilling() {
		return
	}
	d := s.wiz.draft
	// A cell typed in makes the plan the user's own, read or not: Next
	// then checks every cell (apply) rather than keep the split's value.
	if d.splitMode != splitManual {
		d.splitMode = splitManual
		d.splitChosen = true
		s.wiz.filling(func() { s.split.SetSelected(s.splits.label(splitManual)) })
	}
	if err := s.applyCells(d); err != nil {
		s.verdict.SetText(err.Error())
		s.verdict.Importance = widget.DangerImportance
		s.verdict.Refresh()
		return
	}
	s.showVerdict(d)
	s.wiz.changed()
}

func (s *planStep) applyCells(d *goalDraft) error {
	format := s.wiz.ui.numberFormat()
	for i, pt := range d.plan {
		e := s.cells[pt.PeriodKey]
		if e == nil {
			continue
		}
		v, err := parseAmountOf(e.Text, format, d.goal)
		if err != nil {
			return fieldError{text: lang.L("{{.Period}}: {{.Reason}}",
				map[string]any{"Period": periodKeyName(pt.PeriodKey), "Reason": errorText(err)})}
		}
		d.plan[i].Target = v
	}
	return nil
}

// showVerdict says whether the split adds up to the year (flow) or ends at the target (level).
func (s *planStep) showVerdict(d *goalDraft) {
	g := d.goal
	if len(d.plan) == 0 {
		s.verdict.SetText(noPlanText(g))
		s.verdict.Importance = widget.WarningImportance
		s.verdict.Refresh()
		return
	}
	c := app.CheckPlan(s.wiz.cal, g, d.plan)
	args := map[string]any{
		"Total":  app.FormatValue(c.Total, g.Decimals, g.Unit, g.UnitLabel),
		"Target": app.FormatValue(g.Target, g.Decimals, g.Unit, g.UnitLabel),
		"Diff":   app.FormatValue(c.Diff, g.Decimals, g.Unit, g.UnitLabel),
	}
	var msgs []string
	imp := widget.SuccessImportance
	replanned, wasReplanned := app.ReplannedAfter(s.wiz.cal, g, d.plan, d.actuals, s.wiz.today)
	switch {
	case g.Aggregation == app.AggFlow && c.AddsUp:
		msgs = append(msgs, lang.L("The periods add up to the target: {{.Total}}.", args))
	case g.Aggregation == app.AggFlow && wasReplanned:
		args["Period"] = periodKeyName(replanned.Key())
		msgs = append(msgs, lang.L("The plan was re-spread after {{.Period}}: the actuals up to then and the targets after it add up to the target {{.Target}}.", args))
	case g.Aggregation == app.AggFlow:
		msgs = append(msgs, lang.L("The periods add up to {{.Total}}, not {{.Target}} (off by {{.Diff}}).", args))
		imp = widget.DangerImportance
	case c.EndsAtTarget:
		msgs = append(msgs, lang.L("The last period ends at the target: {{.Target}}.", args))
	default:
		msgs = append(msgs, lang.L("The last period does not end at the target {{.Target}}.", args))
		imp = widget.DangerImportance
	}
	if len(c.PastBound) > 0 {
		names := make([]string, len(c.PastBound))
		for i, k := range c.PastBound {
			names[i] = periodKeyName(k)
		}
		msgs = append(msgs, pastBoundText(g.Kind, strings.Join(names, ", ")))
		imp = widget.DangerImportance
	}
	if len(s.floorsMissing) > 0 {
		names := make([]string, len(s.floorsMissing))
		for i, k := range s.floorsMissing {
			names[i] = periodKeyName(k)
		}
		msgs = append(msgs, noBoundText(g.Kind, strings.Join(names, ", ")))
		if imp == widget.SuccessImportance {
			imp = widget.WarningImportance
		}
	}
	if s.evenNotSeasonal {
		// Seasonal stays chosen, and the grid is even: say so rather than
		// let an even plan pass for last years' seasons.
		msgs = append(msgs, lang.L("The history holds no full fiscal year by month or quarter to take seasons from: the plan is split evenly."))
		if imp == widget.SuccessImportance {
			imp = widget.WarningImportance
		}
	}
	s.verdict.SetText(strings.Join(msgs, "\n"))
	s.verdict.Importance = imp
	s.verdict.Refresh()
}

// noPlanText says why a goal has no plan to show: dates not picked, or an
// end that is not after the start.
func noPlanText(g app.Goal) string {
	if g.Start.IsZero() || g.End.IsZero() {
		return lang.L("Pick a start and an end to see the plan.")
	}
	return lang.L("The goal ends on {{.End}}, not after it starts on {{.Start}}: change the dates under Time-bound to see the plan.",
		map[string]any{"Start": g.Start.String(), "End": g.End.String()})
}

func (s *planStep) apply(d *goalDraft) error {
	if err := s.applySettings(d); err != nil {
		return err
	}
	if d.splitMode == splitManual {
		return s.applyCells(d)
	}
	return nil
}

func (s *planStep) showCheck(r app.SMARTReport) { s.check.Show(r) }
