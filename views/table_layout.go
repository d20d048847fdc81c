package views

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// tableLayout lays cells out row by row in a fixed number of columns, each
// column as wide as its widest cell and each row as tall as its tallest,
// unlike a grid, whose every column is as wide as the widest cell of all.
// Room left over is shared by the columns, so the table fills its width.
type tableLayout struct{ columns int }

// newTableLayout is a table of the given number of columns.
func newTableLayout(columns int) fyne.Layout {
	return tableLayout{columns: max(columns, 1)}
}

// sizes are the minimum widths of the columns and heights of the rows.
func (l tableLayout) sizes(objects []fyne.CanvasObject) (widths, heights []float32) {
	widths = make([]float32, l.columns)
	heights = make([]float32, (len(objects)+l.columns-1)/l.columns)
	for i, o := range objects {
		if !o.Visible() {
			continue
		}
		m := o.MinSize()
		widths[i%l.columns] = max(widths[i%l.columns], m.Width)
		heights[i/l.columns] = max(heights[i/l.columns], m.Height)
	}
	return widths, heights
}

// MinSize is the columns' widths and the rows' heights with padding between.
func (l tableLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	widths, heights := l.sizes(objects)
	return fyne.NewSize(sum(widths)+gaps(len(widths)), sum(heights)+gaps(len(heights)))
}

// Layout places each cell in its column and row, the columns sharing any
// width beyond their minimum equally.
func (l tableLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	widths, heights := l.sizes(objects)
	extra := max(0, size.Width-sum(widths)-gaps(len(widths))) / float32(len(widths))
	pad := theme.Padding()
	y := float32(0)
	for row, h := range heights {
		x := float32(0)
		for col, w := range widths {
			i := row*l.columns + col
			if i >= len(objects) {
				break
			}
			objects[i].Move(fyne.NewPos(x, y))
			objects[i].Resize(fyne.NewSize(w+extra, h))
			x += w + extra + pad
		}
		y += h + pad
	}
}

func sum(xs []float32) float32 {
	total := float32(0)
	for _, x := range xs {
		total += x
	}
	return total
}

// gaps is the padding between n cells in a line.
func gaps(n int) float32 {
	return theme.Padding() * float32(max(n-1, 0))
}
