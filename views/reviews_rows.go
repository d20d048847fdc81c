package views

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
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
	// replaced, when set, is given the list that refit put in the place
	// of the one before, to select and call back as that one did.
	replaced func(*widget.List)
	// laying is set while the box is laid out, which draws a new list.
	laying bool
	// wrapped says whether the list's rows wrap (wrapRowsMax).
	wrapped bool
}

// newReviewRowFit fits the rows of list, which shows rows(), to its width.
func newReviewRowFit(list *widget.List, rows func() []app.ReviewRow) *reviewRowFit {
	f := &reviewRowFit{list: list, rows: rows, measure: newReviewRowObject(), fit: newOneLineFit(), chips: map[app.Status]float32{},
		given: map[int]float32{}, wrapped: true}
	f.base = f.measure.MinSize().Height
	f.box = &fyne.Container{Layout: f, Objects: []fyne.CanvasObject{list}}
	return f
}

// Layout lays the list over the whole box, its rows' heights worked out
// again first when the width changed.
func (f *reviewRowFit) Layout(_ []fyne.CanvasObject, size fyne.Size) {
	if size.Width > 0 && size.Width != f.width {
		f.width = size.Width
		f.laying = true
		f.refit()
		f.laying = false
	}
	f.list.Resize(size)
	f.list.Move(fyne.NewPos(0, 0))
}

// MinSize is the list's.
func (f *reviewRowFit) MinSize([]fyne.CanvasObject) fyne.Size { return f.list.MinSize() }

// refit gives every row its height at the list's width, on another
// period or width only. A height given a drawn list redraws it, some
// 0.3–2 ms with rows of wrapped text in view: given row by row, 200 goals
// with long titles took 400 ms to show first and 80–400 ms a width. More
// than a few rows of new heights go to a new list instead (rebuild),
// which takes them before it is drawn; 200 rows measured take some 12 ms.
func (f *reviewRowFit) refit() {
	if f.width <= 0 {
		return
	}
	rows := f.rows()
	if len(rows) > wrapRowsMax {
		if f.wrapped {
			f.rebuild(newOneLineReviewRow, nil)
		}
		return
	}
	heights := make([]float32, len(rows))
	changed := 0
	for i, r := range rows {
		heights[i] = f.heightOf(r)
		if f.changes(i, heights[i]) {
			changed++
		}
	}
	if changed > fewHeights || !f.wrapped {
		f.rebuild(newReviewRowObject, heights)
		return
	}
	for i, h := range heights {
		if f.changes(i, h) {
			f.list.SetItemHeight(i, h)
			f.given[i] = h
		}
	}
}

// changes reports whether row i's height h differs from the list's for
// it: the height given it, or the list's own, base, if none was.
func (f *reviewRowFit) changes(i int, h float32) bool {
	old, given := f.given[i]
	return given && old != h || !given && h != f.base
}

// fewHeights is the most new heights refit gives the drawn list itself.
const fewHeights = 4

// wrapRowsMax is the most rows whose text wraps. Each row's height is
// its text laid out at the list's width, some 1.5 ms a row at a width
// first seen (the text's shaping is kept after): 200 goals with long
// titles took 300 ms to show, where a screen switch has two frames.
// A review of more goals shows each row's lines cut short with "…", as
// every review did before; a small business reviews a dozen or two.
const wrapRowsMax = 16

// rebuild puts a new list of the same rows, made by row, in the place of
// the one drawn, each row given its height before the new list is drawn.
func (f *reviewRowFit) rebuild(row func() fyne.CanvasObject, heights []float32) {
	old := f.list
	l := widget.NewList(old.Length, row, old.UpdateItem)
	f.wrapped = heights != nil
	l.OnUnselected = old.OnUnselected
	f.given = map[int]float32{}
	for i, h := range heights {
		if h != f.base {
			l.SetItemHeight(i, h)
			f.given[i] = h
		}
	}
	f.list, f.box.Objects[0] = l, l
	l.Resize(f.box.Size())
	l.MinSize() // its renderer, which Select and ScrollToOffset need
	// The list drawn before is gone from the screen, but may still hold
	// the keyboard focus, which a click on a row gives it: keys would
	// select its rows, calling back the screen behind the new list's back.
	selected := old.OnSelected
	old.OnSelected, old.OnUnselected = nil, nil
	if c := fyne.CurrentApp().Driver().CanvasForObject(f.box); c != nil && c.Focused() == fyne.Focusable(old) {
		c.Focus(l)
	}
	if f.replaced != nil {
		f.replaced(l)
	} else {
		l.OnSelected = selected
	}
	l.ScrollToOffset(old.GetScrollOffset())
	if !f.laying {
		f.box.Refresh()
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

// newOneLineReviewRow is a review row of one line each, cut short with
// "…" (wrapRowsMax).
func newOneLineReviewRow() fyne.CanvasObject {
	return container.NewVBox(newStatusHead(), newOneLine("plan"), newOneLine("compare"))
}

// newOneLine is a label cut short with an ellipsis rather than wrapped.
func newOneLine(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Truncation = fyne.TextTruncateEllipsis
	return l
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

// updateRow shows row id of the review on o.
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
