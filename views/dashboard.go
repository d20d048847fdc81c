package views

import (
	"context"
	"maps"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pacer/app"
	"pacer/views/widgets"
)

// dashboardStore is what the dashboard reads.
type dashboardStore interface {
	snapshotReader
	dueStore
	goalDetailStore
	ListActionPlans(ctx context.Context, f app.ActionFilter) ([]app.ActionPlan, error)
	FollowUps(ctx context.Context, actionID int64) ([]app.FollowUp, error)
	Breakdowns(ctx context.Context, ids []int64) (map[int64][]app.DimensionValue, error)
}

// dashboardDeps is what the dashboard uses: the shell, its store, and the
// shell's way to the sample plan.
type dashboardDeps struct {
	screenDeps[dashboardStore]
	openSample func()
}

// dashboardScreen shows every goal's pace, status and projected landing.
type dashboardScreen struct {
	ui        dashboardDeps
	content   *fyne.Container
	board     fyne.CanvasObject
	empty     *emptyState
	toGoals   *widget.Button
	sample    *widget.Button
	counts    *widget.Label
	dueBanner *widget.Button
	actBanner *widget.Button
	// top holds the counts, the banners and the filters, laid out again
	// when a banner shows or hides (relayoutTop).
	top, bannerRow *fyne.Container
	statusPick     *widgets.KeySelect
	perspective    *widgets.KeySelect
	owner          *widgets.KeySelect
	sortBy         *widgets.KeySelect
	list           *widget.List
	noMatch        fyne.CanvasObject // over the list when no goal passes the filters
	rowHeights     map[int]float32   // the heights given to rows of the list (setRowHeights)
	all            []goalPace
	shown          []goalPace
	contrib        map[int64]string // the top contributors line of goals with a breakdown
	onBreakdown    map[int64]bool   // the goals whose detail was last left on its breakdown
	statuses       choice[app.Status]
	persp          choice[app.Perspective]
	sorts          choice[string]
	dueLoads       int           // counts of what is due begun; the latest is shown
	overdue        map[int64]int // each goal's overdue check-ins, shown on its card
	filling        bool          // the filters are being set (fillOwners), not picked
	paces          app.PaceMemo  // the paces last worked out, for the next refresh
}

func newDashboardScreen(ui dashboardDeps) *dashboardScreen {
	s := &dashboardScreen{ui: ui, content: container.NewStack(), onBreakdown: map[int64]bool{}}
	s.toGoals = widget.NewButtonWithIcon(lang.L("Go to Goals"), theme.NavigateNextIcon(), func() { ui.showScreen(screenGoals) })
	s.sample = widget.NewButtonWithIcon(lang.L("Explore with the sample plan"), theme.FolderOpenIcon(), ui.openSample)
	s.empty = newEmptyState(theme.HomeIcon(),
		lang.L("Your year at a glance"),
		lang.L("Each goal will show its pace, its status and where the year is heading."),
		lang.L("Start by setting your first goal on the Goals screen."),
		s.toGoals)
	s.counts = widget.NewLabel("")
	s.dueBanner = widget.NewButtonWithIcon("", theme.WarningIcon(), func() { ui.showScreen(screenCheckIns) })
	s.dueBanner.Hide() // until the check-ins due are counted
	s.actBanner = widget.NewButtonWithIcon("", theme.MediaFastForwardIcon(), ui.showActionsDue)
	s.statuses = newChoice([]app.Status{app.StatusOffTrack, app.StatusAtRisk, app.StatusOnTrack, app.StatusNoData,
		app.StatusAchieved, app.StatusPartial, app.StatusMissed, app.StatusNotReported}, statusLabel)
	s.statusPick = widgets.NewSelect(append([]string{lang.L("All statuses")}, s.statuses.labels...), func(string) { s.applyFilters() })
	s.persp = newChoice(perspectives, perspectiveLabel)
	s.perspective = widgets.NewSelect(append([]string{lang.L("All perspectives")}, s.persp.labels...), func(string) { s.applyFilters() })
	s.owner = widgets.NewSelect(nil, func(string) { s.applyFilters() })
	s.sorts = newChoice([]string{sortByStatus, sortByProgress, sortByTitle}, sortLabel)
	s.sortBy = s.sorts.newSelect(func(string) { s.applyFilters() })
	s.list = widget.NewList(func() int { return len(s.shown) }, newPaceCard, s.updateCard)
	s.list.OnSelected = s.onSelect
	s.board = s.layout()
	s.refresh()
	return s
}

// object is the screen's content.
func (s *dashboardScreen) object() fyne.CanvasObject { return s.content }

func sortLabel(by string) string {
	switch by {
	case sortByProgress:
		return lang.L("Sort by progress")
	case sortByTitle:
		return lang.L("Sort by title")
	}
	return lang.L("Sort by status")
}

func (s *dashboardScreen) layout() fyne.CanvasObject {
	filters := container.NewHBox(atLeast(10, s.statusPick), atLeast(12, s.perspective), atLeast(10, s.owner), atLeast(11, s.sortBy))
	s.bannerRow = newBorder(nil, nil, nil, container.NewHBox(s.actBanner, s.dueBanner), s.counts)
	s.top = container.NewVBox(s.bannerRow, filters)
	// Without it, filters no goal passes left a blank area.
	s.noMatch = newEmptyState(theme.SearchIcon(), lang.L("No goal matches these filters."),
		lang.L("Pick another status, perspective or owner."), "", nil).object()
	s.noMatch.Hide()
	return newBorder(container.NewPadded(s.top), nil, nil, nil, container.NewStack(s.list, s.noMatch))
}

// refresh reloads every goal's pace and shows those that pass the filters.
func (s *dashboardScreen) refresh() {
	paces, err := loadPaces(s.ui, s.ui.store, &s.paces)
	if err != nil {
		s.ui.showError(err)
		return
	}
	s.all = paces
	s.ui.sawGoals(len(paces))
	s.contrib = s.loadContributors()
	if len(paces) == 0 {
		s.empty.action = s.toGoals
		s.content.Objects = []fyne.CanvasObject{container.NewVBox(layoutSpacer(), s.empty.object(),
			container.NewCenter(s.sample), layoutSpacer())}
		s.content.Refresh()
		return
	}
	s.fillOwners()
	s.showCounts()
	s.showDue()
	s.showActions()
	s.content.Objects = []fyne.CanvasObject{s.board}
	s.content.Refresh()
	s.applyFilters()
}

// fillOwners offers the goals' owners and, on a first load, picks every
// filter's first choice. Each pick would apply the filters, laying out and
// sorting every card anew (five times at start, 15 ms of 200 goals' first
// frame); refresh applies them once after.
func (s *dashboardScreen) fillOwners() {
	s.filling = true
	defer func() { s.filling = false }()
	owners := append([]string{lang.L("All owners")}, s.teamOwnerOptions()...)
	seen := map[string]bool{}
	for _, o := range owners[1:] {
		seen[o] = true
	}
	for _, p := range s.all {
		if o := p.Goal.Owner; o != "" && !seen[o] {
			seen[o] = true
			owners = append(owners, o)
		}
	}
	selected := s.owner.Selected
	s.owner.SetOptions(owners)
	if !seen[selected] {
		s.owner.SetSelectedIndex(0)
	}
	if s.statusPick.SelectedIndex() < 0 {
		s.statusPick.SetSelectedIndex(0)
		s.perspective.SetSelectedIndex(0)
		s.sortBy.SetSelectedIndex(0)
	}
}

func (s *dashboardScreen) showCounts() {
	counts := map[app.Status]int{}
	for _, p := range s.all {
		counts[p.Assessment.Status]++
	}
	s.counts.SetText(statusCountsText(counts))
}

// showDue counts the check-ins due off the UI goroutine (load), which on
// 200 weekly goals of five years took 40–70 ms of the first frame.
func (s *dashboardScreen) showDue() {
	s.dueLoads++
	n := s.dueLoads
	var due, overdue int
	var byGoal map[int64]int
	var err error
	s.ui.load(func() { due, overdue, byGoal, err = dueByGoal(s.ui, s.ui.store) }, func() {
		if n == s.dueLoads {
			s.ui.showErrorIf(err)
			s.showDueCounts(due, overdue)
			s.showOverdue(byGoal)
		}
	})
}

// showOverdue marks the cards of goals with overdue check-ins, redrawing
// the list only when a mark changed.
func (s *dashboardScreen) showOverdue(byGoal map[int64]int) {
	if maps.Equal(byGoal, s.overdue) {
		return
	}
	s.overdue = byGoal
	s.list.Refresh()
}

// dueBannerText says how many check-ins are due, one in the singular.
func dueBannerText(due, overdue int) string {
	args := map[string]any{"Due": due, "Overdue": overdue}
	if due == 1 {
		return lang.L("1 check-in due ({{.Overdue}} overdue)", args)
	}
	return lang.L("{{.Due}} check-ins due ({{.Overdue}} overdue)", args)
}

func (s *dashboardScreen) showDueCounts(due, overdue int) {
	if due == 0 {
		s.dueBanner.Hide()
		s.relayoutTop()
		return
	}
	s.dueBanner.SetText(dueBannerText(due, overdue))
	s.dueBanner.Importance = widget.WarningImportance
	if overdue > 0 {
		s.dueBanner.Importance = widget.DangerImportance
	}
	s.dueBanner.Show()
	s.dueBanner.Refresh()
	s.relayoutTop()
}

// relayoutTop lays the counts and banners out again after a banner showed
// or hid: Fyne gives a widget that shows after its container was laid out
// no size, and a banner counted after a switch to the dashboard stayed
// invisible.
func (s *dashboardScreen) relayoutTop() {
	if s.top != nil {
		s.top.Refresh()
		s.bannerRow.Refresh()
	}
}

func (s *dashboardScreen) applyFilters() {
	if s.filling {
		return
	}
	status, byStatus := s.statuses.value(s.statusPick.Selected)
	persp, byPersp := s.persp.value(s.perspective.Selected)
	owner := ""
	mine, byMine := s.mineFilter()
	if s.owner.SelectedIndex() > 0 && !byMine {
		owner = s.owner.Selected
	}
	s.shown = s.shown[:0]
	for _, p := range s.all {
		if (byStatus && p.Assessment.Status != status) || (byPersp && p.Goal.Perspective != persp) ||
			(owner != "" && p.Goal.Owner != owner) || (byMine && !mine(p.Goal)) {
			continue
		}
		s.shown = append(s.shown, p)
	}
	by, _ := s.sorts.value(s.sortBy.Selected)
	sortPaces(s.shown, by)
	showIf(s.noMatch, len(s.shown) == 0)
	s.setRowHeights()
	s.list.Refresh()
}

// setRowHeights makes the rows of cards with a contributors line taller.
// A card without one is as high as the list's template card, so its row
// needs no height of its own; a height is given only to a row where it
// changes, as each SetItemHeight refreshes the whole list: 200 cards' took
// 10 ms of the first frame, 2,000 some 100 ms.
func (s *dashboardScreen) setRowHeights() {
	if s.rowHeights == nil {
		s.rowHeights = map[int]float32{}
	}
	plain, taller := cardHeights()
	for i, p := range s.shown {
		h := plain
		if s.contrib[p.Goal.ID] != "" {
			h = taller
		}
		if old, given := s.rowHeights[i]; given && old != h || !given && h != plain {
			s.list.SetItemHeight(i, h)
			s.rowHeights[i] = h
		}
	}
}

func (s *dashboardScreen) onSelect(id widget.ListItemID) {
	s.list.UnselectAll()
	if id >= len(s.shown) {
		return
	}
	s.showDetail(s.shown[id])
}

// openDetail shows the detail of the goal with the given ID, as freshly loaded.
func (s *dashboardScreen) openDetail(goalID int64) {
	for _, p := range s.all {
		if p.Goal.ID == goalID {
			s.showDetail(p)
			return
		}
	}
}

func (s *dashboardScreen) showDetail(p goalPace) {
	p, err := loadGoalPace(s.ui.shell, s.ui.store, p.Goal.ID)
	if err != nil {
		s.ui.showError(err)
		return
	}
	back := func() {
		s.content.Objects = []fyne.CanvasObject{s.board}
		s.content.Refresh()
	}
	detail := newGoalDetail(goalDetailDeps{s.ui.shell, s.ui.store}, p, back, func() { s.openDetail(p.Goal.ID) })
	if s.onBreakdown[p.Goal.ID] {
		detail.showBreakdown()
	}
	detail.onTab = func(breakdown bool) { s.onBreakdown[p.Goal.ID] = breakdown }
	s.content.Objects = []fyne.CanvasObject{detail.content}
	s.content.Refresh()
}

// newStatusHead is a list row's first line: the goal's title in bold, its
// status chip at the right.
func newStatusHead() fyne.CanvasObject {
	title := widget.NewLabelWithStyle("Goal", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.Truncation = fyne.TextTruncateEllipsis
	return container.NewBorder(nil, nil, nil, container.NewCenter(widgets.NewStatusChip("", nil)), title)
}

// setStatusHead shows a title and a status on a row made by newStatusHead.
func setStatusHead(head fyne.CanvasObject, title string, st app.Status) {
	box := head.(*fyne.Container)
	box.Objects[0].(*widget.Label).SetText(title)
	box.Objects[1].(*fyne.Container).Objects[0].(*widgets.StatusChip).Set(statusLabel(st), statusColor(st))
}

func (s *dashboardScreen) updateCard(id widget.ListItemID, o fyne.CanvasObject) {
	if id < len(s.shown) {
		card := o.(*paceCard)
		card.set(s.shown[id])
		card.setOverdue(s.overdue[s.shown[id].Goal.ID])
		card.setContributors(s.contrib[s.shown[id].Goal.ID])
	}
}

// showActions marks overdue action plans and due follow-ups.
func (s *dashboardScreen) showActions() {
	overdue, followUps, err := s.actionCounts()
	if err != nil {
		s.ui.showError(err)
	}
	if overdue == 0 && followUps == 0 {
		s.actBanner.Hide()
		s.relayoutTop()
		return
	}
	s.actBanner.SetText(actionBannerText(overdue, followUps))
	s.actBanner.Importance = widget.WarningImportance
	s.actBanner.Show()
	s.actBanner.Refresh()
	s.relayoutTop()
}

// actionCounts counts the action plans past their due date and those due a follow-up.
func (s *dashboardScreen) actionCounts() (overdue, followUps int, err error) {
	ui := s.ui
	plans, err := ui.store.ListActionPlans(ui.context(), app.ActionFilter{})
	if err != nil {
		return 0, 0, err
	}
	today, cal := ui.today(), ui.calendar()
	for _, p := range plans {
		if app.ActionOverdue(p, today) {
			overdue++
		}
		notes, err := ui.store.FollowUps(ui.context(), p.ID)
		if err != nil {
			return overdue, followUps, err
		}
		if due, _ := app.FollowUpDue(cal, p, notes, today); due {
			followUps++
		}
	}
	return overdue, followUps, nil
}

// actionBannerText counts the action plans overdue and the follow-ups
// due, leaving out a count of none.
func actionBannerText(overdue, followUps int) string {
	args := map[string]any{"Overdue": overdue, "FollowUps": followUps}
	switch {
	case followUps == 0:
		return lang.L("Actions overdue: {{.Overdue}}", args)
	case overdue == 0:
		return lang.L("Follow-ups due: {{.FollowUps}}", args)
	}
	return lang.L("Actions overdue: {{.Overdue}} · follow-ups due: {{.FollowUps}}", args)
}
