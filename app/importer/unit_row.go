package importer

import (
	"slices"
	"strings"
)

// unitRowLabels are what the date column of a row of units may say.
var unitRowLabels = []string{"", "单位", "單位", "计量单位", "計量單位", "unit", "units"}

// unitRow reports whether the row under the header of mapping m states
// the units of the columns, as Chinese reports write one under their
// header (日期 | 销售额 | 成本 over 单位 | 万元 | 万元): its date cell is blank
// or says 单位, and its other filled cells are text that states a unit
// as a header's brackets do (ownUnit), one at least a scale. That row is
// part of the header: its scales are its columns' (columnScales), and it
// is no data row, whose blank date would stop the import.
func unitRow(t Table, m Mapping) bool {
	r := m.HeaderRow + 1
	if !m.SkipHeader || r >= len(t.Rows) {
		return false
	}
	scaled := false
	for c, cell := range t.Rows[r] {
		text := strings.TrimSpace(importCellText(cell))
		switch {
		case c == m.DateColumn:
			if cell.Kind != CellText || !slices.Contains(unitRowLabels, strings.ToLower(strings.TrimRight(text, ":："))) {
				return false
			}
		case text == "":
		case cell.Kind != CellText || !ownUnit("("+text+")"):
			return false
		default:
			scaled = scaled || headerScale("("+text+")") > 0
		}
	}
	return scaled
}

// withUnits is the header row names with the unit the row of units under
// it (unitRow) states for each column added in brackets, as a header
// writes it: 销售额 over 万元 is 销售额(万元).
func withUnits(names, units []Cell, dateCol int) []Cell {
	out := slices.Clone(names)
	for c, u := range units {
		text := strings.TrimSpace(importCellText(u))
		if c == dateCol || text == "" {
			continue
		}
		for len(out) <= c {
			out = append(out, Cell{})
		}
		out[c] = Cell{Text: strings.TrimSpace(importCellText(out[c])) + "(" + text + ")"}
	}
	return out
}
