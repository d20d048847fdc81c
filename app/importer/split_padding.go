package importer

import (
	"strings"

	"pacer/app"
	"pacer/app/notation"
)

// padding is a text file's header line padded with empty fields beyond
// its filled columns (Date,Sales,): width is its number of fields
// (paddedWidth), and split says which of the unnamed columns may hold
// the rest of a number split at its thousands separator (newPadding).
type padding struct {
	width int
	split map[int]bool
}

// newPadding is the padding of t's header line for mapping m, whose
// filled columns are width. An unnamed column is no column of the table
// but room a split number fills when rows leave it empty at least as
// often as they fill it, or every cell filling it is a number's rest
// after the cell before it: a header of two lines pads its first line
// ("日期","收入",,"支出",) over a column every row fills with amounts.
func newPadding(t Table, m Mapping, width int) padding {
	p := padding{width: paddedWidth(t, m, width)}
	if p.width == 0 || t.Separator != ',' {
		return p
	}
	for c := max(width, 1); c < p.width; c++ {
		filled, empty, rests := 0, 0, 0
		for _, row := range t.Rows[m.HeaderRow+1:] {
			switch {
			case importBlankRow(row):
			case c >= len(row) || !importFilled(row[c]):
				empty++
			default:
				filled++
				if splitAt(row, c) {
					rests++
				}
			}
		}
		if rests > 0 && (empty >= filled || rests == filled) {
			if p.split == nil {
				p.split = map[int]bool{}
			}
			p.split[c] = true
		}
	}
	return p
}

// splitInPadding reports whether row, no wider than the header line's
// padding, fills an unnamed column that may be a split number's room
// (newPadding) with the rest of the number before it, as an unquoted
// 1,200 split into 1 | 200 does.
func (pl *importPlanner) splitInPadding(row []Cell) bool {
	for c := range pl.padded.split {
		if c < len(row) && splitAt(row, c) {
			return true
		}
	}
	return false
}

// splitAt reports whether cell c of row is the rest of the number in the
// cell before it, split at its thousands separator: three digits, with
// decimals or not (200, 234.50), after one to three digits behind a
// sign, a bracket or a currency perhaps (1, -12, $1, (1, CN¥1, RMB 1).
func splitAt(row []Cell, c int) bool {
	whole, frac, _ := strings.Cut(importCellText(row[c]), ".")
	if len(whole) != 3 || !allDigits(whole) || !allDigits(frac) {
		return false
	}
	before := importCellText(row[c-1])
	head := strings.TrimRight(before, "0123456789")
	n := len(before) - len(head)
	if n < 1 || n > 3 {
		return false
	}
	if strings.Trim(head, "+-($€£¥ ") == "" {
		return true
	}
	// A currency the number reader knows, written before the digits.
	_, ok := notation.ReadNumber(app.NormalizeNumber(before), notation.NumberFormat{})
	return ok && !strings.ContainsAny(head, ".,0123456789")
}
