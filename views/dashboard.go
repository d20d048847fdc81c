package views

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// dashboardScreen shows every goal's pace, status and projected landing.
type dashboardScreen struct {
	ui      *mainUI
	empty   *emptyState
	toGoals *widget.Button
	content fyne.CanvasObject
}

func newDashboardScreen(ui *mainUI) *dashboardScreen {
	s := &dashboardScreen{ui: ui}
	s.toGoals = widget.NewButtonWithIcon(lang.L("Go to Goals"), theme.NavigateNextIcon(), s.onGoToGoals)
	s.empty = newEmptyState(theme.HomeIcon(),
		lang.L("Your year at a glance"),
		lang.L("Each goal will show its pace, its status and where the year is heading."),
		lang.L("Start by setting your first goal on the Goals screen."),
		s.toGoals)
	s.content = s.empty.object()
	return s
}

func (s *dashboardScreen) onGoToGoals() {
	s.ui.showScreen(screenGoals)
}
