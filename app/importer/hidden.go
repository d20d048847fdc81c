package importer

import (
	"slices"
	"sort"
)

// HiddenRow reports whether the workbook hides row i of Rows (0-based).
func (t Table) HiddenRow(i int) bool {
	_, found := slices.BinarySearch(t.HiddenRows, i)
	return found
}

// HiddenFrom lists the rows at or below row first (0-based) that the
// workbook hides and that hold something: the hidden rows among a
// table's data rows, which an import would read.
func (t Table) HiddenFrom(first int) []int {
	var rows []int
	for _, i := range t.HiddenRows[sort.SearchInts(t.HiddenRows, first):] {
		if i < len(t.Rows) && !importBlankRow(t.Rows[i]) {
			rows = append(rows, i)
		}
	}
	return rows
}

// hiddenRow reports whether row i of t, which holds something, is one the
// workbook hides and the plan leaves out; it counts the hidden rows read
// either way, so that the UI can say which were left out or imported.
func (pl *importPlanner) hiddenRow(t Table, i int) bool {
	if len(t.HiddenRows) == 0 || !t.HiddenRow(i) {
		return false
	}
	pl.plan.Hidden++
	if len(pl.plan.HiddenRows) < MaxSkippedNames {
		pl.plan.HiddenRows = append(pl.plan.HiddenRows, i+1)
	}
	return !pl.m.KeepHidden
}

// HiddenColumn reports whether the workbook hides column c of Rows (0-based).
func (t Table) HiddenColumn(c int) bool {
	_, found := slices.BinarySearch(t.HiddenColumns, c)
	return found
}

// HiddenFilledColumns are the columns the workbook hides that hold
// something from the header row down: those a user would miss in the
// sheet, which the UI names.
func (t Table) HiddenFilledColumns() []int {
	var cols []int
	for _, c := range t.HiddenColumns {
		if columnFilled(t, c) {
			cols = append(cols, c)
		}
	}
	return cols
}

// shownColumns are the filled columns (FilledColumns) the workbook does
// not hide: the only ones the import guesses as the date, goal or value
// column, as the user sees no other in the sheet.
func shownColumns(t Table) []int {
	return slices.DeleteFunc(FilledColumns(t), t.HiddenColumn)
}

// ColumnLetter is the name Excel gives column c (0-based): A, B, …, Z, AA.
func ColumnLetter(c int) string {
	name := ""
	for c++; c > 0; c = (c - 1) / 26 {
		name = string(rune('A'+(c-1)%26)) + name
	}
	return name
}
