package views

import (
	"context"

	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pacer/app"
	"pacer/views/widgets"
)

var actionStatuses = []app.ActionStatus{app.ActionPlanned, app.ActionInProgress, app.ActionDone, app.ActionDropped}

// actionEditorStore is what the action plan editor reads and writes, its
// follow-up log included.
type actionEditorStore interface {
	followUpStore
	ListGoals(ctx context.Context, f app.GoalFilter) ([]app.Goal, error)
	Snapshot(ctx context.Context, f app.GoalFilter) (app.Snapshot, error)
	ListActionPlans(ctx context.Context, f app.ActionFilter) ([]app.ActionPlan, error)
	CreateActionPlan(ctx context.Context, a *app.ActionPlan) error
	UpdateActionPlan(ctx context.Context, a *app.ActionPlan) error
	DeleteActionPlan(ctx context.Context, id int64) error
}

// actionEditorDeps is what the action plan editor uses.
type actionEditorDeps = screenDeps[actionEditorStore]

// actionEditor edits one action plan: what it answers, the measures as a
// checklist, the goals it should move, and — once saved — its follow-up
// log and its effect.
type actionEditor struct {
	ui        actionEditorDeps
	plan      app.ActionPlan
	goals     []app.Goal
	problem   *widgets.KeyEntry
	cause     *widgets.KeyEntry
	strategy  *widgets.KeyEntry
	owner     *widgets.KeyEntry
	start     *widgets.DateEntry
	due       *widgets.DateEntry
	status    *widgets.KeySelect
	statuses  choice[app.ActionStatus]
	followUp  *widgets.KeySelect
	cadences  choice[app.Cadence]
	linked    *goalChecks
	measures  *fyne.Container
	rows      []*actionMeasureRow
	save      *widget.Button
	back      *widget.Button
	del       *widget.Button
	msg       *widget.Label
	followUps *followUpLog
	effects   *fyne.Container
	tabs      *container.AppTabs // the plan, its follow-up log, its effect; nil for a new plan
	content   fyne.CanvasObject
	onDone    func()
	// afterSave, when set, follows the next save instead of going back to
	// the list (openActionPlan's Save: the other plan opens); a save that
	// fails or is cancelled drops it.
	afterSave func()
	// earlyAtLoad are the measures already due before the start when the
	// editor opened: saving asks only about the others.
	earlyAtLoad map[*actionMeasureRow]bool
	// loaded is the form's state when the editor opened (formState):
	// leaving asks only when the form differs from it.
	loaded []string
}

// actionMeasureRow is one checklist item's fields.
type actionMeasureRow struct {
	id    int64
	from  int64 // the gap measure the step was made from, kept on save
	done  *widgets.KeyCheck
	text  *widgets.KeyEntry
	owner *widgets.KeyEntry
	due   *widgets.DateEntry
	// early flags a deadline before the plan's start.
	early     *fyne.Container
	earlyText *widget.Label
	// gapLine says a step open here is ticked done in its gap analysis.
	gapLine *widget.Label
}

func newActionEditor(ui actionEditorDeps, plan app.ActionPlan, onDone func()) *actionEditor {
	e := &actionEditor{ui: ui, plan: plan, onDone: onDone, measures: container.NewVBox(), effects: container.NewVBox()}
	goals, err := ui.store.ListGoals(ui.context(), app.GoalFilter{IncludeArchived: true})
	if err != nil {
		ui.showError(err)
	}
	e.goals = goals
	e.buildFields()
	e.load()
	e.loaded = e.formState()
	e.earlyAtLoad = map[*actionMeasureRow]bool{}
	if plan.ID != 0 {
		for _, r := range e.earlyRows() {
			e.earlyAtLoad[r] = true
		}
	}
	e.content = e.layout()
	return e
}

func (e *actionEditor) buildFields() {
	e.problem = widgets.NewEntry()
	e.problem.SetPlaceHolder(lang.L("e.g. Sales below plan"))
	e.cause = multiLine(lang.L("e.g. Weak demand, wrong product positioning"))
	e.strategy = multiLine(lang.L("e.g. Research, reposition, promote"))
	e.owner = widgets.NewEntry()
	e.start, e.due = widgets.NewDateEntry(), widgets.NewDateEntry()
	e.start.OnChanged = func(*time.Time) { e.flagEarly() }
	e.statuses = newChoice(actionStatuses, actionStatusLabel)
	e.status = e.statuses.newSelect(nil)
	e.cadences = newChoice(cadences, cadenceLabel)
	e.followUp = e.cadences.newSelect(nil)
	e.linked = newGoalChecks(goalLabels(e.goals))
	e.msg = widget.NewLabel("")
	e.msg.Wrapping = fyne.TextWrapWord
	e.msg.Hide()
	e.save = widget.NewButtonWithIcon(lang.L("Save action plan"), theme.DocumentSaveIcon(), e.onSave)
	e.save.Importance = widget.HighImportance
	e.back = widget.NewButtonWithIcon(lang.L("Back to the list"), theme.NavigateBackIcon(), e.onBack)
	e.del = widget.NewButtonWithIcon(lang.L("Delete"), theme.DeleteIcon(), e.onDelete)
	e.del.Importance = widget.DangerImportance
}

func multiLine(placeholder string) *widgets.KeyEntry {
	m := widgets.NewMultiLineEntry()
	m.SetPlaceHolder(placeholder)
	m.SetMinRowsVisible(2)
	m.Wrapping = fyne.TextWrapWord
	return m
}

// layout puts the top bar over the form and, once the plan is saved, its
// follow-up log and effect in tabs beside it.
func (e *actionEditor) layout() fyne.CanvasObject {
	form := widget.NewForm(
		widget.NewFormItem(lang.L("Problem"), e.problem),
		widget.NewFormItem(lang.L("Cause"), e.cause),
		widget.NewFormItem(lang.L("Strategy"), e.strategy),
		widget.NewFormItem(lang.L("Owner"), e.owner),
		widget.NewFormItem(lang.L("Start"), e.start),
		widget.NewFormItem(lang.L("Due"), e.due),
		widget.NewFormItem(lang.L("Status"), e.status),
		widget.NewFormItem(lang.L("Follow-up"), e.followUp),
		widget.NewFormItem(lang.L("Goals it should move"), e.linked.box),
	)
	add := widget.NewButtonWithIcon(lang.L("Add measure"), theme.ContentAddIcon(), func() { e.addMeasure(app.Measure{}) })
	plan := container.NewVScroll(container.NewPadded(container.NewVBox(form, boldLabel(lang.L("Measures")), e.measures, container.NewHBox(add))))
	// Under the buttons, a refused save's message is in sight however far the form is scrolled.
	top := container.NewVBox(container.NewHBox(e.back, layoutSpacer(), e.del, e.save), e.msg)
	if e.plan.ID == 0 {
		e.del.Hide()
		return newBorder(container.NewPadded(top), nil, nil, nil, plan)
	}
	// The log and the effect have their own tabs, so that they are found
	// without scrolling past the form.
	e.followUps = newFollowUpLog(followUpDeps{e.ui.shell, e.ui.store}, e.plan)
	e.showEffects()
	e.tabs = container.NewAppTabs(
		container.NewTabItem(lang.L("Action plan"), plan),
		container.NewTabItem(lang.L("Follow-up log"), container.NewVScroll(container.NewPadded(e.followUps.content))),
		container.NewTabItem(lang.L("Effect on the numbers"), container.NewVScroll(container.NewPadded(e.effects))))
	return newBorder(container.NewPadded(top), nil, nil, nil, e.tabs)
}

func (e *actionEditor) load() {
	p := e.plan
	e.problem.SetText(p.Problem)
	e.cause.SetText(p.Cause)
	e.strategy.SetText(p.Strategy)
	e.owner.SetText(p.Owner)
	e.start.SetDay(p.Start)
	e.due.SetDay(p.Due)
	if p.Status == "" {
		p.Status = app.ActionPlanned
	}
	e.status.SetSelected(e.statuses.label(p.Status))
	if p.FollowUp == "" {
		p.FollowUp = app.CadenceMonth
	}
	e.followUp.SetSelected(e.cadences.label(p.FollowUp))
	var selected []string
	labels := goalLabels(e.goals)
	for i, g := range e.goals {
		for _, id := range p.GoalIDs {
			if id == g.ID {
				selected = append(selected, labels[i])
			}
		}
	}
	e.linked.SetSelected(selected)
	for _, m := range p.Measures {
		e.addMeasure(m)
	}
	if len(p.Measures) == 0 {
		e.addMeasure(app.Measure{})
	}
}

func (e *actionEditor) addMeasure(m app.Measure) {
	r := &actionMeasureRow{id: m.ID, from: m.FromID, done: widgets.NewCheck("", nil), text: widgets.NewEntry(), owner: widgets.NewEntry(), due: widgets.NewDateEntry()}
	r.done.SetChecked(m.Done)
	r.text.SetText(m.Text)
	r.text.SetPlaceHolder(lang.L("Measure"))
	r.owner.SetText(m.Owner)
	r.owner.SetPlaceHolder(lang.L("Owner"))
	r.due.SetDay(m.Due)
	r.earlyText = widget.NewLabel("")
	r.earlyText.Importance = widget.WarningImportance
	r.early = container.NewHBox(layoutSpacer(), widget.NewIcon(theme.NewWarningThemedResource(theme.WarningIcon())), r.earlyText)
	r.due.OnChanged = func(*time.Time) { e.flagRow(r) }
	r.gapLine = gapDoneLine(r.done, m.FromDone)
	e.rows = append(e.rows, r)
	var item *fyne.Container
	remove := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() {
		for i, x := range e.rows {
			if x == r {
				e.rows = append(e.rows[:i], e.rows[i+1:]...)
			}
		}
		e.measures.Remove(item)
	})
	remove.Importance = widget.LowImportance
	right := container.NewHBox(container.NewGridWrap(fyne.NewSize(140, 36), r.owner), r.due, remove)
	item = container.NewVBox(newBorder(nil, nil, r.done, right, r.text), r.early, r.gapLine)
	e.flagRow(r)
	e.measures.Add(item)
}

// fromFields reads the form into an action plan; empty checklist rows are dropped.
func (e *actionEditor) fromFields() (app.ActionPlan, error) {
	p := e.plan
	p.Problem = strings.TrimSpace(e.problem.Text)
	p.Cause = strings.TrimSpace(e.cause.Text)
	p.Strategy = strings.TrimSpace(e.strategy.Text)
	p.Owner = strings.TrimSpace(e.owner.Text)
	var err error
	if p.Start, err = e.start.Value(); err != nil {
		return p, err
	}
	if p.Due, err = e.due.Value(); err != nil {
		return p, err
	}
	p.Status, _ = e.statuses.value(e.status.Selected)
	p.FollowUp, _ = e.cadences.value(e.followUp.Selected)
	p.GoalIDs = nil
	labels := goalLabels(e.goals)
	for i, g := range e.goals {
		for _, label := range e.linked.Selected {
			if label == labels[i] {
				p.GoalIDs = append(p.GoalIDs, g.ID)
			}
		}
	}
	p.Measures = nil
	for _, r := range e.rows {
		text, owner := strings.TrimSpace(r.text.Text), strings.TrimSpace(r.owner.Text)
		if text == "" && owner == "" && r.due.Blank() {
			continue
		}
		if text == "" {
			return p, fieldError{text: lang.L("Every measure needs a description.")}
		}
		due, err := r.due.Value()
		if err != nil {
			return p, err
		}
		p.Measures = append(p.Measures, app.Measure{ID: r.id, Text: text, Owner: owner, Due: due, Done: r.done.Checked, FromID: r.from})
	}
	return p, nil
}

// onSave saves the plan; measures newly due before its start are saved
// only after asking.
func (e *actionEditor) onSave() {
	p, err := e.fromFields()
	if err != nil {
		e.showError(err)
		return
	}
	var fresh []*actionMeasureRow
	for _, r := range e.earlyRows() {
		if !e.earlyAtLoad[r] {
			fresh = append(fresh, r)
		}
	}
	if len(fresh) == 0 {
		e.store(p)
		return
	}
	e.confirmEarly(p, fresh)
}

// store writes the plan and goes back to the list, or says why it cannot.
func (e *actionEditor) store(p app.ActionPlan) {
	var err error
	if p.ID == 0 {
		err = e.ui.store.CreateActionPlan(e.ui.context(), &p)
	} else {
		err = e.ui.store.UpdateActionPlan(e.ui.context(), &p)
	}
	if err != nil {
		e.showError(err)
		return
	}
	e.plan = p
	e.saved()
}

// saved goes where a save leads: afterSave when set, else back to the list.
func (e *actionEditor) saved() {
	if next := e.afterSave; next != nil {
		e.afterSave = nil
		next()
		return
	}
	e.onDone()
}

func (e *actionEditor) showError(err error) {
	e.afterSave = nil // not saved: the editor stays
	if e.tabs != nil {
		e.tabs.SelectIndex(0) // the message sits under the form
	}
	e.msg.SetText(userMessage(err))
	e.msg.Importance = widget.DangerImportance
	e.msg.Show()
	if e.content != nil {
		e.content.Refresh() // the top bar grows by the message
	}
}

func (e *actionEditor) onDelete() {
	d := dialog.NewConfirm(lang.L("Delete action plan"),
		lang.L("Delete \"{{.Problem}}\" with its measures and follow-up notes?", map[string]any{"Problem": e.plan.Problem}),
		func(ok bool) {
			if !ok {
				return
			}
			if err := e.ui.store.DeleteActionPlan(e.ui.context(), e.plan.ID); err != nil {
				e.ui.showError(err)
				return
			}
			e.onDone()
		}, e.ui.window())
	d.SetConfirmText(lang.L("Delete"))
	e.ui.showDestructive(d)
}

// goalLabels names goals for a choice; goals that share a title get their
// number too, so that each label picks exactly one goal.
func goalLabels(goals []app.Goal) []string {
	count := map[string]int{}
	for _, g := range goals {
		count[g.Title]++
	}
	labels := make([]string, len(goals))
	for i, g := range goals {
		labels[i] = g.Title
		if count[g.Title] > 1 {
			labels[i] = lang.L("{{.Title}} (no. {{.ID}})", map[string]any{"Title": g.Title, "ID": g.ID})
		}
	}
	return labels
}

// gapDoneLine is the line under a step whose gap measure is ticked done in
// the review: while the step is open here, the two would disagree unsaid.
// It shows while done is not ticked.
func gapDoneLine(done *widgets.KeyCheck, gapDone bool) *widget.Label {
	l := widget.NewLabel(lang.L("Ticked done in the gap analysis it came from."))
	l.Importance = widget.WarningImportance
	l.Wrapping = fyne.TextWrapWord
	show := func(on bool) {
		if gapDone && !on {
			l.Show()
		} else {
			l.Hide()
		}
	}
	done.OnChanged = show
	show(done.Checked)
	return l
}
