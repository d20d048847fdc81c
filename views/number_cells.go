package views

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// numberCell is a table cell holding a number: right-aligned, so that the
// digits of a column line up as in a spreadsheet.
func numberCell(text string) *widget.Label {
	return widget.NewLabelWithStyle(text, fyne.TextAlignTrailing, fyne.TextStyle{})
}

// numberHeader heads a column of numbers, aligned with them.
func numberHeader(text string) *widget.Label {
	return widget.NewLabelWithStyle(text, fyne.TextAlignTrailing, fyne.TextStyle{Bold: true})
}
