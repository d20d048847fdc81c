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

// goalsByName fills m's goals of the long layout's names: the goal chosen
// for each listed name, and for the others their goal (unlistedGoals).
// A name no goal is chosen for, as several goals have it as title, goes
// into m.SharedTitles, whose rows go by the file's goal IDs or not at all.
func (v *importView) goalsByName(m *importer.Mapping) {
	for key, sel := range v.goalSel {
		switch i := sel.SelectedIndex() - 1; {
		case i >= 0 && i < len(v.goals):
			m.GoalByName[strings.ToLower(key)] = v.goals[i].ID
		case i < -1:
			m.SharedTitles = append(m.SharedTitles, key)
		}
	}
	unlisted, shared := v.unlistedGoals()
	for name, id := range unlisted {
		m.GoalByName[strings.ToLower(name)] = id
	}
	m.SharedTitles = append(m.SharedTitles, shared...)
	slices.Sort(m.SharedTitles)
}

// unlistedGoals maps each name of the goal column past the listed ones,
// spelled as it first appears, to the goal its rows go to: the goal
// chosen for it when a file of this layout was last imported, else the
// goal of the same title (case and outer spaces aside). A name with
// neither is left out, as a listed name set to "(skip)"; a name several
// goals have as title, and none chosen for it, is in shared, as the
// goal map lists such a name with no goal chosen.
func (v *importView) unlistedGoals() (goals map[string]int64, shared []string) {
	col := v.goalCol.SelectedIndex()
	if !v.moreNames || col < 0 {
		return nil, nil
	}
	known := v.knownNames()
	goals = map[string]int64{}
	for r := range v.table.Rows {
		if !v.isDataRow(r) {
			continue
		}
		text := strings.TrimSpace(v.table.Cell(r, col).Text)
		id, ok := known[foldTitle(text)]
		switch {
		case !ok || text == "":
			continue
		case id == 0:
			shared = append(shared, text)
		default:
			goals[text] = id
		}
		delete(known, foldTitle(text))
	}
	return goals, shared
}

// knownNames maps the folded names unlistedGoals may meet to their goal:
// the goal of the same title, 0 for a title several goals have, else
// the goal chosen the last time, unless the name is listed (the user's
// choice, skip included) or the file's goal IDs place it (recallable).
func (v *importView) knownNames() map[string]int64 {
	known := map[string]int64{}
	for _, g := range v.goals {
		if _, twice := known[foldTitle(g.Title)]; twice {
			known[foldTitle(g.Title)] = 0
		} else {
			known[foldTitle(g.Title)] = g.ID
		}
	}
	for name, id := range v.recalledGoals {
		if slices.ContainsFunc(v.goals, func(g app.Goal) bool { return g.ID == id }) && v.recallable(name) {
			known[foldTitle(name)] = id
		}
	}
	for key := range v.goalSel {
		delete(known, foldTitle(key))
	}
	return known
}

// recallable reports whether the goal chosen for name when a file of this
// layout was last imported may be chosen again: not when several goals
// have name as title and the file carries Pacer's goal IDs, which place
// each row (importer.Mapping.SharedTitles). A choice remembered from
// before IDs did so would put all of them into one goal.
func (v *importView) recallable(name string) bool {
	return v.isWide() || v.titledGoal(name, "") != severalTitled || importer.GuessIDColumn(v.table, v.goalCol.SelectedIndex()) == 0
}

// foldTitle is a goal title or a name of the goal column as they match:
// case and outer spaces aside.
func foldTitle(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

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
