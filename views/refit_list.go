package views

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// refitList holds a widget.List whose rows' heights follow the width it
// is laid out at. A list shown refreshes itself whole for each height it
// is given (2,000 of them took seconds), so a new width makes a new list,
// every height set before it is first drawn, scrolled about where the
// last one was. It is the layout of box, which holds the list.
type refitList struct {
	list   *widget.List
	box    *fyne.Container
	width  float32 // the width the heights were worked out at
	offset float32 // where a list made anew scrolls to once laid out
	// make is a new list with its rows' heights at width.
	make func(width float32) *widget.List
	// minSize is the box's least size.
	minSize func() fyne.Size
	// laidOut, when set, runs after each layout.
	laidOut func()
}

func newRefitList(first *widget.List, make func(width float32) *widget.List, minSize func() fyne.Size) *refitList {
	f := &refitList{list: first, make: make, minSize: minSize}
	f.box = &fyne.Container{Layout: f, Objects: []fyne.CanvasObject{first}}
	return f
}

// remake makes the list anew at width, to scroll where the last was.
func (f *refitList) remake(width float32) {
	f.offset = f.list.GetScrollOffset()
	f.width = width
	f.list = f.make(width)
	f.box.Objects = []fyne.CanvasObject{f.list}
}

// Layout lays the list over the whole box, made anew first when the
// width changed.
func (f *refitList) Layout(_ []fyne.CanvasObject, size fyne.Size) {
	if size.Width > 0 && size.Width != f.width {
		f.remake(size.Width)
	}
	f.list.Resize(size)
	f.list.Move(fyne.NewPos(0, 0))
	if f.offset > 0 {
		f.list.ScrollToOffset(f.offset)
	}
	f.offset = 0
	if f.laidOut != nil {
		f.laidOut()
	}
}

// MinSize is minSize's.
func (f *refitList) MinSize([]fyne.CanvasObject) fyne.Size {
	return f.minSize()
}
