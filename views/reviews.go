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

// reviewsStore is what the Reviews screen reads and writes, its gap
// analysis, charts, report, deck and pack included.
type reviewsStore interface {
	goalLister
	snapshotReader
	periodReader
	gapStore
	reviewChartsStore
	FollowUps(ctx context.Context, actionID int64) ([]app.FollowUp, error)
}

// reviewsDeps is what the Reviews screen uses.
type reviewsDeps = screenDeps[reviewsStore]

// reviewsScreen compares expected with actual for a period, goal by goal,
// records the causes of the gaps and the measures that answer them, and
// exports the charts and the variance table for slides.
type reviewsScreen struct {
	ui       reviewsDeps
	content  *fyne.Container
	main     fyne.CanvasObject
	empty    *emptyState
	cadence  *widgets.KeySelect
	cadences choice[app.Cadence]
	period   *widgets.KeySelect
	periods  []app.Period
	summary  *widget.Label
	pack     *widget.Button
	report   *widget.Button
	list     *widget.List
	rowFit   *reviewRowFit // gives the list's rows the heights their text needs
	// goals are those whose periods the period list offers; rows are the
	// chosen period's, from a snapshot of that period's check-ins only
	// (loadRows).
	goals []app.Goal
	rows  []app.ReviewRow
	// cal is the fiscal calendar, read with the goals.
	cal app.Calendar
	// goalLoads and rowLoads count the reads of goals and of rows begun;
	// the latest is shown.
	goalLoads, rowLoads int
	// goalReads counts the reads of a selected row's goal begun (showRow).
	goalReads int
	// screenPicked says the period shown was chosen by the screen, not
	// the user: rows of it that no check-in reached step back to the
	// latest period that has some (latestWithCheckIns), also when the goals
	// are read again while they are read. choosing is set while the
	// screen selects a period, so that the list's change says who chose.
	screenPicked, choosing bool
	// kept is the rows last worked out, so that the review shown again
	// works out only the goals changed since.
	kept   app.ReviewMemo
	gap    *gapEditor
	charts *reviewCharts
	tabs   *container.AppTabs
	// onPackDone is called when a review pack export ends, for tests.
	onPackDone func(dir string, err error)
	// onDeckDone is called when a deck export ends, for tests.
	onDeckDone func(path string, err error)
}

func newReviewsScreen(ui reviewsDeps) *reviewsScreen {
	s := &reviewsScreen{ui: ui, content: container.NewStack()}
	s.empty = newEmptyState(theme.SearchIcon(),
		lang.L("No reviews yet"),
		lang.L("Compare expected with actual, find the cause of each gap and set measures."),
		lang.L("Reviews open once goals have check-ins for a period."),
		nil)
	s.cadences = newChoice([]app.Cadence{app.CadenceMonth, app.CadenceQuarter, app.CadenceHalf, app.CadenceYear}, reviewCadenceLabel)
	s.cadence = s.cadences.newSelect(func(app.Cadence) { s.loadPeriods() })
	s.period = widgets.NewSelect(nil, func(string) {
		s.screenPicked = s.choosing
		s.loadRows()
	})
	s.summary = widget.NewLabel("")
	s.pack = widget.NewButtonWithIcon(lang.L("Export review pack…"), theme.DownloadIcon(), s.onExportPack)
	s.report = widget.NewButtonWithIcon(lang.L("Save report…"), theme.DocumentIcon(), s.onSaveReport)
	s.list = widget.NewList(func() int { return len(s.rows) }, newReviewRowObject, s.updateRow)
	s.list.OnSelected = s.onSelect
	s.rowFit = newReviewRowFit(s.list, func() []app.ReviewRow { return s.rows })
	s.rowFit.replaced = s.listReplaced
	s.gap = newGapEditor(gapDeps{ui.shell, ui.store})
	s.charts = newReviewCharts(reviewChartsDeps{ui.shell, ui.store})
	s.main = s.layout()
	s.cadence.Selected = s.cadences.label(app.CadenceQuarter)
	s.refresh()
	return s
}

// object is the screen's content.
func (s *reviewsScreen) object() fyne.CanvasObject { return s.content }

func reviewCadenceLabel(c app.Cadence) string {
	switch c {
	case app.CadenceMonth:
		return lang.L("Month")
	case app.CadenceHalf:
		return lang.L("Half year")
	case app.CadenceYear:
		return lang.L("Year")
	}
	return lang.L("Quarter")
}

func (s *reviewsScreen) layout() fyne.CanvasObject {
	// The choices and buttons wrap onto a second line, and the counts
	// wrap under them, rather than making the window wider.
	s.summary.Wrapping = fyne.TextWrapWord
	controls := container.New(&flowLayout{}, atLeast(6, s.cadence), atLeast(10, s.period), s.report, s.newDeckButton(), s.pack)
	top := container.NewVBox(controls, s.summary)
	// The charts' page joins its tab when the tab is first selected: the
	// tabs refresh and measure every page, shown or not, and the charts'
	// controls took a fifth of the screen's first showing.
	charts := container.NewTabItem(lang.L("Charts"), container.NewStack())
	s.gap.scroll = container.NewVScroll(container.NewPadded(s.gap.content))
	s.tabs = container.NewAppTabs(
		container.NewTabItem(lang.L("Gap analysis"), s.gap.scroll),
		charts,
	)
	s.tabs.OnSelected = func(item *container.TabItem) {
		if holder := charts.Content.(*fyne.Container); item == charts && len(holder.Objects) == 0 {
			holder.Objects = []fyne.CanvasObject{s.charts.content}
			holder.Refresh()
		}
	}
	s.gap.onShowChart = func(dim string) {
		s.charts.selectKind(chartContributors + dim)
		s.tabs.SelectIndex(1)
	}
	split := container.NewHSplit(s.rowFit.box, s.tabs)
	split.Offset = 0.5
	return newBorder(container.NewPadded(top), nil, nil, nil, split)
}

// refresh reloads the goals and the rows of the chosen period. The goals
// and the fiscal calendar are read off the UI goroutine (load), as the
// store's one connection may be busy with the screen before's reads: the
// screen's first showing is its frame, with its lists empty until read.
func (s *reviewsScreen) refresh() {
	if len(s.content.Objects) == 0 { // until the goals are read
		s.content.Objects = []fyne.CanvasObject{s.ui.placeholder(s.main, s.empty.object())}
	}
	s.goalLoads++
	n := s.goalLoads
	var goals []app.Goal
	var cal app.Calendar
	var err error
	s.ui.load(func() {
		goals, err = s.ui.store.ListGoals(s.ui.context(), app.GoalFilter{})
		cal = s.ui.calendar()
	}, func() {
		if n == s.goalLoads {
			s.showGoals(goals, cal, err)
		}
	})
}

// showGoals shows the periods of goals, or the empty state when there are
// none; when the goals could not be read, the user sees why and the
// screen is kept as it was.
func (s *reviewsScreen) showGoals(goals []app.Goal, cal app.Calendar, err error) {
	if err != nil {
		s.ui.showError(err)
		return
	}
	s.goals, s.cal = goals, cal
	s.ui.sawGoals(len(goals))
	if len(goals) == 0 {
		s.content.Objects = []fyne.CanvasObject{s.empty.object()}
		s.content.Refresh()
		return
	}
	if s.content.Objects[0] != s.main {
		s.content.Objects = []fyne.CanvasObject{s.main}
		s.content.Refresh()
	}
	s.loadPeriods()
}

// loadPeriods lists the periods of the chosen length that have started, newest first.
func (s *reviewsScreen) loadPeriods() {
	c, ok := s.cadences.value(s.cadence.Selected)
	if !ok {
		return
	}
	s.periods = app.ReviewPeriods(s.cal, s.goals, c, s.ui.today())
	names, namer := make([]string, len(s.periods)), periodNamer{}
	for i, p := range s.periods {
		names[i] = namer.name(p)
	}
	previous := s.period.Selected
	s.period.SetOptions(names)
	switch {
	case len(names) == 0:
		s.period.ClearSelected()
		s.loadRows()
	case previous != "" && contains(names, previous) && !s.screenPicked:
		s.period.SetSelected(previous) // the user's pick stays
	case previous != "" && contains(names, previous):
		// The screen's own pick is shown: it chooses again, from the
		// latest ended, and the list follows once the rows are read.
		i := s.defaultPeriod()
		s.loadPeriodRows(s.periods[i], s.periods[i+1:], true)
	default:
		s.choosing = true
		s.period.SetSelectedIndex(s.defaultPeriod())
		s.choosing = false
	}
}

// defaultPeriod is the latest period that has ended, else the current one.
func (s *reviewsScreen) defaultPeriod() int {
	cal, today := s.cal, s.ui.today()
	for i, p := range s.periods {
		if cal.End(p).Before(today.Time) {
			return i
		}
	}
	return 0
}

func contains(list []string, v string) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}

func (s *reviewsScreen) selectedPeriod() (app.Period, bool) {
	i := s.period.SelectedIndex()
	if i < 0 || i >= len(s.periods) {
		return app.Period{}, false
	}
	return s.periods[i], true
}

// loadRows works out expected against actual for every goal in the period,
// worst gap first. It reads the sums of the periods the rows look at, or
// for the goals whose sums do not suffice their check-ins and history of
// those periods (app.ReviewKeys), never years of them; off the UI
// goroutine (load), so that the screen shows at once and its rows, counts
// and charts fill in when read (200 weekly goals: some 20 ms of reading
// and 40 ms of laying out rows that held up the first frame).
func (s *reviewsScreen) loadRows() {
	p, ok := s.selectedPeriod()
	if !ok {
		s.rowLoads++
		s.showRows(nil, p)
		return
	}
	var older []app.Period
	if s.screenPicked {
		older = s.periods[s.period.SelectedIndex()+1:]
	}
	s.loadPeriodRows(p, older, false)
}

// loadPeriodRows reads and shows the rows of p, or of the latest of older
// with a check-in when p has none (latestWithCheckIns), selecting the period
// shown. keepShown leaves the rows shown until then, the list still naming
// their period; otherwise rows of another period go at once.
func (s *reviewsScreen) loadPeriodRows(p app.Period, older []app.Period, keepShown bool) {
	s.rowLoads++
	n := s.rowLoads
	if !keepShown && len(s.rows) > 0 && s.rows[0].Period.Key() != p.Key() {
		s.showRows(nil, p) // another period's, until this one's are read
	}
	in := reviewInput{ctx: s.ui.context(), cal: s.cal, today: s.ui.today(), kept: &s.kept}
	store := s.ui.store
	var rows []app.ReviewRow
	var err error
	shown := p
	s.ui.load(func() {
		in.th = s.ui.thresholds() // here: the store may be busy
		rows, err = in.rows(store, p)
		if err == nil && !anyReported(rows) {
			shown, rows, err = in.latestWithCheckIns(store, older, p, rows)
		}
	}, func() {
		if n == s.rowLoads {
			s.ui.showErrorIf(err)
			s.selectQuietly(shown)
			s.showRows(rows, shown)
		}
	})
}

// stepsBack is how many periods before the one it chose the screen looks
// back for one with check-ins: a year of months.
const stepsBack = 12

// latestWithCheckIns is the first of older (newest first, stepsBack at most)
// with a check-in of some goal, with its rows; p and its rows when none
// has: a store whose goals ended years ago opens on their last reported
// period rather than on an empty one, and one with no check-in yet on
// the period it chose.
func (in reviewInput) latestWithCheckIns(store periodReader, older []app.Period, p app.Period, rows []app.ReviewRow) (app.Period, []app.ReviewRow, error) {
	for _, q := range older[:min(len(older), stepsBack)] {
		qRows, err := in.rows(store, q)
		if err != nil {
			return p, rows, err
		}
		if anyReported(qRows) {
			return q, qRows, nil
		}
	}
	return p, rows, nil
}

// anyReported reports whether a row has an actual.
func anyReported(rows []app.ReviewRow) bool {
	for _, r := range rows {
		if r.HasActual {
			return true
		}
	}
	return false
}

// selectQuietly selects period p in the list without reading its rows
// again: they are read.
func (s *reviewsScreen) selectQuietly(p app.Period) {
	for i, q := range s.periods {
		if q == p && s.period.SelectedIndex() != i {
			changed := s.period.OnChanged
			s.period.OnChanged = nil
			s.period.SetSelectedIndex(i)
			s.period.OnChanged = changed
		}
	}
}

// showRows lists rows of period p with their counts and charts, and
// selects the goal chosen before, else the worst gap.
func (s *reviewsScreen) showRows(rows []app.ReviewRow, p app.Period) {
	s.goalReads++ // a goal still read is of rows no longer shown
	s.rows = rows
	s.showSummary()
	s.rowFit.refit()
	s.list.UnselectAll()
	s.list.Refresh()
	s.charts.show(s.rows, p)
	if len(s.rows) > 0 {
		s.list.Select(s.rowOfGoal(s.gap.goal.ID))
	}
}

// reviewInput is what a review's rows are worked out with: the calendar
// the periods were listed by and the day, taken on the UI goroutine, and
// the thresholds, read off it with the rows.
type reviewInput struct {
	ctx   context.Context
	cal   app.Calendar
	today app.Date
	th    app.Thresholds
	kept  *app.ReviewMemo // nil: every row worked out
}

// rows reads the review of p from store and works out its rows, worst gap first.
func (in reviewInput) rows(store periodReader, p app.Period) ([]app.ReviewRow, error) {
	d, err := store.Review(in.ctx, app.GoalFilter{}, in.cal, p, in.today)
	if err != nil {
		return nil, err
	}
	rows := in.kept.RowsFrom(in.cal, d, p, in.today, in.th)
	app.SortByWorstGap(rows)
	return rows, nil
}

// periodReader reads what the review of a period is worked out from.
type periodReader interface {
	Review(ctx context.Context, f app.GoalFilter, cal app.Calendar, p app.Period, asOf app.Date) (app.ReviewData, error)
}

// periodRows reads the goals with the sums of their check-ins of the
// periods the review of p looks at (or those check-ins and history values
// where sums do not suffice), and reviews p, worst gap first.
func periodRows(ui shell, store periodReader, p app.Period) ([]app.ReviewRow, error) {
	in := reviewInput{ctx: ui.context(), cal: ui.calendar(), today: ui.today(), th: ui.thresholds()}
	return in.rows(store, p)
}

// allGoalsCharts is a chart builder for the charts of every row's goal, as
// the review pack and the report draw them: it reads every goal's plan and
// values.
func (s *reviewsScreen) allGoalsCharts(p app.Period) (chartBuilder, error) {
	snap, err := s.ui.store.Snapshot(s.ui.context(), app.GoalFilter{})
	if err != nil {
		return chartBuilder{}, err
	}
	return chartBuilder{ui: s.ui.shell, snap: snap, rows: s.rows, period: p,
		paces: app.Paces(s.ui.calendar(), snap, s.ui.today(), s.ui.thresholds())}, nil
}

func (s *reviewsScreen) showSummary() {
	s.summary.SetText(statusCountsText(app.Summarize(s.rows).Counts()))
}

// listReplaced takes the list that rowFit put in the place of s.list: the
// row of the gap analysis shown, its goal and period, is selected there
// (selectGapRow), without loading it again, before the list calls back on
// a selection.
func (s *reviewsScreen) listReplaced(l *widget.List) {
	s.list = l
	s.selectGapRow()
	l.OnSelected = s.onSelect
}

// rowOfGoal is the row of the goal with the given ID, or the first row.
func (s *reviewsScreen) rowOfGoal(id int64) int {
	for i, r := range s.rows {
		if r.Goal.ID == id {
			return i
		}
	}
	return 0
}
