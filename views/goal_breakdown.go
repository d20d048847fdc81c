package views

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pacer/app"
	"pacer/app/chart"
	"pacer/views/widgets"
)

// breakdownColumns is how many columns the breakdown table has: period,
// value, actual, last year, expected, gap, share of the gap.
const breakdownColumns = 7

// breakdownPane is the goal detail's breakdown per period: for one
// dimension, each period's values with their actual, last year's, what
// each was expected to bring (its own plan, else its share of the
// period's plan by last year) and its gap, in a list that draws only the
// rows in view, however many periods and values there are.
type breakdownPane struct {
	d       *goalDetail
	plans   []app.DimensionPlan
	dims    []string
	dim     string
	cells   [][breakdownColumns]string
	widths  *rowWidths
	header  *fyne.Container
	list    *widget.List
	planBtn *widget.Button
	// tools go in the detail's tool bar, leaving the table the height:
	// the dimension shown (when there are several) and planBtn.
	tools   []fyne.CanvasObject
	editor  *valuePlanEditor // the last one opened
	content fyne.CanvasObject
}

// newBreakdownPane builds the pane, nil when the goal's breakdown has no
// dimension of two values or more.
func newBreakdownPane(d *goalDetail) *breakdownPane {
	dims := app.BreakdownDimensions(d.breakdown)
	if len(dims) == 0 {
		return nil
	}
	p := &breakdownPane{d: d, dims: dims, dim: dims[0], widths: &rowWidths{}}
	p.plans = p.loadPlans()
	p.header = p.newRow(true)
	p.list = widget.NewList(func() int { return len(p.cells) }, func() fyne.CanvasObject { return p.newRow(false) }, p.updateRow)
	p.planBtn = widget.NewButtonWithIcon(lang.L("Plan by value…"), theme.DocumentCreateIcon(), p.onPlan)
	p.tools = []fyne.CanvasObject{p.planBtn}
	if len(dims) > 1 {
		choose := widgets.NewSelect(dims, func(s string) { p.dim = s; p.fill() })
		choose.SetSelected(p.dim)
		p.tools = append([]fyne.CanvasObject{choose}, p.tools...)
	}
	// The rows scroll sideways together with their header when the window
	// is narrower than the columns.
	p.content = container.NewHScroll(newBorder(p.header, nil, nil, nil, p.list))
	p.fill()
	return p
}

// newRow is a row of the table's cells, bold for the header.
func (p *breakdownPane) newRow(header bool) *fyne.Container {
	cells := make([]fyne.CanvasObject, breakdownColumns)
	for col := range cells {
		l := widget.NewLabelWithStyle("", cellAlignment(col), fyne.TextStyle{Bold: header})
		l.Truncation = fyne.TextTruncateEllipsis
		cells[col] = l
	}
	return container.New(p.widths, cells...)
}

// loadPlans reads the goal's plans by value.
func (p *breakdownPane) loadPlans() []app.DimensionPlan {
	plans, err := p.d.ui.store.DimensionPlans(p.d.ui.context(), p.d.pace.Goal.ID)
	if err != nil {
		p.d.ui.showError(err)
	}
	return plans
}

// fill works out the table of the chosen dimension and sizes its columns.
func (p *breakdownPane) fill() {
	g := p.d.pace.Goal
	rows := app.BreakdownTable(p.d.ui.calendar(), g, p.d.detailRows(), p.d.breakdown, p.plans, p.dim)
	p.cells = breakdownCells(g, rows)
	headers := p.headers()
	p.widths.widths = breakdownWidths(headers, p.cells)
	for col, o := range p.header.Objects {
		o.(*widget.Label).SetText(headers[col])
	}
	p.header.Refresh()
	p.list.Refresh()
}

func (p *breakdownPane) headers() [breakdownColumns]string {
	return [breakdownColumns]string{lang.L("Period"), p.dim, lang.L("Actual"), lang.L("Last year"),
		lang.L("Expected"), lang.L("Gap"), lang.L("Share of the gap")}
}

func (p *breakdownPane) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	if id < 0 || id >= len(p.cells) {
		return
	}
	for col, cell := range o.(*fyne.Container).Objects {
		cell.(*widget.Label).SetText(p.cells[id][col])
	}
}

// cellAlignment puts the numbers of columns 2 on to the right, as in a
// spreadsheet.
func cellAlignment(col int) fyne.TextAlign {
	if col >= 2 {
		return fyne.TextAlignTrailing
	}
	return fyne.TextAlignLeading
}

// rowWidths lays a row's cells side by side at the widths of their
// columns, shared by every row of one table so that they line up; width
// beyond the columns' goes to the value column.
type rowWidths struct {
	widths [breakdownColumns]float32
}

func (r *rowWidths) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var w, h float32
	for i, o := range objects {
		w += r.widths[i%breakdownColumns]
		h = max(h, o.MinSize().Height)
	}
	return fyne.NewSize(w, h)
}

func (r *rowWidths) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	extra := max(0, size.Width-r.MinSize(objects).Width)
	x := float32(0)
	for i, o := range objects {
		w := r.widths[i%breakdownColumns]
		if i == 1 {
			w += extra
		}
		o.Move(fyne.NewPos(x, 0))
		o.Resize(fyne.NewSize(w, size.Height))
		x += w
	}
}

// breakdownCells writes the table's rows, a period named on its first row
// only.
func breakdownCells(g app.Goal, rows []app.BreakdownRow) [][breakdownColumns]string {
	// A true minus: the unsplit part expects a negative amount when the
	// plans by value ask more than the period's plan.
	v := func(x float64) string {
		return strings.Replace(app.FormatValue(x, g.Decimals, g.Unit, g.UnitLabel), "-", "−", 1)
	}
	out, namer := make([][breakdownColumns]string, len(rows)), periodNamer{}
	for i, r := range rows {
		c := &out[i]
		if i == 0 || rows[i-1].Period != r.Period {
			c[0] = namer.name(r.Period)
		}
		c[1] = dimensionValueName(r.Value, r.Unsplit)
		c[2], c[3], c[4], c[5], c[6] = v(r.Actual), "—", "—", "—", ""
		if r.LastYear {
			c[3] = v(r.Reference)
		}
		if !r.HasPlan {
			continue
		}
		c[4] = v(r.Expected)
		if r.Planned {
			c[4] = lang.L("{{.Amount}} (own plan)", map[string]any{"Amount": c[4]})
		}
		c[5] = chart.WithSign(v(r.Gap), r.Gap)
		if r.Share != 0 {
			c[6] = app.FormatValue(app.Percent(r.Share), 0, app.UnitPercent, "")
		}
	}
	return out
}

// breakdownWidths gives each column the width of its widest text, so
// that nothing is cut where the window has room.
func breakdownWidths(headers [breakdownColumns]string, cells [][breakdownColumns]string) [breakdownColumns]float32 {
	var w [breakdownColumns]float32
	pad := 2*theme.InnerPadding() + theme.Padding()
	bold := fyne.TextStyle{Bold: true}
	for col, h := range headers {
		w[col] = fyne.MeasureText(h, theme.TextSize(), bold).Width + pad
	}
	for _, row := range cells {
		for col, text := range row {
			w[col] = max(w[col], fyne.MeasureText(text, theme.TextSize(), fyne.TextStyle{}).Width+pad)
		}
	}
	// A value named at length (a store's full address) is cut with an
	// ellipsis rather than pushing the figures out of the window.
	w[1] = min(w[1], maxValueColumn)
	return w
}

// maxValueColumn is the widest the breakdown's value column gets.
const maxValueColumn = 280
