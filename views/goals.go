package views

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pacer/app"
	"pacer/views/widgets"
)

// goalsStore is what the Goals screen reads and writes, the wizard it opens included.
type goalsStore interface {
	wizardStore
	goalDetailStore // a goal's detail opens from its row
	goalReader
	Dashboard(ctx context.Context, f app.GoalFilter, cal app.Calendar, asOf app.Date) (app.DashboardData, error)
	History(ctx context.Context, goalID int64) ([]app.HistoryValue, error)
	Histories(ctx context.Context, ids []int64) (map[int64][]app.HistoryValue, error)
	CheckInValuesOf(ctx context.Context, ids []int64) (map[int64][]app.PeriodValue, error)
	SetGoalArchived(ctx context.Context, id int64, archived bool) error
	GoalDependents(ctx context.Context, id int64) (app.GoalDependents, error)
	DeleteGoal(ctx context.Context, id int64) error
}

// goalsDeps is what the Goals screen uses.
type goalsDeps = screenDeps[goalsStore]

// goalsScreen lists the business's goals with their SMART check, opens a
// goal's detail, and opens the wizard to set up a new one or edit one.
type goalsScreen struct {
	ui           goalsDeps
	content      *fyne.Container
	listView     fyne.CanvasObject
	empty        *emptyState
	noMatch      *widget.Label // over the empty list: no goal passes the search and filters
	newGoal      *widget.Button
	search       *widgets.KeyEntry
	perspective  *widgets.KeySelect
	showArchived *widgets.KeyCheck
	list         *widget.List
	rows         []goalRow
	perspectives choice[app.Perspective]
	wizard       *goalWizard
	detail       *goalDetail    // the goal's detail shown instead of the list, if any
	onBreakdown  map[int64]bool // the goals whose detail was last left on its breakdown
	loads        int            // refreshes begun; the rows of the latest are shown
	paces        app.PaceMemo   // the statuses last worked out, for the next refresh
	smart        app.SMARTMemo  // the SMART reports likewise
}

// goalRow is one goal as the list shows it. goal points at the goal of
// its pace, read with it and never changed: a copy a row took 660 kB a
// refresh at 2,000 goals.
type goalRow struct {
	goal   *app.Goal
	status app.Status
	smart  app.SMARTReport
}

func newGoalsScreen(ui goalsDeps) *goalsScreen {
	s := &goalsScreen{ui: ui, onBreakdown: map[int64]bool{}}
	s.newGoal = widget.NewButtonWithIcon(lang.L("New goal"), theme.ContentAddIcon(), s.onNewGoal)
	s.newGoal.Importance = widget.HighImportance
	s.search = widgets.NewEntry()
	s.search.SetPlaceHolder(lang.L("Search goals"))
	s.search.OnChanged = func(string) { s.refresh() }
	s.perspectives = newChoice(perspectives, perspectiveLabel)
	s.perspective = widgets.NewSelect(append([]string{lang.L("All perspectives")}, s.perspectives.labels...), func(string) { s.refresh() })
	s.perspective.SetSelectedIndex(0)
	s.showArchived = widgets.NewCheck(lang.L("Show archived"), func(bool) { s.refresh() })
	s.list = widget.NewList(s.rowCount, s.newRowObject, s.updateRow)
	s.list.OnSelected = s.onSelect
	s.noMatch = widget.NewLabelWithStyle("", fyne.TextAlignCenter, fyne.TextStyle{})
	s.noMatch.Wrapping = fyne.TextWrapWord
	s.noMatch.Hide()
	s.empty = newEmptyState(theme.ListIcon(),
		lang.L("No goals yet"),
		lang.L("Goals you set appear here with their owner, status and SMART check."),
		lang.L("A good goal names what is measured, by how much and by when."),
		widget.NewButtonWithIcon(lang.L("New goal"), theme.ContentAddIcon(), s.onNewGoal))
	tools := newBorder(nil, nil, s.newGoal, container.NewHBox(fitOptions(s.perspective), s.showArchived), s.search)
	noMatch := container.NewVBox(layoutSpacer(), container.NewPadded(s.noMatch), layoutSpacer())
	s.listView = newBorder(container.NewPadded(tools), nil, nil, nil, container.NewStack(s.list, noMatch))
	s.content = container.NewStack()
	s.refresh()
	return s
}

// object is the screen's content.
func (s *goalsScreen) object() fyne.CanvasObject { return s.content }

// refresh reloads the goals that match the search and filters: the rows
// are read off the UI goroutine (load), and a later refresh, as the user
// types on, wins over an earlier one still reading.
func (s *goalsScreen) refresh() {
	if s.wizard != nil || s.content == nil {
		return
	}
	if s.detail != nil {
		s.openDetail(s.detail.pace.Goal.ID) // from the data as it is now
		return
	}
	if len(s.content.Objects) == 0 { // until the rows are read
		s.content.Objects = []fyne.CanvasObject{s.ui.placeholder(s.listView, s.empty.object())}
	}
	s.loads++
	n, f := s.loads, s.filter()
	filtered := s.search.Text != "" || s.perspective.SelectedIndex() > 0 || s.showArchived.Checked
	in := goalRowsInput{store: s.ui.store, today: s.ui.today(), paces: &s.paces, smart: &s.smart}
	var rows []goalRow
	var err error
	s.ui.load(func() {
		// The settings too are read here: the store may be busy.
		in.cal, in.th = s.ui.calendar(), s.ui.thresholds()
		rows, err = in.read(s.ui.context(), f)
	}, func() {
		if n != s.loads || s.wizard != nil || s.detail != nil {
			return // a newer refresh is reading, or the wizard or a detail is open
		}
		s.ui.showErrorIf(err)
		s.show(rows, filtered)
	})
}

// show lists rows, or says there are no goals yet when none is filtered out.
func (s *goalsScreen) show(rows []goalRow, filtered bool) {
	s.rows = rows
	if !filtered {
		s.ui.sawGoals(len(rows))
	}
	if len(s.rows) == 0 && !filtered {
		s.content.Objects = []fyne.CanvasObject{s.empty.object()}
	} else {
		s.content.Objects = []fyne.CanvasObject{s.listView}
	}
	s.showNoMatch(len(s.rows) == 0 && filtered)
	s.content.Refresh()
	s.list.Refresh()
}

// showNoMatch says, over the empty list, that no goal passes the search
// and filters: the list alone left a blank screen.
func (s *goalsScreen) showNoMatch(none bool) {
	if !none {
		s.noMatch.Hide()
		return
	}
	text := lang.L("No goal matches these filters.")
	if q := s.search.Text; q != "" {
		text = lang.L("No goal matches “{{.Search}}”.", map[string]any{"Search": q})
	}
	s.noMatch.SetText(text)
	s.noMatch.Show()
}

// filter is the goals the search and filters let through.
func (s *goalsScreen) filter() app.GoalFilter {
	f := app.GoalFilter{IncludeArchived: s.showArchived.Checked, Search: s.search.Text}
	if p, ok := s.perspectives.value(s.perspective.Selected); ok {
		f.Perspective = string(p)
	}
	return f
}

// goalRowsInput is what the goal list's rows are worked out from: the
// day, told on the UI goroutine, and the fiscal calendar and thresholds,
// read off it with the rows.
type goalRowsInput struct {
	store goalsStore
	cal   app.Calendar
	today app.Date
	th    app.Thresholds
	paces *app.PaceMemo  // works out again only the goals changed since the last read
	smart *app.SMARTMemo // checks again only the goals changed since
}

// read reads the rows of the goals matching f: their statuses from the
// store's running totals, as the dashboard reads them (one row a goal
// rather than every check-in: 100 ms on 200 weekly goals of five years),
// and each goal's history for its SMART check.
func (in goalRowsInput) read(ctx context.Context, f app.GoalFilter) ([]goalRow, error) {
	if in.store == nil {
		return nil, nil
	}
	d, err := in.store.Dashboard(ctx, f, in.cal, in.today)
	if err != nil {
		return nil, err
	}
	paces := in.paces.PacesFrom(in.cal, d, in.today, in.th)
	ids := make([]int64, len(paces))
	for i, p := range paces {
		ids[i] = p.Goal.ID
	}
	histories, err := in.store.Histories(ctx, ids)
	if err != nil {
		return nil, err
	}
	rows := make([]goalRow, 0, len(paces))
	var again []recheck
	for i := range paces {
		p := &paces[i]
		si := smartInputOf(in.cal, in.today, p.Goal, d.Plans[p.Goal.ID], histories[p.Goal.ID])
		r := in.smart.Check(si)
		if r.WantsActuals {
			again = append(again, recheck{len(rows), si})
		}
		rows = append(rows, goalRow{goal: &p.Goal, status: p.Assessment.Status, smart: r})
	}
	in.checkWithActuals(ctx, rows, again)
	return rows, nil
}

// recheck is a row whose flow plan does not add up, with its SMART input.
type recheck struct {
	row int
	si  app.SMARTInput
}

// checkWithActuals checks the rows again whose flow plan does not add up,
// with their goals' check-ins, which only these rare goals need read:
// re-spread after a review, a plan adds up with them. Their check-ins are
// read at once: a read a goal took a third of a refresh at 100 such goals
// of 2,000. Where they cannot be read, the plans' own findings stand.
func (in goalRowsInput) checkWithActuals(ctx context.Context, rows []goalRow, again []recheck) {
	if len(again) == 0 {
		return
	}
	ids := make([]int64, len(again))
	for i, a := range again {
		ids[i] = a.si.Goal.ID
	}
	actuals, err := in.store.CheckInValuesOf(ctx, ids)
	if err != nil {
		return
	}
	for _, a := range again {
		if vs := actuals[a.si.Goal.ID]; len(vs) > 0 {
			a.si.Actuals = vs
			rows[a.row].smart = in.smart.Check(a.si)
		}
	}
}

// smartInputOf is what the SMART check of g reads: its plan and history.
func smartInputOf(cal app.Calendar, today app.Date, g app.Goal, plan []app.PeriodTarget, history []app.HistoryValue) app.SMARTInput {
	return app.SMARTInput{Goal: g, Plan: plan, History: app.ValuesFromHistory(history),
		Calendar: cal, Today: today, HasParent: g.ParentID != nil}
}

func (s *goalsScreen) rowCount() int { return len(s.rows) }

func (s *goalsScreen) newRowObject() fyne.CanvasObject {
	title := widget.NewLabelWithStyle("Goal title", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.Truncation = fyne.TextTruncateEllipsis
	meta := widget.NewLabel("Perspective · Owner · Status")
	meta.Truncation = fyne.TextTruncateEllipsis
	badge := widget.NewLabel("SMART")
	view := widget.NewButtonWithIcon(lang.L("View"), theme.VisibilityIcon(), nil)
	edit := widget.NewButtonWithIcon(lang.L("Edit"), theme.DocumentCreateIcon(), nil)
	archive := widget.NewButtonWithIcon(lang.L("Archive"), theme.FolderIcon(), nil)
	del := widget.NewButtonWithIcon(lang.L("Delete"), theme.DeleteIcon(), nil)
	for _, b := range []*widget.Button{view, edit, archive, del} {
		b.Importance = widget.LowImportance
	}
	right := container.NewHBox(widget.NewIcon(nil), badge, view, edit, archive, del)
	return container.NewBorder(nil, nil, nil, container.NewCenter(right), container.NewVBox(title, meta))
}

func (s *goalsScreen) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	if id >= len(s.rows) {
		return
	}
	row := s.rows[id]
	border := o.(*fyne.Container)
	texts := border.Objects[0].(*fyne.Container)
	right := border.Objects[1].(*fyne.Container).Objects[0].(*fyne.Container)
	texts.Objects[0].(*widget.Label).SetText(row.goal.Title)
	texts.Objects[1].(*widget.Label).SetText(goalMeta(row))
	verdict := worstVerdict(row.smart)
	setRowIcon(right.Objects[0].(*widget.Icon), widgets.VerdictIcon(verdict))
	right.Objects[1].(*widget.Label).SetText(lang.L("SMART: {{.Verdict}}", map[string]any{"Verdict": widgets.VerdictLabel(verdict)}))
	right.Objects[2].(*widget.Button).OnTapped = func() { s.openDetail(row.goal.ID) }
	edit := right.Objects[3].(*widget.Button)
	edit.OnTapped = func() { s.onEdit(*row.goal) }
	archive := right.Objects[4].(*widget.Button)
	archive.OnTapped = func() { s.onArchive(*row.goal) }
	text, icon := lang.L("Archive"), theme.FolderIcon()
	if row.goal.Archived {
		text, icon = lang.L("Restore"), theme.FolderOpenIcon()
	}
	// A button given its icon again reads the icon's SVG again.
	if archive.Text != text {
		archive.SetText(text)
		archive.SetIcon(icon)
	}
	right.Objects[5].(*widget.Button).OnTapped = func() { s.onDelete(*row.goal) }
}

func goalMeta(row goalRow) string {
	parts := perspectiveLabel(row.goal.Perspective)
	if row.goal.Owner != "" {
		parts += " · " + row.goal.Owner
	}
	parts += " · " + statusLabel(row.status)
	if row.goal.Archived {
		parts += " · " + lang.L("Archived")
	}
	return parts
}

func worstVerdict(r app.SMARTReport) app.Verdict {
	worst := app.VerdictPass
	for _, l := range r.Letters {
		if l.Verdict == app.VerdictFail || (l.Verdict == app.VerdictWarn && worst == app.VerdictPass) {
			worst = l.Verdict
		}
	}
	return worst
}
