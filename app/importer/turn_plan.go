package importer

import (
	"cmp"
	"slices"
)

// hideTurnedColumns counts the value columns of a turned table
// (TurnMonths) that were rows the workbook hides, naming those rows as
// the file numbers them, and unless Mapping.KeepHidden leaves them out,
// as PlanImport leaves out the hidden rows of any other table.
func (pl *importPlanner) hideTurnedColumns(t Table) {
	if t.Turned == nil || len(t.Turned.HiddenColumns) == 0 {
		return
	}
	pl.hiddenCols = map[int]bool{}
	for _, s := range pl.srcs {
		c := s.ValueColumn
		if _, found := slices.BinarySearch(t.Turned.HiddenColumns, c); !found || pl.hiddenCols[c] {
			continue
		}
		pl.hiddenCols[c] = true
		pl.plan.Hidden++
		if len(pl.plan.HiddenRows) < MaxSkippedNames {
			pl.plan.HiddenRows = append(pl.plan.HiddenRows, t.Turned.Rows[c])
		}
	}
	slices.Sort(pl.plan.HiddenRows)
	if pl.m.KeepHidden {
		pl.hiddenCols = nil
	}
}

// fileRows names the rows of a plan of a turned table as the file numbers
// them: a rejected value by the row it was in and its month ("row 7,
// 3月"), a month that could not be read by the row of months; and counts
// the file's rows of totals left out.
func fileRows(t Table, plan *ImportPlan) {
	tu := t.Turned
	if tu == nil {
		return
	}
	rows := fileRejected(tu, plan.Rejected)
	for i := range plan.LeftOut {
		lo := &plan.LeftOut[i]
		var named []int
		for _, n := range lo.Rows {
			file, ok := rows[turnedAt{n, lo.GoalID}]
			if !ok {
				file = tu.MonthsRow
			}
			if !slices.Contains(named, file) {
				named = append(named, file)
			}
		}
		slices.Sort(named)
		lo.Rows = named
	}
	if plan.Totals += tu.Totals; plan.TotalLabel == "" {
		plan.TotalLabel = tu.TotalLabel
	}
}

// turnedAt is a row of a turned table, 1-based, read for a goal.
type turnedAt struct {
	row  int
	goal int64
}

// fileRejected names each rejected value by the file's row and month
// (fileRows), and returns the file's row of each turned row and goal.
func fileRejected(tu *Turned, rejected []RejectedRow) map[turnedAt]int {
	rows := map[turnedAt]int{}
	for i := range rejected {
		r := &rejected[i]
		n, file := r.Row-1, tu.MonthsRow
		if r.Column >= 0 && r.Column < len(tu.Rows) && tu.Rows[r.Column] > 0 {
			file = tu.Rows[r.Column]
		}
		rows[turnedAt{r.Row, r.GoalID}] = file
		if n >= 0 && n < len(tu.RowMonths) {
			r.Month, r.Column = tu.RowMonths[n], tu.MonthColumns[n]
		}
		r.Row = file
	}
	// In file order, as Rejected lists them and RejectedRows counts them.
	slices.SortStableFunc(rejected, func(a, b RejectedRow) int {
		return cmp.Or(cmp.Compare(a.Row, b.Row), cmp.Compare(a.Column, b.Column))
	})
	return rows
}
