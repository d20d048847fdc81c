package importer

import "strings"

// noteRounded counts value text that may be a rounded display
// (displayRounded), keeping the first for the check's summary: the value
// is imported as it reads, but the workbook it came from may hold more.
func (pl *importPlanner) noteRounded(c Cell, text string) {
	if c.Kind != CellText || !displayRounded(text) {
		return
	}
	if pl.plan.Rounded == 0 {
		pl.plan.RoundedText = strings.TrimSpace(text)
	}
	pl.plan.Rounded++
}

// displayRounded reports whether text is a number in scientific notation
// as a spreadsheet shows it, with a capital E, a signed exponent of two or
// more digits and at most six significant digits: "1.23457E+11", "1.5E+11"
// or "-1,2E-05" with a decimal comma. That is what Excel's General format
// shows of a number too long for its cell, rounded to six significant
// digits and then stripped of trailing zeros, and writes into a CSV file
// as shown: 123456789012 comes out as 1.23457E+11 and 150000000001 as
// 1.5E+11. A number format such as 0.00000E+00 writes the same. Programs
// that write numbers for other programs (pandas, R, Java) write every
// digit, a lower-case e or an exponent without its sign.
func displayRounded(text string) bool {
	s := strings.TrimPrefix(strings.TrimSpace(text), "-")
	m, exp, ok := strings.Cut(s, "E")
	if !ok || len(exp) < 3 || len(exp) > 4 || exp[0] != '+' && exp[0] != '-' || !allDigits(exp[1:]) {
		return false
	}
	if len(m) > 1 {
		if len(m) < 3 || len(m) > 7 || m[1] != '.' && m[1] != ',' {
			return false
		}
		m = m[:1] + m[2:]
	}
	return m[0] != '0' && allDigits(m)
}
