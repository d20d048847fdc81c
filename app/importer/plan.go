package importer

import (
	"context"
	"errors"
	"slices"
	"strconv"
	"strings"

	"pacer/app"
	"pacer/app/notation"
)

// PlanImport works out what importing t with mapping m writes, given the
// goals values may go to and the values already stored (existing needs
// CheckIns and History). Every row is read:
//
//   - dates as ParseDate reads them with m.DayMonth, or a workbook's
//     date cell as its serial, a month when it is shown as one
//     ("2026年1月"); a quarter ("2023-Q1") is the fiscal quarter
//     of that key in cal, as Pacer names periods; a month 2023.1 that
//     may be a typed 2023.10 turned into a number is refused (dotMonth);
//   - values as ParseNumber reads them with m.NumberFormat, or a workbook's
//     number cell exactly (a cell whose format is a percent one counts in
//     percent: 0.08 shown as 8% is 8; 85 shown as 85% by 0"%" is 85), or
//     a number with a unit as ReadNumberUnit reads it ("1.200 kg", "35
//     件"), one unit for each goal's values; a
//     value with more decimals than its goal keeps is rejected, never
//     rounded;
//   - a date inside one of the goal's check-in periods (CheckInPeriods,
//     whose first and last may reach outside the goal's span) goes to that
//     period; rows roll up by sum for a flow goal and by the value of the
//     latest moment for a level goal: its date and time of day when the
//     cell has one; of rows of the same moment the later in the file wins,
//     the earlier when the file's dates run newest first (fileOrder);
//     a month or quarter row for a goal checked in more often is rejected;
//   - a date before those periods goes to history, in periods of the
//     goal's PlanBy when it is a quarter, else months (quarter, half and
//     year rows stay so), provided the period ends before the goal starts;
//   - a date after them is rejected.
//
// In the long layout the goal column is read first: a row naming no goal of
// GoalByName is skipped on purpose (Skipped), whatever else it holds; a
// row naming one of m.SharedTitles goes to the goal of that title its goal
// ID names (m.IDColumn), and is rejected when it names none; an
// empty goal cell is rejected, since the row may be for any goal (a cell
// merged down the column shows its name on every row it covers, Cell.Merged).
// In the wide layout a source reads only the rows its filter
// passes, and a row that passes no source's filter is skipped on purpose
// (Filtered), whatever else it holds. Blank rows are skipped, rows the
// workbook hides unless m.KeepHidden (ImportPlan.Hidden), and rows that
// hold nothing to import, such as a note below the table: no value in the
// wide layout, neither goal, value nor date in the long one. In a text
// file with a header, the values of a row with filled cells beyond the
// header's columns are rejected: an unquoted 1,200 moved them. Rejected rows do not stop the plan;
// the UI lists them before anything is written, and each makes the periods
// it could have counted in LeftOut (see LeftOutPeriod). PlanImport checks ctx every 1,000 rows
// and returns ctx.Err() when it is done; progress, when not nil, is called
// as often with the rows done and the total, and once at the end. A mapping
// naming columns the table lacks is a *data.Error. Of a table TurnMonths
// turned, the columns that were hidden rows and the rows that were hidden
// columns are left out as hidden rows are, and rows are named as the file
// numbers them (fileRows).
func PlanImport(ctx context.Context, cal app.Calendar, t Table, m Mapping, goals []app.Goal,
	existing app.Snapshot, progress func(done, total int)) (ImportPlan, error) {
	if err := checkMapping(t, m); err != nil {
		return ImportPlan{}, err
	}
	if err := checkBlock(t, m); err != nil {
		return ImportPlan{}, err
	}
	pl := newImportPlanner(cal, m, goals)
	pl.t, pl.width = t, headerWidth(t, m)
	pl.splitNames(t)
	pl.padded = newPadding(t, m, pl.width)
	pl.plan.HiddenKept = m.KeepHidden
	pl.plan.Scales = columnScales(t, m)
	pl.scaleUsed = make([]bool, len(pl.plan.Scales))
	pl.shortYears(t)
	pl.findDotDoubts(t)
	pl.hideTurnedColumns(t)
	total, units := len(t.Rows), unitRow(t, m)
	if units {
		pl.plan.UnitRow = m.HeaderRow + 2
	}
	for i := range t.Rows {
		if i%1000 == 0 {
			if err := ctx.Err(); err != nil {
				return ImportPlan{}, err
			}
			if progress != nil {
				progress(i, total)
			}
		}
		if i < m.HeaderRow || i == m.HeaderRow && m.SkipHeader || i == m.HeaderRow+1 && units {
			continue
		}
		pl.row(t, i)
	}
	if progress != nil {
		progress(total, total)
	}
	pl.dropUnusedScales()
	plan := pl.finish(existing)
	pl.fileRows(t, &plan)
	return plan, nil
}

// checkMapping refuses a mapping without a date or value column, or with
// columns beyond the table.
func checkMapping(t Table, m Mapping) error {
	cols := append([]int{m.DateColumn}, m.Dimensions...)
	switch {
	case m.GoalColumn >= 0:
		cols = append(cols, m.GoalColumn, m.ValueColumn)
	case len(m.ValueColumns)+len(m.Sources) == 0:
		return notation.ImportError(msgImportNoMapping, nil)
	default:
		for _, s := range m.sources() {
			cols = append(cols, s.ValueColumn)
		}
	}
	for _, c := range cols {
		if c < 0 || c >= t.Columns {
			return notation.ImportError(msgImportBadColumns, nil, "Column", strconv.Itoa(c+1))
		}
	}
	if m.GoalColumn >= 0 {
		return nil
	}
	return checkSources(t, m)
}

// importPlanner holds the state of one PlanImport.
type importPlanner struct {
	cal   app.Calendar
	m     Mapping
	goals map[int64]*app.Goal
	names map[string]int64 // GoalByName with folded keys
	// shared are the goals of each of SharedTitles, by folded title, and
	// of the names split lists (splitNames).
	shared map[string][]int64
	split  map[string]bool
	srcs   []Source // the wide layout's sources (Mapping.sources)
	// scaleUsed says which of plan.Scales multiplied a value.
	scaleUsed []bool
	// filtered is true when a source has a filter, so a row may pass none.
	anyFilter bool
	chosen    []int64 // the goals of GoalByName that are among the goals, in order
	buckets   map[bucketKey]*bucket
	plan      ImportPlan
	taints    map[bucketKey]*taint
	whole     map[int64]*taint // goals left out in every period
	spans     []spanTaint
	skipped   map[string]bool // folded skipped names kept
	// filteredSeen are the folded FilteredValues kept.
	filteredSeen map[string]bool
	// t is the table read, cur the row being read, dimCols the distinct
	// Dimensions in their order; width is headerWidth and over is true
	// when the row being read has filled cells beyond it; padded is
	// the header line's padding (newPadding).
	t       Table
	cur     int
	dimCols []int
	// groupIDs number the rows' dimension values (dimGroup), written into
	// groupBuf.
	groupIDs map[string]int32
	groupBuf []byte
	// dimFolded are row dimRow-1's dimension values, folded (dimTexts).
	dimFolded []string
	dimRow    int
	width     int
	padded    padding
	over      bool
	// block is the label of the block of the row being read (otherBlock).
	block string
	// filters are the sources' filters folded, pass which sources the
	// row being read feeds, folded the folded texts met (fold).
	filters [][]Condition
	pass    []bool
	folded  map[string]string
	// order reads the dates: Mapping.DayMonth, or YearFirst (shortYears).
	order     notation.DayMonthOrder
	yearDoubt bool
	// dotDoubts are the years whose 2023.1 may be a 2023.10 made a number
	// (findDotDoubts).
	dotDoubts map[int]bool
	// units is the unit of each goal's values, set by the first that has
	// one (sameUnit).
	units map[int64]string
	// memo keeps the latest date read and period found (plan_memo.go).
	memo rowMemo
	// steps tell whether the file's dates run newest first (fileOrder).
	steps fileOrder
	// percentCols says which columns hold cells formatted in per cent
	// (percentColumn).
	percentCols map[int]bool
	// sides are the sides of the books of the goals' columns (ownSide).
	sides map[sideKey]notation.Side
	// hiddenCols are a turned table's columns left out as hidden rows
	// (hideTurnedColumns).
	hiddenCols map[int]bool
	// columnTexts are folded texts of columns with an "X Total" (groupNamed).
	columnTexts map[int]map[string]bool
}

func newImportPlanner(cal app.Calendar, m Mapping, goals []app.Goal) *importPlanner {
	pl := &importPlanner{cal: cal, m: m, goals: map[int64]*app.Goal{}, names: map[string]int64{},
		buckets: map[bucketKey]*bucket{}, taints: map[bucketKey]*taint{}, whole: map[int64]*taint{},
		skipped: map[string]bool{}, filteredSeen: map[string]bool{}, folded: map[string]string{}}
	for _, col := range m.Dimensions {
		if !slices.Contains(pl.dimCols, col) {
			pl.dimCols = append(pl.dimCols, col)
		}
	}
	for i := range goals {
		pl.goals[goals[i].ID] = &goals[i]
	}
	for name, id := range m.GoalByName {
		pl.names[foldName(name)] = id
		if pl.goals[id] != nil && !slices.Contains(pl.chosen, id) {
			pl.chosen = append(pl.chosen, id)
		}
	}
	pl.sharedGoals(m.SharedTitles)
	if m.GoalColumn < 0 {
		pl.srcs = m.sources()
	}
	pl.plan.FilteredColumn = commonFilterColumn(pl.srcs)
	for _, s := range pl.srcs {
		pl.anyFilter = pl.anyFilter || len(s.Filter) > 0
	}
	pl.filters, pl.pass = foldedFilters(pl.srcs), make([]bool, len(pl.srcs))
	return pl
}

// foldName is a goal name as GoalByName matches it.
func foldName(s string) string {
	return strings.ToLower(strings.TrimSpace(s))
}

// rowDate is the span of days a row's date stands for, and for a day
// its time of day (in milliseconds, 0 when the cell gives none).
type rowDate struct {
	first, last int // day numbers
	clock       int
	prec        notation.DatePrecision
	text        string
}

// row reads row i of t into the planner.
func (pl *importPlanner) row(t Table, i int) {
	if importBlankRow(t.Rows[i]) {
		pl.plan.Blank++
		return
	}
	if pl.otherBlock(t, i) {
		return
	}
	if pl.hiddenRow(t, i) || pl.hiddenMonth(t, i) {
		return
	}
	if pl.totalRow(t, i) {
		return
	}
	pl.plan.Rows++
	pl.cur, pl.over = i, pl.overfull(i)
	n := i + 1
	if pl.m.GoalColumn >= 0 {
		pl.longRow(t, i, n)
		return
	}
	if !pl.passing(t, i) {
		pl.filtered(t, i)
		return
	}
	if !pl.valued(t, i) {
		return // a note below the table (制表人：张三), or a day without sales
	}
	dateCell := t.Cell(i, pl.m.DateColumn)
	d, ok := pl.date(dateCell, n)
	for k, s := range pl.srcs {
		if !pl.pass[k] || pl.hiddenCols[s.ValueColumn] {
			continue
		}
		c, id := s.ValueColumn, s.GoalID
		cell := valueCell(t, i, c)
		switch {
		case ok:
			pl.value(n, c, id, cell, d, false)
		case importFilled(cell):
			pl.taintUndated(id, dateCell, n, true)
		}
	}
}

// valued reports whether row i of the wide layout has a value for a
// source whose filter it passes. A row without one holds nothing to
// import, whatever its other cells hold; its date is not read, so that a
// note where dates go ("Prepared by Ann") is not refused as no date.
func (pl *importPlanner) valued(t Table, i int) bool {
	for k, s := range pl.srcs {
		if pl.pass[k] && importFilled(valueCell(t, i, s.ValueColumn)) {
			return true
		}
	}
	return false
}

// reject records a rejected row.
func (pl *importPlanner) reject(row, col int, goalID int64, e *app.Error) {
	pl.plan.Rejected = append(pl.plan.Rejected, RejectedRow{Row: row, Column: col, GoalID: goalID,
		Message: e.Message, Args: e.Args})
}

// value reads the value cell c of row n (column col) for goal id and adds
// it to its period. An empty cell is rejected in the long layout and
// skipped in the wide one; a formula whose result was not saved is
// rejected in both.
func (pl *importPlanner) value(n, col int, id int64, c Cell, d rowDate, long bool) {
	g := pl.goals[id]
	if g == nil {
		pl.reject(n, col, 0, notation.ImportError(msgImportUnknown, nil, "Name", "#"+strconv.FormatInt(id, 10)))
		return
	}
	text := importCellText(c)
	if text == "" && (c.Kind == CellText || c.Kind == CellFormula) {
		// A formula without its result is never taken for an empty cell.
		if long || c.Kind == CellFormula {
			pl.reject(n, col, id, importMissing(c, msgImportNoValue))
			pl.taintRow(g, d, n, true)
		}
		return
	}
	if pl.over && pl.cutAt(col) || pl.turnedSplit(col) { // an empty cell has no value to have moved
		pl.reject(n, col, id, pl.extraCells(col))
		pl.taintRow(g, d, n, true)
		return
	}
	v, e := pl.goalValue(g, col, c, text)
	counted := false
	if e == nil {
		counted, e = pl.add(g, n, v, d)
	}
	if e != nil {
		pl.reject(n, col, id, e)
		pl.taintRow(g, d, n, true)
		return
	}
	if counted {
		pl.plan.Values++
		pl.noteRounded(c, text)
	}
}

// goalValue reads cell c of column col, whose text is text, as a value of
// goal g: a number times the scale its column's header states (scaled),
// at the goal's decimals, and for a milestone 0 or 1, since any other
// number would count as done or not by accident (app.CheckValue).
func (pl *importPlanner) goalValue(g *app.Goal, col int, c Cell, text string) (float64, *app.Error) {
	v, marked, e := pl.sideValue(col, g.ID, c, text)
	unit := ""
	if !marked {
		v, unit, e = pl.number(c, text)
	}
	if e == nil {
		e = pl.sameUnit(g, unit, c, text)
	}
	if e == nil {
		e = pl.sameKind(g, col, c, v, text)
	}
	if e == nil {
		v, e = pl.scaled(g, col, c, v, text)
	}
	if e != nil {
		return 0, e
	}
	if err := app.CheckValue(g.Kind, v); err != nil { // before decimals: 0.5 is no milestone's, whatever its places
		return 0, notation.ImportError(msgImportMilestone, err, "Value", text, "Goal", g.Title)
	}
	read, err := v, error(nil)
	if v, err = app.RoundTo(v, g.Decimals); err != nil {
		if limit, ok := tooLarge(err); ok {
			return 0, notation.ImportError(app.MsgTooLarge, err, "Value", text, "Max", limit)
		}
		return 0, decimalsError(c, text, read, g.Decimals, err)
	}
	return v, nil
}

// tooLarge reports whether err, of app.RoundTo, says a value is beyond
// what a goal keeps exactly, and the largest it keeps: such a value was
// told it had too many decimal places.
func tooLarge(err error) (limit string, ok bool) {
	var e *app.Error
	if !errors.As(err, &e) || e.Message != app.MsgTooLarge {
		return "", false
	}
	limit, ok = e.Args["Max"].(string)
	return limit, ok
}
