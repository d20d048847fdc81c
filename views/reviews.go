package views

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
)

// reviewsScreen compares expected with actual per period and records the causes of gaps.
type reviewsScreen struct {
	ui      *mainUI
	empty   *emptyState
	content fyne.CanvasObject
}

func newReviewsScreen(ui *mainUI) *reviewsScreen {
	s := &reviewsScreen{ui: ui}
	s.empty = newEmptyState(theme.SearchIcon(),
		lang.L("No reviews yet"),
		lang.L("Compare expected with actual, find the cause of each gap and set measures."),
		lang.L("Reviews open once goals have check-ins for a period."),
		nil)
	s.content = s.empty.object()
	return s
}
