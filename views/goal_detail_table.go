package views

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// periodTable is the goal detail's plan against actual, a row a period:
// a heading over a widget.List, which lays out only the rows in view, so
// ten weekly years (520 rows) open as fast as twelve months. Each column
// is as wide as its widest text, the first left-aligned and the numbers
// right-aligned; a row whose actual carries a note is two lines high.
type periodTable struct {
	headers []string
	cells   [][]string // by row, the text of each column
	widths  *periodColumns
	header  *fyne.Container
	list    *widget.List
	content fyne.CanvasObject
}

func newPeriodTable(headers []string, cells [][]string) *periodTable {
	t := &periodTable{headers: headers, cells: cells}
	t.widths = &periodColumns{widths: columnWidths(headers, cells)}
	t.header = t.newRow(true)
	for i, h := range headers {
		t.header.Objects[i].(*widget.Label).SetText(h)
	}
	t.list = widget.NewList(func() int { return len(t.cells) },
		func() fyne.CanvasObject { return t.newRow(false) }, t.updateRow)
	t.list.HideSeparators = true
	// Set before the list is first drawn, the heights cost nothing.
	twoLines := widget.NewLabel("1\n2").MinSize().Height
	for i, row := range cells {
		if strings.Contains(strings.Join(row, ""), "\n") {
			t.list.SetItemHeight(i, twoLines)
		}
	}
	// The rows scroll sideways with their heading when the window is
	// narrower than the columns.
	t.content = container.NewHScroll(newBorder(t.header, nil, nil, nil, t.list))
	return t
}

// newRow is a row of the table's cells, bold for the heading.
func (t *periodTable) newRow(heading bool) *fyne.Container {
	cells := make([]fyne.CanvasObject, len(t.headers))
	for col := range cells {
		align := fyne.TextAlignTrailing
		if col == 0 {
			align = fyne.TextAlignLeading
		}
		cells[col] = widget.NewLabelWithStyle("", align, fyne.TextStyle{Bold: heading})
	}
	return container.New(t.widths, cells...)
}

func (t *periodTable) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	if id < 0 || id >= len(t.cells) {
		return
	}
	for col, cell := range o.(*fyne.Container).Objects {
		cell.(*widget.Label).SetText(t.cells[id][col])
	}
}

// columnWidths gives each column the width of its widest text, heading
// included, so that nothing is cut where the window has room. The cells'
// widths are the sums of their characters' (oneLineFit), never under
// what a label needs: measuring 3,000 texts one by one took longer than
// showing them.
func columnWidths(headers []string, cells [][]string) []float32 {
	widths := make([]float32, len(headers))
	pad := 2 * theme.InnerPadding()
	for col, h := range headers {
		widths[col] = fyne.MeasureText(h, theme.TextSize(), fyne.TextStyle{Bold: true}).Width + pad
	}
	fit := newOneLineFit()
	for _, row := range cells {
		for col, text := range row {
			for _, line := range strings.Split(text, "\n") {
				widths[col] = max(widths[col], fit.textWidth(line)+pad)
			}
		}
	}
	return widths
}

// periodColumns lays a row's cells side by side at their columns'
// widths, with padding between; width beyond the columns' is shared out
// equally, as wide windows spread the figures.
type periodColumns struct {
	widths []float32
}

func (c *periodColumns) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var h float32
	for _, o := range objects {
		h = max(h, o.MinSize().Height)
	}
	return fyne.NewSize(sum(c.widths)+gaps(len(c.widths)), h)
}

func (c *periodColumns) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	extra := max(0, size.Width-sum(c.widths)-gaps(len(c.widths))) / float32(len(c.widths))
	x := float32(0)
	for i, o := range objects {
		w := c.widths[i%len(c.widths)] + extra
		o.Move(fyne.NewPos(x, 0))
		o.Resize(fyne.NewSize(w, size.Height))
		x += w + theme.Padding()
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
