package importer

import (
	"slices"
	"strconv"

	"pacer/app/notation"
)

// FilterOp is how a Condition compares a cell with its values.
type FilterOp string

// The operators of a Condition.
const (
	OpIs    FilterOp = "="  // the cell is the one value
	OpIn    FilterOp = "in" // the cell is one of the values
	OpIsNot FilterOp = "≠"  // the cell is none of the values
)

// Condition tests one cell of a row: "地区 = 北美", "产品 in {A, B}",
// "渠道 ≠ 线上". Values match the cell's text with surrounding spaces
// trimmed and case folded; an empty cell is no value, so it never passes
// = or in and always passes ≠.
type Condition struct {
	Column int // 0-based
	Op     FilterOp
	Values []string
}

// Source is one goal fed by a value column of the wide layout, from the
// rows that pass every condition of Filter (all rows when it is empty):
// "销售额(元) where 地区 = 北美". Several sources may read the same column
// for different goals, each with its own filter.
type Source struct {
	GoalID      int64
	ValueColumn int
	Filter      []Condition
}

// matches reports whether row i of t passes every condition of f, whose
// Values are folded (foldedFilters).
func (pl *importPlanner) matches(t Table, i int, f []Condition) bool {
	for _, c := range f {
		text := pl.fold(importCellText(pl.shiftedCell(t, i, c.Column)))
		in := text != "" && slices.Contains(c.Values, text)
		if in == (c.Op == OpIsNot) {
			return false
		}
	}
	return true
}

// foldedFilters are the filters of srcs with their values folded once,
// rather than at every row.
func foldedFilters(srcs []Source) [][]Condition {
	out := make([][]Condition, len(srcs))
	for k, s := range srcs {
		for _, c := range s.Filter {
			values := make([]string, len(c.Values))
			for j, v := range c.Values {
				values[j] = foldName(v)
			}
			out[k] = append(out[k], Condition{Column: c.Column, Op: c.Op, Values: values})
		}
	}
	return out
}

// maxFolded bounds the folded texts a planner remembers.
const maxFolded = 10_000

// fold is foldName, remembered: a file's category columns repeat a few
// values over its rows, and folding each cell anew took a fifth of a
// million-row import.
func (pl *importPlanner) fold(s string) string {
	if f, ok := pl.folded[s]; ok {
		return f
	}
	f := foldName(s)
	if len(pl.folded) < maxFolded {
		pl.folded[s] = f
	}
	return f
}

// passing notes in pl.pass which sources row i of t feeds, and tells
// whether it feeds any; without filters it feeds every source.
func (pl *importPlanner) passing(t Table, i int) bool {
	some := !pl.anyFilter
	for k := range pl.srcs {
		pl.pass[k] = !pl.anyFilter || pl.matches(t, i, pl.filters[k])
		some = some || pl.pass[k]
	}
	return some
}

// sources are the wide layout's sources: ValueColumns (unfiltered) and
// Sources, in column order then as given.
func (m Mapping) sources() []Source {
	var out []Source
	for c, id := range m.ValueColumns {
		out = append(out, Source{GoalID: id, ValueColumn: c})
	}
	slices.SortFunc(out, func(a, b Source) int { return a.ValueColumn - b.ValueColumn })
	return append(out, m.Sources...)
}

// checkSources refuses a condition on a column the table lacks, an
// operator it does not know, a condition without values, and a goal fed
// twice from the same column (its rows would count twice).
func checkSources(t Table, m Mapping) error {
	type fed struct {
		id  int64
		col int
	}
	seen := map[fed]bool{}
	for _, s := range m.sources() {
		if seen[fed{s.GoalID, s.ValueColumn}] {
			return notation.ImportError(msgImportFedTwice, nil, "Column", strconv.Itoa(s.ValueColumn+1))
		}
		seen[fed{s.GoalID, s.ValueColumn}] = true
		for _, c := range s.Filter {
			if c.Column < 0 || c.Column >= t.Columns {
				return notation.ImportError(msgImportBadColumns, nil, "Column", strconv.Itoa(c.Column+1))
			}
			if len(c.Values) == 0 || (c.Op != OpIs && c.Op != OpIn && c.Op != OpIsNot) || (c.Op == OpIs && len(c.Values) > 1) {
				return notation.ImportError(msgImportBadFilter, nil, "Column", strconv.Itoa(c.Column+1))
			}
		}
	}
	return nil
}

// commonFilterColumn is the column of the filters when each source has
// one condition and all test the same column (地区 when each goal is a
// region), else -1: the skipped rows' cells in it then say what they are
// for ("欧洲"). With several conditions a cell would not say why its row
// was skipped.
func commonFilterColumn(srcs []Source) int {
	col := -1
	for _, s := range srcs {
		if len(s.Filter) != 1 || col >= 0 && s.Filter[0].Column != col {
			return -1
		}
		col = s.Filter[0].Column
	}
	return col
}

// filtered counts a row of the wide layout that passes no source's
// filter, keeping its cell in the common filter column.
func (pl *importPlanner) filtered(t Table, i int) {
	pl.plan.Filtered++
	if pl.plan.FilteredColumn < 0 {
		return
	}
	text := importCellText(t.Cell(i, pl.plan.FilteredColumn))
	if f := foldName(text); !pl.filteredSeen[f] && len(pl.plan.FilteredValues) < MaxSkippedNames {
		pl.filteredSeen[f] = true
		pl.plan.FilteredValues = append(pl.plan.FilteredValues, text)
	}
}
