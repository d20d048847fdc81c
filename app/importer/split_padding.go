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
// but room a split number fills (isRoom) when rows leave it empty at
// least as often as they fill it and one filling it is a number's rest
// or was pushed there by one (restOrPushed), or every cell filling it is
// a number's rest after the cell before it, or, under a header line whose
// columns have no gap, every cell filling it is a rest or a text pushed
// there (a region after 1 | 200): a header of two lines pads its first
// line ("日期","收入",,"支出",) over a column every row fills with
// amounts, which may read as rests and push the cells after them.
func newPadding(t Table, m Mapping, width int) padding {
	p := padding{width: paddedWidth(t, m, width)}
	if p.width == 0 || t.Separator != ',' {
		return p
	}
	gapless := filledCount(t.Rows[m.HeaderRow][:width]) == width
	for c := max(width, 1); c < p.width; c++ {
		if paddingCounts(t, m, c).isRoom(gapless) {
			if p.split == nil {
				p.split = map[int]bool{}
			}
			p.split[c] = true
		}
	}
	return p
}

// roomCounts are the rows below a header that fill an unnamed column or
// leave it empty; of those filling it, rests hold a number's rest and
// pushed a cell such a rest pushed there, texts of them no number.
type roomCounts struct {
	filled, empty, rests, pushed, texts int
}

// paddingCounts counts the rows of t below the header by column c.
func paddingCounts(t Table, m Mapping, c int) roomCounts {
	var n roomCounts
	for _, row := range t.Rows[m.HeaderRow+1:] {
		switch {
		case importBlankRow(row):
		case c >= len(row) || !importFilled(row[c]):
			n.empty++
		case splitAt(row, c):
			n.filled++
			n.rests++
		case pushedAt(row, c):
			n.filled++
			n.pushed++
			if _, ok := notation.ReadNumber(app.NormalizeNumber(importCellText(row[c])), notation.NumberFormat{}); !ok {
				n.texts++
			}
		default:
			n.filled++
		}
	}
	return n
}

// isRoom reports whether counts n make an unnamed column a split
// number's room (newPadding); gapless is true when the header line names
// each of its columns.
func (n roomCounts) isRoom(gapless bool) bool {
	switch {
	case n.rests+n.pushed > 0 && n.empty >= n.filled:
		return true
	case n.rests > 0 && n.rests == n.filled:
		return true
	}
	return gapless && n.pushed > 0 && n.texts == n.pushed && n.rests+n.pushed == n.filled
}

// splitInPadding reports whether row, no wider than the header line's
// padding, fills an unnamed column that may be a split number's room
// (newPadding) with the rest of the number before it, as an unquoted
// 1,200 split into 1 | 200 does, or with a cell such a rest pushed there.
func (pl *importPlanner) splitInPadding(row []Cell) bool {
	for c := range pl.padded.split {
		if c < len(row) && restOrPushed(row, c) {
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

// restOrPushed reports whether cell c of row is the rest of a number
// split at its thousands separator, or a filled cell pushed there by such
// a rest before it: under Date,Revenue,Region, the row 2023-03-31,1,200,North
// fills the unnamed fourth column with the region.
func restOrPushed(row []Cell, c int) bool {
	return splitAt(row, c) || pushedAt(row, c)
}

// pushedAt reports whether cell c of row is filled and a cell before it
// is the rest of a number split at its thousands separator.
func pushedAt(row []Cell, c int) bool {
	if !importFilled(row[c]) {
		return false
	}
	for k := 1; k < c; k++ {
		if splitAt(row, k) {
			return true
		}
	}
	return false
}

// shiftedCell is the cell of column col of the current row as the file
// meant it: in a row with more cells than the header (overfull), each
// number split at its thousands separator at or before the column, 1 |
// 200 of an unquoted 1,200, moved it one column on, so that a goal
// column after the amount read 200 and the row was passed over as naming
// no chosen goal, a filter's read 200 and left the row out.
func (pl *importPlanner) shiftedCell(t Table, i, col int) Cell {
	if !pl.over || i != pl.cur {
		return t.Cell(i, col)
	}
	row := t.Rows[i]
	shift := 0
	for k := 1; k <= col+shift && k < len(row); k++ {
		if splitAt(row, k) {
			shift++
		}
	}
	return t.Cell(i, col+shift)
}
