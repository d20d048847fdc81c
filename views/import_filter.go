package views

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pacer/app"
	"pacer/app/importer"
	"pacer/views/widgets"
)

// maxFilterValues is how many distinct values of a column a filter offers.
const maxFilterValues = 200

// sourceRow is one goal the wide layout feeds from a value column, from
// the rows its filter passes ("销售额(元) where 地区 = 北美"); a column can
// have several, each for its own goal and filter.
type sourceRow struct {
	col     int
	goal    *widgets.KeySelect
	filter  []importer.Condition
	summary *widget.Label
	// edit opens the filter; another adds a row for the same column.
	edit, another *widget.Button
	box           *fyne.Container // the row in the goal map
}

// addSourceRow adds a row for value column col, named name, to the goal map.
func (v *importView) addSourceRow(col int, name string, labels []string) *sourceRow {
	r := &sourceRow{col: col}
	// The filter's buttons show once the row feeds a goal.
	buttons := container.NewHBox()
	v.addGoalChoice(r, labels, buttons)
	r.edit = widget.NewButtonWithIcon(lang.L("Filter…"), theme.SearchIcon(), func() { v.editFilter(r) })
	r.another = widget.NewButtonWithIcon(lang.L("Another goal from this column"), theme.ContentAddIcon(), func() {
		v.addSourceRow(col, name, labels)
		v.goalMap.Refresh()
		v.invalidate()
	})
	buttons.Objects = []fyne.CanvasObject{r.edit, r.another}
	r.goal.SetSelectedIndex(0)
	label := widget.NewLabel(v.sourceName(col, name))
	label.Wrapping = fyne.TextWrapWord
	r.box = container.NewGridWithColumns(2, label, container.NewVBox(r.goal, buttons, r.summary))
	// Another row of a column goes under the column's last.
	at := len(v.goalMap.Objects)
	for _, o := range v.sources {
		if o.col == col {
			at = slices.Index(v.goalMap.Objects, fyne.CanvasObject(o.box)) + 1
		}
	}
	v.sources = append(v.sources, r)
	v.goalMap.Objects = slices.Insert(v.goalMap.Objects, at, fyne.CanvasObject(r.box))
	return r
}

// addGoalChoice gives r its choice of goal among labels, which shows
// buttons (the filter's) once r feeds a goal, and the summary of its
// filter, hidden until it has one.
func (v *importView) addGoalChoice(r *sourceRow, labels []string, buttons *fyne.Container) {
	r.goal = widgets.NewSelect(labels, func(string) {
		buttons.Hidden = r.goal.SelectedIndex() <= 0
		buttons.Refresh()
		v.invalidate()
	})
	r.summary = widget.NewLabel("")
	r.summary.Wrapping = fyne.TextWrapWord
	r.summary.Hide()
}

// setFilter sets a row's filter and says it under its goal.
func (v *importView) setFilter(r *sourceRow, f []importer.Condition) {
	r.filter = f
	if len(f) == 0 {
		r.summary.SetText("")
		r.summary.Hide()
	} else {
		names := v.columnNames()
		conds := make([]string, len(f))
		for i, c := range f {
			conds[i] = conditionText(sourceCondition(c, names))
		}
		r.summary.SetText(lang.L("Only rows where {{.Filter}}", map[string]any{"Filter": strings.Join(conds, lang.L(" and "))}))
		r.summary.Show()
	}
	v.invalidate()
}

// sourceCondition is a filter condition as a goal's source saves it: by
// column name.
func sourceCondition(c importer.Condition, names []string) app.SourceCondition {
	name := ""
	if c.Column >= 0 && c.Column < len(names) {
		name = names[c.Column]
	}
	return app.SourceCondition{Column: name, Op: string(c.Op), Values: c.Values}
}

// distinctValues are the values of column col, each once, sorted, up to
// maxFilterValues.
func (v *importView) distinctValues(col int) []string {
	seen := map[string]bool{}
	var out []string
	for r := range v.table.Rows {
		if !v.isDataRow(r) {
			continue
		}
		text := strings.TrimSpace(v.table.Cell(r, col).Text)
		if k := strings.ToLower(text); text != "" && !seen[k] {
			seen[k] = true
			out = append(out, text)
			if len(out) == maxFilterValues {
				break
			}
		}
	}
	slices.Sort(out)
	return out
}

// filterEditor is the dialog that edits one row's filter: conditions of
// a column, "is" or "is not", and values picked from the column's own.
type filterEditor struct {
	v     *importView
	row   *sourceRow
	list  *fyne.Container
	conds []*conditionEditor
	// dialog is the editor's dialog, for tests.
	dialog *dialog.ConfirmDialog
}

// conditionEditor is one condition in the filter editor.
type conditionEditor struct {
	column *widgets.KeySelect
	not    *widget.RadioGroup
	values *widget.CheckGroup
	cols   []int // the column of each option of column
}

// editFilter opens the filter editor of row r.
func (v *importView) editFilter(r *sourceRow) *filterEditor {
	e := &filterEditor{v: v, row: r, list: container.NewVBox()}
	for _, c := range r.filter {
		e.add(c)
	}
	if len(r.filter) == 0 {
		e.add(importer.Condition{Column: -1, Op: importer.OpIs})
	}
	add := widget.NewButtonWithIcon(lang.L("Add a condition"), theme.ContentAddIcon(), func() {
		e.add(importer.Condition{Column: -1, Op: importer.OpIs})
	})
	hint := widget.NewLabel(lang.L("The goal reads only the rows that meet every condition; the file's other rows are skipped, as chosen, and counted."))
	hint.Wrapping = fyne.TextWrapWord
	body := container.NewBorder(hint, container.NewHBox(add), nil, nil, container.NewVScroll(e.list))
	e.dialog = dialog.NewCustomConfirm(lang.L("Which rows feed this goal"), lang.L("Apply"), lang.L("Cancel"), body,
		func(ok bool) {
			if ok {
				v.setFilter(r, e.conditions())
			}
			v.ui.showDestructive(v.dialog)
		}, v.ui.window())
	e.dialog.Resize(fyne.NewSize(640, 520))
	v.filterEdit = e
	v.ui.showDialog(e.dialog)
	return e
}

// add adds condition c to the editor.
func (e *filterEditor) add(c importer.Condition) {
	ce := &conditionEditor{}
	var names []string
	for i, n := range e.v.columnNames() {
		if i != e.v.dateCol.SelectedIndex() && i != e.row.col {
			ce.cols = append(ce.cols, i)
			names = append(names, n)
		}
	}
	ce.not = widget.NewRadioGroup([]string{lang.L("is"), lang.L("is not")}, nil)
	ce.not.Horizontal = true
	ce.not.SetSelected(ce.not.Options[0])
	if c.Op == importer.OpIsNot {
		ce.not.SetSelected(ce.not.Options[1])
	}
	ce.values = widget.NewCheckGroup(nil, nil)
	ce.column = widgets.NewSelect(names, func(string) {
		ce.values.Options = e.v.distinctValues(ce.cols[ce.column.SelectedIndex()])
		ce.values.Selected = nil
		ce.values.Refresh()
	})
	if i := slices.Index(ce.cols, c.Column); i >= 0 {
		ce.column.SetSelectedIndex(i)
		ce.values.SetSelected(c.Values)
	}
	var box *fyne.Container
	remove := widget.NewButtonWithIcon(lang.L("Remove"), theme.DeleteIcon(), func() {
		e.list.Remove(box)
		e.conds = slices.DeleteFunc(e.conds, func(o *conditionEditor) bool { return o == ce })
	})
	box = container.NewVBox(container.NewBorder(nil, nil, nil, remove, container.NewHBox(ce.column, ce.not)),
		ce.values, widget.NewSeparator())
	e.conds = append(e.conds, ce)
	e.list.Add(box)
}

// conditions are the editor's conditions as the importer takes them; a
// condition without a column or a value is left out. "is" with one value is
// "=", with several "in".
func (e *filterEditor) conditions() []importer.Condition {
	var out []importer.Condition
	for _, ce := range e.conds {
		i := ce.column.SelectedIndex()
		if i < 0 || len(ce.values.Selected) == 0 {
			continue
		}
		c := importer.Condition{Column: ce.cols[i], Op: importer.OpIs, Values: slices.Clone(ce.values.Selected)}
		switch {
		case ce.not.Selected == ce.not.Options[1]:
			c.Op = importer.OpIsNot
		case len(c.Values) > 1:
			c.Op = importer.OpIn
		}
		out = append(out, c)
	}
	return out
}

// goalSources are the data sources the import saves for its goals: each
// wide-layout goal's value column and filter; in the long layout, the
// value column where the goal column names the goal.
func (v *importView) goalSources(m importer.Mapping) []app.GoalSource {
	names := v.columnNames()
	layout := importer.LayoutKey(v.table)
	src := func(id int64, col int, f []app.SourceCondition) app.GoalSource {
		return app.GoalSource{GoalID: id, Layout: layout, Columns: names, ValueColumn: names[col], Filter: f}
	}
	var out []app.GoalSource
	if m.GoalColumn < 0 {
		for _, s := range m.Sources {
			f := make([]app.SourceCondition, len(s.Filter))
			for i, c := range s.Filter {
				f[i] = sourceCondition(c, names)
			}
			out = append(out, src(s.GoalID, s.ValueColumn, f))
		}
		return out
	}
	byGoal := map[int64][]string{}
	for key, sel := range v.goalSel {
		if i := sel.SelectedIndex() - 1; i >= 0 && i < len(v.goals) {
			byGoal[v.goals[i].ID] = append(byGoal[v.goals[i].ID], key)
		}
	}
	for _, g := range v.goals {
		if keys := byGoal[g.ID]; len(keys) > 0 && m.ValueColumn >= 0 && max(m.ValueColumn, m.GoalColumn) < len(names) {
			slices.Sort(keys)
			c := importer.Condition{Column: m.GoalColumn, Op: importer.OpIs, Values: keys}
			if len(keys) > 1 {
				c.Op = importer.OpIn
			}
			out = append(out, src(g.ID, m.ValueColumn, []app.SourceCondition{sourceCondition(c, names)}))
		}
	}
	return out
}
