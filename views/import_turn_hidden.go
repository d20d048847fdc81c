package views

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2/lang"

	"pacer/app/importer"
)

// turnedHiddenMonths are the month columns of a turned file that the
// workbook hides, by column and header: rows once turned, left out while
// the hidden rows' box is ticked, as the hidden rows are.
func turnedHiddenMonths(t importer.Table) []importer.MonthColumn {
	if t.Turned == nil {
		return nil
	}
	months := make([]importer.MonthColumn, 0, len(t.Turned.HiddenMonths))
	for _, r := range t.Turned.HiddenMonths {
		months = append(months, importer.MonthColumn{Column: t.Turned.MonthColumns[r], Month: t.Turned.RowMonths[r]})
	}
	return months
}

// turnedHiddenMonth reports whether row r of a turned table was a month
// column the workbook hides, which the preview greys.
func turnedHiddenMonth(t importer.Table, r int) bool {
	if t.Turned == nil {
		return false
	}
	_, found := slices.BinarySearch(t.Turned.HiddenMonths, r)
	return found
}

// hiddenSheetColumns are the filled columns the sheet hides that no
// option reads: of a turned file, its hidden columns but its months
// (a code beside the store's name, a 全年), which are never read, the
// hidden months being named with the hidden rows.
func hiddenSheetColumns(t importer.Table) []int {
	if t.Turned == nil {
		return t.HiddenFilledColumns()
	}
	months := t.Turned.MonthColumns
	return slices.DeleteFunc(t.Turned.Original.HiddenFilledColumns(), func(c int) bool { return slices.Contains(months, c) })
}

// hiddenBoxText is the hidden rows' box: it leaves out the hidden month
// columns of a turned file too, and says so when there are some.
func hiddenBoxText(t importer.Table) string {
	if len(turnedHiddenMonths(t)) > 0 {
		return lang.L("Leave out the rows and columns hidden in the workbook")
	}
	return lang.L("Leave out the rows hidden in the workbook")
}

// hiddenMonthsHint says which month columns of a turned file the sheet
// hides; "" when it hides none.
func hiddenMonthsHint(t importer.Table) string {
	months := turnedHiddenMonths(t)
	if len(months) == 0 {
		return ""
	}
	return lang.L("This sheet hides {{.N}} of its month columns ({{.Columns}}): they are not seen in the workbook.",
		map[string]any{"N": countText(len(months)), "Columns": monthColumnsText(months, len(months))})
}

// monthColumnsText names the first of n month columns by letter and
// header, as the sheet shows them: column F “6月”, column G “7月”.
func monthColumnsText(months []importer.MonthColumn, n int) string {
	named := make([]string, 0, maxColumnsNamed)
	for _, m := range months[:min(len(months), maxColumnsNamed)] {
		named = append(named, lang.L("column {{.Column}} “{{.Month}}”",
			map[string]any{"Column": importer.ColumnLetter(m.Column), "Month": m.Month}))
	}
	list := strings.Join(named, lang.L(", "))
	if more := n - len(named); more > 0 {
		return lang.L("{{.Columns}} and {{.N}} more", map[string]any{"Columns": list, "N": countText(more)})
	}
	return list
}

// hiddenMonthsText says what a plan of a turned file does with the month
// columns the workbook hides: left out or imported, as hiddenText says
// of the hidden rows; "" when the plan met none.
func hiddenMonthsText(plan *importer.ImportPlan) string {
	if plan.HiddenMonths == 0 {
		return ""
	}
	args := map[string]any{"N": countText(plan.HiddenMonths), "Columns": monthColumnsText(plan.HiddenMonthColumns, plan.HiddenMonths)}
	switch {
	case plan.HiddenMonths == 1 && plan.HiddenKept:
		return lang.L("1 column hidden in the workbook ({{.Columns}}) is imported like the others.", args)
	case plan.HiddenMonths == 1:
		return lang.L("1 column hidden in the workbook ({{.Columns}}) is left out, as it is not seen in the sheet.", args)
	case plan.HiddenKept:
		return lang.L("{{.N}} columns hidden in the workbook ({{.Columns}}) are imported like the others.", args)
	}
	return lang.L("{{.N}} columns hidden in the workbook ({{.Columns}}) are left out, as they are not seen in the sheet.", args)
}

// rowsReadText is the check's count of what was read: of a turned file,
// the months read and the file's rows they were read from, as its rows
// are its goals' columns once turned.
func rowsReadText(t importer.Table, plan *importer.ImportPlan) string {
	args := map[string]any{"Rows": countText(plan.Rows), "Values": countText(plan.Values),
		"CheckIns": countText(len(plan.CheckIns)), "History": countText(len(plan.History))}
	if t.Turned == nil {
		return lang.L("Rows read: {{.Rows}} · values: {{.Values}} · check-ins: {{.CheckIns}} · history values: {{.History}}.", args)
	}
	args["Months"], args["Rows"] = countText(plan.Rows), countText(plan.FileRows)
	return lang.L("Months read: {{.Months}} · rows of the file read: {{.Rows}} · values: {{.Values}} · check-ins: {{.CheckIns}} · history values: {{.History}}.", args)
}

// shownMonths are the headers of a turned file's months that the
// workbook shows, which the line over the preview lists; all of them
// when it hides every one.
func shownMonths(tu *importer.Turned) []string {
	first := len(tu.RowMonths) - len(tu.Months)
	var shown []string
	for k, m := range tu.Months {
		if !slices.Contains(tu.HiddenMonths, first+k) {
			shown = append(shown, m)
		}
	}
	if len(shown) == 0 {
		return tu.Months
	}
	return shown
}
