package views

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"pacer/app/importer"
)

// maxColumnsNamed is how many hidden columns a line names.
const maxColumnsNamed = 10

// buildHiddenColumns says, under the hidden rows' box, which columns the
// sheet hides: a helper column, an old year's or a 成本 beside 销售额
// that the user does not see in the workbook. None of them is guessed as
// the date, goal or value column, nor feeds a goal unless chosen for it.
func (v *importView) buildHiddenColumns() {
	v.hiddenColsHint = widget.NewLabel("")
	v.hiddenColsHint.Wrapping = fyne.TextWrapWord
	v.hiddenColsHint.Importance = widget.WarningImportance
	cols := hiddenSheetColumns(v.table)
	if len(cols) == 0 {
		v.hiddenColsHint.Hide()
		return
	}
	if v.table.Turned != nil {
		v.hiddenColsHint.SetText(lang.L("This sheet hides {{.N}} of its columns besides its months ({{.Columns}}): they are not seen in the workbook, and none of them is read.",
			map[string]any{"N": countText(len(cols)), "Columns": columnLettersText(cols)}))
		return
	}
	v.hiddenColsHint.SetText(lang.L("This sheet hides {{.N}} of its columns ({{.Columns}}): they are not seen in the workbook, so none is guessed as a column to import or feeds a goal unless you choose it.",
		map[string]any{"N": countText(len(cols)), "Columns": columnLettersText(cols)}))
}

// hiddenColumnsText says, after a check, which columns the sheet hides
// and whether the chosen mapping (asked only then) reads any of them, as
// chosen by hand; "" when the sheet hides none.
func hiddenColumnsText(t importer.Table, mapping func() importer.Mapping) string {
	cols := hiddenSheetColumns(t)
	if len(cols) == 0 {
		return ""
	}
	if t.Turned != nil { // its goals' columns are the file's rows
		return lang.L("This sheet hides {{.N}} of its columns ({{.Columns}}): none of them is read.",
			map[string]any{"N": countText(len(cols)), "Columns": columnLettersText(cols)})
	}
	mapped := mappedColumns(mapping())
	read := slices.DeleteFunc(slices.Clone(cols), func(c int) bool { return !slices.Contains(mapped, c) })
	args := map[string]any{"N": countText(len(cols)), "Columns": columnLettersText(cols), "Read": columnLettersText(read)}
	if len(read) == 0 {
		return lang.L("This sheet hides {{.N}} of its columns ({{.Columns}}): none of them is read.", args)
	}
	return lang.L("This sheet hides {{.N}} of its columns ({{.Columns}}): those chosen above are read all the same: {{.Read}}.", args)
}

// mappedColumns are the columns mapping m reads: the date, goal and value
// columns, the goals' value columns and filters, and the dimensions.
func mappedColumns(m importer.Mapping) []int {
	cols := append([]int{m.DateColumn, m.GoalColumn, m.ValueColumn}, m.Dimensions...)
	for _, s := range m.Sources {
		cols = append(cols, s.ValueColumn)
		for _, c := range s.Filter {
			cols = append(cols, c.Column)
		}
	}
	return cols
}

// columnLettersText names columns by their letters, as the sheet shows
// them: "C, F", or the first few and how many others.
func columnLettersText(cols []int) string {
	named := make([]string, 0, maxColumnsNamed)
	for _, c := range cols[:min(len(cols), maxColumnsNamed)] {
		named = append(named, importer.ColumnLetter(c))
	}
	list := strings.Join(named, lang.L(", "))
	if more := len(cols) - len(named); more > 0 {
		return lang.L("{{.Columns}} and {{.N}} more", map[string]any{"Columns": list, "N": countText(more)})
	}
	return list
}

// sourceName is how the goal map names value column col, name: said to
// be hidden when the workbook hides it, as its goal is then not guessed.
func (v *importView) sourceName(col int, name string) string {
	if !v.table.HiddenColumn(col) {
		return name
	}
	return lang.L("{{.Column}} (hidden in the workbook)", map[string]any{"Column": name})
}

// guessedGoal is the goal map's first choice for key, the value column
// col in the wide layout: the goal of its title (titledGoal), own being
// the actuals' column's own name, or none for a column the workbook
// hides, which the user does not see.
func (v *importView) guessedGoal(key string, col int, own string) int {
	if v.isWide() && v.table.HiddenColumn(col) {
		return -1
	}
	return v.titledGoal(key, own)
}
