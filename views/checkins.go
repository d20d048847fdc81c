package views

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// checkInsScreen records each goal's actual values, period by period.
type checkInsScreen struct {
	ui      *mainUI
	empty   *emptyState
	toGoals *widget.Button
	content fyne.CanvasObject
}

func newCheckInsScreen(ui *mainUI) *checkInsScreen {
	s := &checkInsScreen{ui: ui}
	s.toGoals = widget.NewButtonWithIcon(lang.L("Go to Goals"), theme.NavigateNextIcon(), s.onGoToGoals)
	s.empty = newEmptyState(theme.DocumentCreateIcon(),
		lang.L("Nothing to check in yet"),
		lang.L("Record each goal's actual value weekly, monthly or quarterly."),
		lang.L("Set a goal first; its check-ins fall due here."),
		s.toGoals)
	s.content = s.empty.object()
	return s
}

func (s *checkInsScreen) onGoToGoals() {
	s.ui.showScreen(screenGoals)
}
