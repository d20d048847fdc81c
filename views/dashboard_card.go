package views

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pacer/app"
	"pacer/views/widgets"
)

// paceCard is one goal on the dashboard: its title in bold on up to two
// lines with its status chip, the pace bar with the expected marker, the
// figures (actual, target, expected by now, progress) in columns that line
// up from card to card and, lighter, where it is heading.
// Every card has the same height, so that the list stays virtual.
type paceCard struct {
	widget.BaseWidget
	title   *widget.Label
	chip    *widgets.StatusChip
	bar     *widgets.PaceBar
	figures [4]*widget.RichText // actual, target, expected by now, progress
	outlook *widget.RichText
	// overdue, in front of the outlook, says how many check-ins are
	// overdue, in the warning colour; hidden when none are. It is a text
	// of its own: Fyne cuts a line of two segments short without its
	// ellipsis.
	overdue *widget.RichText
	line    *fyne.Container // overdue, then the outlook
	// contrib is the "top contributors" line of a goal with a breakdown,
	// hidden for the others: the list gives those cards a line more.
	contrib *widget.RichText
	back    *canvas.Rectangle
}

func newPaceCard() fyne.CanvasObject {
	c := &paceCard{
		title:   widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		chip:    widgets.NewStatusChip("", nil),
		bar:     widgets.NewPaceBar(),
		outlook: widget.NewRichText(),
		overdue: widget.NewRichText(),
		contrib: widget.NewRichText(),
		back:    canvas.NewRectangle(theme.Color(theme.ColorNameInputBackground)),
	}
	c.title.Wrapping = fyne.TextWrapWord
	c.title.Truncation = fyne.TextTruncateEllipsis
	for i := range c.figures {
		c.figures[i] = widget.NewRichText()
		c.figures[i].Truncation = fyne.TextTruncateEllipsis
		// The list sizes every row as this template: it must be as high as a filled card.
		setFigure(c.figures[i], "Ag", "Ag")
	}
	c.outlook.Segments = []widget.RichTextSegment{lightText("Ag")}
	c.outlook.Truncation = fyne.TextTruncateEllipsis
	c.overdue.Hide()
	c.line = container.New(markThen{}, c.overdue, c.outlook)
	c.contrib.Truncation = fyne.TextTruncateEllipsis
	c.contrib.Hide()
	c.ExtendBaseWidget(c)
	return c
}

// CreateRenderer stacks the card's lines on its rounded background.
func (c *paceCard) CreateRenderer() fyne.WidgetRenderer {
	head := newBorder(nil, nil, nil, container.NewVBox(c.chip), container.New(twoLines{}, c.title))
	figures := container.New(columns{0.22, 0.22, 0.22, 0.34}, c.figures[0], c.figures[1], c.figures[2], c.figures[3])
	lines := container.NewVBox(head, container.New(barInset{}, c.bar), figures, c.line, c.contrib)
	return &paceCardRenderer{card: c, lines: lines}
}

type paceCardRenderer struct {
	card  *paceCard
	lines *fyne.Container
}

// Layout leaves a small gap between cards around the background, and
// keeps the lines off its sides.
func (r *paceCardRenderer) Layout(size fyne.Size) {
	gap := theme.Padding() / 2
	r.card.back.Move(fyne.NewPos(0, gap))
	r.card.back.Resize(fyne.NewSize(size.Width, size.Height-2*gap))
	r.lines.Move(fyne.NewPos(2*gap, gap))
	fitTruncation(r.card.contrib, size.Width-4*gap)
	r.lines.Resize(fyne.NewSize(size.Width-4*gap, size.Height-2*gap))
}

func (r *paceCardRenderer) MinSize() fyne.Size {
	m := r.lines.MinSize()
	return fyne.NewSize(m.Width+2*theme.Padding(), m.Height+theme.Padding())
}

func (r *paceCardRenderer) Refresh() {
	r.card.back.FillColor = theme.Color(theme.ColorNameInputBackground)
	r.card.back.CornerRadius = theme.InputRadiusSize()
	r.card.back.Refresh()
	r.lines.Refresh()
}

func (r *paceCardRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.card.back, r.lines}
}

func (r *paceCardRenderer) Destroy() {}

// paceBar is how far the card's bar is filled, and where its marker of
// the expected stands (-1 for none): progress to the target, or for a cap
// on a sum the share of it used, against the share expected by now.
func paceBar(g app.Goal, a app.Assessment) (fill, marker float64) {
	fill, marker = a.Progress, -1
	if used, ok := capUsed(g, a.Actual); ok {
		fill = used
	}
	if !a.NoValues {
		marker = app.ProgressToDate(g, a.Expected, a.Expected)
		if expected, ok := capUsed(g, a.Expected); ok {
			marker = expected
		}
		marker = app.CapForDisplay(marker)
	}
	return app.CapForDisplay(fill), marker
}

// set shows a goal's pace on the card.
func (c *paceCard) set(p goalPace) {
	g, a := p.Goal, p.Assessment
	// A card last laid out at a smaller text size (a larger scale chosen in
	// Settings) is filled before the list lays it out again, and Fyne's
	// wrapped, cut-short title panics when it is given text in less height
	// than a line: the card takes its least size first.
	if c.title.Size().Height < c.title.MinSize().Height {
		c.Resize(c.Size().Max(c.MinSize()))
	}
	c.title.SetText(g.Title)
	c.chip.Set(statusLabel(a.Status), statusColor(a.Status))
	fill, marker := paceBar(g, a)
	c.bar.Set(fill, marker, statusColor(a.Status))
	f := paceFiguresOf(p)
	actual, expected, done := f.actual, f.expected, f.done
	if f.noData {
		actual, expected, done = noCheckInsText(a.Status), "—", "—"
	}
	if f.rollUp != "" {
		done += " · " + f.rollUp
	}
	caption := lang.L("Actual")
	if f.latest {
		caption = lang.L("Latest")
	}
	setFigure(c.figures[0], caption, actual)
	setFigure(c.figures[1], lang.L("Target"), f.target)
	setFigure(c.figures[2], lang.L("Expected by now"), expected)
	setFigure(c.figures[3], lang.L("Progress"), done)
	c.outlook.Segments = []widget.RichTextSegment{lightText(paceOutlook(p))}
	c.overdue.Hide()
	c.line.Refresh()
}

// setOverdue opens the card's outlook with how many of its check-ins are
// overdue, in the warning colour, when any are: its figures leave them
// out. Call it after set, which writes the outlook afresh.
func (c *paceCard) setOverdue(n int) {
	if n == 0 {
		return
	}
	c.overdue.Segments = []widget.RichTextSegment{&widget.TextSegment{Text: overdueText(n) + " · ",
		Style: widget.RichTextStyle{Inline: true, ColorName: theme.ColorNameWarning}}}
	c.overdue.Show()
	c.line.Refresh()
}

// markThen lays a mark out at its width and a text after it, cut short to
// the rest of the width, the two texts meeting as if on one line.
type markThen struct{}

func (markThen) MinSize(objects []fyne.CanvasObject) fyne.Size {
	return fyne.NewSize(0, max(objects[0].MinSize().Height, objects[1].MinSize().Height))
}

func (markThen) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	mark, text := objects[0], objects[1].(*widget.RichText)
	x := float32(0)
	if mark.Visible() {
		w := mark.MinSize().Width
		mark.Move(fyne.NewPos(0, 0))
		mark.Resize(fyne.NewSize(w, size.Height))
		// Each text keeps its inner padding on both sides.
		x = w - 2*theme.InnerPadding()
	}
	fitTruncation(text, size.Width-x)
	text.Move(fyne.NewPos(x, 0))
	text.Resize(fyne.NewSize(size.Width-x, size.Height))
}

// setContributors shows the goal's "top contributors" line, or hides it
// for "".
func (c *paceCard) setContributors(text string) {
	if text == "" {
		c.contrib.Hide()
		return
	}
	c.contrib.Segments = []widget.RichTextSegment{lightText(text)}
	fitTruncation(c.contrib, c.contrib.Size().Width)
	c.contrib.Show()
	c.contrib.Refresh()
}

// cardHeights are the list's heights of a card without and with a
// contributors line.
func cardHeights() (plain, withContributors float32) {
	c := newPaceCard().(*paceCard)
	plain = c.MinSize().Height
	c.setContributors("Ag")
	return plain, c.MinSize().Height
}

// setFigure writes a light caption over a bold number, each on its own
// line: a bold and a regular face in one line would not share a baseline.
func setFigure(r *widget.RichText, caption, value string) {
	r.Segments = []widget.RichTextSegment{
		&widget.TextSegment{Text: caption, Style: widget.RichTextStyle{ColorName: theme.ColorNamePlaceHolder, SizeName: theme.SizeNameCaptionText}},
		&widget.TextSegment{Text: value, Style: widget.RichTextStyleStrong},
	}
	fitTruncation(r, r.Size().Width)
	r.Refresh()
}

func lightText(text string) *widget.TextSegment {
	return &widget.TextSegment{Text: text, Style: widget.RichTextStyle{Inline: true, ColorName: theme.ColorNamePlaceHolder}}
}

// columns lays objects side by side, each taking its share of the width,
// so that the figures line up from card to card and the progress, the
// longest ("1.0 pp below the starting 9.0%"), has the most room.
type columns []float32

func (c columns) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var h float32
	for _, o := range objects {
		h = max(h, o.MinSize().Height)
	}
	return fyne.NewSize(0, h)
}

func (c columns) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	x := float32(0)
	for i, o := range objects {
		w := c[i] * size.Width
		if r, ok := o.(*widget.RichText); ok {
			fitTruncation(r, w)
		}
		o.Move(fyne.NewPos(x, 0))
		o.Resize(fyne.NewSize(w, size.Height))
		x += w
	}
}

// barInset lines the bar up with the text of the labels around it.
type barInset struct{}

func (barInset) MinSize(objects []fyne.CanvasObject) fyne.Size {
	m := objects[0].MinSize()
	return fyne.NewSize(m.Width+2*theme.InnerPadding(), m.Height+2*theme.Padding())
}

func (barInset) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	h := objects[0].MinSize().Height
	objects[0].Move(fyne.NewPos(theme.InnerPadding(), (size.Height-h)/2))
	objects[0].Resize(fyne.NewSize(size.Width-2*theme.InnerPadding(), h))
}

// twoLines gives a wrapping label the height of two lines of its text,
// whatever it says, so that every card has the same height; a longer
// title ends in an ellipsis.
type twoLines struct{}

func (twoLines) MinSize(objects []fyne.CanvasObject) fyne.Size {
	one := widget.NewLabelWithStyle("Ag", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}).MinSize()
	line := fyne.MeasureText("Ag", theme.TextSize(), fyne.TextStyle{Bold: true}).Height
	return fyne.NewSize(0, one.Height+line)
}

func (twoLines) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objects {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

// noCheckInsText is the actual of a card with no check-in: none yet while
// one may still come, none once the goal's verdict is due.
func noCheckInsText(s app.Status) string {
	if s.Ended() {
		return lang.L("No check-ins")
	}
	return lang.L("No check-ins yet")
}
