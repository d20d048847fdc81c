package views

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// columnsLayout lays one table row out in columns of shared widths, each
// a fixed share of the row: cells keep their own height at the top of
// the row, so a message under one field makes only its own row taller,
// and a wrapped label takes as many lines as its column needs.
type columnsLayout struct {
	weights []float32
	// width is the row width of the last layout, which wrapped cells'
	// heights follow; rows of one table share it.
	width *float32
}

// newColumns is a layout for the rows of one table with the given column shares.
func newColumns(estimate float32, weights ...float32) func() fyne.Layout {
	width := &estimate
	return func() fyne.Layout { return &columnsLayout{weights: weights, width: width} }
}

// widths are the column widths of a row of width w.
func (l *columnsLayout) widths(w float32) []float32 {
	total := float32(0)
	for _, x := range l.weights {
		total += x
	}
	free := w - theme.Padding()*float32(len(l.weights)-1)
	out := make([]float32, len(l.weights))
	for i, x := range l.weights {
		out[i] = max(0, free*x/total)
	}
	return out
}

// Layout places the cells side by side, each at its height for its width.
func (l *columnsLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	*l.width = size.Width
	x := float32(0)
	for i, w := range l.widths(size.Width) {
		if i >= len(objects) {
			break
		}
		o := objects[i]
		o.Resize(fyne.NewSize(w, o.Size().Height))
		o.Resize(fyne.NewSize(w, o.MinSize().Height))
		o.Move(fyne.NewPos(x, 0))
		x += w + theme.Padding()
	}
}

// MinSize is the cells' minimum widths side by side, as high as the
// tallest cell at its column's width.
func (l *columnsLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var size fyne.Size
	widths := l.widths(*l.width)
	for i, o := range objects {
		if !o.Visible() {
			continue
		}
		if i < len(widths) && o.Size().Width != widths[i] {
			o.Resize(fyne.NewSize(widths[i], o.Size().Height))
		}
		m := o.MinSize()
		size.Width += m.Width
		size.Height = max(size.Height, m.Height)
	}
	size.Width += theme.Padding() * float32(len(objects)-1)
	return size
}
