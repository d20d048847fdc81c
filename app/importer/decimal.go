package importer

import (
	"strings"

	"pacer/app"
	"pacer/app/notation"
)

// DecimalEvidence is what a table's text says about how it writes decimals.
type DecimalEvidence struct {
	// Point and Comma count the cells that read as a number only with a
	// decimal point ("1,234.56", "12.5") or only with a decimal comma
	// ("1.234,56", "12,5").
	Point, Comma int
	// Either counts the cells that read as different numbers either way
	// ("1,500" is 1500 or 1.5, "12.500" 12.5 or 12500): those a wrong
	// choice misreads without a word.
	Either int
	// Separator is the text file's field separator, 0 for a workbook.
	Separator rune
}

// DetectDecimals gathers the DecimalEvidence of the text cells of t, below
// the header and in the first rows, in every column but skip (the dates,
// "05.01.2023"). Workbook numbers say nothing: they are read exactly.
func DetectDecimals(t Table, skip int) DecimalEvidence {
	e := DecimalEvidence{Separator: t.Separator}
	for r := headerRows(t); r < len(t.Rows) && r < guessRows; r++ {
		for col, c := range t.Rows[r] {
			if col == skip || c.Kind != CellText {
				continue
			}
			p, q, point, comma := readEitherWay(app.NormalizeNumber(strings.TrimSpace(c.Text)))
			switch {
			case point && comma && p != q:
				e.Either++
			case point && !comma:
				e.Point++
			case comma && !point:
				e.Comma++
			}
		}
	}
	return e
}

// Clear is the decimal comma choice the evidence makes, ok false when it
// makes none: the Written one; or else, with no numbers that read one way
// only, a ';' separator, which Excel and WPS write where numbers have
// decimal commas.
func (e DecimalEvidence) Clear() (comma, ok bool) {
	if comma, ok := e.Written(); ok {
		return comma, true
	}
	semicolon := e.Point == 0 && e.Comma == 0 && e.Separator == ';'
	return semicolon, semicolon
}

// Written is the decimal comma choice the numbers themselves make, ok
// false when they make none: numbers that read only one way (1,234.56),
// and none only the other (1.234,56). It outweighs the choice remembered
// for a layout, which the separator does not: a layout's files share
// their separator, and the user may have unticked the semicolon's guess.
func (e DecimalEvidence) Written() (comma, ok bool) {
	if (e.Point > 0) == (e.Comma > 0) {
		return false, false
	}
	return e.Comma > 0, true
}

// Suggests is the decimal comma choice the evidence leans to, ok false
// when it leans to none: the Clear one; else what most numbers that read
// one way say; else the separator's, a ',' suggesting decimal points.
func (e DecimalEvidence) Suggests() (comma, ok bool) {
	if comma, ok := e.Clear(); ok {
		return comma, true
	}
	switch {
	case e.Point != e.Comma:
		return e.Comma > e.Point, true
	case e.Separator == ';' || e.Separator == ',':
		return e.Separator == ';', true
	}
	return false, false
}

// Ambiguous reports whether reading decimals with comma as the choice may
// misread the table unnoticed: some numbers read as different numbers
// either way, and the evidence suggests the other choice, or none but the
// field separator does (Undecided).
func (e DecimalEvidence) Ambiguous(comma bool) bool {
	if e.Undecided() {
		return true
	}
	other, ok := e.Suggests()
	return e.Either > 0 && ok && other != comma
}

// Undecided reports whether numbers read as different numbers either way
// and no number reads one way only, nor a comma separator says decimal
// points: a semicolon, which LibreOffice writes with the sheet's own
// decimal points too (12,000;15,000 read as 12 and 15 without a word), or
// a tab, leans no surer way.
func (e DecimalEvidence) Undecided() bool {
	return e.Either > 0 && e.Point == 0 && e.Comma == 0 && e.Separator != ','
}

// readEitherWay reads the normalised s with a decimal point (p, point)
// and with a decimal comma (q, comma) as readQuantity does or, when it
// reads neither way, as a value column reads an exponent without its sign
// (ReadBareExponent): a file whose values are all 1.5E7 or 1,5E7 says
// how it writes decimals, and a code such as 1E5 reads the same either way.
func readEitherWay(s string) (p, q float64, point, comma bool) {
	p, point = readQuantity(s, notation.NumberFormat{})
	q, comma = readQuantity(s, notation.NumberFormat{DecimalComma: true})
	if !point && !comma {
		p, point = notation.ReadBareExponent(s, notation.NumberFormat{})
		q, comma = notation.ReadBareExponent(s, notation.NumberFormat{DecimalComma: true})
	}
	return p, q, point, comma
}

// readQuantity reads the normalised s as ReadNumber does or, when a unit
// follows the number ("1.200 kg", "3,5 t"), as ReadNumberUnit does: the
// number says how the file writes decimals either way.
func readQuantity(s string, f notation.NumberFormat) (float64, bool) {
	if v, ok := notation.ReadNumber(s, f); ok {
		return v, true
	}
	if v, _, ok := notation.ReadNumberUnit(s, f); ok {
		return v, true
	}
	v, _, ok := notation.ReadSideMarked(s, f) // "1,234.50 CR": a ledger's amount
	return v, ok
}
