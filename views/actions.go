package views

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
)

// actionsScreen tracks the action plans decided after reviews and their effect.
type actionsScreen struct {
	ui      *mainUI
	empty   *emptyState
	content fyne.CanvasObject
}

func newActionsScreen(ui *mainUI) *actionsScreen {
	s := &actionsScreen{ui: ui}
	s.empty = newEmptyState(theme.MediaFastForwardIcon(),
		lang.L("No action plans yet"),
		lang.L("Adjustments decided after a review, with their measures and follow-up."),
		lang.L("Review a period first; an action plan starts from its gap analysis."),
		nil)
	s.content = s.empty.object()
	return s
}
