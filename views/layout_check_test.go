package views

import (
	"fmt"
	"reflect"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// The layout checker walks what a window shows and reports what a user
// would see broken: a window that cannot be made as small as asked, an
// object drawn outside the room its parents give it with no scroll between
// (cut off, or drawn over its neighbour), a widget or text given less
// room than it needs without wrapping or truncating (squeezed), and a
// layout drawing two of its objects over each other (overlap).

// Kinds of layout problem, as named in knownLayoutFailures.
const (
	problemMinSize = "minsize"
	problemCut     = "cut"
	problemSqueeze = "squeezed"
	problemOverlap = "overlap"
)

// layoutTolerance absorbs rounding: a pixel either way is not a defect.
const layoutTolerance = 1.5

// layoutProblem is one defect found in a window.
type layoutProblem struct {
	kind string
	text string
}

func (p layoutProblem) String() string { return p.kind + ": " + p.text }

// box is an object's rectangle in window coordinates.
type box struct{ x0, y0, x1, y1 float32 }

func boxAt(pos fyne.Position, size fyne.Size) box {
	return box{pos.X, pos.Y, pos.X + size.Width, pos.Y + size.Height}
}

func (b box) intersect(o box) box {
	return box{max(b.x0, o.x0), max(b.y0, o.y0), min(b.x1, o.x1), min(b.y1, o.y1)}
}

// beyond says how far b reaches outside clip on each side, in words, or "".
func (b box) beyond(clip box) string {
	var sides []string
	for _, s := range []struct {
		name string
		by   float32
	}{{"left", clip.x0 - b.x0}, {"top", clip.y0 - b.y0}, {"right", b.x1 - clip.x1}, {"bottom", b.y1 - clip.y1}} {
		if s.by > layoutTolerance {
			sides = append(sides, fmt.Sprintf("%.0fpx past the %s", s.by, s.name))
		}
	}
	return strings.Join(sides, ", ")
}

// windowMinSize is the smallest size the window can take: its content's
// minimum, the padding the driver puts around it and the menu bar the
// desktop driver draws above it (the test driver draws none).
func windowMinSize(w fyne.Window) fyne.Size {
	min := w.Content().MinSize()
	if w.Padded() {
		min = min.AddWidthHeight(2*theme.Padding(), 2*theme.Padding())
	}
	if w.MainMenu() != nil {
		min.Height += menuBarHeight()
	}
	return min
}

// menuBarHeight is the height of the desktop driver's menu bar: one item,
// its text with inner padding (fyne's glfw menuBarItem).
func menuBarHeight() float32 {
	return canvas.NewText("File", nil).MinSize().Height + theme.InnerPadding()
}

// showAt sizes w as a desktop window of size would be: the menu bar the
// desktop driver draws takes its height from the content (the test driver
// draws none).
func showAt(w fyne.Window, size fyne.Size) {
	if w.MainMenu() != nil {
		size.Height -= menuBarHeight()
	}
	w.Resize(size)
}

// checkWindow reports what is broken in w at its current size, content and
// dialogs alike, after laying everything out again as the desktop driver
// does when a minimum size changes.
func checkWindow(w fyne.Window) []layoutProblem {
	size := w.Canvas().Size()
	layoutAll(w.Content())
	for _, o := range w.Canvas().Overlays().List() {
		layoutAll(o)
	}
	var problems []layoutProblem
	window := size
	if w.MainMenu() != nil {
		window.Height += menuBarHeight()
	}
	if min := windowMinSize(w); min.Width > window.Width+layoutTolerance || min.Height > window.Height+layoutTolerance {
		problems = append(problems, layoutProblem{problemMinSize,
			fmt.Sprintf("the window needs at least %.0f×%.0f", min.Width, min.Height)})
	}
	return append(append(problems, checkObject(w.Content(), box{0, 0, size.Width, size.Height})...), checkDialogs(w)...)
}

// checkDialogs reports what is broken in the dialogs shown over w, leaving
// the window's content (another case's screen) aside.
func checkDialogs(w fyne.Window) []layoutProblem {
	size := w.Canvas().Size()
	var problems []layoutProblem
	for _, o := range w.Canvas().Overlays().List() {
		layoutAll(o)
		problems = append(problems, checkObject(o, box{0, 0, size.Width, size.Height})...)
	}
	return problems
}

// layoutAll lays o and everything inside it out again, outermost first.
// The test driver, unlike the desktop one, leaves a container as it was
// when something inside it grows (a message shown under a field).
func layoutAll(o fyne.CanvasObject) {
	if o == nil || !o.Visible() {
		return
	}
	switch v := o.(type) {
	case *fyne.Container:
		if v.Layout != nil {
			v.Layout.Layout(v.Objects, v.Size())
		}
	case fyne.Widget:
		test.WidgetRenderer(v).Layout(v.Size())
	}
	for _, c := range children(o) {
		layoutAll(c)
	}
}

// checkObject reports what is broken in o and everything inside it, o
// being drawn at its own position and seen through clip.
func checkObject(o fyne.CanvasObject, clip box) []layoutProblem {
	c := &layoutChecker{actionItems: map[fyne.CanvasObject]bool{}}
	c.visit(o, fyne.Position{}, clip, nil, nil)
	return c.problems
}

type layoutChecker struct {
	problems    []layoutProblem
	actionItems map[fyne.CanvasObject]bool
}

func (c *layoutChecker) report(kind string, o fyne.CanvasObject, path []string, detail string) {
	c.problems = append(c.problems, layoutProblem{kind, fmt.Sprintf("%s %s (in %s)", describe(o), detail, strings.Join(lastN(path, 4), " › "))})
}

// cutOff is the outermost object found reaching past what is visible,
// reported once if something it draws is cut.
type cutOff struct {
	top      fyne.CanvasObject
	detail   string
	path     []string
	reported bool
}

// visit checks o, at origin plus its position, and what is inside it. A
// container or widget reaching past what is visible is reported when
// something it draws is cut, and then once, not again for every object
// inside it; a squeezed one is reported and not looked into.
func (c *layoutChecker) visit(o fyne.CanvasObject, origin fyne.Position, clip box, path []string, cut *cutOff) {
	if o == nil || !o.Visible() || drawsNothingOrOutsideByDesign(o) {
		return
	}
	size := o.Size()
	if size.Width <= 0 || size.Height <= 0 {
		return
	}
	pos := origin.Add(o.Position())
	b := boxAt(pos, size)
	kids := children(o)
	cut = c.checkCut(o, b, clip, len(kids) == 0, path, cut)
	if c.checkSqueeze(o, path) {
		return
	}
	path = append(path, typeName(o))
	if item := entryActionItem(o); item != nil {
		c.actionItems[item] = true
	}
	if s, ok := o.(*container.Scroll); ok {
		c.visitScrolled(s, pos, clip, path, cut)
		return
	}
	c.checkOverlap(o, pos, path)
	inner := b.intersect(clip)
	for _, child := range kids {
		c.visit(child, pos, inner, path, cut)
	}
}

// checkCut notes o, drawn in b, when it reaches past clip, and reports the
// outermost such object once something it draws (a leaf) is past. It
// returns the cut the objects inside o belong to.
func (c *layoutChecker) checkCut(o fyne.CanvasObject, b, clip box, leaf bool, path []string, cut *cutOff) *cutOff {
	out := drawnBox(o, b).beyond(clip)
	if out == "" {
		return cut
	}
	if cut == nil {
		cut = &cutOff{top: o, path: path, detail: fmt.Sprintf("reaches outside what is visible: %s (%.0f×%.0f at %.0f,%.0f)",
			out, b.x1-b.x0, b.y1-b.y0, b.x0, b.y0)}
	}
	if leaf && !cut.reported {
		cut.reported = true
		if cut.top != o {
			cut.detail += ", " + describe(o) + " with it"
		}
		c.report(problemCut, cut.top, cut.path, cut.detail)
	}
	return cut
}

// checkSqueeze reports o when it has less room than it needs, and says
// whether to look no further inside it.
func (c *layoutChecker) checkSqueeze(o fyne.CanvasObject, path []string) bool {
	if hint := cutPlaceholder(o); hint != "" {
		c.report(problemSqueeze, o, path, hint)
	}
	// An entry gives its action item (the date field's calendar button)
	// the entry's height less padding, whatever it asks for.
	if c.actionItems[o] || !squeezed(o) {
		return false
	}
	min, size := o.MinSize(), o.Size()
	if _, ok := o.(*widget.PopUp); ok {
		c.report(problemSqueeze, o, path, fmt.Sprintf("(a dialog) needs %.0f×%.0f of a window area of %.0f×%.0f", min.Width, min.Height, size.Width, size.Height))
		return true
	}
	c.report(problemSqueeze, o, path, fmt.Sprintf("needs %.0f×%.0f but has %.0f×%.0f", min.Width, min.Height, size.Width, size.Height))
	return true
}

// checkOverlap reports two objects of a container drawn over each other,
// where its layout puts them side by side or one under the other.
func (c *layoutChecker) checkOverlap(o fyne.CanvasObject, pos fyne.Position, path []string) {
	cont, ok := o.(*fyne.Container)
	if !ok || !layoutSeparates(cont.Layout) {
		return
	}
	var shown []fyne.CanvasObject
	for _, k := range cont.Objects {
		if k.Visible() && k.Size().Width > 0 && k.Size().Height > 0 && !drawsNothingOrOutsideByDesign(k) {
			shown = append(shown, k)
		}
	}
	for i, a := range shown {
		for _, b := range shown[i+1:] {
			over := boxAt(a.Position(), a.Size()).intersect(boxAt(b.Position(), b.Size()))
			if over.x1-over.x0 > layoutTolerance && over.y1-over.y0 > layoutTolerance {
				c.report(problemOverlap, o, path, fmt.Sprintf("draws %s over %s (%.0f×%.0f at %.0f,%.0f)", describe(b), describe(a),
					over.x1-over.x0, over.y1-over.y0, pos.X+over.x0, pos.Y+over.y0))
				return
			}
		}
	}
}

// layoutSeparates tells whether a layout places its objects apart (box,
// grid, form, border) rather than over each other (stack, padded, none).
func layoutSeparates(l fyne.Layout) bool {
	if l == nil {
		return false
	}
	name := strings.ToLower(fmt.Sprintf("%T", l))
	for _, stacked := range []string{"stack", "padded", "center", "max", "custompadded", "dialog"} {
		if strings.Contains(name, stacked) {
			return false
		}
	}
	return true
}

// cutPlaceholder says how an empty one-line entry's hint ("e.g. 1,234.5 /
// 800万") is cut, or "": the entry scrolls its hint out of sight.
func cutPlaceholder(o fyne.CanvasObject) string {
	e := entryOf(o)
	if e == nil || e.Text != "" || e.PlaceHolder == "" || e.MultiLine {
		return ""
	}
	th := theme.Current()
	need := fyne.MeasureText(e.PlaceHolder, th.Size(theme.SizeNameText), e.TextStyle).Width + 2*th.Size(theme.SizeNameInnerPadding)
	if e.ActionItem != nil {
		need += e.ActionItem.MinSize().Width + th.Size(theme.SizeNamePadding)
	}
	if need <= e.Size().Width+layoutTolerance {
		return ""
	}
	return fmt.Sprintf("cuts its hint %q: it needs %.0f wide but has %.0f", e.PlaceHolder, need, e.Size().Width)
}

// entryOf is o as an entry, or the entry it embeds (a KeyEntry, a
// DateEntry), or nil.
func entryOf(o fyne.CanvasObject) *widget.Entry {
	if e, ok := o.(*widget.Entry); ok {
		return e
	}
	v := reflect.ValueOf(o)
	if v.Kind() != reflect.Pointer || v.Elem().Kind() != reflect.Struct {
		return nil
	}
	if f := v.Elem().FieldByName("Entry"); f.IsValid() && f.Type() == reflect.TypeOf(widget.Entry{}) && f.CanAddr() {
		return f.Addr().Interface().(*widget.Entry)
	}
	return nil
}

// drawnBox is the part of b that o draws into: a text is drawn at its
// alignment and no wider than it is (a radio item gives its label the
// item's whole width, offset by the radio icon).
func drawnBox(o fyne.CanvasObject, b box) box {
	t, ok := o.(*canvas.Text)
	if !ok {
		return b
	}
	width := t.MinSize().Width
	if width >= b.x1-b.x0 {
		return b
	}
	switch t.Alignment {
	case fyne.TextAlignCenter:
		b.x0 += (b.x1 - b.x0 - width) / 2
	case fyne.TextAlignTrailing:
		b.x0 = b.x1 - width
	}
	b.x1 = b.x0 + width
	return b
}

// entryActionItem is the action item of an entry (or of a widget embedding
// one), or nil.
func entryActionItem(o fyne.CanvasObject) fyne.CanvasObject {
	v := reflect.ValueOf(o)
	if v.Kind() != reflect.Pointer || v.Elem().Kind() != reflect.Struct {
		return nil
	}
	f := v.Elem().FieldByName("ActionItem")
	if !f.IsValid() || f.IsNil() {
		return nil
	}
	item, _ := f.Interface().(fyne.CanvasObject)
	return item
}

// visitScrolled checks a scroll's content: it may reach past the viewport
// in the directions the scroll moves, but nothing inside it past itself.
func (c *layoutChecker) visitScrolled(s *container.Scroll, pos fyne.Position, clip box, path []string, cut *cutOff) {
	if s.Content == nil {
		return
	}
	view := boxAt(pos, s.Size()).intersect(clip)
	content := boxAt(pos.Add(s.Content.Position()), s.Content.Size())
	room := view
	if s.Direction == container.ScrollBoth || s.Direction == container.ScrollHorizontalOnly {
		room.x0, room.x1 = min(view.x0, content.x0), max(view.x1, content.x1)
	}
	if s.Direction == container.ScrollBoth || s.Direction == container.ScrollVerticalOnly {
		room.y0, room.y1 = min(view.y0, content.y0), max(view.y1, content.y1)
	}
	c.visit(s.Content, pos, room, path, cut)
}

// squeezed tells whether a widget or text has less room than it needs:
// drawn over its neighbours or cut. Texts that wrap or truncate fit any width.
func squeezed(o fyne.CanvasObject) bool {
	switch v := o.(type) {
	case *widget.Label:
		if v.Wrapping != fyne.TextWrapOff || v.Truncation != fyne.TextTruncateOff {
			return o.Size().Height+layoutTolerance < o.MinSize().Height
		}
	case *widget.RichText:
		if v.Wrapping != fyne.TextWrapOff || v.Truncation != fyne.TextTruncateOff {
			return false
		}
	case *canvas.Text:
		return v.Text != "" && o.Size().Width+layoutTolerance < o.MinSize().Width
	case *container.Scroll:
		return false // a scroll's minimum is its bars', and it may be smaller
	case fyne.Widget:
	default:
		return false
	}
	min, size := o.MinSize(), o.Size()
	return size.Width+layoutTolerance < min.Width || size.Height+layoutTolerance < min.Height
}

// drawsNothingOrOutsideByDesign is what draws nothing (spacers, empty
// texts) or what Fyne draws past an object's edge on purpose (shadows).
func drawsNothingOrOutsideByDesign(o fyne.CanvasObject) bool {
	switch v := o.(type) {
	case *layout.Spacer:
		return true
	case *canvas.Text:
		return strings.TrimSpace(v.Text) == ""
	}
	return strings.Contains(typeName(o), "hadow")
}

// children are the objects a container or widget draws.
func children(o fyne.CanvasObject) []fyne.CanvasObject {
	switch v := o.(type) {
	case *fyne.Container:
		return v.Objects
	case fyne.Widget:
		return test.WidgetRenderer(v).Objects()
	}
	return nil
}
