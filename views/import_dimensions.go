package views

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"pacer/app/importer"
	"pacer/views/widgets"
)

// dimensionSkips are the columns that cannot break a goal down: the date,
// the goal's name and the values read.
func (v *importView) dimensionSkips() []int {
	skip := []int{v.dateCol.SelectedIndex(), v.blocks.Column}
	if v.isWide() {
		for _, r := range v.sources {
			if r.goal.SelectedIndex() > 0 {
				skip = append(skip, r.col)
			}
		}
		return skip
	}
	return append(skip, v.goalCol.SelectedIndex(), v.valueCol.SelectedIndex())
}

// guessedDimensions are the columns of categories (产品, 地区) the file's
// goals could be broken down by, whether kept or not.
func (v *importView) guessedDimensions() []int {
	return importer.GuessDimensionColumns(v.table, v.dimensionSkips()...)
}

// keptDimensions are the guessed columns the user keeps as dimensions.
func (v *importView) keptDimensions() []int {
	return slices.DeleteFunc(v.guessedDimensions(), func(col int) bool { return v.dropDims[col] })
}

// refreshDimensions offers a "keep as dimension" box for each guessed
// column, ticked unless the user switched it off, when the guess changed.
func (v *importView) refreshDimensions() {
	if v.dimBox == nil {
		return
	}
	guessed := v.guessedDimensions()
	if slices.Equal(guessed, v.dimCols) && v.dimCols != nil {
		for col, check := range v.dimChecks { // a recalled layout may have switched some off
			check.SetChecked(!v.dropDims[col])
		}
		return
	}
	v.dimCols = guessed
	names := v.columnNames()
	v.dimChecks = map[int]*widgets.KeyCheck{}
	var checks []fyne.CanvasObject
	for _, col := range guessed {
		check := widgets.NewCheck(lang.L("Keep {{.Column}} as a dimension", map[string]any{"Column": names[col]}), func(on bool) {
			if v.dropDims[col] == !on {
				return
			}
			v.dropDims[col] = !on
			v.invalidate()
		})
		check.SetChecked(!v.dropDims[col])
		v.dimChecks[col] = check
		checks = append(checks, check)
	}
	v.dimBox.Objects = append([]fyne.CanvasObject{boldLabel(lang.L("Break goals down by"))}, checks...)
	v.dimBox.Hidden = len(checks) == 0
	v.dimBox.Refresh()
}
