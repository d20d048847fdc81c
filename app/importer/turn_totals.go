package importer

import "pacer/app/notation"

// turnedTotal is the first of names, the labels of row i, that labels a
// row of totals, "" when none does: a label of totals for sure (合计,
// Total), or a label "X Total" where X labels another row in its column
// (Beijing Total under Beijing's stores) or the row's months hold the
// sums of the rows next to it (Day Total), not a product's (Colgate
// Total), which had been left out of the turned table.
func (tu *turner) turnedTotal(i int, names []string) string {
	for c, n := range names {
		sure, of := totalLabel(n)
		if sure || of != "" && (tu.labelled(c, of) || tu.sumsUp(i)) {
			return n
		}
	}
	return ""
}

// labelled reports whether a row below the months holds the folded text
// of in label column tu.shown[c].
func (tu *turner) labelled(c int, of string) bool {
	for r := tu.r + 1; r < len(tu.t.Rows); r++ {
		if cell := rowCell(tu.t.Rows[r], tu.shown[c]); cell.Kind == CellText && cell.Text != "" && foldTotal(cell.Text) == of {
			return true
		}
	}
	return false
}

// sumsUp reports whether each month of row i that holds a number holds the
// sum of the rows above it up to a row of totals or the months, or, when
// there are none, of those below it, as Excel's subtotals do.
func (tu *turner) sumsUp(i int) bool {
	for _, step := range []int{-1, 1} {
		var parts []int
		for r := i + step; r > tu.r && r < len(tu.t.Rows) && !tu.totalLabelled(r); r += step {
			if !importBlankRow(tu.t.Rows[r]) {
				parts = append(parts, r)
			}
		}
		if len(parts) > 0 {
			return len(parts) >= minTotalParts && tu.sumOf(i, parts)
		}
	}
	return false
}

// totalLabelled reports whether a label cell of row r may label totals.
func (tu *turner) totalLabelled(r int) bool {
	for _, c := range tu.shown {
		if isTotalLabel(rowCell(tu.t.Rows[r], c).Text) {
			return true
		}
	}
	return false
}

// sumOf reports whether row i has a number in a month, and each of them
// is the sum of the rows parts' numbers in that month.
func (tu *turner) sumOf(i int, parts []int) bool {
	return partsSum(i, parts, tu.months, func(r, c int) (float64, bool, bool) { return turnedNumber(rowCell(tu.t.Rows[r], c)) })
}

// turnedNumber is the number of a month's cell, read before the user
// chose how the file writes numbers: a workbook's number, or text as
// ParseNumber reads it by default. filled is false for an empty cell,
// which counts 0; ok is false for a cell of no number.
func turnedNumber(c Cell) (v float64, filled, ok bool) {
	switch {
	case !importFilled(c):
		return 0, false, true
	case c.Kind == CellNumber:
		return c.Number, true, true
	}
	v, err := notation.ParseNumber(importCellText(c), notation.NumberFormat{})
	return v, true, err == nil
}
