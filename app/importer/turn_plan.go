package importer

import (
	"cmp"
	"slices"

	"pacer/app/notation"
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

// hiddenMonth reports whether row i of a turned table was a month column
// the workbook hides and the plan leaves it out; it counts and names such
// months either way, by the file's column and header, as hiddenRow does
// the hidden rows. A hidden month that reads as a shown one is refused
// when kept: it belongs to another year the sheet does not name.
func (pl *importPlanner) hiddenMonth(t Table, i int) bool {
	if t.Turned == nil {
		return false
	}
	if _, found := slices.BinarySearch(t.Turned.HiddenMonths, i); !found {
		return false
	}
	month := t.Turned.RowMonths[i]
	pl.plan.HiddenMonths++
	if len(pl.plan.HiddenMonthColumns) < MaxSkippedNames {
		pl.plan.HiddenMonthColumns = append(pl.plan.HiddenMonthColumns, MonthColumn{Column: t.Turned.MonthColumns[i], Month: month})
	}
	if !pl.m.KeepHidden {
		return true
	}
	if slices.Contains(t.Turned.RepeatedMonths, i) {
		pl.reject(i+1, pl.m.DateColumn, 0, notation.ImportError(msgImportHiddenRepeat, nil, "Month", month))
		return true
	}
	return false
}

// fileRows names the rows of a plan of a turned table as the file numbers
// them: a rejected value by the row it was in and its month ("row 7,
// 3月"), a month that could not be read by the row of months; and counts
// the file's rows read and its rows of totals left out.
func (pl *importPlanner) fileRows(t Table, plan *ImportPlan) {
	tu := t.Turned
	if tu == nil {
		return
	}
	plan.FileRows = pl.turnedRowsRead(tu)
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

// turnedRowsRead counts the file's rows, once each, that the sources
// read: the turned table's value columns, hidden ones left out aside.
func (pl *importPlanner) turnedRowsRead(tu *Turned) int {
	read := map[int]bool{}
	for _, s := range pl.srcs {
		c := s.ValueColumn
		if c > 0 && c < len(tu.Rows) && tu.Rows[c] > 0 && !pl.hiddenCols[c] {
			read[tu.Rows[c]] = true
		}
	}
	return len(read)
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
