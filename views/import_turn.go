package views

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"pacer/app/importer"
	"pacer/views/widgets"
)

// turnedTable is t turned so that each month is a row when its months run
// across its columns (importer.TurnMonths: 门店 | 1月 | 2月 | 3月), the
// way monthly reports and budgets lay them out; else t as it is.
func turnedTable(t importer.Table) importer.Table {
	if turned, ok := importer.TurnMonths(t); ok {
		return turned
	}
	return t
}

// buildTurn offers, for a file whose months run across its columns, to
// read it one row a month, ticked, or as it is, should the guess be wrong;
// a file that cannot be turned shows no box.
func (v *importView) buildTurn() {
	original := v.table
	if v.table.Turned != nil {
		original = v.table.Turned.Original
	}
	if _, ok := importer.TurnMonths(original); !ok {
		return
	}
	v.turn = widgets.NewCheck(lang.L("Read one row a month"), nil)
	v.turn.SetChecked(v.table.Turned != nil)
	v.turn.OnChanged = v.onTurn
	v.turnHint = widget.NewLabel(v.turnedText())
	v.turnHint.Wrapping = fyne.TextWrapWord
}

// onTurn shows the import of the file turned, or as it is, in place of
// this one, as the choice of another sheet does.
func (v *importView) onTurn(on bool) {
	t := v.table
	switch {
	case on && t.Turned == nil:
		t = turnedTable(t)
	case !on && t.Turned != nil:
		t = t.Turned.Original
	default:
		return
	}
	next := &importView{ui: v.ui, path: v.path, table: t, goals: v.goals, onDone: v.onDone}
	v.dialog.Hide()
	next.build()
	next.show()
	v.next = next
}

// turnFormItems are the turn box and its line, none for a file whose
// months do not run across.
func (v *importView) turnFormItems() []*widget.FormItem {
	if v.turn == nil {
		return nil
	}
	return []*widget.FormItem{widget.NewFormItem(lang.L("Months"), v.turn), widget.NewFormItem("", v.turnHint)}
}

// turnedText says how a turned file is read: its months as rows, each of
// its rows a column, the year given to months that name none, and its
// blocks; for a file read as it is, that it could be turned.
func (v *importView) turnedText() string {
	tu := v.table.Turned
	if tu == nil {
		return lang.L("Read as it is, one row a date or month: each month of this file is a column, and the import finds no dates in its rows.")
	}
	lines := []string{lang.L("The months of this file run across its columns ({{.Months}}): Pacer reads them one row a month, each row of the file a column, as the preview shows. Rows of totals and columns such as totals are not imported.",
		map[string]any{"Months": monthList(shownMonths(tu))})}
	if s := yearText(tu); s != "" {
		lines = append(lines, s)
	}
	if tu.BlockColumn >= 0 {
		lines = append(lines, lang.L("Its months come in blocks: the Block choice below says which is imported, never their sum."))
	}
	return strings.Join(lines, "\n")
}

// yearText says which year months without one were read in, or that
// the sheet names none; "" when the months name their year.
func yearText(tu *importer.Turned) string {
	switch {
	case tu == nil:
		return ""
	case tu.GroupYears:
		return lang.L("The months name no year: each is read as a month of the year of the group over it.")
	case tu.Year != 0:
		return lang.L("The months name no year: they are read as months of {{.Year}}, the year of “{{.Text}}” above them.",
			map[string]any{"Year": tu.Year, "Text": tu.YearText})
	case tu.NoYear:
		return lang.L("The months name no year, and the sheet does not say it: write the year into the month headers (2023年1月, Jan 2023) or into a title above them (2023年销售月报), and import the file again.")
	}
	return ""
}

// monthList quotes the first three months and says when more follow.
func monthList(months []string) string {
	list := quotedNames(months[:min(3, len(months))])
	if len(months) > 3 {
		list += lang.L(", …")
	}
	return list
}

// fileRowCount is the number of rows of the file t was read from, turned
// or not.
func fileRowCount(t importer.Table) int {
	if t.Turned != nil {
		return len(t.Turned.Original.Rows)
	}
	return len(t.Rows)
}

// turnedColumnName names the month and block columns TurnMonths made in
// the user's language, "" for any other column.
func turnedColumnName(t importer.Table, c int) string {
	if t.Turned == nil {
		return ""
	}
	switch {
	case c == 0:
		return lang.L("Month")
	case c == t.Turned.BlockColumn:
		return lang.L("Block")
	}
	return ""
}

// previewText is the text of the cell at row r and column c of the
// preview: the header over a turned table's month and block columns in
// the user's language.
func previewText(t importer.Table, r, c int) string {
	text := t.Cell(r, c).Text
	if name := turnedColumnName(t, c); name != "" && r <= t.HeaderRow && text != "" {
		return name
	}
	return text
}

// turnedHiddenRows are the rows, 1-based, of a turned file that the
// workbook hides: columns once turned.
func turnedHiddenRows(t importer.Table) []int {
	rows := make([]int, 0, len(t.Turned.HiddenColumns))
	for _, c := range t.Turned.HiddenColumns {
		rows = append(rows, t.Turned.Rows[c])
	}
	return rows
}

// rejectedLine names a row that could not be read and why; in a turned
// file, by its row in the file and its month.
func rejectedLine(r importer.RejectedRow) string {
	args := map[string]any{"Row": countText(r.Row), "Reason": lang.L(r.Message, r.Args), "Month": r.Month}
	if r.Month != "" {
		return lang.L("Row {{.Row}}, “{{.Month}}”: {{.Reason}}", args)
	}
	return lang.L("Row {{.Row}}: {{.Reason}}", args)
}
