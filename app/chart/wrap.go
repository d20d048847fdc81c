package chart

import (
	"strings"
	"unicode"
)

// Category labels (goal titles beside the rows, periods under the
// columns) take the room the chart has: one line when it fits, else two
// lines broken between words (or between Chinese characters), and only
// then shortened with an ellipsis.

// labelLines is a category label laid out in lines.
type labelLines []string

// wrapLabels lays each label out in at most maxLines lines (1 or 2) no
// wider than width at size pixels, and returns them with the width of the
// widest line.
func (p *painter) wrapLabels(labels []string, size, width float64, maxLines int) ([]labelLines, float64) {
	out := make([]labelLines, len(labels))
	widest := 0.0
	for i, l := range labels {
		out[i] = p.wrapLabel(strings.TrimSpace(l), size, width, maxLines)
		for _, line := range out[i] {
			widest = max(widest, p.textWidth(line, size))
		}
	}
	return out, widest
}

// wrapLabel lays s out in at most maxLines lines no wider than width: as
// it is when it fits, else broken where the two lines are most even, else
// with as much as fits on the first line and the rest, shortened with an
// ellipsis, on the second.
func (p *painter) wrapLabel(s string, size, width float64, maxLines int) labelLines {
	if maxLines < 2 || p.textWidth(s, size) <= width {
		_, s = p.fit(s, size, size, width)
		return labelLines{s}
	}
	splits := breaks(s)
	if even, w := p.evenLines(s, splits, size); len(even) == 2 && w <= width {
		return even
	}
	// Too long for two even lines: fill the first, cut the second.
	for i := len(splits) - 1; i >= 0; i-- {
		if p.textWidth(splits[i][0], size) <= width {
			_, rest := p.fit(splits[i][1], size, size, width)
			return labelLines{splits[i][0], rest}
		}
	}
	_, s = p.fit(s, size, size, width)
	return labelLines{s}
}

// evenLines is s in the two lines of splits whose wider one is narrowest
// (s alone without a split), and that width.
func (p *painter) evenLines(s string, splits [][2]string, size float64) (labelLines, float64) {
	best, bestW := labelLines{s}, p.textWidth(s, size)
	for i, sp := range splits {
		if w := max(p.textWidth(sp[0], size), p.textWidth(sp[1], size)); i == 0 || w < bestW {
			best, bestW = labelLines{sp[0], sp[1]}, w
		}
	}
	return best, bestW
}

// columnLabels lays the labels under columns slot pixels wide out: all on
// one line when they fit, else each in two even lines where it can break.
// Nothing is cut: labels still too wide are thinned out when drawn.
func (p *painter) columnLabels(labels []string, size, slot float64) []labelLines {
	out := make([]labelLines, len(labels))
	wrap := false
	for i, l := range labels {
		out[i] = labelLines{strings.TrimSpace(l)}
		wrap = wrap || p.textWidth(out[i][0], size) > slot-0.8*p.em && len(breaks(out[i][0])) > 0
	}
	if wrap {
		for i, l := range out {
			out[i], _ = p.evenLines(l[0], breaks(l[0]), size)
		}
	}
	return out
}

// breaks are the ways s may be cut in two lines: at a space (which goes),
// after a hyphen or a dash, and between Chinese characters, except before
// closing punctuation, after opening punctuation and inside a number with
// its Chinese unit ("2023年", "6000万").
func breaks(s string) [][2]string {
	r := []rune(s)
	var out [][2]string
	for i := 1; i < len(r); i++ {
		a, b := r[i-1], r[i]
		var first, second string
		switch {
		case a == ' ':
			first, second = string(r[:i-1]), string(r[i:])
		case b == ' ':
			continue
		case strings.ContainsRune("-–—/", a) && i > 1 && r[i-2] != ' ':
			first, second = string(r[:i]), string(r[i:])
		case (isCJK(a) || isCJK(b)) && !noBreakBetween(a, b):
			first, second = string(r[:i]), string(r[i:])
		default:
			continue
		}
		first, second = strings.TrimSpace(first), strings.TrimSpace(second)
		if first != "" && second != "" {
			out = append(out, [2]string{first, second})
		}
	}
	return out
}

// isCJK reports whether r is a Chinese (or Japanese, or Korean) character
// or punctuation, between which lines may break.
func isCJK(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) ||
		(r >= 0x3000 && r <= 0x303F) || (r >= 0xFF00 && r <= 0xFFEF)
}

// noBreakBetween keeps a and b on one line: closing punctuation stays with
// what it closes, opening punctuation with what it opens, and a Latin
// letter or digit with the Chinese unit after it.
func noBreakBetween(a, b rune) bool {
	const closing, opening = "，。、；：！？）」』》〉】”’％%·…", "（「『《〈【“‘"
	if strings.ContainsRune(closing, b) || strings.ContainsRune(opening, a) {
		return true
	}
	return a < unicode.MaxASCII && (unicode.IsLetter(a) || unicode.IsDigit(a) || a == '.' || a == '%') && isCJK(b)
}
