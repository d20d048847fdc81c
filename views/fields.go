package views

import (
	"errors"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pacer/app"
	"pacer/app/notation"
	"pacer/views/widgets"
)

// numberField is an entry for a number typed the way people type them
// ("1,234.5", "800万", "8%"), with its error shown right under it.
type numberField struct {
	entry  *widgets.KeyEntry
	msg    *widget.Label
	format notation.NumberFormat
	// currency, when set, is the code of the money the field counts: an
	// amount in another currency is refused (notation.ParseAmount).
	currency string
	// quiet, when set and true, holds back new error messages while the
	// user is still typing; a message already shown is updated or cleared.
	quiet func() bool
	// decimals, when set, are those the value keeps: text that is no
	// number is answered with an example of as many (exampleAt).
	decimals *int
	// reads says what a value typed with a magnitude reads as ("85万" →
	// "Reads as CN¥850,000"), so that 万 typed for 千 shows before it is
	// saved; hidden for a value written in figures alone, nil in a field
	// that has no room for it (withoutReads).
	reads *widget.Label
	// written writes a value at decimals places as reads shows it
	// (readsValuesOf); nil: in figures, as the field would be filled in
	// (inputText).
	written func(v float64, decimals int) string
}

func newNumberField(placeholder string, changed func()) *numberField {
	f := &numberField{entry: widgets.NewEntry(), msg: widget.NewLabel(""), reads: widget.NewLabel("")}
	f.reads.Wrapping = fyne.TextWrapWord
	f.reads.Hide()
	f.entry.SetPlaceHolder(placeholder)
	f.msg.Importance = widget.DangerImportance
	f.msg.Wrapping = fyne.TextWrapWord
	f.msg.Hide()
	f.entry.OnChanged = func(string) {
		if changed != nil {
			changed()
			return
		}
		_, _, _ = f.value()
	}
	return f
}

func (f *numberField) object() fyne.CanvasObject {
	return f.objectAround(f.entry)
}

// objectAround is the field laid out with entry, the entry itself or a
// box holding it, in its place: its message and what it reads as below.
func (f *numberField) objectAround(entry fyne.CanvasObject) fyne.CanvasObject {
	if f.reads == nil {
		return container.NewVBox(entry, f.msg)
	}
	return container.NewVBox(entry, f.msg, f.reads)
}

// withoutReads leaves out the line saying what a value with a magnitude
// reads as: the bulk check-in's rows are as high as their messages alone
// need.
func (f *numberField) withoutReads() *numberField {
	f.reads = nil
	return f
}

// value reads the field: ok is false when it is empty; a typing error is
// also shown under the field.
func (f *numberField) value() (v float64, ok bool, err error) {
	if f.entry.Text == "" {
		f.setError(nil)
		f.showReads(0, false)
		return 0, false, nil
	}
	v, err = notation.ParseAmount(f.entry.Text, f.format, f.currency)
	if f.decimals != nil {
		err = exampleAt(err, f.format, *f.decimals)
	}
	f.setError(err)
	f.showReads(v, err == nil && notation.Magnitude(f.entry.Text) > 0)
	if err != nil {
		return 0, false, err
	}
	return v, true, nil
}

// shortestDecimals is how many decimal places v's shortest spelling has.
func shortestDecimals(v float64) int {
	text := strconv.FormatFloat(v, 'f', -1, 64)
	if i := strings.IndexByte(text, '.'); i >= 0 {
		return len(text) - i - 1
	}
	return 0
}

// showReads shows what the text reads as, v, when shown; else nothing.
func (f *numberField) showReads(v float64, shown bool) {
	if f.reads == nil {
		return
	}
	if !shown {
		if !f.reads.Hidden {
			f.reads.Hide()
		}
		return
	}
	// Every decimal the value has: one the goal does not keep is refused
	// on saving, and must not look rounded away here.
	decimals := shortestDecimals(v)
	if f.decimals != nil {
		decimals = max(decimals, *f.decimals)
	}
	text := inputText(v, decimals, f.format)
	if f.written != nil {
		text = f.written(v, decimals)
	}
	f.reads.SetText(lang.L("Reads as {{.Value}}", map[string]any{"Value": text}))
	f.reads.Show()
}

func (f *numberField) setError(err error) {
	if err == nil {
		f.msg.SetText("")
		f.msg.Hide()
		return
	}
	if f.quiet != nil && f.quiet() && f.msg.Hidden {
		return
	}
	f.msg.SetText(errorText(err))
	f.msg.Show()
}

// setValue shows v at the given precision, or clears the field for nil.
func (f *numberField) setValue(v *float64, decimals int) {
	if v == nil {
		f.entry.SetText("")
		return
	}
	f.entry.SetText(inputText(*v, decimals, f.format))
}

// currencyOf is the code of the money goal g counts ("CNY"), or "" for a
// goal that counts no money.
func currencyOf(g app.Goal) string {
	if g.Unit != app.UnitCurrency {
		return ""
	}
	return g.UnitLabel
}

// readsValuesOf makes f read values of goal g written in format nf: an
// amount in another currency than g's is refused, and text that is no
// number is answered with an example at g's decimals.
func (f *numberField) readsValuesOf(g app.Goal, nf notation.NumberFormat) {
	d := app.Decimals(g)
	f.format, f.currency, f.decimals = nf, currencyOf(g), &d
	f.written = func(v float64, decimals int) string {
		return app.WithCountUnit(g, app.FormatValue(v, decimals, g.Unit, g.UnitLabel))
	}
}

// parseAmountOf reads text as a value of goal g (notation.ParseAmount),
// and answers text that is no number with an example g accepts.
func parseAmountOf(text string, nf notation.NumberFormat, g app.Goal) (float64, error) {
	v, err := notation.ParseAmount(text, nf, currencyOf(g))
	return v, exampleAt(err, nf, app.Decimals(g))
}

// exampleAt is err, when it says the text is no number, with its example
// at the decimals the value keeps: "Type a number such as 1,234.5." on a
// goal of whole customers proposed a value it refuses for its decimal.
func exampleAt(err error, nf notation.NumberFormat, decimals int) error {
	var e *app.Error
	if !errors.Is(err, notation.ErrNumber) || !errors.As(err, &e) || e.Message != notation.MsgNumber {
		return err
	}
	c := *e
	c.Args = map[string]any{"Example": nf.ExampleAt(decimals)}
	return &c
}

// errorText is the translated sentence for an error from app or data.
func errorText(err error) string {
	return userMessage(err)
}

// fieldError is an error the user made in one field, shown as a sentence.
// missing marks a field left empty, as opposed to one that cannot be read.
type fieldError struct {
	text    string
	missing bool
}

func (e fieldError) Error() string { return e.text }

func layoutSpacer() fyne.CanvasObject { return layout.NewSpacer() }

// stepHeading is the short explanation at the top of a wizard step.
func stepHeading(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	return l
}

// stepPage lays out a wizard step: its heading, a form of its fields, what
// follows the form, and its SMART check under a line.
func stepPage(heading string, check *widgets.CheckPanel, rows []*widget.FormItem, after ...fyne.CanvasObject) fyne.CanvasObject {
	return stepFormPage(heading, check, widget.NewForm(rows...), after...)
}

// stepFormPage is stepPage around a form the step keeps, to rename a row.
func stepFormPage(heading string, check *widgets.CheckPanel, form *widget.Form, after ...fyne.CanvasObject) fyne.CanvasObject {
	objects := append([]fyne.CanvasObject{stepHeading(heading), form}, after...)
	return container.NewVBox(append(objects, widget.NewSeparator(), check.Object())...)
}

// inputText writes a value into an entry the way the user types numbers, so
// that reading the entry back gives the same value: "12,000.5", or
// "12.000,5" where the decimal comma is the custom.
func inputText(v float64, decimals int, nf notation.NumberFormat) string {
	text := app.FormatValue(v, decimals, app.UnitCount, "")
	if !nf.DecimalComma {
		return text
	}
	return strings.Map(func(r rune) rune {
		switch r {
		case ',':
			return '.'
		case '.':
			return ','
		}
		return r
	}, text)
}

// newBorder is container.NewBorder with its objects in reading order (top,
// left, centre, right, bottom), which is the order Tab visits them in;
// container.NewBorder puts the centre first.
func newBorder(top, bottom, left, right fyne.CanvasObject, center ...fyne.CanvasObject) *fyne.Container {
	var objects []fyne.CanvasObject
	for _, o := range [][]fyne.CanvasObject{{top, left}, center, {right, bottom}} {
		for _, x := range o {
			if x != nil {
				objects = append(objects, x)
			}
		}
	}
	return container.New(layout.NewBorderLayout(top, bottom, left, right), objects...)
}

// atLeast lays out o no narrower than ems times the text size, so that a
// Select shows its longest choice ("2023年第1季度") whole rather than cut.
func atLeast(ems float32, o fyne.CanvasObject) fyne.CanvasObject {
	return container.New(minWidthLayout{ems: ems}, o)
}

type minWidthLayout struct{ ems float32 }

// upTo lays out label as wide as its text, up to ems times the text size;
// a longer text is cut short with an ellipsis.
func upTo(ems float32, label *widget.Label) fyne.CanvasObject {
	label.Truncation = fyne.TextTruncateEllipsis
	return container.New(maxWidthLayout{ems: ems, label: label}, label)
}

// maxWidthLayout lays out a label at most ems text sizes wide.
type maxWidthLayout struct {
	ems   float32
	label *widget.Label
}

// MinSize is the label's text's width, up to ems text sizes, at its height.
func (l maxWidthLayout) MinSize([]fyne.CanvasObject) fyne.Size {
	size := theme.SizeForWidget(theme.SizeNameText, l.label)
	// A pixel spare keeps a rounding apart from the shaper's own measure.
	text := fyne.MeasureText(l.label.Text, size, l.label.TextStyle).Width + 2*theme.SizeForWidget(theme.SizeNameInnerPadding, l.label) + 1
	return fyne.NewSize(min(text, l.ems*size), l.label.MinSize().Height)
}

// Layout gives the label the whole space.
func (l maxWidthLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	objects[0].Resize(size)
	objects[0].Move(fyne.NewPos(0, 0))
}

func (l minWidthLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	min := objects[0].MinSize()
	return fyne.NewSize(max(min.Width, l.ems*theme.TextSize()), min.Height)
}

func (l minWidthLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	objects[0].Resize(size)
	objects[0].Move(fyne.NewPos(0, 0))
}

// fitOptions lays out sel wide enough to show each of its options whole.
// Fyne sizes a Select by its placeholder alone, so a longer option, as
// "All perspectives" is, showed cut ("All perspec…").
func fitOptions(sel *widgets.KeySelect) fyne.CanvasObject {
	return container.New(fitOptionsLayout{sel}, sel)
}

// fitOptionsLayout lays out a drop-down as wide as its widest option.
type fitOptionsLayout struct{ sel *widgets.KeySelect }

// MinSize is the drop-down's, widened to its widest option.
func (l fitOptionsLayout) MinSize([]fyne.CanvasObject) fyne.Size {
	min := l.sel.MinSize()
	textSize := theme.SizeForWidget(theme.SizeNameText, l.sel)
	width := func(s string) float32 { return fyne.MeasureText(s, textSize, fyne.TextStyle{}).Width }
	frame := min.Width - width(l.sel.PlaceHolder) // the padding and the drop-down icon
	widest := float32(0)
	for _, o := range l.sel.Options {
		widest = max(widest, width(o))
	}
	// A pixel spare keeps a rounding apart from the shaper's own measure.
	return fyne.NewSize(max(min.Width, frame+widest+1), min.Height)
}

// Layout gives the drop-down the whole space.
func (l fitOptionsLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	objects[0].Resize(size)
	objects[0].Move(fyne.NewPos(0, 0))
}
