package views

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pacer/app"
	"pacer/views/widgets"
)

// reviewRowFit gives each row of the review list the height its text needs
// at the list's width: the goal's title and its two figure lines wrap
// rather than end in "…". Cut short at 1024 px, two goals' titles read
// alike ("In 2023, raise North-America …") and the figures lost the gap,
// the comparison with last year and how many periods were reported. The
// list stays a widget.List, which lays out only the rows in view; it is
// the layout of box, which holds it, and sees the width change.
type reviewRowFit struct {
	list *widget.List
	box  *fyne.Container
	rows func() []app.ReviewRow
	// width is the width the heights were worked out at, 0 before the
	// list is first laid out.
	width float32
	// measure is a row laid out off screen to learn a row's height; base
	// is the height of a row whose every line fits, the list's own.
	measure fyne.CanvasObject
	base    float32
	fit     *oneLineFit
	chips   map[app.Status]float32 // the width of each status's chip
	given   map[int]float32        // the heights given the list, by row
}

func newReviewRowFit(list *widget.List, rows func() []app.ReviewRow) *reviewRowFit {
	f := &reviewRowFit{list: list, rows: rows, measure: newReviewRowObject(), fit: newOneLineFit(), chips: map[app.Status]float32{}, given: map[int]float32{}}
	f.base = f.measure.MinSize().Height
	f.box = &fyne.Container{Layout: f, Objects: []fyne.CanvasObject{list}}
	return f
}

// Layout lays the list over the whole box, its rows' heights worked out
// again first when the width changed.
func (f *reviewRowFit) Layout(_ []fyne.CanvasObject, size fyne.Size) {
	if size.Width > 0 && size.Width != f.width {
		f.width = size.Width
		f.refit()
	}
	f.list.Resize(size)
	f.list.Move(fyne.NewPos(0, 0))
}

// MinSize is the list's.
func (f *reviewRowFit) MinSize([]fyne.CanvasObject) fyne.Size { return f.list.MinSize() }

// refit gives every row its height at the list's width. At 200 goals at
// 1024 px this takes some 100-200 ms (laying out the rows that wrap, and
// the list redrawn for each height that changed), on another period or
// width only.
func (f *reviewRowFit) refit() {
	if f.width <= 0 {
		return
	}
	for i, r := range f.rows() {
		h := f.heightOf(r)
		// A row never given a height has the list's own, base: each
		// height given redraws the list, some 0.3 ms.
		if old, given := f.given[i]; given && old != h || !given && h != f.base {
			f.list.SetItemHeight(i, h)
			f.given[i] = h
		}
	}
}

// heightOf is r's row's height. A row whose lines surely fit one line
// each is not laid out: laying out wrapped text shapes it whole.
func (f *reviewRowFit) heightOf(r app.ReviewRow) float32 {
	// The title is bold, which oneLineFit does not measure: bold letters
	// are up to a tenth or so wider than regular ones.
	titleWidth := (f.width - f.chipWidth(r.Status) - theme.Padding()) * boldShare
	if f.fit.fits(r.Goal.Title, titleWidth) && f.fit.fits(reviewPlanLine(r), f.width) && f.fit.fits(reviewCompareLine(r), f.width) {
		return f.base
	}
	setReviewRow(f.measure, r)
	f.measure.Resize(fyne.NewSize(f.width, f.base))
	return f.measure.MinSize().Height
}

// boldShare is the share of a width that bold text surely fits in when
// its regular letters fit the whole.
const boldShare = 0.85

// chipWidth is the width of the status chip of st beside a row's title.
func (f *reviewRowFit) chipWidth(st app.Status) float32 {
	w, ok := f.chips[st]
	if !ok {
		w = widgets.NewStatusChip(statusLabel(st), statusColor(st)).MinSize().Width
		f.chips[st] = w
	}
	return w
}

// newReviewRowObject is a review row: the goal's title in bold with its
// status, what was expected and achieved, and how that compares with
// earlier periods, each wrapped to the list's width.
func newReviewRowObject() fyne.CanvasObject {
	head := newStatusHead()
	title := head.(*fyne.Container).Objects[0].(*widget.Label)
	title.Truncation, title.Wrapping = fyne.TextTruncateOff, fyne.TextWrapWord
	return &fyne.Container{Layout: wrapRows{}, Objects: []fyne.CanvasObject{head, newWrapped("plan"), newWrapped("compare")}}
}

// wrapRows stacks objects as a VBox does, each as high as its text needs
// at the box's width. A VBox asks a wrapped label its height before giving
// it the width it wraps at, and so laid out a row's lines one high each.
type wrapRows struct{}

// Layout gives each object the box's width first, then its height there.
func (wrapRows) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	y := float32(0)
	for _, o := range objects {
		o.Resize(fyne.NewSize(size.Width, o.Size().Height))
		h := o.MinSize().Height
		o.Resize(fyne.NewSize(size.Width, h))
		o.Move(fyne.NewPos(0, y))
		y += h + theme.Padding()
	}
}

// MinSize is the objects' heights at their widths, with padding between.
func (wrapRows) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var min fyne.Size
	for i, o := range objects {
		m := o.MinSize()
		min.Width = max(min.Width, m.Width)
		min.Height += m.Height
		if i > 0 {
			min.Height += theme.Padding()
		}
	}
	return min
}

// newWrapped is a label whose text wraps at word ends.
func newWrapped(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	return l
}

func (s *reviewsScreen) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	if id < len(s.rows) {
		setReviewRow(o, s.rows[id])
	}
}

// setReviewRow shows r on a row made by newReviewRowObject.
func setReviewRow(o fyne.CanvasObject, r app.ReviewRow) {
	box := o.(*fyne.Container)
	setStatusHead(box.Objects[0], r.Goal.Title, r.Status)
	box.Objects[1].(*widget.Label).SetText(reviewPlanLine(r))
	box.Objects[2].(*widget.Label).SetText(reviewCompareLine(r))
	// A row of the list bound again keeps its size, so nothing lays it
	// out: its title, beside another chip, and its lines, of another
	// text, would keep the heights of the row before.
	relayout(box.Objects[0].(*fyne.Container))
	relayout(box)
}

// relayout lays c out again at its size.
func relayout(c *fyne.Container) {
	c.Layout.Layout(c.Objects, c.Size())
}
