package views

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// fitTruncation has r cut its text short with an ellipsis only when a line
// of it is wider than r will be at width. Fyne shapes every line of a
// RichText that truncates on each refresh and resize, with a HarfBuzz
// font made anew each time (some 75 µs a line), even a line that fits:
// 168 of them on the way to the 200-goal dashboard's first frame. A line
// that fits comes out the same either way, and its width is measured
// (and kept by Fyne) for the RichText's least size anyway. A width not
// known yet (0) leaves the ellipsis, and with it r's least width.
func fitTruncation(r *widget.RichText, width float32) {
	if !fits(r, width) {
		r.Truncation = fyne.TextTruncateEllipsis
		return
	}
	was := r.Truncation
	r.Truncation = fyne.TextTruncateOff
	// Fyne does not lay out again the lines of a RichText resized without
	// truncation to a size it fits in: lines cut short at a narrower size
	// before would stay cut.
	if was != fyne.TextTruncateOff && r.Size().Width > 0 {
		r.Refresh()
	}
}

// fits tells whether every line of r's text fits in r at width.
func fits(r *widget.RichText, width float32) bool {
	if width <= 0 {
		return false
	}
	// RichText lays its text out inside its inner padding; a pixel spare
	// keeps a rounding apart from the shaper's own measure.
	room := width - 2*theme.SizeForWidget(theme.SizeNameInnerPadding, r) - 1
	line := float32(0)
	for _, s := range r.Segments {
		t, ok := s.(*widget.TextSegment)
		if !ok {
			return false
		}
		size := theme.SizeForWidget(theme.SizeNameText, r)
		if t.Style.SizeName != "" {
			size = theme.SizeForWidget(t.Style.SizeName, r)
		}
		line += fyne.MeasureText(t.Text, size, t.Style.TextStyle).Width
		if line > room {
			return false
		}
		if !t.Inline() {
			line = 0
		}
	}
	return true
}
