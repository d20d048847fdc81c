package views

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"pacer/app"
	"pacer/views/widgets"
)

// valuePlanEditor sets a goal's plan by value for one period and one
// dimension: an amount per value (empty: no plan of its own), checked like
// any amount of the goal, and under them how far they are from the
// period's plan.
type valuePlanEditor struct {
	pane    *breakdownPane
	periods []app.DetailRow // the goal's periods with a plan
	period  *widgets.KeySelect
	values  []string
	fields  []*numberField
	sum     *widget.Label
	dialog  dialog.Dialog
	// shown is the period whose plans the fields were filled with, and
	// guard asks before another period, Cancel or Escape drops what was
	// typed over them.
	shown    int
	choosing bool
	guard    closeGuard
}

func (p *breakdownPane) onPlan() {
	e := &valuePlanEditor{pane: p, values: app.DimensionValues(p.d.breakdown, p.dim), sum: widget.NewLabel("")}
	e.sum.Wrapping = fyne.TextWrapWord
	var names []string
	namer := periodNamer{}
	for _, r := range p.d.detailRows() {
		if r.HasPlan {
			e.periods = append(e.periods, r)
			names = append(names, namer.name(r.Period))
		}
	}
	if len(e.periods) == 0 {
		p.d.ui.showError(fieldError{text: lang.L("The goal has no plan to share out by value.")})
		return
	}
	for range e.values {
		f := newNumberField(lang.L("No plan of its own"), e.onChanged)
		f.readsValuesOf(p.d.pace.Goal, p.d.ui.numberFormat())
		e.fields = append(e.fields, f)
	}
	e.guard.state = e.state
	// No period is shown yet: choosing the default one below fills the
	// fields, even when it is the first.
	e.shown = -1
	e.period = widgets.NewSelect(names, func(string) { e.onPeriod() })
	e.period.SetSelectedIndex(e.defaultPeriod())
	p.editor = e
	e.show()
}

// defaultPeriod is the latest period with an actual, else the first.
func (e *valuePlanEditor) defaultPeriod() int {
	at := 0
	for i, r := range e.periods {
		if r.HasActual {
			at = i
		}
	}
	return at
}

func (e *valuePlanEditor) selected() app.DetailRow {
	return e.periods[max(e.period.SelectedIndex(), 0)]
}

// load fills the fields with the chosen period's plans by value.
func (e *valuePlanEditor) load() {
	g := e.pane.d.pace.Goal
	planned := map[string]float64{}
	for _, pl := range app.PlansFor(e.pane.plans, e.selected().Period.Key(), e.pane.dim) {
		planned[pl.Value] = pl.Amount
	}
	for i, v := range e.values {
		if amount, ok := planned[v]; ok {
			e.fields[i].setValue(&amount, g.Decimals)
		} else {
			e.fields[i].setValue(nil, g.Decimals)
		}
	}
	e.shown = e.period.SelectedIndex()
	e.guard.mark()
	e.onChanged()
}

// state is what the fields show.
func (e *valuePlanEditor) state() string {
	texts := make([]string, len(e.fields))
	for i, f := range e.fields {
		texts[i] = f.entry.Text
	}
	return fieldsState(texts...)
}

// onPeriod fills the fields with the plans of the period chosen. Plans
// typed for the period shown are dropped only after asking; kept, the
// choice goes back to their period.
func (e *valuePlanEditor) onPeriod() {
	if e.choosing || e.period.SelectedIndex() == e.shown {
		return
	}
	if e.dialog == nil || !e.guard.typed() {
		e.load()
		return
	}
	e.askDiscard(lang.L("The plans by value typed for {{.Period}} are not saved; choosing another period drops them.", e.shownPeriod()), nil, func() {
		e.choosing = true
		defer func() { e.choosing = false }()
		e.period.SetSelectedIndex(e.shown)
	})
}

// shownPeriod names the period whose plans the fields were filled with.
func (e *valuePlanEditor) shownPeriod() map[string]any {
	return map[string]any{"Period": periodName(e.periods[e.shown].Period)}
}

// askDiscard asks text before the plans typed for the period shown are
// dropped: Discard fills the fields anew for the period chosen, save (when
// not nil) saves them, keep runs on any other answer.
func (e *valuePlanEditor) askDiscard(text string, save, keep func()) {
	askUnsaved(e.pane.d.ui.shell, unsavedQuestion{title: lang.L("Discard the plans typed?"),
		text: text, save: save, discard: e.load, keep: keep})
}

// read returns the plans typed, each checked; ok is false when a field
// cannot be read, its error then shown under it.
func (e *valuePlanEditor) read() (plans []app.DimensionPlan, ok bool) {
	g := e.pane.d.pace.Goal
	ok = true
	for i, f := range e.fields {
		v, has, err := f.value()
		if err == nil && has {
			v, err = app.RoundTo(v, g.Decimals)
			f.setError(err)
		}
		if err != nil {
			ok = false
			continue
		}
		if has {
			plans = append(plans, app.DimensionPlan{GoalID: g.ID, PeriodKey: e.selected().Period.Key(), Dimension: e.pane.dim, Value: e.values[i], Amount: v})
		}
	}
	return plans, ok
}

// onChanged says how far the plans typed are from the period's plan.
func (e *valuePlanEditor) onChanged() {
	plans, ok := e.read()
	if !ok {
		e.sum.SetText("")
		return
	}
	e.sum.SetText(planRestText(e.pane.d.pace.Goal, plans, e.selected().Plan))
}

// planRestText compares plans by value with the period's plan: "They add
// up to the period's plan", or what they leave to the values without one,
// or by how much they pass it.
func planRestText(g app.Goal, plans []app.DimensionPlan, plan float64) string {
	v := func(x float64) string { return app.FormatValue(x, g.Decimals, g.Unit, g.UnitLabel) }
	rest := app.PlanRest(plans, plan, app.Decimals(g))
	args := map[string]any{"Plan": v(plan), "Rest": v(rest), "Over": v(-rest)}
	switch {
	case len(plans) == 0:
		return lang.L("No value has a plan of its own: each is expected to bring its share of the period's plan ({{.Plan}}) by last year.", args)
	case rest == 0:
		return lang.L("They add up to the period's plan ({{.Plan}}).", args)
	case rest > 0:
		return lang.L("{{.Rest}} of the period's plan ({{.Plan}}) is left to the values without a plan of their own.", args)
	}
	return lang.L("They are {{.Over}} over the period's plan ({{.Plan}}): the values without a plan of their own are expected to bring nothing.", args)
}

func (e *valuePlanEditor) object() fyne.CanvasObject {
	form := widget.NewForm()
	for i, v := range e.values {
		form.Append(dimensionValueName(v, false), e.fields[i].object())
	}
	hint := widget.NewLabel(lang.L("Expected: a value's own plan where it has one, else its share of the period's plan by last year."))
	hint.Wrapping = fyne.TextWrapWord
	hint.Importance = widget.LowImportance
	head := container.NewVBox(hint, widget.NewForm(widget.NewFormItem(lang.L("Period"), e.period)))
	return newBorder(head, e.sum, nil, nil, container.NewVScroll(form))
}

func (e *valuePlanEditor) show() {
	title := lang.L("Plan by {{.Dimension}}", map[string]any{"Dimension": e.pane.dim})
	d := dialog.NewCustomConfirm(title, lang.L("Save"), lang.L("Cancel"), e.object(), func(save bool) {
		if save {
			e.onSave()
			return
		}
		e.guard.onCancel(func() {
			e.askDiscard(lang.L("The plans by value typed for {{.Period}} are not saved; closing the plan by value drops them.", e.shownPeriod()),
				e.onSave, e.reshow)
		})
	}, e.pane.d.ui.window())
	d.Resize(fyne.NewSize(520, 480))
	e.dialog = d
	e.pane.d.ui.guardDialog(d, lang.L("the plan by value"), e.guard.typed)
	e.pane.d.ui.showDialog(d)
}

// reshow shows the editor again, after a question or an error, with the
// focus on its first field.
func (e *valuePlanEditor) reshow() {
	e.pane.d.ui.showDialog(e.dialog)
	if len(e.fields) > 0 {
		e.pane.d.ui.window().Canvas().Focus(e.fields[0].entry)
	}
}

// onSave replaces the period's plans by value with those typed.
func (e *valuePlanEditor) onSave() {
	plans, ok := e.read()
	if !ok {
		e.reshow()
		return
	}
	e.guard.mark()
	d := e.pane.d
	if err := d.ui.store.SetDimensionPlans(d.ui.context(), d.pace.Goal.ID, e.selected().Period.Key(), e.pane.dim, plans); err != nil {
		e.reshow() // the plans typed stay, under the error
		d.ui.showError(err)
		return
	}
	e.pane.plans = e.pane.loadPlans()
	e.pane.fill()
	// The other screens and the dashboard's line read the plans too; the
	// detail is shown again from fresh data, as after a re-plan.
	d.ui.dataChanged()
	d.onReplanned()
}
