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
// with six significant digits, "1.23457E+11" or "-1,23457E-05" with a
// decimal comma: what Excel's General format shows of a number too long
// for it, and writes into a CSV file as shown, so that 123456789012 comes
// out as 123,457,000,000. A number format 0.00000E+00 writes the same.
// Programs that write numbers for other programs (pandas, R, Java) write
// every digit, or a lower-case e.
func displayRounded(text string) bool {
	s := strings.TrimPrefix(strings.TrimSpace(text), "-")
	m, exp, ok := strings.Cut(s, "E")
	if !ok || len(m) != 7 || m[1] != '.' && m[1] != ',' || len(exp) < 3 || len(exp) > 4 {
		return false
	}
	return m[0] != '0' && allDigits(m[:1]+m[2:]) && (exp[0] == '+' || exp[0] == '-') && allDigits(exp[1:])
}
