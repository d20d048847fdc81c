package notation

import (
	"strings"

	"pacer/app"
)

// Side is the side of the books a ledger or a bank statement writes
// beside an amount, in place of a sign.
type Side int

// The sides: none for an amount without a marker.
const (
	SideNone   Side = iota
	SideCredit      // CR, Cr, 贷
	SideDebit       // DR, Dr, 借
)

// sideMarkers are the markers ReadSideMarked reads, with the side each
// stands for; the Latin ones in any case.
var sideMarkers = []struct {
	text string
	side Side
}{{"cr", SideCredit}, {"dr", SideDebit}, {"贷", SideCredit}, {"借", SideDebit}}

// ReadSideMarked reads an amount that accounting programs and bank
// statements export with its side of the books after or before it in
// place of a sign: "1,234.50 CR", "1,234.50Dr", "CR 1,234.50", "贷 500",
// "500 借", a currency word beside the number or not ("¥1,200 DR"). It
// returns the amount as written, never negative, and its side; which side
// counts as a gain depends on the account (a sales account gains on the
// credit side, a cost account on the debit side), so the caller decides
// the sign. ok is false for anything else, for a side with a sign or
// parentheses of its own ("-5 CR") and for a marker that is part of a
// word or a code ("5 CRC", "DRAFT 5").
func ReadSideMarked(s string, f NumberFormat) (amount float64, side Side, ok bool) {
	body, side := cutSideMarker(app.NormalizeNumber(s))
	if side == SideNone || body == "" || strings.ContainsAny(body[:1], "+-(") {
		return 0, SideNone, false
	}
	v, ok := ReadNumber(body, f)
	if !ok || v < 0 {
		return 0, SideNone, false
	}
	return v, side, true
}

// MarksSide reports, cheaply, whether s may carry a side marker before
// or after it (ReadSideMarked says whether it does): the common cell, a
// plain number, is ruled out by its first and last bytes.
func MarksSide(s string) bool {
	if len(s) < 3 || isDigit(rune(s[len(s)-1])) && isDigit(rune(s[0])) {
		return false // the common cell, read a million times in an import
	}
	s = strings.TrimSpace(s)
	if len(s) < 3 {
		return false
	}
	last, first := s[len(s)-1]|0x20, s[0]|0x20 // ASCII letters in lower case
	return last == 'r' || first == 'c' || first == 'd' ||
		strings.HasSuffix(s, "贷") || strings.HasSuffix(s, "借") || strings.HasPrefix(s, "贷") || strings.HasPrefix(s, "借")
}

// cutSideMarker removes a side marker before or after the normalised s
// and returns what is left, trimmed, and the marker's side; SideNone and
// s when it has none. A Latin marker stands apart from letters: "CRC" is
// a currency code, not CR and C.
func cutSideMarker(s string) (string, Side) {
	for _, m := range sideMarkers {
		n := len(m.text)
		if len(s) > n && strings.EqualFold(s[len(s)-n:], m.text) && !endsInLetter(s[:len(s)-n]) {
			return strings.TrimSpace(s[:len(s)-n]), m.side
		}
		if len(s) > n && strings.EqualFold(s[:n], m.text) && !startsWithLetter(s[n:]) {
			return strings.TrimSpace(s[n:]), m.side
		}
	}
	return s, SideNone
}

// endsInLetter reports whether s ends in a Latin letter.
func endsInLetter(s string) bool {
	return s != "" && isLatinLetter(s[len(s)-1])
}

// startsWithLetter reports whether s starts with a Latin letter.
func startsWithLetter(s string) bool {
	return s != "" && isLatinLetter(s[0])
}

func isLatinLetter(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z'
}
