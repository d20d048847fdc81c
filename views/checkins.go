package views

import (
	"context"

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

// checkInsStore is what the Check-ins screen reads and writes, the form,
// bulk entry and import it opens included.
type checkInsStore interface {
	checkInFormStore
	bulkStore
	importStore
	DeleteCheckIn(ctx context.Context, id int64) error
	reportedReader
}

// checkInsDeps is what the Check-ins screen uses.
type checkInsDeps = screenDeps[checkInsStore]

// checkInsScreen records each goal's actual values, period by period: what
// is due now, one goal's history to edit, and the way into bulk entry.
type checkInsScreen struct {
	ui         checkInsDeps
	content    *fyne.Container
	main       fyne.CanvasObject
	empty      *emptyState
	toGoals    *widget.Button
	bulk       *widget.Button
	importFile *widget.Button
	add        *widget.Button
	goalPick   *widgets.KeySelect
	dueList    *widget.List
	history    *widget.List
	goals      []app.Goal
	due        []dueItem
	checkIns   []app.CheckIn
	goal       *app.Goal
	upToDate   *widget.Label
	dueLoads   int // reads of what is due begun; the latest is shown
	// historyLoads counts reads of the chosen goal's check-ins; the latest is shown.
	historyLoads int
}

// dueItem is one check-in that is due, with its goal: pointers into the
// goals read with it, since a goal behind by a year has 52 of them, and
// into its goal's list (countDue), which 24,000 copies took 1.5 MB a read.
type dueItem struct {
	goal *app.Goal
	due  *app.Due
}

func newCheckInsScreen(ui checkInsDeps) *checkInsScreen {
	s := &checkInsScreen{ui: ui, content: container.NewStack()}
	s.toGoals = widget.NewButtonWithIcon(lang.L("Go to Goals"), theme.NavigateNextIcon(), func() { ui.showScreen(screenGoals) })
	s.empty = newEmptyState(theme.DocumentCreateIcon(),
		lang.L("Nothing to check in yet"),
		lang.L("Record each goal's actual value weekly, monthly or quarterly."),
		lang.L("Set a goal first; its check-ins fall due here."),
		s.toGoals)
	s.bulk = widget.NewButtonWithIcon(lang.L("Bulk check-in"), theme.ListIcon(), s.onBulk)
	s.importFile = widget.NewButtonWithIcon(lang.L("Import from a file…"), theme.UploadIcon(), func() { openImport(importDeps{ui.shell, ui.store}, s.refresh) })
	s.add = widget.NewButtonWithIcon(lang.L("New check-in"), theme.ContentAddIcon(), s.onAdd)
	s.add.Importance = widget.HighImportance
	s.goalPick = widgets.NewSelect(nil, func(string) { s.onGoalPicked() })
	s.goalPick.PlaceHolder = lang.L("Choose a goal")
	s.dueList = widget.NewList(func() int { return len(s.due) }, s.newDueRow, s.updateDueRow)
	s.dueList.OnSelected = s.onDueSelected
	s.history = widget.NewList(func() int { return len(s.checkIns) }, s.newHistoryRow, s.updateHistoryRow)
	s.main = s.layout()
	s.refresh()
	return s
}

// formDeps is what a check-in form opened here uses.
func (s *checkInsScreen) formDeps() checkInFormDeps { return checkInFormDeps{s.ui.shell, s.ui.store} }

// object is the screen's content.
func (s *checkInsScreen) object() fyne.CanvasObject { return s.content }

func (s *checkInsScreen) layout() fyne.CanvasObject {
	dueTitle := widget.NewLabelWithStyle(lang.L("Due now"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	histTitle := widget.NewLabelWithStyle(lang.L("History"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	s.upToDate = widget.NewLabel(lang.L("All check-ins are up to date."))
	s.upToDate.Importance = widget.SuccessImportance
	s.upToDate.Hide() // until what is due is read
	left := newBorder(container.NewVBox(dueTitle, s.upToDate), nil, nil, nil, s.dueList)
	right := newBorder(container.NewVBox(histTitle, newBorder(nil, nil, nil, s.add, s.goalPick)), nil, nil, nil, s.history)
	split := container.NewHSplit(left, right)
	split.Offset = 0.4
	return newBorder(container.NewPadded(container.NewHBox(s.bulk, s.importFile)), nil, nil, nil, split)
}

// refresh reloads the goals, what is due and the chosen goal's history,
// all off the UI goroutine (load): what is due, on 200 weekly goals of
// five years, reads some 50,000 reported periods, and the goals and the
// fiscal calendar wait for the store's one connection, which the screen
// before may still hold. The screen's first showing is its frame, with
// empty lists until the goals and what is due are read.
func (s *checkInsScreen) refresh() {
	if len(s.content.Objects) == 0 { // until the goals are read
		s.content.Objects = []fyne.CanvasObject{s.ui.placeholder(s.main, s.empty.object())}
	}
	s.dueLoads++
	n, today := s.dueLoads, s.ui.today()
	var goals []app.Goal
	var due []dueItem
	var goalsErr, dueErr error
	s.ui.load(func() {
		goals, goalsErr = s.ui.store.ListGoals(s.ui.context(), app.GoalFilter{})
		if goalsErr == nil && len(goals) > 0 {
			due, dueErr = readDue(s.ui.context(), s.ui.store, goals, s.ui.calendar(), today)
		}
	}, func() {
		if n == s.dueLoads {
			s.showGoals(goals, goalsErr, due, dueErr)
		}
	})
}

// showGoals shows what refresh read: the goals to pick from and what is
// due, or the empty state when there are no goals; when the goals could
// not be read, the user sees why and the screen is kept as it was.
func (s *checkInsScreen) showGoals(goals []app.Goal, goalsErr error, due []dueItem, dueErr error) {
	if goalsErr != nil {
		s.ui.showError(goalsErr)
		return
	}
	s.goals = goals
	s.ui.sawGoals(len(goals))
	if len(goals) == 0 {
		s.content.Objects = []fyne.CanvasObject{s.empty.object()}
		s.content.Refresh()
		return
	}
	s.ui.showErrorIf(dueErr)
	s.showDue(due)
	s.goalPick.SetOptions(goalLabels(s.goals))
	s.reselectGoal()
	if s.content.Objects[0] != s.main {
		s.content.Objects = []fyne.CanvasObject{s.main}
		s.content.Refresh()
	}
	s.loadHistory()
}

// showDue lists the check-ins due, or says all are up to date.
func (s *checkInsScreen) showDue(due []dueItem) {
	s.due = due
	if len(s.due) == 0 {
		s.upToDate.Show()
	} else {
		s.upToDate.Hide()
	}
	s.dueList.Refresh()
}

// readDue is every check-in of goals due by today, read only for the
// goals that have one (countDue).
func readDue(ctx context.Context, store reportedReader, goals []app.Goal, cal app.Calendar, today app.Date) ([]dueItem, error) {
	counts, err := countDue(ctx, store, goals, cal, today, true)
	if err != nil {
		return nil, err
	}
	n := 0
	for _, c := range counts {
		n += len(c.list)
	}
	items := make([]dueItem, 0, n)
	for i := range goals {
		list := counts[goals[i].ID].list
		for j := range list {
			items = append(items, dueItem{goal: &goals[i], due: &list[j]})
		}
	}
	return items, nil
}

// newDueRow is a row of what is due: the goal's title over the period and
// how late it is, so that the title has the row's whole width (beside the
// period, at 1024×640, goals titled alike read "2023年北…", all three).
func (s *checkInsScreen) newDueRow() fyne.CanvasObject {
	title := widget.NewLabel("Goal")
	title.Truncation = fyne.TextTruncateEllipsis
	when := widget.NewLabel("Period")
	when.Truncation = fyne.TextTruncateEllipsis
	return container.NewBorder(nil, nil, widget.NewIcon(theme.WarningIcon()), nil, container.NewVBox(title, when))
}

// dueRowParts are the parts of a row newDueRow made.
func dueRowParts(o fyne.CanvasObject) (title, when *widget.Label, icon *widget.Icon) {
	row := o.(*fyne.Container)
	text := row.Objects[0].(*fyne.Container)
	return text.Objects[0].(*widget.Label), text.Objects[1].(*widget.Label), row.Objects[1].(*widget.Icon)
}

func (s *checkInsScreen) updateDueRow(id widget.ListItemID, o fyne.CanvasObject) {
	if id >= len(s.due) {
		return
	}
	item := s.due[id]
	title, whenLabel, iconView := dueRowParts(o)
	title.SetText(item.goal.Title)
	when := periodName(item.due.Period)
	var icon fyne.Resource = theme.NewWarningThemedResource(theme.HistoryIcon())
	if item.due.Overdue {
		when = lateText(when, item.due.DaysLate)
		icon = theme.NewErrorThemedResource(theme.WarningIcon())
	}
	setRowIcon(iconView, icon)
	whenLabel.SetText(when)
}

func (s *checkInsScreen) onDueSelected(id widget.ListItemID) {
	s.dueList.UnselectAll()
	if id >= len(s.due) {
		return
	}
	item := s.due[id]
	f := newCheckInForm(s.formDeps(), *item.goal, nil, s.onSaved)
	f.selectPeriod(item.due.Period.Key())
	f.show()
}

func (s *checkInsScreen) onGoalPicked() {
	i := s.goalPick.SelectedIndex()
	if i < 0 || i >= len(s.goals) {
		s.goal = nil
	} else {
		g := s.goals[i]
		s.goal = &g
	}
	s.loadHistory()
}

// loadHistory reads the chosen goal's check-ins off the UI goroutine
// (load): the screen's first frame then shows without the history's rows,
// whose text the window draws the frame after.
func (s *checkInsScreen) loadHistory() {
	s.historyLoads++
	n, goal := s.historyLoads, s.goal
	if goal == nil {
		s.checkIns = nil
		s.add.Disable()
		s.history.Refresh()
		return
	}
	s.add.Enable()
	if len(s.checkIns) > 0 && s.checkIns[0].GoalID != goal.ID {
		s.checkIns = nil // another goal's, until this one's are read
		s.history.Refresh()
	}
	var cs []app.CheckIn
	var err error
	s.ui.load(func() { cs, err = teamCheckIns(s.ui.context(), s.ui.store, goal.ID) }, func() {
		if n == s.historyLoads {
			s.ui.showErrorIf(err)
			s.checkIns = cs
			s.history.Refresh()
		}
	})
}

// newHistoryRow is a row of the chosen goal's history: the period, value
// and confidence beside Edit and Delete, over the note on the row's whole
// width, in up to two lines. Beside the figures and the buttons the note
// had what was left, at 1024×640 only its ellipsis.
func (s *checkInsScreen) newHistoryRow() fyne.CanvasObject {
	period := widget.NewLabel("2023-Q1")
	value := widget.NewLabel("0")
	note := widget.NewLabel("")
	note.Wrapping = fyne.TextWrapWord
	note.Truncation = fyne.TextTruncateEllipsis // past the second line
	edit := widget.NewButtonWithIcon(lang.L("Edit"), theme.DocumentCreateIcon(), nil)
	del := widget.NewButtonWithIcon(lang.L("Delete"), theme.DeleteIcon(), nil)
	edit.Importance, del.Importance = widget.LowImportance, widget.LowImportance
	figures := container.NewBorder(nil, nil, container.NewHBox(periodColumn(period), value), container.NewHBox(edit, del))
	return container.NewBorder(figures, nil, nil, nil, container.New(twoLines{}, note))
}

// historyRow is the parts of a row newHistoryRow made.
type historyRow struct {
	period, value, note *widget.Label
	edit, del           *widget.Button
}

// historyRowParts are the parts of row o.
func historyRowParts(o fyne.CanvasObject) historyRow {
	row := o.(*fyne.Container)
	note := row.Objects[0].(*fyne.Container).Objects[0].(*widget.Label)
	figures := row.Objects[1].(*fyne.Container)
	left, right := figures.Objects[0].(*fyne.Container), figures.Objects[1].(*fyne.Container)
	period := left.Objects[0].(*fyne.Container).Objects[0].(*widget.Label)
	return historyRow{period: period, value: left.Objects[1].(*widget.Label), note: note,
		edit: right.Objects[0].(*widget.Button), del: right.Objects[1].(*widget.Button)}
}

func (s *checkInsScreen) updateHistoryRow(id widget.ListItemID, o fyne.CanvasObject) {
	if id >= len(s.checkIns) || s.goal == nil {
		return
	}
	c := s.checkIns[id]
	g := *s.goal
	row := historyRowParts(o)
	row.note.Importance = widget.MediumImportance
	// The note's own lines are joined: the row holds two lines of it at most.
	text := withAuthor(s.ui.store, c.Author, strings.ReplaceAll(strings.TrimSpace(c.Note), "\n", " · "))
	if why := notCountedReason(g, c.PeriodKey); why != "" {
		row.note.Importance = widget.WarningImportance
		text = strings.TrimSpace(why + "  " + text)
	}
	row.note.SetText(text)
	row.period.SetText(periodKeyName(c.PeriodKey))
	row.value.SetText(checkInValueText(g, c.Value) +
		"  ·  " + lang.L("confidence {{.N}}/10", map[string]any{"N": c.Confidence}))
	row.edit.OnTapped = func() { newCheckInForm(s.formDeps(), g, &c, s.onSaved).show() }
	row.del.OnTapped = func() { s.onDelete(c) }
}

func (s *checkInsScreen) onAdd() {
	if s.goal != nil {
		newCheckInForm(s.formDeps(), *s.goal, nil, s.onSaved).show()
	}
}

// onDelete asks before deleting c, naming its goal as well as its
// period: every goal has a 2023-Q1. Delete is marked as the danger it is,
// and Cancel is the way out that Escape takes (showDestructive).
func (s *checkInsScreen) onDelete(c app.CheckIn) {
	msg := lang.L("Delete the {{.Period}} check-in of \"{{.Goal}}\"?",
		map[string]any{"Period": periodKeyName(c.PeriodKey), "Goal": s.goalTitle(c.GoalID)})
	d := dialog.NewConfirm(lang.L("Delete check-in"), msg, func(ok bool) {
		if !ok {
			return
		}
		if err := s.ui.store.DeleteCheckIn(s.ui.context(), c.ID); err != nil {
			s.ui.showError(err)
		}
		s.onSaved()
	}, s.ui.window())
	d.SetConfirmText(lang.L("Delete"))
	d.SetConfirmImportance(widget.DangerImportance)
	d.SetDismissText(lang.L("Cancel"))
	s.ui.showDestructive(d)
}

// goalTitle is the title of the goal with id among those read.
func (s *checkInsScreen) goalTitle(id int64) string {
	for _, g := range s.goals {
		if g.ID == id {
			return g.Title
		}
	}
	return ""
}

// onSaved follows any change of check-ins; other screens reload when next shown.
func (s *checkInsScreen) onSaved() {
	s.refresh()
}

func (s *checkInsScreen) onBulk() {
	newBulkCheckIn(bulkDeps{s.ui.shell, s.ui.store}, s.onSaved).show()
}

// reselectGoal picks the chosen goal again from the fresh list, so its
// cadence and decimals are current; a goal gone from the list gives way to the first.
func (s *checkInsScreen) reselectGoal() {
	for i, g := range s.goals {
		if s.goal != nil && g.ID == s.goal.ID {
			s.goalPick.SetSelectedIndex(i)
			s.onGoalPicked()
			return
		}
	}
	s.goal = nil
	s.goalPick.SetSelectedIndex(0)
}

// notCountedReason says why a check-in of g for period key counts nowhere,
// or "" when it counts. The store refuses such check-ins now; a file may
// still hold some from before, kept so that they can be corrected or
// deleted.
func notCountedReason(g app.Goal, key string) string {
	p, err := app.ParsePeriodKey(key)
	switch {
	case err != nil:
		return lang.L("Not counted: not a period Pacer knows.")
	case p.Cadence == g.Cadence:
		return ""
	}
	switch g.Cadence {
	case app.CadenceWeek:
		return lang.L("Not counted: the goal is checked in weekly.")
	case app.CadenceMonth:
		return lang.L("Not counted: the goal is checked in monthly.")
	case app.CadenceQuarter:
		return lang.L("Not counted: the goal is checked in quarterly.")
	case app.CadenceHalf:
		return lang.L("Not counted: the goal is checked in half-yearly.")
	}
	return lang.L("Not counted: the goal is checked in yearly.")
}

// lateText is an overdue period's line: "2026-W05 · 3 days late".
func lateText(period string, days int) string {
	args := map[string]any{"Period": period, "Days": days}
	if days == 1 {
		return lang.L("{{.Period}} · 1 day late", args)
	}
	return lang.L("{{.Period}} · {{.Days}} days late", args)
}
