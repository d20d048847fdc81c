package views

import (
	"context"

	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pacer/app"
	"pacer/views/widgets"
)

// causeLabel is the translated name of a cause category, from app's labels.
func causeLabel(c string) string {
	if l := app.CauseLabel(c); l != "" && l != c {
		return lang.L(l)
	}
	return c
}

// gapStore is what the gap analysis reads and writes.
type gapStore interface {
	ReviewByPeriod(ctx context.Context, goalID int64, key string) (*app.Review, error)
	SaveReviewTickingSteps(ctx context.Context, r *app.Review, stepIDs []int64) error
	ListActionPlans(ctx context.Context, f app.ActionFilter) ([]app.ActionPlan, error)
}

// gapDeps is what the gap analysis uses.
type gapDeps = screenDeps[gapStore]

// gapEditor records, for one goal and period, the cause of the gap, the
// team's feedback and the improvement measures with owner and deadline.
type gapEditor struct {
	ui       gapDeps
	goal     app.Goal
	period   string
	review   app.Review
	heading  *widget.Label
	cause    *widgets.KeySelect
	causes   choice[string]
	text     *widgets.KeyEntry
	feedback *widgets.KeyEntry
	teamFB   *teamFeedback // in a team file, everyone's own feedback
	measures *fyne.Container
	rows     []*measureRow
	add      *widget.Button
	save     *widget.Button
	toAction *widget.Button
	status   *widget.Label
	content  fyne.CanvasObject
	// contrib shows what each value of each dimension did to the gap of
	// contribRow (review_gap_contributors.go), with a button each that
	// fills the cause from it.
	contrib      *fyne.Container
	contribRow   app.ReviewRow
	contributors []app.GapContributors
	useCause     []*widget.Button
	// onShowChart, when set, shows the chart of a dimension's gap.
	onShowChart func(dimension string)
	// loaded is the form's state as last loaded (formState): another
	// row drops it only after asking when the form differs from it.
	loaded []string
	// scroll, when set, is the pane the form scrolls in: another goal or
	// period opens at its top, where its heading is, not where the last
	// one was left.
	scroll *container.Scroll
}

// measureRow is one improvement measure's fields.
type measureRow struct {
	id    int64
	text  *widgets.KeyEntry
	owner *widgets.KeyEntry
	due   *widgets.DateEntry
	done  *widgets.KeyCheck
	// own is the user's tick as loaded, plan where the measure's step on
	// an action plan stands (nil without one), planLine says so, and
	// tickStep is the user's choice to tick that step with the save
	// (review_gap_steps.go).
	own      bool
	plan     *app.MeasurePlan
	planLine *widget.Label
	tickStep bool
}

func newGapEditor(ui gapDeps) *gapEditor {
	// More room between measures than between a measure and its owner's line.
	e := &gapEditor{ui: ui, measures: container.New(layout.NewCustomPaddedVBoxLayout(4 * theme.Padding())), contrib: container.NewVBox()}
	e.heading = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	e.heading.Wrapping = fyne.TextWrapWord
	e.causes = newChoice(app.CauseCategories, causeLabel)
	e.cause = widgets.NewSelect(e.causes.labels, nil)
	e.text = widgets.NewMultiLineEntry()
	e.text.SetMinRowsVisible(2)
	e.text.Wrapping = fyne.TextWrapWord
	e.text.SetPlaceHolder(lang.L("What caused the gap, in a sentence or two"))
	e.feedback = widgets.NewMultiLineEntry()
	e.feedback.SetMinRowsVisible(3)
	e.feedback.Wrapping = fyne.TextWrapWord
	e.feedback.SetPlaceHolder(lang.L("What the team said at the review"))
	e.teamFB = newTeamFeedback()
	e.add = widget.NewButtonWithIcon(lang.L("Add measure"), theme.ContentAddIcon(), func() { e.addRow(app.Measure{}) })
	e.save = widget.NewButtonWithIcon(lang.L("Save gap analysis"), theme.DocumentSaveIcon(), e.onSave)
	e.save.Importance = widget.HighImportance
	e.toAction = widget.NewButtonWithIcon(lang.L("Create action plan"), theme.MediaFastForwardIcon(), e.onCreateAction)
	e.toAction.Disable() // until a goal's gap analysis is shown
	e.status = widget.NewLabel("")
	e.status.Wrapping = fyne.TextWrapWord
	form := widget.NewForm(
		widget.NewFormItem(lang.L("Cause"), e.cause),
		widget.NewFormItem(lang.L("What happened"), e.text),
		widget.NewFormItem(lang.L("Team feedback"), container.NewVBox(e.feedback, e.teamFB.others)),
	)
	measuresTitle := widget.NewLabelWithStyle(lang.L("Improvement measures"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	e.content = container.NewVBox(e.heading, e.contrib, form, measuresTitle, e.measures,
		container.NewHBox(e.add, layoutSpacer(), e.toAction, e.save), e.status)
	return e
}

// load shows the gap analysis of goal g for the period, or an empty one.
func (e *gapEditor) load(g app.Goal, periodKey string) {
	if e.scroll != nil && (g.ID != e.goal.ID || periodKey != e.period) {
		e.scroll.ScrollToTop()
	}
	e.goal, e.period = g, periodKey
	e.toAction.Enable()
	e.heading.SetText(lang.L("Gap analysis: {{.Goal}}, {{.Period}}", map[string]any{"Goal": g.Title, "Period": periodKeyName(periodKey)}))
	r, err := e.ui.store.ReviewByPeriod(e.ui.context(), g.ID, periodKey)
	switch {
	case app.ErrorCode(err) == app.ENotFound:
		r = &app.Review{GoalID: g.ID, PeriodKey: periodKey}
	case err != nil:
		e.ui.showError(err)
		return
	}
	e.review = *r
	if r.Author != "" {
		e.heading.SetText(e.heading.Text + " · " + lang.L("written by {{.Name}}", map[string]any{"Name": authorName(e.ui.store, r.Author)}))
	}
	e.cause.SetSelected(e.causes.label(r.CauseCategory))
	if r.CauseCategory == "" {
		e.cause.ClearSelected()
	}
	e.text.SetText(r.CauseText)
	e.feedback.SetText(r.TeamFeedback)
	if mine, shared, err := e.teamFB.load(e.ui.context(), e.ui.store, g.ID, periodKey); shared {
		e.feedback.SetText(mine)
	} else if err != nil {
		e.ui.showError(err)
	}
	e.rows = nil
	e.measures.Objects = nil
	for _, m := range r.Measures {
		e.addRow(m)
	}
	if len(r.Measures) == 0 {
		e.addRow(app.Measure{})
	}
	e.status.SetText("")
	e.loaded = e.formState()
}

// onCreateAction opens a new action plan filled from this gap analysis;
// when one was made from it already, it first offers to open that one.
// What the form shows is saved first: the plan was filled from the gap
// analysis as last saved, and a measure typed since was left out of it.
// A save refused keeps the form, its message under it.
func (e *gapEditor) onCreateAction() {
	if e.goal.ID == 0 {
		return
	}
	if e.review.ID == 0 || e.changed() {
		e.onSave()
		if e.review.ID == 0 || e.changed() {
			return
		}
	}
	plans, err := e.linkedPlans()
	if err != nil {
		e.ui.showError(err)
		return
	}
	if len(plans) == 0 {
		e.ui.openActionPlan(e.newActionPlan())
		return
	}
	e.askOpenExisting(plans[len(plans)-1], len(plans))
}

// linkedPlans are the action plans made from this gap analysis, oldest first.
func (e *gapEditor) linkedPlans() ([]app.ActionPlan, error) {
	all, err := e.ui.store.ListActionPlans(e.ui.context(), app.ActionFilter{})
	if err != nil {
		return nil, err
	}
	var out []app.ActionPlan
	for _, p := range all {
		if p.ReviewID != nil && *p.ReviewID == e.review.ID {
			out = append(out, p)
		}
	}
	return out, nil
}

// askOpenExisting offers to open the latest plan made from this gap
// analysis, or to create another one anyway.
func (e *gapEditor) askOpenExisting(latest app.ActionPlan, n int) {
	args := map[string]any{"Problem": latest.Problem, "Status": actionStatusLabel(latest.Status), "N": n}
	msg := lang.L("An action plan was already made from this gap analysis: \"{{.Problem}}\" ({{.Status}}). Open it, or create another one?", args)
	if n > 1 {
		msg = lang.L("{{.N}} action plans were already made from this gap analysis, the latest \"{{.Problem}}\" ({{.Status}}). Open it, or create another one?", args)
	}
	text := widget.NewLabel(msg)
	text.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomWithoutButtons(lang.L("This gap already has an action plan"), text, e.ui.window())
	open := widget.NewButtonWithIcon(lang.L("Open the existing plan"), theme.FolderOpenIcon(), func() {
		d.Hide()
		e.ui.openActionPlan(latest)
	})
	open.Importance = widget.HighImportance
	another := widget.NewButtonWithIcon(lang.L("Create another plan"), theme.ContentAddIcon(), func() {
		d.Hide()
		e.ui.openActionPlan(e.newActionPlan())
	})
	cancel := widget.NewButtonWithIcon(lang.L("Cancel"), theme.CancelIcon(), d.Hide)
	d.SetButtons([]fyne.CanvasObject{cancel, another, open})
	d.Resize(fyne.NewSize(560, 0))
	e.ui.showDialog(d)
}

// causeLine is a gap's cause as one line, its category and text joined by
// the interface language's colon (市场需求：低于预期, not 市场需求: 低于预期).
func causeLine(r app.Review) string {
	category, text := causeLabel(r.CauseCategory), strings.TrimSpace(r.CauseText)
	if r.CauseCategory == "" || text == "" {
		return strings.TrimSpace(category + text)
	}
	return lang.L("{{.Category}}: {{.Text}}", map[string]any{"Category": category, "Text": text})
}

// newActionPlan is an action plan filled from this gap analysis: the
// problem, the cause, the measures with their owners and deadlines.
func (e *gapEditor) newActionPlan() app.ActionPlan {
	r, g := e.review, e.goal
	id := r.ID
	p := app.ActionPlan{
		Problem:  lang.L("{{.Goal}}: below plan in {{.Period}}", map[string]any{"Goal": g.Title, "Period": periodKeyName(r.PeriodKey)}),
		Cause:    causeLine(r),
		Owner:    g.Owner,
		Start:    e.ui.today(),
		Status:   app.ActionPlanned,
		FollowUp: app.CadenceMonth,
		GoalIDs:  []int64{g.ID},
		ReviewID: &id,
	}
	if r.CauseCategory == "" {
		p.Cause = r.CauseText
	}
	for _, m := range r.Measures {
		p.Measures = append(p.Measures, app.Measure{Text: m.Text, Owner: m.Owner, Due: m.Due, FromID: m.ID})
		if m.Due.After(p.Due.Time) {
			p.Due = m.Due
		}
	}
	if !p.Due.IsZero() && p.Due.Before(p.Start.Time) {
		// Every measure is past due: the plan still runs forward, one
		// follow-up month, and the editor flags each measure's own date.
		p.Due = app.Date{Time: p.Start.AddDate(0, 1, 0)}
	}
	return p
}

func (e *gapEditor) addRow(m app.Measure) {
	row := &measureRow{id: m.ID, text: widgets.NewEntry(), owner: widgets.NewEntry(), due: widgets.NewDateEntry(),
		done: widgets.NewCheck("", nil), planLine: widget.NewLabel("")}
	row.planLine.Wrapping = fyne.TextWrapWord
	e.showMeasurePlan(row, m)
	row.text.SetPlaceHolder(lang.L("Measure"))
	row.text.SetText(m.Text)
	row.owner.SetPlaceHolder(lang.L("Owner"))
	row.owner.SetText(m.Owner)
	row.due.SetDay(m.Due)
	e.rows = append(e.rows, row)
	var line *fyne.Container
	remove := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { e.removeRow(row, line) })
	remove.Importance = widget.LowImportance
	// The measure has the line's whole width, its owner and date the line
	// under it, the date field as wide as its hint or date needs: on one
	// line, at 1024 px the measure kept only a few letters.
	owner := newBorder(nil, nil, nil, container.NewHBox(row.due, remove), row.owner)
	// The tick marks the measure done, as on an action plan's checklist:
	// the review's deck, report and workbook show it, and nothing could set it.
	// The owner and due line sits under the measure, right of the tick.
	line = newBorder(nil, nil, container.NewVBox(row.done), nil, container.NewVBox(row.text, owner, row.planLine))
	e.measures.Add(line)
}

func (e *gapEditor) removeRow(row *measureRow, line *fyne.Container) {
	for i, r := range e.rows {
		if r == row {
			e.rows = append(e.rows[:i], e.rows[i+1:]...)
		}
	}
	e.measures.Remove(line)
}

// measuresFromRows reads the measures; empty rows are dropped, a measure without text but with an owner is refused.
func (e *gapEditor) measuresFromRows() ([]app.Measure, error) {
	var out []app.Measure
	for _, r := range e.rows {
		text := strings.TrimSpace(r.text.Text)
		owner := strings.TrimSpace(r.owner.Text)
		if text == "" && owner == "" && r.due.Blank() {
			continue
		}
		if text == "" {
			return nil, fieldError{text: lang.L("Every measure needs a description.")}
		}
		due, err := r.due.Value()
		if err != nil {
			return nil, err
		}
		out = append(out, app.Measure{ID: r.id, Text: text, Owner: owner, Due: due, Done: r.ownDone()})
	}
	return out, nil
}

func (e *gapEditor) onSave() {
	measures, err := e.measuresFromRows()
	if err != nil {
		e.tell(err.Error(), widget.DangerImportance)
		return
	}
	r := e.review
	r.CauseCategory, _ = e.causes.value(e.cause.Selected)
	r.CauseText = strings.TrimSpace(e.text.Text)
	if !e.teamFB.shared() {
		r.TeamFeedback = strings.TrimSpace(e.feedback.Text)
	}
	r.Measures = measures
	if err := e.ui.store.SaveReviewTickingSteps(e.ui.context(), &r, e.stepsToTick()); err != nil {
		e.tell(userMessage(err), widget.DangerImportance)
		return
	}
	if err := e.teamFB.save(e.ui.context(), e.goal.ID, e.period, strings.TrimSpace(e.feedback.Text)); err != nil {
		e.tell(userMessage(err), widget.DangerImportance)
		return
	}
	e.load(e.goal, e.period)
	e.tell(lang.L("Saved at {{.Time}}.", map[string]any{"Time": time.Now().Format("15:04")}), widget.SuccessImportance)
}

func (e *gapEditor) showStatus(text string, imp widget.Importance) {
	e.status.SetText(text)
	e.status.Importance = imp
	e.status.Refresh()
}

// tell is showStatus for the outcome of a save, scrolled into sight.
func (e *gapEditor) tell(text string, imp widget.Importance) {
	e.showStatus(text, imp)
	e.revealStatus()
}

// revealStatus scrolls the pane down until the status line is in sight:
// it sits under the buttons, below the fold of a 640 px window, where a
// save's outcome went unseen.
func (e *gapEditor) revealStatus() {
	if e.scroll == nil {
		return
	}
	bottom := e.content.Position().Y + e.status.Position().Y + e.status.Size().Height
	if over := bottom - e.scroll.Size().Height; over > e.scroll.Offset.Y {
		e.scroll.ScrollToOffset(fyne.NewPos(e.scroll.Offset.X, over))
	}
}
