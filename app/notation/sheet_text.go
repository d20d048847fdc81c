package notation

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// WordJoiner (U+2060) is the invisible character SheetText puts before a
// text that a spreadsheet would read as a value. It shows nothing, so the
// cell reads, prints and is found by a search as the text it is, and no
// number or date starts with it: LibreOffice Calc keeps such a cell as
// text (tested), as Excel does any cell it cannot read as a value. A
// no-break space does not do: LibreOffice trims it and reads "\u00a02026"
// as the number 2026. Look-alikes such as U+2215 for "/" would leave
// "0012", "1.50" and "12%" unguarded, and a search for "2026-03" would
// miss "2026‑03".
const WordJoiner = "\u2060"

// SheetText is text s as a CSV export writes it for a spreadsheet to
// show as exactly that text: after a WordJoiner when ReadsAsValue says a
// spreadsheet opening the file would turn it into a number, a date, a
// time, a percent, a fraction or TRUE/FALSE ("0012" into 12, "Mar 2026"
// into 1 March, "2026-03" into a date in Excel, "2/3" into 3 February);
// s unchanged otherwise, as "3-4 stores" and "1E5 target" stay text.
func SheetText(s string) string {
	if guarded(s) {
		return WordJoiner + s
	}
	return s
}

// PlainSheetText is s without the WordJoiner that SheetText put before
// it, for reading back what Pacer's exports wrote; a text that SheetText
// would not have guarded keeps it.
func PlainSheetText(s string) string {
	if rest, ok := strings.CutPrefix(s, WordJoiner); ok && guarded(rest) {
		return rest
	}
	return s
}

// guarded reports whether SheetText puts a WordJoiner before s: when a
// spreadsheet would read it as a value, and when it is such a text after
// word joiners of its own, which PlainSheetText would otherwise take for
// the guard and drop.
func guarded(s string) bool {
	return ReadsAsValue(strings.TrimLeft(s, WordJoiner))
}

// ReadsAsValue reports whether a spreadsheet may read text s as a value
// rather than text. Excel and LibreOffice Calc read a cell as a number,
// date, time, percent or fraction only when every part of it belongs to
// how these are written: digits, signs, separators, %, currency symbols,
// English month and weekday names, AM/PM, the exponent E, and the
// Chinese units of dates and times (年, 月, 日, 时, 分, 秒, 上午, 下午).
// So it answers true for a text of digits and only such parts, and for
// TRUE and FALSE; one other word ("stores", "target", 季度) keeps a cell
// text in both programs (LibreOffice Calc tested; Excel, not at hand, by
// its documented turning of what looks like a number or date into one).
// It errs on the side of true: LibreOffice keeps "2026-03" and "2026年3月"
// as text, which Excel is reported to read as months.
func ReadsAsValue(s string) bool {
	s = strings.TrimSpace(s)
	if strings.EqualFold(s, "true") || strings.EqualFold(s, "false") {
		return true
	}
	digits := false
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case isDigit(halfWidth(r)):
			digits = true
		case strings.ContainsRune(valueMarks, halfWidth(r)):
		case isASCIILetter(r):
			n = wordEnd(s[i:])
			if !valueWords[strings.ToLower(s[i:i+n])] {
				return false
			}
		default:
			return false
		}
		i += n
	}
	return digits
}

// valueMarks are the characters other than digits and words that numbers,
// dates and times are written with, full-width ones as halfWidth folds
// them: signs, separators, brackets of a negative, currency symbols and
// the Chinese units.
const valueMarks = " \t\u00a0\u202f\u3000.,/-−:+()%$€£¥₩年月日号时時分秒点上下午"

// valueWords are the English words dates and numbers are written with:
// months and weekdays, in full and short, AM and PM, the exponent E and
// the T of an ISO 8601 date and time.
var valueWords = func() map[string]bool {
	m := map[string]bool{"am": true, "pm": true, "a": true, "p": true, "e": true, "t": true, "sept": true}
	for _, names := range append(monthNames[:], weekdayNames[:]...) {
		w := names[0] // English; the other languages' names keep a text as text
		m[w], m[w[:3]] = true, true
	}
	return m
}()

// halfWidth is r as its half-width form when it is a full-width ASCII
// character ("２０２６／３" is read as "2026/3").
func halfWidth(r rune) rune {
	if r >= '！' && r <= '～' {
		return r - 0xFEE0
	}
	return r
}

// isASCIILetter reports whether r is an ASCII letter.
func isASCIILetter(r rune) bool { return r < 128 && unicode.IsLetter(r) }

// wordEnd is the length of the run of ASCII letters s starts with.
func wordEnd(s string) int {
	n := 0
	for n < len(s) && isASCIILetter(rune(s[n])) {
		n++
	}
	return n
}
