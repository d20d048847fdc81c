package views

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// setRowIcon shows res in a list row's icon view unless it shows an icon
// of that name already: Fyne reads an icon's SVG again each time it is
// set, and list rows are refilled each time they show.
func setRowIcon(view *widget.Icon, res fyne.Resource) {
	if view.Resource != nil && res != nil && view.Resource.Name() == res.Name() {
		return
	}
	view.SetResource(res)
}
