package views

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"pacer/app/importer"
	"pacer/views/widgets"
)

// buildHidden offers, when the sheet hides some of its data rows (an
// AutoFilter filtered them out, or the user hid a subtotal or old data),
// to leave them out, ticked: the user sees the sheet without them, and
// importing what they did not see could count a hidden subtotal twice.
// A line under the box says how many and which, ticked or not; a file
// without hidden rows shows neither.
func (v *importView) buildHidden() {
	v.hiddenCheck = widgets.NewCheck(hiddenBoxText(v.table), func(bool) { v.invalidate() })
	v.hiddenCheck.SetChecked(true)
	v.hiddenHint = widget.NewLabel("")
	v.hiddenHint.Wrapping = fyne.TextWrapWord
	v.hiddenHint.Importance = widget.WarningImportance
	v.showHidden()
}

// showHidden counts the data rows the sheet hides again, and shows the box
// and its line when there are some: whether the first row names the
// columns decides whether a hidden first row is one.
func (v *importView) showHidden() {
	if v.hiddenCheck == nil {
		return
	}
	var rows []int
	for _, r := range v.table.HiddenFrom(v.table.HeaderRow) {
		if v.isDataRow(r) {
			rows = append(rows, r+1)
		}
	}
	if v.table.Turned != nil {
		rows = turnedHiddenRows(v.table)
	}
	months := hiddenMonthsHint(v.table)
	if len(rows) == 0 && months == "" {
		v.hiddenCheck.Hide()
		v.hiddenHint.Hide()
		return
	}
	var lines []string
	if len(rows) > 0 {
		lines = append(lines, lang.L("This sheet hides {{.N}} of its rows ({{.Rows}}): filtered out or hidden by hand, they are not seen in the workbook.",
			map[string]any{"N": countText(len(rows)), "Rows": rowsText(rows)}))
	}
	if months != "" {
		lines = append(lines, months)
	}
	v.hiddenHint.SetText(strings.Join(lines, "\n"))
	v.hiddenCheck.Show()
	v.hiddenHint.Show()
}

// keepHidden reports whether the user chose to import the rows the
// workbook hides, and the month columns of a turned file it hides.
func (v *importView) keepHidden() bool {
	return v.hiddenCheck != nil && !v.hiddenCheck.Checked
}

// hiddenText says what a plan does with the rows the workbook hides: left
// out or imported, so that none comes or goes unexplained; "" when the
// plan met none.
func hiddenText(plan *importer.ImportPlan) string {
	if plan.Hidden == 0 {
		return ""
	}
	args := map[string]any{"N": countText(plan.Hidden), "Rows": rowsOfText(plan.HiddenRows, plan.Hidden)}
	switch {
	case plan.Hidden == 1 && plan.HiddenKept:
		return lang.L("1 row hidden in the workbook ({{.Rows}}) is imported like the others.", args)
	case plan.Hidden == 1:
		return lang.L("1 row hidden in the workbook ({{.Rows}}) is left out, as it is not seen in the sheet.", args)
	case plan.HiddenKept:
		return lang.L("{{.N}} rows hidden in the workbook ({{.Rows}}) are imported like the others.", args)
	}
	return lang.L("{{.N}} rows hidden in the workbook ({{.Rows}}) are left out, as they are not seen in the sheet.", args)
}
