// Barewindow is the floor under Pacer's start-up in `make bench`: the least
// Fyne program with a window, at Pacer's default window size so that both
// draw as many pixels. It is never part of the app (./... skips testdata).
package main

import (
	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/widget"
)

func main() {
	a := fyneapp.New()
	w := a.NewWindow("Bare Fyne window")
	w.SetContent(widget.NewLabel("Hello from a bare Fyne window"))
	w.Resize(fyne.NewSize(1000, 600)) // Pacer's first size (views.firstSize)
	w.ShowAndRun()
}
