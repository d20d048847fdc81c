package views

import (
	"context"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pacer/app"
	"pacer/views/widgets"
)

// actionsStore is what the Actions screen reads and writes, the editor it opens included.
type actionsStore interface {
	actionEditorStore
	ListActionPlans(ctx context.Context, f app.ActionFilter) ([]app.ActionPlan, error)
	ActionPlanByID(ctx context.Context, id int64) (*app.ActionPlan, error)
}

// actionsDeps is what the Actions screen uses.
type actionsDeps = screenDeps[actionsStore]

// actionsScreen tracks the action plans decided after reviews: a list with
// filters, overdue actions and due follow-ups marked, and the editor.
type actionsScreen struct {
	ui       actionsDeps
	content  *fyne.Container
	listView fyne.CanvasObject
	empty    *emptyState
	add      *widget.Button
	status   *widgets.KeySelect
	statuses choice[app.ActionStatus]
	owner    *widgets.KeySelect
	goal     *widgets.KeySelect
	goals    []app.Goal
	list     *widget.List
	// noMatch says, over the empty list, that no plan matches the filters.
	noMatch *widget.Label
	plans   []actionItem
	editor  *actionEditor
	loads   int // reads of plans begun; the latest is shown
}

// actionItem is one action plan as the list shows it.
type actionItem struct {
	plan          app.ActionPlan
	overdue       bool
	followUpDue   bool
	goalTitles    []string
	measuresDone  int
	measuresTotal int
	// measuresLate counts the measures of an open plan past their deadline
	// and not done: they make the plan overdue too.
	measuresLate int
	// ownDueLate: the plan's own due date has passed, not only a measure's.
	ownDueLate bool
}

// overdueLabel is the chip of an overdue plan: "Overdue" when its own due
// date has passed, "Measure overdue" when only a measure's has: a plain
// "Overdue" beside "due 2026-12-31", still ahead, read as a wrong date.
func (it actionItem) overdueLabel() string {
	if it.ownDueLate || it.measuresLate == 0 {
		return lang.L("Overdue")
	}
	return lang.L("Measure overdue")
}

func newActionsScreen(ui actionsDeps) *actionsScreen {
	s := &actionsScreen{ui: ui, content: container.NewStack()}
	s.add = widget.NewButtonWithIcon(lang.L("New action plan"), theme.ContentAddIcon(), func() { s.open(app.ActionPlan{Start: ui.today()}) })
	s.add.Importance = widget.HighImportance
	s.empty = newEmptyState(theme.MediaFastForwardIcon(),
		lang.L("No action plans yet"),
		lang.L("Adjustments decided after a review, with their measures and follow-up."),
		lang.L("Review a period first; an action plan starts from its gap analysis."),
		widget.NewButtonWithIcon(lang.L("New action plan"), theme.ContentAddIcon(), func() { s.open(app.ActionPlan{Start: ui.today()}) }))
	s.statuses = newChoice(actionStatuses, actionStatusLabel)
	s.status = widgets.NewSelect(append([]string{lang.L("All statuses")}, s.statuses.labels...), func(string) { s.refresh() })
	s.owner = widgets.NewSelect(nil, func(string) { s.refresh() })
	s.goal = widgets.NewSelect(nil, func(string) { s.refresh() })
	s.list = widget.NewList(func() int { return len(s.plans) }, newActionRowObject, s.updateRow)
	s.list.OnSelected = func(id widget.ListItemID) {
		s.list.UnselectAll()
		if id < len(s.plans) {
			s.open(s.plans[id].plan)
		}
	}
	// The goal filter takes the width the others leave: goal titles are
	// long, and a fixed drop-down showed "Cut freight …" with room to spare.
	tools := newBorder(nil, nil, container.NewHBox(s.add, s.status, s.owner), nil, s.goal)
	s.noMatch = widget.NewLabel(lang.L("No action plan matches these filters."))
	s.noMatch.Hide()
	s.listView = newBorder(container.NewPadded(tools), nil, nil, nil, container.NewStack(s.list, container.NewCenter(s.noMatch)))
	s.status.Selected = s.status.Options[0]
	s.refresh()
	return s
}

// object is the screen's content.
func (s *actionsScreen) object() fyne.CanvasObject { return s.content }

// open shows the editor for a plan; a new one starts from p's fields.
func (s *actionsScreen) open(p app.ActionPlan) {
	s.editor = newActionEditor(actionEditorDeps{s.ui.shell, s.ui.store}, p, s.closeEditor)
	s.content.Objects = []fyne.CanvasObject{s.editor.content}
	s.content.Refresh()
}

func (s *actionsScreen) closeEditor() {
	s.editor = nil
	s.refresh()
}

// refresh reloads the plans that match the filters, off the UI goroutine
// (load): the store's one connection may be busy with the screen
// before's reads. The screen's first showing is blank until the plans are
// read: its list's frame, then its empty state, flickered on a file
// without plans.
func (s *actionsScreen) refresh() {
	if s.editor != nil {
		return
	}
	f := app.ActionFilter{}
	if st, ok := s.statuses.value(s.status.Selected); ok {
		f.Status = string(st)
	}
	if s.owner.SelectedIndex() > 0 {
		f.Owner = s.owner.Selected
	}
	s.loads++
	n, goal, today := s.loads, s.goal.SelectedIndex(), s.ui.today()
	var r actionsRead
	s.ui.load(func() { r = s.read(f, goal, today) }, func() {
		if n == s.loads && s.editor == nil {
			s.show(r)
		}
	})
}

// actionsRead is what refresh reads: the goals, the filter with the goal
// chosen, and the plans that match it.
type actionsRead struct {
	goals []app.Goal
	f     app.ActionFilter
	plans []actionItem
	// owners are the owners of all plans, whatever the filters, for the
	// owner filter to offer.
	owners []string
	err    error
}

// read reads the goals and the plans that match f and the goal at index
// goal of the goal filter (0 for all), off the UI goroutine.
func (s *actionsScreen) read(f app.ActionFilter, goal int, today app.Date) actionsRead {
	goals, err := s.ui.store.ListGoals(s.ui.context(), app.GoalFilter{IncludeArchived: true})
	if err != nil {
		return actionsRead{err: err}
	}
	if goal > 0 && goal-1 < len(goals) {
		f.GoalID = goals[goal-1].ID
	}
	plans, err := s.ui.store.ListActionPlans(s.ui.context(), f)
	if err != nil {
		return actionsRead{err: err}
	}
	all := plans
	if f != (app.ActionFilter{}) {
		if all, err = s.ui.store.ListActionPlans(s.ui.context(), app.ActionFilter{}); err != nil {
			return actionsRead{err: err}
		}
	}
	return actionsRead{goals: goals, f: f, plans: s.items(goals, plans, today), owners: planOwners(all)}
}

// planOwners are the owners named by plans, each once, in order of first
// mention.
func planOwners(plans []app.ActionPlan) []string {
	var owners []string
	seen := map[string]bool{}
	for _, p := range plans {
		if o := p.Owner; o != "" && !seen[o] {
			seen[o] = true
			owners = append(owners, o)
		}
	}
	return owners
}

// show lists what read read, or the empty state when there are no plans
// at all; when it could not be read, the user sees why.
func (s *actionsScreen) show(r actionsRead) {
	if r.err != nil {
		s.ui.showError(r.err)
		return
	}
	s.goals, s.plans = r.goals, r.plans
	s.fillFilters(r)
	if len(s.plans) == 0 && r.f == (app.ActionFilter{}) {
		s.content.Objects = []fyne.CanvasObject{s.empty.object()}
	} else {
		s.content.Objects = []fyne.CanvasObject{s.listView}
	}
	showIf(s.noMatch, len(s.plans) == 0)
	s.content.Refresh()
	s.list.Refresh()
}

func (s *actionsScreen) items(goals []app.Goal, plans []app.ActionPlan, today app.Date) []actionItem {
	titles := map[int64]string{}
	for _, g := range goals {
		titles[g.ID] = g.Title
	}
	cal := s.ui.calendar()
	out := make([]actionItem, 0, len(plans))
	for _, p := range plans {
		it := actionItem{plan: p, overdue: app.ActionOverdue(p, today), measuresTotal: len(p.Measures)}
		if notes, err := s.ui.store.FollowUps(s.ui.context(), p.ID); err == nil {
			it.followUpDue, _ = app.FollowUpDue(cal, p, notes, today)
		}
		for _, m := range p.Measures {
			if m.Done {
				it.measuresDone++
			}
		}
		it.measuresLate = app.LateMeasures(p, today)
		it.ownDueLate = app.ActionPastDue(p, today)
		for _, id := range p.GoalIDs {
			it.goalTitles = append(it.goalTitles, titles[id])
		}
		out = append(out, it)
	}
	return out
}

// fillFilters offers the owners and goals there are. The owner the list
// was read for stays picked, also when no plan of the other filters is
// his: the filters shown are always those the list is read by.
func (s *actionsScreen) fillFilters(r actionsRead) {
	owners := append([]string{lang.L("All owners")}, r.owners...)
	if r.f.Owner != "" && !slices.Contains(owners, r.f.Owner) {
		owners = append(owners, r.f.Owner)
	}
	s.owner.Options = owners
	if r.f.Owner == "" {
		s.owner.Selected = owners[0]
	}
	// Goals that share a title are told apart as in the editor, so that
	// each option picks one goal.
	goals := append([]string{lang.L("All goals")}, goalLabels(s.goals)...)
	s.goal.Options = goals
	if !slices.Contains(goals, s.goal.Selected) {
		s.goal.Selected = goals[0]
	}
	s.owner.Refresh()
	s.goal.Refresh()
}

// newActionRowObject is a row of the list: the problem in bold with chips
// for what is late at the right, and the plan's details below it, lighter.
func newActionRowObject() fyne.CanvasObject {
	title := widget.NewLabelWithStyle("Problem", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.Truncation = fyne.TextTruncateEllipsis
	overdue := widgets.NewStatusChip(lang.L("Overdue"), theme.Color(theme.ColorNameError))
	followUp := widgets.NewStatusChip(lang.L("Follow-up due"), theme.Color(theme.ColorNameWarning))
	details := widget.NewRichText(lightText("details"))
	details.Truncation = fyne.TextTruncateEllipsis
	return container.NewVBox(container.NewBorder(nil, nil, nil, container.NewHBox(overdue, followUp), title), details)
}

func (s *actionsScreen) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	if id >= len(s.plans) {
		return
	}
	it := s.plans[id]
	box := o.(*fyne.Container)
	head := box.Objects[0].(*fyne.Container)
	head.Objects[0].(*widget.Label).SetText(it.plan.Problem)
	chips := head.Objects[1].(*fyne.Container).Objects
	chips[0].(*widgets.StatusChip).Set(it.overdueLabel(), theme.Color(theme.ColorNameError))
	chips[1].(*widgets.StatusChip).Set(lang.L("Follow-up due"), theme.Color(theme.ColorNameWarning))
	showIf(chips[0], it.overdue)
	showIf(chips[1], it.followUpDue)
	details := box.Objects[1].(*widget.RichText)
	details.Segments = []widget.RichTextSegment{lightText(actionDetails(it))}
	details.Refresh()
}

// actionDetails is a plan's second line: status, owner, due date, measures
// done and the goals it should move.
func actionDetails(it actionItem) string {
	meta := []string{actionStatusLabel(it.plan.Status)}
	if it.plan.Owner != "" {
		meta = append(meta, it.plan.Owner)
	}
	if !it.plan.Due.IsZero() {
		meta = append(meta, lang.L("due {{.Date}}", map[string]any{"Date": it.plan.Due.String()}))
	}
	meta = append(meta, lang.L("{{.Done}}/{{.Total}} measures done", map[string]any{"Done": it.measuresDone, "Total": it.measuresTotal}))
	if it.measuresLate > 0 {
		meta = append(meta, lang.L("measures overdue: {{.N}}", map[string]any{"N": it.measuresLate}))
	}
	if len(it.goalTitles) > 0 {
		meta = append(meta, strings.Join(it.goalTitles, lang.L(", ")))
	}
	return strings.Join(meta, " · ")
}

// showIf shows o when show holds and hides it otherwise.
func showIf(o fyne.CanvasObject, show bool) {
	if show {
		o.Show()
		return
	}
	o.Hide()
}

// showActionsDue switches to the Actions screen as the dashboard's banner
// of overdue plans and follow-ups due leads there. The goal, owner and
// status picked there earlier stayed, and could hide every plan the banner
// counts ("No action plan matches these filters."), so they are cleared.
// No status holds those plans alone (they are planned or in progress), so
// the status filter shows all statuses; the list marks them.
func (ui *mainUI) showActionsDue() {
	ui.showScreen(screenActions)
	if s := builtScreen[*actionsScreen](ui); s != nil && s.clearFilters() {
		s.refresh()
	}
}

// clearFilters picks each filter's first choice, which lists all plans; it
// reports whether a filter changed.
func (s *actionsScreen) clearFilters() bool {
	changed := false
	for _, f := range []*widgets.KeySelect{s.status, s.owner, s.goal} {
		if len(f.Options) > 0 && f.Selected != f.Options[0] {
			f.Selected = f.Options[0]
			f.Refresh()
			changed = true
		}
	}
	return changed
}

// fresh is plan p as the store holds it now: the plan just saved when it
// is the one that was open, read before that save; p when it cannot be
// read or is new.
func (s *actionsScreen) fresh(p app.ActionPlan) app.ActionPlan {
	if p.ID == 0 {
		return p
	}
	if got, err := s.ui.store.ActionPlanByID(s.ui.context(), p.ID); err == nil && got != nil {
		return *got
	}
	return p
}

// openActionPlan switches to the Actions screen with the editor on p.
// An action plan open in the editor with changes not saved is only
// replaced after asking (Save, Discard or Keep editing, as going back to
// the list asks); one without is replaced at once.
func (ui *mainUI) openActionPlan(p app.ActionPlan) {
	ui.showScreen(screenActions)
	s := builtScreen[*actionsScreen](ui)
	if s.editor == nil || !s.editor.changed() {
		s.open(p)
		return
	}
	e := s.editor
	askUnsaved(ui, unsavedQuestion{title: lang.L("Save the changes to this action plan?"),
		text: lang.L("Opening another action plan drops the changes not saved."),
		save: func() {
			e.afterSave = func() { s.open(s.fresh(p)) }
			e.saveAll()
		},
		discard: func() { s.open(p) }})
}
