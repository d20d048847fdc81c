package widgets

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// FitLabel is a one-line label that ends its text with an ellipsis when
// the text is wider than the label, as a widget.Label with
// TextTruncateEllipsis does, and takes as little room as one.
//
// It cuts the text only when the text does not fit. Fyne shapes the text
// of a truncating label again on every refresh and resize, with a
// HarfBuzz font made anew each time, even a text that fits. List rows
// are resized and refilled as they show and scroll: clicking through the
// screens of a 200-goal file twice, that shaping was 14–25% of Pacer's
// CPU time. A text that fits is measured once instead, and Fyne keeps
// the measure.
type FitLabel struct {
	widget.Label
}

// NewFitLabel returns a FitLabel showing text.
func NewFitLabel(text string) *FitLabel {
	return NewFitLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{})
}

// NewFitLabelWithStyle returns a FitLabel showing text with the given
// alignment and style.
func NewFitLabelWithStyle(text string, align fyne.TextAlign, style fyne.TextStyle) *FitLabel {
	l := &FitLabel{}
	l.Text, l.Alignment, l.TextStyle = text, align, style
	l.Truncation = fyne.TextTruncateEllipsis
	l.ExtendBaseWidget(l)
	return l
}

// SetText shows text, cut short if the label is too narrow for it.
func (l *FitLabel) SetText(text string) {
	l.Text = text
	l.Refresh()
}

// Refresh draws the label again, cutting its text short only if it does
// not fit.
func (l *FitLabel) Refresh() {
	l.fit(l.Size().Width)
	l.Label.Refresh()
}

// Resize lays the label out at size, cutting its text short only if it
// does not fit in that width.
func (l *FitLabel) Resize(size fyne.Size) {
	if !l.fit(size.Width) {
		l.Label.Resize(size)
		return
	}
	// The text must know whether to truncate before it is laid out, or
	// it is shaped once more for nothing: an uncut text is laid out
	// cheaply at any size, so it learns first; a cut one learns at the
	// new size.
	if l.Truncation == fyne.TextTruncateOff {
		l.Label.Refresh()
		l.Label.Resize(size)
		return
	}
	l.Label.Resize(size)
	l.Label.Refresh()
}

// MinSize is that of a label that truncates with an ellipsis, whether
// the text is cut or not: a label that fits must not hold its window
// wider than one that does not.
func (l *FitLabel) MinSize() fyne.Size {
	min := l.Label.MinSize()
	if l.Truncation != fyne.TextTruncateOff {
		return min
	}
	// As Fyne sizes a truncating label: one "M" and the ellipsis, in the
	// theme's text size and a plain style.
	size := theme.SizeForWidget(theme.SizeNameText, l)
	w := fyne.MeasureText("M", size, fyne.TextStyle{}).Width + fyne.MeasureText("…", size, fyne.TextStyle{}).Width
	return fyne.NewSize(w, min.Height)
}

// fit sets the label's truncation for width, off when the text fits, and
// reports whether it changed.
func (l *FitLabel) fit(width float32) bool {
	want := fyne.TextTruncateEllipsis
	if l.fits(width) {
		want = fyne.TextTruncateOff
	}
	if want == l.Truncation {
		return false
	}
	l.Truncation = want
	return true
}

// fits tells whether the label's text fits on one line at width. A width
// not known yet (0) does not fit, which keeps the ellipsis's least size.
func (l *FitLabel) fits(width float32) bool {
	if width <= 0 || l.Wrapping != fyne.TextWrapOff || strings.ContainsAny(l.Text, "\r\n") {
		return false
	}
	// The text is laid out inside the inner padding; a pixel spare keeps
	// a rounding apart from the shaper's own measure.
	room := width - 2*theme.SizeForWidget(theme.SizeNameInnerPadding, l) - 1
	sizeName := l.SizeName
	if sizeName == "" {
		sizeName = theme.SizeNameText
	}
	return fyne.MeasureText(l.Text, theme.SizeForWidget(sizeName, l), l.TextStyle).Width <= room
}
