package views

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"pacer/app"
	"pacer/app/notation"
	"pacer/views/widgets"
)

// bulkLine is one goal's row of the bulk check-in: what is recorded for
// the period and what has been typed, kept while the row's widgets
// scroll away and show other goals.
type bulkLine struct {
	// goal is one of the dialog's goals, which it never changes: a copy
	// a line took 800 kB at 2,000 goals, and the time to make it.
	goal       *app.Goal
	old        string // the value recorded for the period, formatted, or "—"
	text       string // the value as typed
	confidence int
	note       string
	err        error // why text is not a number, shown under it
	// confidenceSet and noteSet say the user changed them here: what is
	// recorded, read after the dialog shows, does not replace them.
	confidenceSet, noteSet bool
	// loadedConfidence and loadedNote are what the row showed before the
	// user changed anything: what is recorded, else the defaults.
	loadedConfidence int
	loadedNote       string
}

// typed tells whether the user typed something in the line that saving
// would write: a value, or a confidence or note other than the row showed.
func (l *bulkLine) typed() bool {
	return strings.TrimSpace(l.text) != "" ||
		(l.confidenceSet && l.confidence != l.loadedConfidence) ||
		(l.noteSet && strings.TrimSpace(l.note) != strings.TrimSpace(l.loadedNote))
}

// bulkRows is the bulk check-in's rows over its lines: a widget.List,
// which makes widgets only for the rows in view, so 2,000 goals open
// about as fast as twenty. Each row is as high as its whole title
// wrapped in its column, and a value that is not a number gets its
// message under it.
type bulkRows struct {
	*refitList // the rows; a new width makes a new list
	lines      []bulkLine
	header     *fyne.Container
	columns    func() fyne.Layout
	shown      map[int]*bulkItem // the items in view, by line
	measure    *bulkItem         // lays a line out off screen to learn its height
	fit        *oneLineFit
	base       float32 // the height of a one-line row without a message
	binding    bool    // set while an item is bound: its widgets' changes are not typing
	focusAt    int     // the line whose value takes the cursor once it is in view, or -1
	format     notation.NumberFormat
	canvas     func() fyne.Canvas
	onLast     func() // Enter in the last row's value
}

func newBulkRows(format notation.NumberFormat, canvas func() fyne.Canvas, onLast func()) *bulkRows {
	r := &bulkRows{format: format, canvas: canvas, onLast: onLast, focusAt: -1, shown: map[int]*bulkItem{}, fit: newOneLineFit()}
	r.columns = newColumns(bulkWidth-60, 2.8, 1.5, 2, 1.5, 2)
	r.header = container.New(r.columns(), wrappedBold(lang.L("Goal")), wrappedBold(lang.L("Recorded")),
		wrappedBold(lang.L("Value")), wrappedBold(lang.L("Confidence (0–10)")), wrappedBold(lang.L("Note")))
	r.measure = r.newItem()
	r.refitList = newRefitList(r.newList(), r.refit, func() fyne.Size { return r.list.MinSize() })
	r.laidOut = r.keepTypingInView
	return r
}

// newList is a list over the lines, without heights of its own yet.
func (r *bulkRows) newList() *widget.List {
	l := widget.NewList(func() int { return len(r.lines) },
		func() fyne.CanvasObject { return r.newItem() },
		func(id widget.ListItemID, o fyne.CanvasObject) { r.bind(id, o.(*bulkItem)) })
	// A tap beside the fields puts the cursor in the row's value rather
	// than marking the row as chosen.
	l.OnSelected = func(id widget.ListItemID) {
		l.Unselect(id)
		r.focusLine(id)
	}
	return l
}

// object is the heading over the rows.
func (r *bulkRows) object() fyne.CanvasObject {
	return newBorder(r.header, nil, nil, nil, r.box)
}

// setLines shows lines from the top, every row at the height it needs.
func (r *bulkRows) setLines(lines []bulkLine) {
	r.lines = lines
	if r.width > 0 {
		r.remake(r.width)
		r.offset = 0 // other lines: from the top
		r.box.Refresh()
	}
}

// refit is a new list with every line's height at the rows' new width
// (refitList). The line being typed in keeps the cursor, at the end of
// its value.
func (r *bulkRows) refit(float32) *widget.List {
	focused := r.focusedLine()
	l := r.newList()
	r.shown = map[int]*bulkItem{}
	r.fitHeights(l)
	if focused >= 0 {
		r.canvas().Unfocus()
		r.focusAt = focused
	}
	return l
}

// focusedLine is the line whose widgets have the cursor, or -1.
func (r *bulkRows) focusedLine() int {
	c := r.canvasOrNil()
	if c == nil {
		return -1
	}
	for id, it := range r.shown {
		if it.owns(c.Focused()) {
			return id
		}
	}
	return -1
}

func (r *bulkRows) canvasOrNil() fyne.Canvas {
	if r.canvas == nil {
		return nil
	}
	return r.canvas()
}

// bind shows line id in it. A row's widgets bound to another line give
// up the cursor, so typing never goes to another goal than the one it
// started on.
func (r *bulkRows) bind(id int, it *bulkItem) {
	if id < 0 || id >= len(r.lines) {
		return
	}
	if it.line != id {
		if r.shown[it.line] == it {
			delete(r.shown, it.line)
		}
		if c := r.canvasOrNil(); c != nil && it.owns(c.Focused()) {
			c.Unfocus()
		}
	}
	it.line = id
	r.shown[id] = it
	r.fill(it, &r.lines[id])
	// A new title may wrap to other lines than the last: lay the cells out again.
	it.row.Layout.Layout(it.row.Objects, it.row.Size())
	if r.focusAt == id {
		if c := r.canvasOrNil(); c != nil {
			r.focusAt = -1
			c.Focus(it.value.entry)
			it.value.entry.CursorColumn = len([]rune(it.value.entry.Text))
			it.value.entry.Refresh()
		}
	}
}

// fill sets it's widgets to line l; a widget already showing its value is
// left alone, so the cursor of the field being typed in stays put.
func (r *bulkRows) fill(it *bulkItem, l *bulkLine) {
	r.binding = true
	defer func() { r.binding = false }()
	it.title.SetText(l.goal.Title)
	// A count's unit name can be long ("45 new active distributor
	// accounts"): cut short in its column rather than widening the table,
	// the number first. An amount is never cut: its last digits are the
	// figure.
	it.old.Truncation = fyne.TextTruncateOff
	if l.goal.Unit == app.UnitCount && l.goal.UnitLabel != "" {
		it.old.Truncation = fyne.TextTruncateEllipsis
	}
	it.old.SetText(l.old)
	it.value.entry.SetPlaceHolder(valueExample(*l.goal, r.format))
	it.value.currency = currencyOf(*l.goal)
	if it.value.entry.Text != l.text {
		it.value.entry.SetText(l.text)
	}
	it.value.setError(l.err)
	if it.confidence.SelectedIndex() != l.confidence {
		it.confidence.SetSelectedIndex(l.confidence)
	}
	if it.note.Text != l.note {
		it.note.SetText(l.note)
	}
}

// setRecorded shows what is recorded for the period, by goal: its value,
// and its confidence and note where the user has not changed them yet.
func (r *bulkRows) setRecorded(recorded map[int64]app.CheckIn) {
	for i := range r.lines {
		l := &r.lines[i]
		old, ok := recorded[l.goal.ID]
		if !ok {
			l.old = "—"
			continue
		}
		l.old = checkInValueText(*l.goal, old.Value)
		l.loadedConfidence, l.loadedNote = old.Confidence, old.Note
		if !l.confidenceSet {
			l.confidence = old.Confidence
		}
		if !l.noteSet {
			l.note = old.Note
		}
	}
	for id, it := range r.shown {
		r.bind(id, it)
	}
}

// typed tells whether the user typed in any line (bulkLine.typed).
func (r *bulkRows) typed() bool {
	for i := range r.lines {
		if r.lines[i].typed() {
			return true
		}
	}
	return false
}

// setRecordedUnknown shows that what is recorded could not be read: "?"
// rather than the "…" of a read still running. Saving asks again.
func (r *bulkRows) setRecordedUnknown() {
	for i := range r.lines {
		r.lines[i].old = "?"
	}
	for id, it := range r.shown {
		r.bind(id, it)
	}
}

// next moves from line i's value to the next line's, or saves after the last.
func (r *bulkRows) next(i int) {
	if i+1 < len(r.lines) {
		r.focusLine(i + 1)
		return
	}
	if r.onLast != nil {
		r.onLast()
	}
}

// focusLine scrolls line i into view and puts the cursor in its value;
// when the list is not laid out yet, as the dialog opens, once it is.
func (r *bulkRows) focusLine(i int) {
	if i < 0 || i >= len(r.lines) {
		return
	}
	r.focusAt = i
	r.list.ScrollTo(i)
	if it := r.shown[i]; it != nil && it.line == i {
		r.bind(i, it)
	}
}

// item is the widgets showing line i, scrolled into view; nil when the
// list is not laid out.
func (r *bulkRows) item(i int) *bulkItem {
	r.list.ScrollTo(i)
	if it := r.shown[i]; it != nil && it.line == i {
		return it
	}
	return nil
}

// setErr keeps why line i's value is not a number and makes its row as
// high as its message needs.
func (r *bulkRows) setErr(i int, err error) {
	had := r.lines[i].err != nil
	r.lines[i].err = err
	if it := r.shown[i]; it != nil && it.line == i {
		it.value.setError(err)
	}
	// Another message may take other lines than the one before.
	if (had || err != nil) && r.width > 0 {
		r.list.SetItemHeight(i, r.heightOfLine(i))
	}
}

// values reads every line's value: filled is false for an empty one, and
// a line that is not a number gets its message.
func (r *bulkRows) values() (vs []float64, filled []bool, ok bool) {
	vs, filled, ok = make([]float64, len(r.lines)), make([]bool, len(r.lines)), true
	for i, l := range r.lines {
		text := strings.TrimSpace(l.text)
		var err error
		if text != "" {
			vs[i], err = parseAmountOf(text, r.format, *l.goal)
			filled[i] = err == nil
		}
		r.setErr(i, err)
		ok = ok && err == nil
	}
	return vs, filled, ok
}

// fitHeights gives l every line's height that is not base's.
func (r *bulkRows) fitHeights(l *widget.List) {
	r.base = r.heightOf(bulkLine{goal: &app.Goal{}})
	for i := range r.lines {
		if h := r.heightOfLine(i); h != r.base {
			l.SetItemHeight(i, h)
		}
	}
}

// heightOfLine is line i's row height. A title that surely fits one line
// is not laid out: the heights of 2,000 goals take a few milliseconds.
func (r *bulkRows) heightOfLine(i int) float32 {
	l := r.lines[i]
	if l.err == nil && r.fit.fits(l.goal.Title, r.titleWidth()) {
		return r.base
	}
	return r.heightOf(l)
}

// heightOf is the height of l's row laid out at the rows' width.
func (r *bulkRows) heightOf(l bulkLine) float32 {
	r.fill(r.measure, &l)
	r.measure.row.Resize(fyne.NewSize(r.width, r.measure.row.MinSize().Height))
	return r.measure.row.MinSize().Height
}

// titleWidth is the width of the title column at the rows' width.
func (r *bulkRows) titleWidth() float32 {
	return r.measure.row.Layout.(*columnsLayout).widths(r.width)[0]
}

// keepTypingInView scrolls the row being typed in into view, as the
// dialog grows and shrinks.
func (r *bulkRows) keepTypingInView() {
	at := r.focusAt
	if at < 0 {
		at = r.focusedLine()
	}
	if at >= 0 {
		r.list.ScrollTo(at)
	}
}

// bulkItem is the widgets of one row in view; the list binds it to the
// line it shows as the rows scroll.
type bulkItem struct {
	widget.BaseWidget
	line       int
	title      *widget.Label
	old        *widget.Label
	value      *numberField
	confidence *widgets.KeySelect
	note       *widgets.KeyEntry
	row        *fyne.Container
}

// newItem makes the widgets of a row, each change kept in the line shown.
func (r *bulkRows) newItem() *bulkItem {
	it := &bulkItem{line: -1, title: wrapped(""), old: numberCell("—"), note: widgets.NewEntry()}
	it.value = newNumberField("", nil).withoutReads()
	it.value.format = r.format
	levels := make([]string, 11)
	for i := range levels {
		levels[i] = strconv.Itoa(i)
	}
	it.confidence = widgets.NewShortSelect(levels, func(string) {
		if r.typedIn(it) {
			r.lines[it.line].confidence = it.confidence.SelectedIndex()
			r.lines[it.line].confidenceSet = true
		}
	})
	it.value.entry.OnChanged = func(text string) {
		if r.typedIn(it) {
			r.lines[it.line].text = text
			v, typed, err := it.value.value()
			if typed {
				// A milestone's 7 is said as it is typed, not at Save.
				err = app.CheckValue(r.lines[it.line].goal.Kind, v)
			}
			r.setErr(it.line, err)
		}
	}
	it.value.entry.OnSubmitted = func(string) { r.next(it.line) }
	it.note.OnChanged = func(text string) {
		if r.typedIn(it) {
			r.lines[it.line].note = text
			r.lines[it.line].noteSet = true
		}
	}
	it.row = container.New(r.columns(), it.title, it.old, it.value.object(), it.confidence, it.note)
	it.ExtendBaseWidget(it)
	return it
}

// typedIn says whether a change in it's widgets is the user's, on a line.
func (r *bulkRows) typedIn(it *bulkItem) bool {
	return !r.binding && it.line >= 0 && it.line < len(r.lines)
}

// owns says whether o is one of the row's fields.
func (it *bulkItem) owns(o fyne.Focusable) bool {
	return o != nil && (o == it.value.entry || o == it.confidence || o == it.note)
}

// CreateRenderer draws the row's cells.
func (it *bulkItem) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(it.row)
}
