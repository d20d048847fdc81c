package views

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
)

// Screen ids, as stored in preferences.
const (
	screenDashboard = "dashboard"
	screenGoals     = "goals"
	screenCheckIns  = "checkins"
	screenReviews   = "reviews"
	screenActions   = "actions"
	screenSettings  = "settings"
)

// screenView is a screen once built: its content, and how it reloads its data.
type screenView interface {
	object() fyne.CanvasObject
	// refresh reloads what the screen shows after the data changed.
	refresh()
}

// screenEntry registers a screen: its navigation entry (and Ctrl+1…6, in
// this order) and how it is built.
type screenEntry struct {
	id    string
	title func() string
	icon  fyne.Resource
	make  func(ui *mainUI) screenView
}

// screenTable is every screen of the main window, in navigation order: the
// one place a screen is registered. (A function, as screens can open
// another main window's screens.)
func screenTable() []screenEntry {
	return []screenEntry{
		{screenDashboard, func() string { return lang.L("Dashboard") }, theme.HomeIcon(),
			func(ui *mainUI) screenView { return newDashboardScreen(ui.dashboardDeps()) }},
		{screenGoals, func() string { return lang.L("Goals") }, theme.ListIcon(),
			func(ui *mainUI) screenView { return newGoalsScreen(goalsDeps{ui, ui.deps.Store}) }},
		{screenCheckIns, func() string { return lang.L("Check-ins") }, theme.DocumentCreateIcon(),
			func(ui *mainUI) screenView { return newCheckInsScreen(checkInsDeps{ui, ui.deps.Store}) }},
		{screenReviews, func() string { return lang.L("Reviews") }, theme.SearchIcon(),
			func(ui *mainUI) screenView { return newReviewsScreen(reviewsDeps{ui, ui.deps.Store}) }},
		{screenActions, func() string { return lang.L("Actions") }, theme.MediaFastForwardIcon(),
			func(ui *mainUI) screenView { return newActionsScreen(actionsDeps{ui, ui.deps.Store}) }},
		{screenSettings, func() string { return lang.L("Settings") }, theme.SettingsIcon(),
			func(ui *mainUI) screenView {
				return newSettingsScreen(settingsDeps{businessDeps{ui, ui.deps.Store}, ui})
			}},
	}
}

// screen is one entry of the navigation, built once on first view.
type screen struct {
	screenEntry
	built screenView
	// shown is what the data was when the screen was last shown, if known.
	shown *dataState
}

func (ui *mainUI) makeScreens() []screen {
	table := screenTable()
	screens := make([]screen, len(table))
	for i, e := range table {
		screens[i].screenEntry = e
	}
	return screens
}

// view is the screen's content, built on first use.
func (ui *mainUI) view(s *screen) fyne.CanvasObject {
	if s.built == nil {
		s.built = s.make(ui)
	}
	return s.built.object()
}

// builtScreen is the screen of type T when it has been built, else nil.
func builtScreen[T screenView](ui *mainUI) T {
	for _, s := range ui.screens {
		if t, ok := s.built.(T); ok {
			return t
		}
	}
	var none T
	return none
}

// goals returns the Goals screen, building it if it has not been shown yet.
func (ui *mainUI) goals() *goalsScreen {
	ui.view(&ui.screens[ui.screenIndex(screenGoals)])
	return builtScreen[*goalsScreen](ui)
}

// dashboardDeps is what the dashboard gets in this window.
func (ui *mainUI) dashboardDeps() dashboardDeps {
	return dashboardDeps{screenDeps[dashboardStore]{ui, ui.deps.Store}, ui.onOpenSample}
}
