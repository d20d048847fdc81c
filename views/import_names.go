package views

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"pacer/app"
	"pacer/app/importer"
)

// maxListedNames is how many of the goal column's names the goal map
// lists, each a row with a choice of goal. A row costs some 2 ms to build
// and lay out (a Select and its buttons), and a wrong column taken for the
// goal column names as many "goals" as the file has rows.
const maxListedNames = 200

// mapKeys are what the goal map lists: the names of the value columns in
// the wide layout; else the goal column's names, the first maxListedNames
// of them, more telling whether it has others.
func (v *importView) mapKeys() (keys []string, more bool) {
	names := v.columnNames()
	if v.isWide() {
		filled := importer.FilledColumns(v.table) // a blank column A is no goal's
		for i, n := range names {
			// The month and block columns of a turned file are no goal's.
			if i != v.dateCol.SelectedIndex() && i != v.blocks.Column && turnedColumnName(v.table, i) == "" && slices.Contains(filled, i) {
				keys = append(keys, n)
			}
		}
		return keys, false
	}
	col := v.goalCol.SelectedIndex()
	if col < 0 {
		return nil, false
	}
	seen := map[string]bool{}
	for r := range v.table.Rows {
		if !v.isDataRow(r) {
			continue
		}
		text := strings.TrimSpace(v.table.Cell(r, col).Text)
		if text == "" || seen[strings.ToLower(text)] {
			continue
		}
		if len(keys) == maxListedNames {
			return keys, true
		}
		seen[strings.ToLower(text)] = true
		keys = append(keys, text)
	}
	return keys, false
}

// unlistedGoals maps each name of the goal column past the listed ones,
// spelled as it first appears, to the goal its rows go to: the goal
// chosen for it when a file of this layout was last imported, else the
// goal of the same title (case and outer spaces aside). A name with
// neither is left out, as a listed name set to "(skip)".
func (v *importView) unlistedGoals() map[string]int64 {
	col := v.goalCol.SelectedIndex()
	if !v.moreNames || col < 0 {
		return nil
	}
	fold := func(s string) string { return strings.ToLower(strings.TrimSpace(s)) }
	known := map[string]int64{} // folded name → goal, titles first
	for _, g := range v.goals {
		known[fold(g.Title)] = g.ID
	}
	for name, id := range v.recalledGoals {
		if slices.ContainsFunc(v.goals, func(g app.Goal) bool { return g.ID == id }) {
			known[fold(name)] = id
		}
	}
	for key := range v.goalSel {
		delete(known, fold(key)) // the user's choice, skip included
	}
	out := map[string]int64{}
	for r := range v.table.Rows {
		if !v.isDataRow(r) {
			continue
		}
		text := strings.TrimSpace(v.table.Cell(r, col).Text)
		if id, ok := known[fold(text)]; ok && text != "" {
			out[text] = id
			delete(known, fold(text))
		}
	}
	return out
}

// moreNamesNote says that the goal column names more goals than listed.
func moreNamesNote() fyne.CanvasObject {
	note := widget.NewLabel(lang.L("The goal column names more than {{.N}} goals. The first {{.N}} are listed above; each of the others goes to the goal chosen for it the last time, else to the goal of the same title, and its rows are left out when there is neither.",
		map[string]any{"N": maxListedNames}))
	note.Wrapping = fyne.TextWrapWord
	note.Importance = widget.WarningImportance
	return note
}

// sheetChoices are the workbook's sheets as the sheet choice lists them,
// in order, a hidden one said to be: Excel shows it in no tab, and it
// tends to hold lookups or old data.
func sheetChoices(t importer.Table) []string {
	choices := make([]string, len(t.Sheets))
	for i, name := range t.Sheets {
		choices[i] = name
		if t.Hidden[name] {
			choices[i] = lang.L("{{.Sheet}} (hidden)", map[string]any{"Sheet": name})
		}
	}
	return choices
}

// columnNames names the columns: the header's text, else "Column N";
// a name several columns have is followed by each one's number.
func (v *importView) columnNames() []string {
	names := make([]string, v.table.Columns)
	count := map[string]int{}
	for i := range names {
		names[i] = lang.L("Column {{.N}}", map[string]any{"N": i + 1})
		if v.table.HasHeader && i < len(v.table.Header) && strings.TrimSpace(v.table.Header[i]) != "" {
			names[i] = v.table.Header[i]
		}
		if turned := turnedColumnName(v.table, i); turned != "" {
			names[i] = turned
		}
		count[names[i]]++
	}
	// Columns are told apart by name (the goal map, filters, memory): two
	// 金额 under 收入 and 支出 would both stand for the first.
	for i, n := range names {
		if count[n] > 1 {
			names[i] = lang.L("{{.Name}} (column {{.N}})", map[string]any{"Name": n, "N": i + 1})
		}
	}
	return names
}
