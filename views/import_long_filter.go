package views

import (
	"cmp"
	"fmt"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pacer/app/importer"
)

// addKeyRow adds to the goal map the long layout's row of one text of the
// goal column: the goal it feeds and, once it feeds one, "Filter…" to
// take only some of its rows ("渠道 ≠ 线上").
func (v *importView) addKeyRow(key string, labels []string) *sourceRow {
	r := &sourceRow{col: -1}
	buttons := container.NewHBox()
	v.addGoalChoice(r, labels, buttons)
	r.edit = widget.NewButtonWithIcon(lang.L("Filter…"), theme.SearchIcon(), func() {
		r.col = v.valueCol.SelectedIndex()
		v.editFilter(r)
	})
	buttons.Objects = []fyne.CanvasObject{r.edit}
	buttons.Hide()
	// A long name wraps, whole, rather than widening the dialog.
	name := widget.NewLabel(key)
	name.Wrapping = fyne.TextWrapWord
	r.box = container.NewGridWithColumns(2, name, container.NewVBox(r.goal, buttons, r.summary))
	v.keyRows[key] = r
	v.goalMap.Objects = append(v.goalMap.Objects, r.box) // laid out once, by rebuildGoalMap
	return r
}

// withKeyFilters turns a long-layout mapping whose rows have filters into
// sources, as the wide layout feeds goals: each goal reads the value
// column where the goal column names it and its filter passes. Names of
// one goal with the same filter make one source; without any filter, m
// stays as it is.
func (v *importView) withKeyFilters(m importer.Mapping) importer.Mapping {
	if !slices.ContainsFunc(mapValues(v.keyRows), func(r *sourceRow) bool { return len(r.filter) > 0 }) {
		return m
	}
	type group struct {
		goal   int64
		filter string
	}
	keys := map[group][]string{}
	filters := map[group][]importer.Condition{}
	var order []group
	for key, r := range v.keyRows {
		i := r.goal.SelectedIndex() - 1
		if i < 0 || i >= len(v.goals) {
			continue
		}
		g := group{v.goals[i].ID, fmt.Sprint(r.filter)}
		if keys[g] == nil {
			order = append(order, g)
		}
		keys[g], filters[g] = append(keys[g], key), r.filter
	}
	unlisted, _ := v.unlistedGoals() // a shared title's rows are left out
	for name, id := range unlisted { // past the listed names: no filter
		g := group{id, fmt.Sprint([]importer.Condition(nil))}
		if keys[g] == nil {
			order = append(order, g)
		}
		keys[g] = append(keys[g], name)
	}
	slices.SortFunc(order, func(a, b group) int { return cmp.Or(cmp.Compare(a.goal, b.goal), cmp.Compare(a.filter, b.filter)) })
	m.Sources = nil
	for _, g := range order {
		slices.Sort(keys[g])
		c := importer.Condition{Column: m.GoalColumn, Op: importer.OpIs, Values: keys[g]}
		if len(keys[g]) > 1 {
			c.Op = importer.OpIn
		}
		m.Sources = append(m.Sources, importer.Source{GoalID: g.goal, ValueColumn: m.ValueColumn,
			Filter: append([]importer.Condition{c}, filters[g]...)})
	}
	m.GoalColumn, m.GoalByName = -1, nil
	return m
}

func mapValues[K comparable, V any](m map[K]V) []V {
	out := make([]V, 0, len(m))
	for _, x := range m {
		out = append(out, x)
	}
	return out
}
