package views

import (
	"strings"

	"fyne.io/fyne/v2/lang"

	"pacer/app"
	"pacer/app/importer"
)

// maxRowsNamed is how many row numbers a line names before "and N others".
const maxRowsNamed = 5

// countText writes a count as the screens write numbers: 9,001.
func countText(n int) string {
	return app.FormatValue(float64(n), 0, app.UnitCount, "")
}

// rowsText names rows: "row 9,001", "rows 5, 9 and 12 others".
func rowsText(rows []int) string {
	return rowsOfText(rows, len(rows))
}

// rowsOfText names the first of n rows, rows, as rowsText does: a plan
// keeps only the first few of some rows.
func rowsOfText(rows []int, n int) string {
	if n == 1 && len(rows) == 1 {
		return lang.L("row {{.Row}}", map[string]any{"Row": countText(rows[0])})
	}
	named := make([]string, 0, maxRowsNamed)
	for _, r := range rows[:min(len(rows), maxRowsNamed)] {
		named = append(named, countText(r))
	}
	list := strings.Join(named, lang.L(", "))
	if shown := min(len(rows), maxRowsNamed); n > shown {
		args := map[string]any{"Rows": list, "N": countText(n - shown)}
		if n-shown == 1 {
			return lang.L("rows {{.Rows}} and 1 other", args)
		}
		return lang.L("rows {{.Rows}} and {{.N}} others", args)
	}
	return lang.L("rows {{.Rows}}", map[string]any{"Rows": list})
}

// leftOutLines says, one line a period, what an import without the rows
// that could not be read leaves unwritten, and why.
func (v *importView) leftOutLines(plan *importer.ImportPlan) []string {
	goals := map[int64]app.Goal{}
	for _, g := range v.goals {
		goals[g.ID] = g
	}
	var lines []string
	for _, lo := range plan.LeftOut {
		g := goals[lo.GoalID]
		args := map[string]any{"Goal": g.Title, "Period": periodKeyName(lo.PeriodKey), "Rows": rowsText(lo.Rows)}
		var line string
		switch {
		case lo.PeriodKey == "":
			args["What"] = lang.L("No period of “{{.Goal}}”", args)
			line = lang.L("{{.What}} is imported: {{.Rows}} could not be read and could be in any period.", args)
		case lo.History:
			args["What"] = lang.L("The history of “{{.Goal}}” for {{.Period}}", args)
			line = lang.L("{{.What}} is not imported: {{.Rows}} could not be read.", args)
		default:
			args["What"] = lang.L("{{.Period}} of “{{.Goal}}”", args)
			line = lang.L("{{.What}} is not imported: {{.Rows}} could not be read.", args)
		}
		if lo.Stored {
			line += " " + lang.L("It keeps the {{.Value}} stored.", map[string]any{"Value": app.FormatValue(lo.Old, g.Decimals, g.Unit, g.UnitLabel)})
		}
		lines = append(lines, line)
	}
	return lines
}

// skippedText counts the rows that name no chosen goal, with their names.
func skippedText(plan *importer.ImportPlan) string {
	if plan.Skipped == 0 {
		return ""
	}
	list := quotedNames(plan.SkippedNames)
	if plan.Skipped > len(plan.SkippedNames) && len(plan.SkippedNames) == importer.MaxSkippedNames {
		list += lang.L(", …")
	}
	args := map[string]any{"N": countText(plan.Skipped), "Names": list}
	if plan.Skipped == 1 {
		return lang.L("1 row names no chosen goal ({{.Names}}): it is skipped, as chosen.", args)
	}
	return lang.L("{{.N}} rows name no chosen goal ({{.Names}}): they are skipped, as chosen.", args)
}

// monthsAcrossText says, for a table read as it is whose months run
// across its columns (门店 | 1月 | 2月 | 3月), why its rows are refused
// and how to turn it: the box above when Pacer can, else by hand; "" for
// any other table.
func monthsAcrossText(t importer.Table) string {
	months := importer.MonthsAcross(t)
	if months == nil {
		return ""
	}
	list := monthList(months)
	if _, ok := importer.TurnMonths(t); ok {
		return lang.L("The months of this file run across its columns ({{.Months}}): tick “Read one row a month” above, and Pacer reads one row a month.",
			map[string]any{"Months": list})
	}
	text := lang.L("The months of this file run across its columns ({{.Months}}), and Pacer reads one row a date or month: turn the table so that each month is a row (in Excel or WPS, copy it, then Paste Special with Transpose) and import that.",
		map[string]any{"Months": list})
	if blocks := importer.MonthBlocks(t); blocks != nil {
		text += " " + lang.L("Its months come in blocks ({{.Blocks}}): turned, each block's rows stay under its label, and Pacer imports the block you choose, never their sum.",
			map[string]any{"Blocks": quotedNames(blocks)})
	}
	return text
}

// totalsText counts the rows of totals skipped (合计, Grand Total), which
// add up rows the file holds.
func totalsText(plan *importer.ImportPlan) string {
	if plan.Totals == 0 {
		return ""
	}
	args := map[string]any{"N": countText(plan.Totals), "Label": plan.TotalLabel}
	if plan.Totals == 1 {
		return lang.L("1 row of totals (“{{.Label}}”) is skipped: the rows it adds up are imported.", args)
	}
	return lang.L("{{.N}} rows of totals (such as “{{.Label}}”) are skipped: the rows they add up are imported.", args)
}

// scalesLines say, one line a value column whose header, group or a line
// above the table states a scale (销售额(万元), "单位：万元"), that its values are multiplied
// by it, so that no value is imported 10,000 times other than it reads.
func scalesLines(plan *importer.ImportPlan) []string {
	lines := make([]string, 0, len(plan.Scales))
	for _, s := range plan.Scales {
		args := map[string]any{"Header": s.Header, "Factor": countText(int(s.Factor)), "Stated": s.Stated}
		if s.Stated != "" {
			lines = append(lines, lang.L("Values in “{{.Header}}” are in units of {{.Factor}}, as “{{.Stated}}” above the table says, and are multiplied by {{.Factor}}.", args))
			continue
		}
		lines = append(lines, lang.L("Values in “{{.Header}}” are in units of {{.Factor}} and are multiplied by {{.Factor}}.", args))
	}
	return lines
}

// fiscalPeriodText says that quarters, halves or labelled fiscal years
// were read as fiscal ones, with the days of the first one, in a business
// whose year does not start in January: another program's "Q1 2023" is
// most often January to March, and its FY2023 may be the year ending in
// 2023.
func fiscalPeriodText(plan *importer.ImportPlan) string {
	if plan.FiscalPeriod == "" {
		return ""
	}
	args := map[string]any{"Text": plan.FiscalPeriod, "From": plan.FiscalPeriodFrom.String(), "Through": plan.FiscalPeriodThrough.String()}
	switch {
	case plan.FiscalNamed:
		return lang.L("Fiscal years written as in “{{.Text}}” are read as Pacer names them, by the calendar year they start in: “{{.Text}}” is {{.From}} to {{.Through}}. If the file names a fiscal year by the year it ends in, give its dates or months instead.", args)
	case plan.FiscalCadence == app.CadenceHalf:
		return lang.L("Half-years such as “{{.Text}}” are read as your fiscal half-years, as Pacer names them: {{.From}} to {{.Through}}. If the file means calendar half-years, give its dates or months instead.", args)
	}
	return lang.L("Quarters such as “{{.Text}}” are read as your fiscal quarters, as Pacer names them: {{.From}} to {{.Through}}. If the file means calendar quarters, give its dates or months instead.", args)
}

// outsideText counts the values dated before their goal starts or after
// it ends, inside its first or last period: left out as the goal's dates
// say, not errors.
func outsideText(plan *importer.ImportPlan) string {
	if plan.OutsideSpan == 0 {
		return ""
	}
	if plan.OutsideSpan == 1 {
		return lang.L("1 value is dated before its goal starts or after it ends: it is left out, as the goal asks nothing of those days.")
	}
	return lang.L("{{.N}} values are dated before their goal starts or after it ends: they are left out, as the goal asks nothing of those days.",
		map[string]any{"N": countText(plan.OutsideSpan)})
}

// filteredText says how many rows no goal's filter took, and for which
// values of the filtered column ("4,380 rows are for other 地区 values
// (“欧洲”, “亚洲”)"): skipped as chosen, not errors.
func (v *importView) filteredText(plan *importer.ImportPlan) string {
	if plan.Filtered == 0 {
		return ""
	}
	names := v.columnNames()
	if c := plan.FilteredColumn; c < 0 || c >= len(names) || len(plan.FilteredValues) == 0 {
		if plan.Filtered == 1 {
			return lang.L("1 row meets no goal's filter: it is skipped, as chosen.")
		}
		return lang.L("{{.N}} rows meet no goal's filter: they are skipped, as chosen.", map[string]any{"N": countText(plan.Filtered)})
	}
	values := make([]string, len(plan.FilteredValues))
	for i, n := range plan.FilteredValues {
		values[i] = "“" + n + "”"
		if strings.TrimSpace(n) == "" {
			values[i] = dimensionValueName(n, false) // rows whose cell was left empty
		}
	}
	list := strings.Join(values, lang.L(", "))
	if len(values) == importer.MaxSkippedNames {
		list += lang.L(", …")
	}
	args := map[string]any{"N": countText(plan.Filtered), "Column": names[plan.FilteredColumn], "Values": list}
	if plan.Filtered == 1 {
		return lang.L("1 row is for another {{.Column}} value ({{.Values}}): it is skipped, as the goals' filters choose.", args)
	}
	return lang.L("{{.N}} rows are for other {{.Column}} values ({{.Values}}): they are skipped, as the goals' filters choose.", args)
}

// withoutText says what importing without the rows that could not be read
// does: which rows are left out, and which periods stay unwritten.
func (v *importView) withoutText(plan *importer.ImportPlan) string {
	checkIns, history := len(plan.CheckIns), len(plan.History)
	text := lang.L("Without the rows that could not be read ({{.N}}), the import writes check-ins: {{.CheckIns}}, history values: {{.History}}.",
		map[string]any{"N": countText(plan.RejectedRows()), "CheckIns": countText(checkIns), "History": countText(history)})
	if lines := v.leftOutLines(plan); len(lines) > 0 {
		text += "\n" + lang.L("Nothing is written to the periods those rows fall in, so that none holds a total short of a row:") +
			"\n" + strings.Join(lines, "\n")
	}
	return text
}

// doneText is the summary after an import: what was written and, for an
// import without the rows that could not be read, what was not.
func (v *importView) doneText(plan *importer.ImportPlan, without bool) string {
	lines := []string{lang.L("Written — check-ins: {{.CheckIns}}, history values: {{.History}}.",
		map[string]any{"CheckIns": countText(len(plan.CheckIns)), "History": countText(len(plan.History))})}
	if without {
		lines = append(lines, lang.L("Rows that could not be read, left out: {{.N}}.", map[string]any{"N": countText(plan.RejectedRows())}))
		lines = append(lines, v.leftOutLines(plan)...)
	}
	for _, s := range []string{hiddenText(plan), hiddenMonthsText(plan)} {
		if s != "" {
			lines = append(lines, s)
		}
	}
	if s := skippedText(plan); s != "" {
		lines = append(lines, s)
	}
	if s := v.filteredText(plan); s != "" {
		lines = append(lines, s)
	}
	if s := outsideText(plan); s != "" {
		lines = append(lines, s)
	}
	return strings.Join(lines, "\n")
}

// notesText counts the rows skipped as holding nothing to import (a note
// below the table), so that no row goes unexplained.
func notesText(plan *importer.ImportPlan) string {
	switch plan.Notes {
	case 0:
		return ""
	case 1:
		return lang.L("1 row with no goal, no value and no date, such as a note below the table, is skipped.")
	}
	return lang.L("{{.N}} rows with no goal, no value and no date, such as a note below the table, are skipped.",
		map[string]any{"N": countText(plan.Notes)})
}

// roundedText counts the values that may be a number Excel's General
// format rounded to six significant digits when it saved the CSV
// (1.23457E+11, or 1.5E+11 with its zeros dropped): imported as they
// read, and said, since the workbook may hold 123456789012.
func roundedText(plan *importer.ImportPlan) string {
	args := map[string]any{"N": countText(plan.Rounded), "Text": plan.RoundedText}
	switch plan.Rounded {
	case 0:
		return ""
	case 1:
		return lang.L("1 value, “{{.Text}}”, is written in scientific notation, as Excel's General format shows a number too long for its cell, rounded to six significant digits: the workbook may hold more digits. It is imported as it reads; to import every digit, format the column as Number before saving the CSV, or import the workbook itself.", args)
	}
	return lang.L("{{.N}} values, such as “{{.Text}}”, are written in scientific notation, as Excel's General format shows numbers too long for their cells, rounded to six significant digits: the workbook may hold more digits. They are imported as they read; to import every digit, format the column as Number before saving the CSV, or import the workbook itself.", args)
}
