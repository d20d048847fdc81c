package importer

import "math"

// A label "X Total" ends a group's rows in Excel's subtotals (Beijing
// Total under the Beijing rows) and a day's in reports (Day Total), but
// it also names products: Colgate Total is a toothpaste. Such a row is a
// row of totals only when the rows around it say so (evidentTotal);
// otherwise it is data, which skipped had been missing from its period.

// evidentTotal reports whether row i, whose cell in column col is a label
// "X Total" with X folded of, is a row of totals: it has no date, as a
// footer's; X is another row's cell of that column, as the group Beijing
// Total closes; or its values are the sum of the rows of its date next to
// it (sumsUp).
func (pl *importPlanner) evidentTotal(t Table, i, col int, of string) bool {
	return pl.undated(t, i, col) || pl.groupNamed(t, col, of) || pl.sumsUp(t, i, col)
}

// undated reports whether row i has no date for a label in column col:
// the label is in the date column, or that column's cell is empty.
func (pl *importPlanner) undated(t Table, i, col int) bool {
	return col == pl.m.DateColumn || importCellText(t.Cell(i, pl.m.DateColumn)) == ""
}

// groupNamed reports whether a row of t holds the folded text of in
// column col, the folded cells of which are gathered once, on the first
// label "X Total" of that column.
func (pl *importPlanner) groupNamed(t Table, col int, of string) bool {
	if pl.columnTexts == nil {
		pl.columnTexts = map[int]map[string]bool{}
	}
	texts, ok := pl.columnTexts[col]
	if !ok {
		texts = map[string]bool{}
		for r := pl.m.HeaderRow + 1; r < len(t.Rows); r++ {
			if c := t.Cell(r, col); c.Kind == CellText && c.Text != "" {
				texts[foldTotal(c.Text)] = true
			}
		}
		pl.columnTexts[col] = texts
	}
	return texts[of]
}

// sumsUp reports whether each value of row i is the sum of the rows it
// would total: the rows above it of the same date (and goal) up to a row
// labelled as a total in column col, or when there are none, those below
// it, two at least. A product's figure is that sum only by chance.
func (pl *importPlanner) sumsUp(t Table, i, col int) bool {
	for _, step := range []int{-1, 1} {
		if parts := pl.totalParts(t, i, col, step); len(parts) > 0 {
			return len(parts) >= minTotalParts && pl.sumOf(t, i, parts)
		}
	}
	return false
}

// minTotalParts is the fewest rows a sum is evidence of totals over: one
// row's figure equals a product's beside it by chance (Crest 40, Colgate
// Total 40), and a product dropped is worse than a lone row's total kept.
const minTotalParts = 2

// totalParts are the rows next to row i, going by step, that a row of
// totals there would add up: of the same goal, up to a blank row, one of
// another date or one whose cell in column col labels totals.
func (pl *importPlanner) totalParts(t Table, i, col, step int) []int {
	var parts []int
	date := importCellText(t.Cell(i, pl.m.DateColumn))
	for r := i + step; r > pl.m.HeaderRow && r < len(t.Rows); r += step {
		if importBlankRow(t.Rows[r]) || importCellText(t.Cell(r, pl.m.DateColumn)) != date || isTotalLabel(t.Cell(r, col).Text) {
			break
		}
		if !pl.otherGoal(t, i, r, col) {
			parts = append(parts, r)
		}
	}
	return parts
}

// otherGoal reports whether rows i and r of the long layout are of
// different goals. Row i, labelled a total in column col, names no goal
// of its own when the label is in the goal column (a journal's Day Total
// under its accounts) or its goal cell is empty: it adds up every goal's
// rows.
func (pl *importPlanner) otherGoal(t Table, i, r, col int) bool {
	g := pl.m.GoalColumn
	if g < 0 || col == g {
		return false
	}
	own := foldName(t.Cell(i, g).Text)
	return own != "" && own != foldName(t.Cell(r, g).Text)
}

// sumOf reports whether row i has a value, and each of its values is the
// sum of the values of rows parts in the same column.
func (pl *importPlanner) sumOf(t Table, i int, parts []int) bool {
	return partsSum(i, parts, pl.valueColumns(), func(r, col int) (float64, bool, bool) { return pl.plainValue(t, r, col) })
}

// partsSum reports whether row i has a number in one of columns cols,
// and each is the sum of the numbers of rows parts in its column. number
// reads the cell of a row and column: filled is false for an empty one,
// which counts 0, ok false for one of no number, which sums up nothing.
func partsSum(i int, parts, cols []int, number func(r, col int) (v float64, filled, ok bool)) bool {
	compared := false
	for _, col := range cols {
		v, filled, ok := number(i, col)
		if !ok {
			return false
		}
		if !filled {
			continue
		}
		sum := 0.0
		for _, r := range parts {
			p, _, ok := number(r, col)
			if !ok {
				return false
			}
			sum += p
		}
		if math.Abs(sum-v) > 1e-9*math.Max(1, math.Abs(v)) {
			return false
		}
		compared = true
	}
	return compared
}

// plainValue is the number of the cell at row i, column col as the value
// column reads it, 0 and not filled for an empty cell; ok is false when
// the cell holds no number.
func (pl *importPlanner) plainValue(t Table, i, col int) (v float64, filled, ok bool) {
	c := valueCell(t, i, col)
	if !importFilled(c) {
		return 0, false, true
	}
	v, _, e := pl.number(c, importCellText(c))
	return v, true, e == nil
}

// valueColumns are the columns whose values the plan reads, each once.
func (pl *importPlanner) valueColumns() []int {
	if pl.m.GoalColumn >= 0 {
		return []int{pl.m.ValueColumn}
	}
	var cols []int
	seen := map[int]bool{}
	for _, s := range pl.srcs {
		if !seen[s.ValueColumn] {
			seen[s.ValueColumn] = true
			cols = append(cols, s.ValueColumn)
		}
	}
	return cols
}
