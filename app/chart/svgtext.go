package chart

import "strings"

// svgEscape writes s as the text of an SVG element: &, < and > as
// entities, and each character XML cannot hold, such as the vertical tab
// Word puts in a title pasted with a manual line break, or a byte that is
// not UTF-8, as U+FFFD, as the deck writes them. Left in, one such
// character made the whole file unreadable: browsers, Inkscape and
// PowerPoint refuse an SVG that is not well-formed XML.
func svgEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case !xmlChar(r):
			b.WriteRune('\uFFFD')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// xmlChar reports whether XML 1.0 can hold r (its production Char).
func xmlChar(r rune) bool {
	return r == '\t' || r == '\n' || r == '\r' ||
		r >= 0x20 && r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF
}
