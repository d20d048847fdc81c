package importer

import "strings"

// groupSeparator joins a group's name and its column's name, as Pacer
// joins names elsewhere ("收入 · 金额").
const groupSeparator = " · "

// isGroupRow reports whether row g of rows groups the columns that row
// g+1 names, as ledgers exported by accounting and POS software and laid
// out in Excel head their columns: 收入 over 数量 and 金额, 支出 over the
// next two, 日期 in either row (or merged down over both). Both rows are
// text alone; row g holds two cells or more, each a group over the named
// columns it is blank above to its right, or a name over a blank (or a
// merged copy of itself); one group at least spans two columns and no
// group stands over dates; and the data below reads as under a header of
// the two rows joined (headerOver). A title over the table spans the
// dates, so it is never taken for a group.
func isGroupRow(rows [][]Cell, g int) bool {
	if g+1 >= len(rows) {
		return false
	}
	top, names := rows[g], rows[g+1]
	if filledCount(top) < 2 || !looksLikeHeader(top) || !looksLikeHeader(names) {
		return false
	}
	spans, ok := groupSpans(top, names)
	if !ok {
		return false
	}
	for _, s := range spans {
		for c := s.first; c <= s.last; c++ {
			if datesBelow(rows[g+2:], c) {
				return false
			}
		}
	}
	return headerOver(joinedRow(top, names), rows[g+2:])
}

// groupSpan is the columns, first to last, a group cell stands over.
type groupSpan struct{ first, last int }

// groupSpans are the groups of the row top over the row names: each a
// filled cell over a named column, with the named columns it is blank
// above to its right, past the end of top too, whose empty cells a
// reader may drop (退货 may stand over 数量 alone); false when no group
// spans two columns, as a unit beside a header row does not.
func groupSpans(top, names []Cell) ([]groupSpan, bool) {
	var spans []groupSpan
	wide := false
	for c := range top {
		if !importFilled(top[c]) || !namedBelow(top, names, c) {
			continue
		}
		last := c
		for last+1 < len(names) && !importFilled(rowCell(top, last+1)) && namedBelow(top, names, last+1) {
			last++
		}
		spans = append(spans, groupSpan{c, last})
		wide = wide || last > c
	}
	return spans, wide
}

// groupOver is the name of the group in the row top over column c of
// the row names (groupSpans), "" when none stands over it.
func groupOver(top, names []Cell, c int) string {
	spans, _ := groupSpans(top, names)
	for _, s := range spans {
		if s.first <= c && c <= s.last {
			return strings.TrimSpace(importCellText(top[s.first]))
		}
	}
	return ""
}

// namedBelow reports whether the cell of names under column c names a
// column of its own: filled, and no copy of the cell above merged down.
func namedBelow(top, names []Cell, c int) bool {
	below := rowCell(names, c)
	if !importFilled(below) {
		return false
	}
	return !below.Merged && importCellText(below) != importCellText(rowCell(top, c))
}

// datesBelow reports whether most of the filled cells of column c in the
// first rows of body are dates.
func datesBelow(body [][]Cell, c int) bool {
	dates, filled := 0, 0
	for _, row := range body[:min(len(body), headerBodyRows)] {
		if cell := rowCell(row, c); importFilled(cell) {
			filled++
			if isDateCell(cell) {
				dates++
			}
		}
	}
	return 2*dates > filled
}

// joinedRow is the rows top and names as one: each column's cell of
// names, or of top where names is blank.
func joinedRow(top, names []Cell) []Cell {
	row := make([]Cell, max(len(top), len(names)))
	for c := range row {
		row[c] = rowCell(names, c)
		if !importFilled(row[c]) {
			row[c] = rowCell(top, c)
		}
	}
	return row
}

// groupedHeader names each column of a header of two rows by both: the
// group over it and its own name ("收入 · 金额"), or the one name a
// column has when no group stands over it (日期, in either row).
func groupedHeader(top, names []Cell) []string {
	header := make([]string, max(len(top), len(names)))
	group := ""
	for c := range header {
		over, name := importCellText(rowCell(top, c)), ""
		if namedBelow(top, names, c) {
			name = importCellText(rowCell(names, c))
		}
		switch {
		case over != "" && name == "":
			header[c], group = over, ""
		case over != "":
			header[c], group = over+groupSeparator+name, over
		case name == "":
			group = ""
		case group != "":
			header[c] = group + groupSeparator + name
		default:
			header[c] = name
		}
	}
	return header
}

// rowCell is cell c of row, or an empty one when the row is shorter.
func rowCell(row []Cell, c int) Cell {
	if c < len(row) {
		return row[c]
	}
	return Cell{}
}

// headerNames is the text of each cell of row, trimmed.
func headerNames(row []Cell) []string {
	names := make([]string, len(row))
	for i, c := range row {
		names[i] = strings.TrimSpace(c.Text)
	}
	return names
}
