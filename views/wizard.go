package views

import (
	"context"
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pacer/app"
)

// goalDraft is the goal being set up, as the wizard's steps fill it in.
type goalDraft struct {
	goal      app.Goal
	template  string
	history   []app.PeriodValue
	historyBy app.Cadence
	plan      []app.PeriodTarget
	splitMode string // splitEven, splitSeasonal or splitManual
	// typedPlan keeps each period's target of a plan by hand, also of
	// periods no longer planned (another "Plan by" or span), so that
	// going back to them brings back what was typed.
	typedPlan map[string]app.PeriodTarget
	// splitChosen is true once the user picked the split; until then it
	// follows the history: seasonal when there is some, else even.
	splitChosen bool
	// planRevision is the plan revision the draft was loaded with, so a
	// save can tell whether the goal was re-planned meanwhile.
	planRevision int
	floorMode    string // floorNone, floorGrowth or floorAtLeast
	floorValue   float64
	planNote     string
	// actuals are a saved goal's check-in values: a plan re-spread after a
	// review adds up to the target only with them (app.ReplannedAfter).
	actuals []app.PeriodValue
	// noTarget is true while the target field is empty: the check then
	// says so rather than judging goal.Target, which holds 0 or the
	// target typed before the field was cleared.
	noTarget bool
}

// wizardStep is one page of the goal wizard.
type wizardStep interface {
	title() string
	object() fyne.CanvasObject
	// load shows the draft's values in the step's fields.
	load(d *goalDraft)
	// apply takes the fields into the draft; an error keeps the user on the step.
	apply(d *goalDraft) error
	// showCheck shows what the SMART check says about this step, if anything.
	showCheck(r app.SMARTReport)
}

// changeMode says where a field's change comes from while it is handled.
type changeMode int

const (
	// modeUser: the user changed a field; it is applied and checked.
	modeUser changeMode = iota
	// modeFilling: the wizard is filling in fields itself (showing the
	// draft, rebuilding a grid), so their change events are ignored.
	modeFilling
	// modeTyping: a change is applied as it is typed, so no new error
	// message shows yet; one already shown is updated or cleared.
	modeTyping
)

// wizardStore is what the goal wizard reads and writes.
type wizardStore interface {
	ListGoals(ctx context.Context, f app.GoalFilter) ([]app.Goal, error)
	GoalByID(ctx context.Context, id int64) (*app.Goal, error)
	CurrentPlan(ctx context.Context, goalID int64) (app.Plan, error)
	CheckIns(ctx context.Context, goalID int64) ([]app.CheckIn, error)
	PreviewCadenceChange(ctx context.Context, g app.Goal) (app.CadenceChange, error)
	SaveGoalSetup(ctx context.Context, setup app.GoalSetup) error
}

// wizardDeps is what the goal wizard uses.
type wizardDeps = screenDeps[wizardStore]

// goalWizard sets up or edits one goal in eight steps and saves it only at the end.
type goalWizard struct {
	ui        wizardDeps
	cal       app.Calendar
	today     app.Date
	draft     *goalDraft
	steps     []wizardStep
	step      int
	indicator *widget.Label
	trail     *fyne.Container
	// reached is the furthest step shown, which the trail can go straight to.
	reached int
	// tried are the steps the user typed in or tried to leave: their
	// failing checks show; a blank step's wait.
	tried   map[int]bool
	body    *fyne.Container
	back    *widget.Button
	next    *widget.Button
	save    *widget.Button
	cancel  *widget.Button
	content fyne.CanvasObject
	onDone  func(saved bool)
	report  app.SMARTReport
	// mode says how a field's change event is taken: changes the wizard
	// makes itself are ignored, changes the user types are applied.
	mode changeMode
	// convert is the confirmation of a change of cadence, while it is shown.
	convert dialog.Dialog
	// opened is the draft as the wizard showed it first: Cancel asks
	// only when the draft differs from it (edited).
	opened goalDraft
}

// newGoalWizard starts a wizard on draft; onDone is called after Save or Cancel.
func newGoalWizard(ui wizardDeps, draft *goalDraft, onDone func(saved bool)) *goalWizard {
	w := &goalWizard{ui: ui, draft: draft, onDone: onDone, cal: ui.calendar(), today: ui.today(), mode: modeUser,
		tried: map[int]bool{}}
	w.steps = []wizardStep{
		newStartStep(w), newSpecificStep(w), newMeasureStep(w), newTimeStep(w), newHistoryStep(w),
		newPlanStep(w), newRelevantStep(w), newSummaryStep(w),
	}
	if draft.goal.ID != 0 {
		w.reached = len(w.steps) - 1 // a saved goal has been through every step
	}
	w.indicator = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	w.trail = container.New(&flowLayout{})
	w.body = container.NewStack()
	w.back = widget.NewButtonWithIcon(lang.L("Back"), theme.NavigateBackIcon(), w.onBack)
	w.next = widget.NewButtonWithIcon(lang.L("Next"), theme.NavigateNextIcon(), w.onNext)
	w.next.IconPlacement = widget.ButtonIconTrailingText
	w.next.Importance = widget.HighImportance
	w.save = widget.NewButtonWithIcon(lang.L("Save goal"), theme.DocumentSaveIcon(), w.onSave)
	w.save.Importance = widget.HighImportance
	w.cancel = widget.NewButtonWithIcon(lang.L("Cancel"), theme.CancelIcon(), w.onCancel)
	buttons := container.NewHBox(w.cancel, layoutSpacer(), w.back, w.next, w.save)
	top := container.NewVBox(w.indicator, w.trail, widget.NewSeparator())
	w.content = newBorder(top, container.NewVBox(widget.NewSeparator(), buttons), nil, nil, w.body)
	w.show(w.firstStep())
	w.opened = draft.snapshot()
	return w
}

// firstStep is the step the wizard opens on: the choice of a template for
// a new goal, its name and description for a saved one, where a template
// fills in nothing and the first step only looked as if a new goal were
// being set up.
func (w *goalWizard) firstStep() int {
	if w.editing() {
		return 1
	}
	return 0
}

// editing reports whether the wizard edits a saved goal.
func (w *goalWizard) editing() bool { return w.draft.goal.ID != 0 }

func (w *goalWizard) show(i int) {
	w.step = i
	w.reached = max(w.reached, i)
	s := w.steps[i]
	w.filling(func() { s.load(w.draft) })
	w.body.Objects = []fyne.CanvasObject{container.NewVScroll(container.NewPadded(s.object()))}
	w.body.Refresh()
	step := map[string]any{"N": i + 1, "Total": len(w.steps), "Title": s.title()}
	if w.editing() {
		w.indicator.SetText(lang.L("Editing a saved goal · step {{.N}} of {{.Total}}: {{.Title}}", step))
	} else {
		w.indicator.SetText(lang.L("Step {{.N}} of {{.Total}}: {{.Title}}", step))
	}
	w.showTrail()
	w.back.Disable()
	if i > 0 {
		w.back.Enable()
	}
	w.next.Show()
	w.save.Hide()
	if i == len(w.steps)-1 {
		w.next.Hide()
		w.save.Show()
	}
	w.recheck()
}

// onBack goes back a step.
func (w *goalWizard) onBack() {
	if w.step > 0 {
		w.goTo(w.step - 1)
	}
}

func (w *goalWizard) onNext() {
	if w.step < len(w.steps)-1 {
		w.goTo(w.step + 1)
		return
	}
	w.tried[w.step] = true
	if err := w.steps[w.step].apply(w.draft); err != nil {
		w.recheck()
		w.ui.showError(err)
	}
}

// goTo leaves the current step for step i. Going back it stays only when a
// field cannot be read, so nothing typed is dropped; going on, the step
// must be complete as well. Steps beyond the furthest reached stay closed.
func (w *goalWizard) goTo(i int) {
	if i == w.step || i < 0 || i > max(w.reached, w.step+1) {
		return
	}
	w.tried[w.step] = true
	err := w.steps[w.step].apply(w.draft)
	var fe fieldError
	if err != nil && (i > w.step || !(errors.As(err, &fe) && fe.missing)) {
		w.recheck()
		w.ui.showError(err)
		return
	}
	w.show(i)
}

// changed is called by a step whenever one of its fields changes, so the SMART
// check follows the typing.
func (w *goalWizard) changed() {
	if w.isFilling() {
		return
	}
	w.tried[w.step] = true
	w.whileTyping(func() { _ = w.steps[w.step].apply(w.draft) })
	w.recheck()
}

func (w *goalWizard) recheck() {
	w.report = app.CheckSMART(w.smartInput())
	if c, ok := w.steps[w.step].(checkedStep); ok {
		c.checkPanel().HoldFails = w.draft.goal.ID == 0 && !w.tried[w.step]
	}
	w.steps[w.step].showCheck(w.report)
	w.relayout()
	if w.step == len(w.steps)-1 {
		if w.report.CanSave() {
			w.save.Enable()
		} else {
			w.save.Disable()
		}
	}
}

func (w *goalWizard) smartInput() app.SMARTInput {
	return app.SMARTInput{
		Goal:      w.draft.goal,
		Plan:      w.draft.plan,
		History:   w.draft.history,
		Calendar:  w.cal,
		Today:     w.today,
		HasParent: w.draft.goal.ParentID != nil,
		Actuals:   w.draft.actuals,
		NoTarget:  w.draft.noTarget,
	}
}

func (w *goalWizard) onSave() {
	if err := w.steps[w.step].apply(w.draft); err != nil {
		w.ui.showError(err)
		return
	}
	w.recheck()
	if !w.report.CanSave() {
		w.ui.showError(fieldError{text: lang.L("The goal fails the SMART check; fix the rows marked Fail first.")})
		return
	}
	if err := w.checkNotChangedElsewhere(); err != nil {
		w.ui.showError(err)
		return
	}
	g := w.draft.goal
	setup := app.GoalSetup{Goal: &g, Plan: w.draft.plan, PlanNote: w.draft.planNote, History: w.historyValues()}
	// A new cadence converts the check-ins, once the user has seen how.
	change, err := w.ui.store.PreviewCadenceChange(w.ui.context(), g)
	if err != nil {
		w.ui.showError(err)
		return
	}
	if len(change.Rollups) > 0 {
		w.confirmCadenceChange(change, setup)
		return
	}
	w.saveSetup(setup)
}

// saveSetup saves the goal; a refusal keeps the wizard open with what was typed.
func (w *goalWizard) saveSetup(setup app.GoalSetup) {
	if err := w.ui.store.SaveGoalSetup(w.ui.context(), setup); err != nil {
		w.ui.showError(err)
		return
	}
	w.draft.goal = *setup.Goal
	w.onDone(true)
}

// checkNotChangedElsewhere refuses to save an edit over a goal that was
// changed or re-planned since the wizard opened it.
func (w *goalWizard) checkNotChangedElsewhere() error {
	g := w.draft.goal
	if g.ID == 0 {
		return nil
	}
	stored, err := w.ui.store.GoalByID(w.ui.context(), g.ID)
	if err != nil {
		return err
	}
	plan, err := w.ui.store.CurrentPlan(w.ui.context(), g.ID)
	if err != nil {
		return err
	}
	if !stored.UpdatedAt.Equal(g.UpdatedAt) || plan.Revision != w.draft.planRevision {
		return fieldError{text: lang.L("This goal was changed elsewhere since you opened it. Cancel, then open it again.")}
	}
	return nil
}

func (w *goalWizard) historyValues() []app.HistoryValue {
	out := make([]app.HistoryValue, 0, len(w.draft.history))
	for _, v := range w.draft.history {
		out = append(out, app.HistoryValue{GoalID: w.draft.goal.ID, PeriodKey: v.PeriodKey, Value: v.Value})
	}
	return out
}

// currentFiscalYear is the default span of a new goal.
func (w *goalWizard) currentFiscalYear() (app.Date, app.Date) {
	p := w.cal.PeriodOf(app.CadenceYear, w.today)
	return w.cal.Start(p), w.cal.End(p)
}

// filling runs fill, which sets fields, with their change events ignored.
func (w *goalWizard) filling(fill func()) { w.in(modeFilling, fill) }

// whileTyping runs apply, which takes fields into the draft as the user
// types, holding back new error messages.
func (w *goalWizard) whileTyping(apply func()) { w.in(modeTyping, apply) }

func (w *goalWizard) in(mode changeMode, f func()) {
	was := w.mode
	w.mode = mode
	defer func() { w.mode = was }()
	f()
}

// isFilling tells whether a change event comes from the wizard itself.
func (w *goalWizard) isFilling() bool { return w.mode == modeFilling }

// isTyping tells whether new error messages are held back.
func (w *goalWizard) isTyping() bool { return w.mode == modeTyping }
