package views

import (
	"context"

	"errors"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pacer/app"
	"pacer/views/widgets"
)

// The ways to re-plan a goal after a review.
const (
	replanEven   = "even"   // keep the target, spread what is left evenly
	replanByPlan = "plan"   // keep the target, spread what is left like the old plan
	replanTarget = "target" // set a new target
)

// replanStore is what the re-plan dialog reads and writes.
type replanStore interface {
	History(ctx context.Context, goalID int64) ([]app.HistoryValue, error)
	SaveGoalSetup(ctx context.Context, setup app.GoalSetup) error
	AddPlanRevision(ctx context.Context, p *app.Plan) error
}

// replanDeps is what the re-plan dialog uses.
type replanDeps = screenDeps[replanStore]

// replanDialog re-plans a goal: the remaining gap re-spread over the
// remaining periods, or a revised target. The new plan is a new revision;
// the earlier ones stay on record.
type replanDialog struct {
	ui      replanDeps
	pace    app.Pace
	modes   choice[string]
	mode    *widget.RadioGroup
	target  *numberField
	note    *widgets.KeyEntry
	preview *widget.Label
	plan    []app.PeriodTarget
	err     error
	dialog  dialog.Dialog
	onSaved func()
	guard   closeGuard // asks before Cancel or Escape drops what was typed
	// ended: every period of the plan has ended, so there is nothing to
	// re-plan; the dialog then only says so (showEnded).
	ended bool
	// save and dismiss are the buttons of a dialog with nothing to
	// re-plan: Save new plan, disabled, and Close.
	save, dismiss *widget.Button
}

func newReplanDialog(ui replanDeps, p app.Pace, onSaved func()) *replanDialog {
	r := &replanDialog{ui: ui, pace: p, onSaved: onSaved, note: widgets.NewEntry(), preview: widget.NewLabel("")}
	r.modes = choiceOf(
		named[string]{replanEven, lang.L("Keep the target; spread what is left evenly")},
		named[string]{replanByPlan, lang.L("Keep the target; spread what is left like the old plan")},
		named[string]{replanTarget, lang.L("Revise the target")})
	r.mode = widget.NewRadioGroup(r.modes.labels, func(string) { r.recompute() })
	r.target = newNumberField(lang.L("New target"), r.recompute)
	r.target.readsValuesOf(p.Goal, ui.numberFormat())
	r.note.SetPlaceHolder(lang.L("Why the plan changes, e.g. Q1 review"))
	r.preview.Wrapping = fyne.TextWrapWord
	r.mode.SetSelected(r.modes.labels[0])
	// No mode nor target changes that the plan's periods have all ended.
	r.ended = errors.Is(r.err, app.ErrNoRemaining)
	r.guard.state = func() string { return fieldsState(r.mode.Selected, r.target.entry.Text, r.note.Text) }
	return r
}

// recompute works out the new plan and shows it period by period.
func (r *replanDialog) recompute() {
	g := r.pace.Goal
	mode, _ := r.modes.value(r.mode.Selected)
	cal, today := r.ui.calendar(), r.ui.today()
	switch mode {
	case replanTarget:
		r.target.entry.Enable()
		v, ok, err := r.target.value()
		switch {
		case err != nil:
			r.plan, r.err = nil, err
		case !ok:
			r.plan, r.err = nil, fieldError{text: lang.L("Type the new target.")}
		default:
			g.Target = v
			r.plan, r.err = app.ReviseTarget(cal, r.pace.Goal, r.pace.Plan, today, v)
		}
	case replanByPlan:
		r.target.entry.Disable()
		r.plan, r.err = app.RespreadRemaining(cal, g, r.pace.Plan, r.pace.Values, today, app.SpreadPlan)
	default:
		r.target.entry.Disable()
		r.plan, r.err = app.RespreadRemaining(cal, g, r.pace.Plan, r.pace.Values, today, app.SpreadEven)
	}
	r.showPreview(g)
}

// replanMessage says in the user's words why a re-plan is not possible.
func replanMessage(err error) string {
	switch {
	case errors.Is(err, app.ErrNoRemaining):
		return lang.L("Every period of the plan has ended: there is nothing left to re-plan.")
	case errors.Is(err, app.ErrMissingActual):
		return missingActualsText(err)
	case errors.Is(err, app.ErrTargetPassed):
		return lang.L("The periods already ended pass the target. Revise the target instead.")
	}
	return userMessage(err)
}

// missingActualsText names the periods that ended without a check-in, so
// that the user knows which to record before re-planning.
func missingActualsText(err error) string {
	var missing *app.MissingActualsError
	if !errors.As(err, &missing) || len(missing.Periods) == 0 {
		return lang.L("Some ended periods have no check-in yet. Record them first, so the remaining gap is known.")
	}
	names := make([]string, len(missing.Periods))
	for i, k := range missing.Periods {
		names[i] = periodKeyName(k)
	}
	if len(names) == 1 {
		return lang.L("{{.Period}} has ended without a check-in. Record it first, so the remaining gap is known.",
			map[string]any{"Period": names[0]})
	}
	return lang.L("These periods have ended without a check-in: {{.Periods}}. Record them first, so the remaining gap is known.",
		map[string]any{"Periods": strings.Join(names, ", ")})
}

func (r *replanDialog) showPreview(g app.Goal) {
	if r.err != nil {
		r.preview.SetText(replanMessage(r.err))
		r.preview.Importance = widget.DangerImportance
		r.preview.Refresh()
		return
	}
	old := map[string]float64{}
	for _, pt := range r.pace.Plan {
		old[pt.PeriodKey] = pt.Target
	}
	v := func(x float64) string { return app.FormatValue(x, g.Decimals, g.Unit, g.UnitLabel) }
	var lines []string
	for _, pt := range r.plan {
		line := periodKeyName(pt.PeriodKey) + ": " + v(pt.Target)
		if o, ok := old[pt.PeriodKey]; ok && o != pt.Target {
			line += "  " + lang.L("(was {{.Old}})", map[string]any{"Old": v(o)})
		}
		lines = append(lines, line)
	}
	r.preview.SetText(strings.Join(lines, "\n"))
	r.preview.Importance = widget.MediumImportance
	r.preview.Refresh()
}

func (r *replanDialog) show() {
	form := widget.NewForm(
		widget.NewFormItem(lang.L("How"), r.mode),
		widget.NewFormItem(lang.L("New target"), r.target.object()),
		widget.NewFormItem(lang.L("Note"), r.note),
	)
	// The title may shorten a long goal title; the whole one heads the body.
	head := wrappedBold(r.pace.Goal.Title)
	body := container.NewVBox(head, form, boldLabel(lang.L("New plan")), r.preview)
	title := fitDialogTitle(r.pace.Goal.Title, func(goal string) string {
		return lang.L("Re-plan {{.Goal}}", map[string]any{"Goal": goal})
	})
	if r.ended {
		r.showEnded(title, container.NewVScroll(body))
		return
	}
	d := dialog.NewCustomConfirm(title, lang.L("Save new plan"), lang.L("Cancel"), container.NewVScroll(body), func(ok bool) {
		if ok {
			r.onSave()
			return
		}
		r.guard.onCancel(r.askDiscard)
	}, r.ui.window())
	d.Resize(fyne.NewSize(620, 560))
	r.dialog = d
	r.ui.guardDialog(d, lang.L("the re-plan"), r.guard.typed)
	r.ui.showDialog(d)
	r.guard.mark()
}

// showEnded shows a re-plan of a plan whose periods have all ended. Its
// Save new plan was enabled and did nothing, and a note typed made Cancel
// ask to discard a plan there was none of: the fields and Save are
// disabled, and Close (Escape, Enter) closes without asking.
func (r *replanDialog) showEnded(title string, body fyne.CanvasObject) {
	r.mode.Disable()
	r.target.entry.Disable()
	r.note.Disable()
	d := dialog.NewCustomWithoutButtons(title, body, r.ui.window())
	r.save = widget.NewButtonWithIcon(lang.L("Save new plan"), theme.ConfirmIcon(), nil)
	r.save.Importance = widget.HighImportance
	r.save.Disable()
	r.dismiss = widget.NewButtonWithIcon(lang.L("Close"), theme.CancelIcon(), d.Hide)
	d.SetButtons([]fyne.CanvasObject{r.dismiss, r.save})
	d.Resize(fyne.NewSize(620, 560))
	r.dialog = d
	r.ui.showDialog(d)
}

// reshow shows the dialog again, after a question or an error, with the
// focus on the field typed last: the new target when the target is
// revised, else the note.
func (r *replanDialog) reshow() {
	r.ui.showDialog(r.dialog)
	if mode, _ := r.modes.value(r.mode.Selected); mode == replanTarget {
		r.ui.window().Canvas().Focus(r.target.entry)
	} else {
		r.ui.window().Canvas().Focus(r.note)
	}
}

// askDiscard follows the dialog's closing by Cancel or Escape with
// something typed: it is dropped only after asking; kept, the dialog shows
// again.
func (r *replanDialog) askDiscard() {
	askUnsaved(r.ui.shell, unsavedQuestion{title: lang.L("Discard the new plan?"),
		text: lang.L("The new plan for {{.Goal}} is not saved; closing the re-plan drops it.", map[string]any{"Goal": r.pace.Goal.Title}),
		save: r.onSave, discard: func() {}, keep: r.reshow,
	})
}

// onSave records the new plan as a revision; a revised target also updates the goal.
func (r *replanDialog) onSave() {
	r.recompute()
	if r.err != nil {
		r.reshow()
		return
	}
	g := r.pace.Goal
	mode, _ := r.modes.value(r.mode.Selected)
	note := strings.TrimSpace(r.note.Text)
	var err error
	if mode == replanTarget {
		v, _, _ := r.target.value()
		g.Target = v
		var history []app.HistoryValue
		// SaveGoalSetup replaces the history, so it is passed on as it is.
		if history, err = r.ui.store.History(r.ui.context(), g.ID); err == nil {
			err = r.ui.store.SaveGoalSetup(r.ui.context(), app.GoalSetup{Goal: &g, Plan: r.plan, PlanNote: note, History: history})
		}
	} else {
		err = r.ui.store.AddPlanRevision(r.ui.context(), &app.Plan{GoalID: g.ID, Note: note, Target: g.Target, Periods: r.plan})
	}
	if err != nil {
		r.preview.SetText(userMessage(err))
		r.preview.Importance = widget.DangerImportance
		r.preview.Refresh()
		r.reshow()
		return
	}
	if r.onSaved != nil {
		r.onSaved()
	}
}
