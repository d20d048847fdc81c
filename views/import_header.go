package views

import (
	"strings"

	"fyne.io/fyne/v2/lang"

	"pacer/app/importer"
	"pacer/views/widgets"
)

// headerPreviewRunes is how much of a row's text the header row choice shows.
const headerPreviewRunes = 40

// newHeaderRowSelect offers the first rows of the file as its header row,
// each by its number and text, on the row detected.
func (v *importView) newHeaderRowSelect() *widgets.KeySelect {
	var options []string
	for r := 0; r < len(v.table.Rows) && r < max(importer.MaxHeaderRow, v.table.HeaderRow+1); r++ {
		options = append(options, headerRowOption(r, v.table.Rows[r]))
	}
	s := widgets.NewSelect(options, nil)
	s.SetSelectedIndex(v.table.HeaderRow)
	s.OnChanged = func(string) { v.onHeaderRow(s.SelectedIndex()) }
	return s
}

// headerRowOption names row r (0-based) of the file: "Row 3: 日期, 销售额".
func headerRowOption(r int, row []importer.Cell) string {
	var texts []string
	for _, c := range row {
		if text := strings.Join(strings.Fields(c.Text), " "); text != "" {
			texts = append(texts, text)
		}
	}
	if len(texts) == 0 {
		return lang.L("Row {{.Row}} (blank)", map[string]any{"Row": r + 1})
	}
	text := []rune(strings.Join(texts, ", "))
	if len(text) > headerPreviewRunes {
		text = append(text[:headerPreviewRunes-1], '…')
	}
	return lang.L("Row {{.Row}}: {{.Text}}", map[string]any{"Row": r + 1, "Text": string(text)})
}

// onHeaderRow shows the import of the file read from row r (0-based) in
// place of this one: its columns named and guessed anew, as for a file
// whose header is its first row.
func (v *importView) onHeaderRow(r int) {
	if r < 0 || r == v.table.HeaderRow {
		return
	}
	next := &importView{ui: v.ui, path: v.path, table: v.table.WithHeaderRow(r), goals: v.goals, onDone: v.onDone}
	// This dialog goes first, with the Select's menu above it (onSheet).
	if v.dialog != nil {
		v.dialog.Hide()
	}
	next.build()
	next.show()
	v.next = next
}

// isDataRow reports whether row r (0-based) of the file is data: below
// the header row, or that row itself when it does not name the columns.
func (v *importView) isDataRow(r int) bool {
	return r > v.table.HeaderRow || r == v.table.HeaderRow && !v.header.Checked
}
