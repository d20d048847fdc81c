package importer

import (
	"slices"
	"strings"
)

// unitRowLabels are what the date column of a row of units may say.
var unitRowLabels = []string{"", "单位", "單位", "计量单位", "計量單位", "unit", "units"}

// unitRow reports whether the row under the header of mapping m states
// the units of the columns, as Chinese reports write one under their
// header (日期 | 销售额 | 成本 over 单位 | 万元 | 万元, or 单位：万元 alone in
// the date column): its date cell is blank, says 单位 or states a unit,
// and its other filled cells are text that states a unit as a header's
// brackets do (unitText), one cell at least a scale. That row is part of
// the header: its scales are its columns' (columnScales), and it is no
// data row, whose blank date would stop the import or whose scale would
// be lost.
func unitRow(t Table, m Mapping) bool {
	r := m.HeaderRow + 1
	if !m.SkipHeader || r >= len(t.Rows) {
		return false
	}
	scaled := false
	for c, cell := range t.Rows[r] {
		text := strings.TrimSpace(importCellText(cell))
		label := c == m.DateColumn && slices.Contains(unitRowLabels, strings.ToLower(strings.TrimRight(text, ":：")))
		switch {
		case text == "" || label:
		case cell.Kind != CellText || !unitText(text):
			return false
		default:
			scaled = scaled || unitScale(text) > 0
		}
	}
	return scaled
}

// HasUnitRow reports whether the row under the header of mapping m is a
// row of units (unitRow), which PlanImport reads as part of the header
// (ImportPlan.UnitRow), so that a preview shows it as no data row. Of m
// it reads the header row, SkipHeader and the date column alone.
func HasUnitRow(t Table, m Mapping) bool {
	return unitRow(t, m)
}

// unitText reports whether text states a unit, with or without brackets
// (万元, （万元）, 单位：万元, 件), as a header's brackets would (ownUnit).
func unitText(text string) bool {
	return ownUnit("(" + unitTrim(text) + ")")
}

// unitScale is the power of ten unit text states (万元 is 4), 0 for none.
func unitScale(text string) int {
	return headerScale("(" + unitTrim(text) + ")")
}

// unitTrim is text without the brackets around it.
func unitTrim(text string) string {
	return strings.TrimSpace(strings.Trim(strings.TrimSpace(text), "()（）[]【】"))
}

// withUnits is the header row names with the unit the row of units under
// it (unitRow) states for each value column added in brackets, as a
// header writes it: 销售额 over 万元 is 销售额(万元). The unit in the date
// column, when any, is stated for the columns that have none (stated).
func withUnits(names, units []Cell, dateCol int) (out []Cell, stated string) {
	out = slices.Clone(names)
	for c, u := range units {
		text := unitTrim(importCellText(u))
		switch {
		case text == "":
		case c == dateCol:
			if unitScale(text) > 0 {
				stated = text
			}
		default:
			for len(out) <= c {
				out = append(out, Cell{})
			}
			out[c] = Cell{Text: strings.TrimSpace(importCellText(out[c])) + "(" + text + ")"}
		}
	}
	return out, stated
}
