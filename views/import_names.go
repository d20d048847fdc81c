package views

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
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
		for i, n := range names {
			if i != v.dateCol.SelectedIndex() {
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
		if r == 0 && v.header.Checked {
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

// matchUnlisted adds to byName each goal whose title is not a listed
// name, so that the names past maxListedNames go to the goal of the same
// title, as a listed name starts out; a listed name keeps the user's
// choice, skip included.
func (v *importView) matchUnlisted(byName map[string]int64) {
	listed := make(map[string]bool, len(v.goalSel))
	for key := range v.goalSel {
		listed[strings.ToLower(strings.TrimSpace(key))] = true
	}
	for _, g := range v.goals {
		if name := strings.ToLower(strings.TrimSpace(g.Title)); !listed[name] {
			byName[name] = g.ID
		}
	}
}

// moreNamesNote says that the goal column names more goals than listed.
func moreNamesNote() fyne.CanvasObject {
	note := widget.NewLabel(lang.L("The goal column names more than {{.N}} goals. The first {{.N}} are listed above; each of the others goes to the goal of the same title, and its rows are left out when there is none.",
		map[string]any{"N": maxListedNames}))
	note.Wrapping = fyne.TextWrapWord
	note.Importance = widget.WarningImportance
	return note
}
