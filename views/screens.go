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

// screen is one entry of the navigation: a title, an icon and its content,
// built once on first view.
type screen struct {
	id    string
	title func() string
	icon  fyne.Resource
	make  func() fyne.CanvasObject
	built fyne.CanvasObject
}

func (s *screen) view() fyne.CanvasObject {
	if s.built == nil {
		s.built = s.make()
	}
	return s.built
}

func (ui *mainUI) makeScreens() []screen {
	return []screen{
		{id: screenDashboard, title: func() string { return lang.L("Dashboard") }, icon: theme.HomeIcon(),
			make: func() fyne.CanvasObject { return newDashboardScreen(ui).content }},
		{id: screenGoals, title: func() string { return lang.L("Goals") }, icon: theme.ListIcon(),
			make: func() fyne.CanvasObject { ui.goalsScreen = newGoalsScreen(ui); return ui.goalsScreen.content }},
		{id: screenCheckIns, title: func() string { return lang.L("Check-ins") }, icon: theme.DocumentCreateIcon(),
			make: func() fyne.CanvasObject { return newCheckInsScreen(ui).content }},
		{id: screenReviews, title: func() string { return lang.L("Reviews") }, icon: theme.SearchIcon(),
			make: func() fyne.CanvasObject { return newReviewsScreen(ui).content }},
		{id: screenActions, title: func() string { return lang.L("Actions") }, icon: theme.MediaFastForwardIcon(),
			make: func() fyne.CanvasObject { return newActionsScreen(ui).content }},
		{id: screenSettings, title: func() string { return lang.L("Settings") }, icon: theme.SettingsIcon(),
			make: func() fyne.CanvasObject { return newSettingsScreen(ui).content }},
	}
}

// goals returns the Goals screen, building it if it has not been shown yet.
func (ui *mainUI) goals() *goalsScreen {
	ui.screens[ui.screenIndex(screenGoals)].view()
	return ui.goalsScreen
}
