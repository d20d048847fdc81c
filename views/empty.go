package views

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pacer/app"
)

// emptyState is what a screen shows before it has anything to show: what it
// will hold, and the first thing to do. Its action may be nil.
type emptyState struct {
	icon   fyne.Resource
	title  *widget.Label
	body   *widget.Label
	hint   *widget.Label
	action *widget.Button
}

func newEmptyState(icon fyne.Resource, title, body, hint string, action *widget.Button) *emptyState {
	e := &emptyState{
		icon:  icon,
		title: widget.NewLabelWithStyle(title, fyne.TextAlignCenter, fyne.TextStyle{Bold: true}),
		body:  widget.NewLabelWithStyle(body, fyne.TextAlignCenter, fyne.TextStyle{}),
		// Not in italics: the window shows no other italic text, and the
		// first one shaped parses three more faces (the Chinese, Fyne's
		// italic and the system's), some 8 ms of CPU in the click's frame
		// of the first screen with an empty state. Chinese shows no
		// italics anyway.
		hint:   widget.NewLabelWithStyle(hint, fyne.TextAlignCenter, fyne.TextStyle{}),
		action: action,
	}
	e.title.SizeName = theme.SizeNameSubHeadingText
	return e
}

// object lays the empty state out in the middle of the screen.
func (e *emptyState) object() fyne.CanvasObject {
	iconBox := container.NewGridWrap(fyne.NewSize(72, 72), widget.NewIcon(e.icon))
	items := []fyne.CanvasObject{container.NewCenter(iconBox), e.title, e.body, e.hint}
	if e.action != nil {
		e.action.Importance = widget.HighImportance
		items = append(items, container.NewCenter(e.action))
	}
	return container.NewCenter(container.NewVBox(items...))
}

// goalLister lists goals.
type goalLister interface {
	ListGoals(ctx context.Context, f app.GoalFilter) ([]app.Goal, error)
}
