package app

import (
	"strings"
	"unicode"
)

// numberRunes are the full-width and typographic characters people type in
// numbers, with the ASCII they stand for.
var numberRunes = map[rune]rune{
	'．': '.', '，': ',', '％': '%', '＋': '+', '（': '(', '）': ')',
	'−': '-', '－': '-', '﹣': '-', '–': '-',
	'＄': '$', '￥': '¥', '￡': '£',
}

// NormalizeNumber maps full-width and typographic characters to ASCII,
// turns every kind of space into ' ', drops zero-width characters and
// trims.
func NormalizeNumber(s string) string {
	return strings.TrimSpace(strings.Map(func(r rune) rune {
		switch {
		case r >= '０' && r <= '９':
			return '0' + (r - '０')
		case r == '\u200b' || r == '\ufeff':
			return -1
		case unicode.IsSpace(r):
			return ' '
		}
		if a, ok := numberRunes[r]; ok {
			return a
		}
		return r
	}, s))
}
