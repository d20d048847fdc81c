package views

import (
	"testing"

	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// A row refilled with the icon it shows keeps it, and one refilled with
// another icon shows that one.
func TestSetRowIconSetsOnlyANewIcon(t *testing.T) {
	view := widget.NewIcon(nil)
	late := theme.NewErrorThemedResource(theme.WarningIcon())
	setRowIcon(view, late)
	if view.Resource != late {
		t.Fatalf("an empty view shows %v, want %s", view.Resource, late.Name())
	}
	setRowIcon(view, theme.NewErrorThemedResource(theme.WarningIcon()))
	if view.Resource != late {
		t.Error("the same icon, set again, was set anew")
	}
	due := theme.NewWarningThemedResource(theme.HistoryIcon())
	setRowIcon(view, due)
	if view.Resource != due {
		t.Errorf("the view shows %s, want %s", view.Resource.Name(), due.Name())
	}
}
