package views

import (
	"strings"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// oneLineFit tells cheaply whether a label's text surely fits on one line
// of a given width: the widths of its characters, each measured once,
// added up with some to spare. Laying a wrapped label out shapes its
// whole text, some 150 µs a title the first time; this takes a few
// hundred nanoseconds. Text that may not fit is the caller's to lay out.
type oneLineFit struct {
	size   float32
	widths map[rune]float32
}

func newOneLineFit() *oneLineFit {
	return &oneLineFit{size: theme.TextSize(), widths: map[rune]float32{}}
}

// fits says whether text fits one line of a label width wide.
func (f *oneLineFit) fits(text string, width float32) bool {
	if strings.ContainsAny(text, "\n\r\t") {
		return false
	}
	return f.textWidth(text) <= width-2*theme.InnerPadding()
}

// textWidth is at least the width of text on one line. Kerning and
// ligatures only narrow a text, so the sum of its characters is an upper
// bound; the 5% covers rounding.
func (f *oneLineFit) textWidth(text string) float32 {
	var w float32
	for _, r := range text {
		w += f.width(r)
	}
	return w * 1.05
}

// width is the advance of r alone. Wide East Asian characters are one em
// in every CJK font, and measuring each of thousands would cost what
// this saves.
func (f *oneLineFit) width(r rune) float32 {
	if isWide(r) {
		return f.size
	}
	if w, ok := f.widths[r]; ok {
		return w
	}
	w := fyne.MeasureText(string(r), f.size, fyne.TextStyle{}).Width
	f.widths[r] = w
	return w
}

// isWide says whether r is a CJK ideograph, kana, Hangul syllable, CJK
// punctuation or a fullwidth form.
func isWide(r rune) bool {
	switch {
	case r >= 0x3000 && r <= 0x303F, r >= 0xFF01 && r <= 0xFF60:
		return true
	}
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul)
}
