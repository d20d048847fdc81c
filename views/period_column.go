package views

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

// periodColumn holds a period's label at the width of the widest period
// name (periodNameWidth), so that what follows it in a list's rows starts
// at one x in every row: the check-in history's values moved with each
// month's name, "Jan 2026" narrower than "Feb 2026".
func periodColumn(label fyne.CanvasObject) *fyne.Container {
	return container.New(atLeastWide{periodNameWidth()}, label)
}

// periodNameWidth is the width of a label showing the widest name of a
// week, month, quarter, half or year in the interface's language.
func periodNameWidth() float32 {
	keys := []string{"2026", "2026-H2", "2026-Q4", "2026-W52"}
	for m := 1; m <= 12; m++ {
		keys = append(keys, fmt.Sprintf("2026-%02d", m))
	}
	w := float32(0)
	for _, k := range keys {
		w = max(w, fyne.MeasureText(periodKeyName(k), theme.TextSize(), fyne.TextStyle{}).Width)
	}
	return w + 2*theme.InnerPadding()
}

// atLeastWide lays its one object out over the whole container, which is
// at least width wide.
type atLeastWide struct{ width float32 }

// MinSize is the object's, widened to the width.
func (a atLeastWide) MinSize(objects []fyne.CanvasObject) fyne.Size {
	s := objects[0].MinSize()
	return fyne.NewSize(max(s.Width, a.width), s.Height)
}

// Layout gives the object the container's whole size.
func (a atLeastWide) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	objects[0].Move(fyne.NewPos(0, 0))
	objects[0].Resize(size)
}
