package app

import (
	"errors"
	"fmt"
	"strings"
)

// ErrReviewTable is wrapped by the errors the review exports return for a
// table they cannot write.
var ErrReviewTable = errors.New("invalid review table")

// ReviewColumn is a column of the review table.
type ReviewColumn int

// The review table's columns. Values are in the goal's unit (a percent
// goal's in percent); variances in the goal's unit are in percentage points
// for percent goals; relative variances are percentages, except for
// percent goals, whose gaps are in points in those columns too (see
// GapText).
const (
	ColumnGoal   ReviewColumn = iota // the goal's title
	ColumnPeriod                     // the period's label
	ColumnUnit                       // the unit: currency code, "%", the custom label, or empty
	// ColumnExpected is the plan the actual is measured against
	// (ReviewRow.ExpectedCovered), so that Actual − Expected is the
	// variance on every row.
	ColumnExpected
	ColumnPeriodExpected // the plan for the whole period (ReviewRow.Expected)
	ColumnActual         // the actual (ReviewRow.Actual)
	ColumnVariance       // VsPlan.Abs, in points for percent goals
	ColumnVarianceRel    // VsPlan.Rel
	ColumnPrevious       // the previous period's value (ReviewRow.Previous)
	ColumnVsPrevious     // VsPrevious.Abs, in points for percent goals
	ColumnVsPreviousRel  // VsPrevious.Rel
	ColumnLastYear       // the value a year earlier (ReviewRow.LastYear)
	ColumnVsLastYear     // VsLastYear.Abs, in points for percent goals
	ColumnVsLastYearRel  // VsLastYear.Rel
	ColumnReported       // check-in periods reported of those in the period: "2/3"
	ColumnStatus         // the status, as StatusLabels names it
	ColumnCause          // the review's cause text (ReviewTable.Reviews)
	ColumnMeasures       // the review's improvement measures, one a line
	// ColumnReplannedAfter names, by PeriodLabel, the last period a plan
	// re-spread after a review kept (ReviewRow.ReplannedAfter), on the
	// rows whose expected counts that period's actuals in place of its
	// plan, as the review screen says "re-planned after Q1 2023"; empty on
	// the others.
	ColumnReplannedAfter
)

// DefaultReviewColumns are the columns of the source document's review
// table with the gap in figures: goal, period, expected, actual, variance
// in the unit and relative, and status.
var DefaultReviewColumns = []ReviewColumn{ColumnGoal, ColumnPeriod, ColumnExpected, ColumnActual, ColumnVariance, ColumnVarianceRel, ColumnStatus}

// ReviewTable is a review's variance table as WriteReviewCSV and
// WriteReviewXLSX write it. Every word in it comes from the caller,
// translated.
type ReviewTable struct {
	// Sheet names the XLSX worksheet; characters Excel forbids are dropped,
	// and it is cut to 31 characters. Empty is "Review".
	Sheet string
	// Columns are the columns in order; nil is DefaultReviewColumns.
	Columns []ReviewColumn
	// Headers head the columns, one each.
	Headers []string
	Rows    []ReviewRow
	// PeriodLabel names a row's period ("Q1 2023", "2023年第1季度"); nil
	// writes the period key.
	PeriodLabel func(Period) string
	// StatusLabels name the statuses; a missing one writes the code.
	StatusLabels map[Status]string
	// Reviews are the gap analyses of the rows' goals for the period, by
	// goal ID, for ColumnCause and ColumnMeasures.
	Reviews map[int64]Review
	// PointsUnit follows variances in percentage points in XLSX cells
	// (" pp" when empty); CSV writes bare numbers.
	PointsUnit string
	// Milestone names a milestone's values and gap to plan in words.
	Milestone MilestoneWords
}

// CellKind says what a table cell holds.
type CellKind int

// The kinds of cells.
const (
	CellEmpty CellKind = iota
	CellText
	CellValue // a value in the goal's unit
	CellDelta // a difference in the goal's unit, points for percent goals
	CellRel   // a fraction shown as a percentage
)

// TableCell is one cell of a review table as ReviewTable.Cell makes it:
// Text for a text cell, Value for the others.
type TableCell struct {
	Kind  CellKind
	Text  string
	Value float64
}

// CheckedColumns are the table's columns (DefaultReviewColumns when
// Columns is nil), checked against its headers: ErrReviewTable when they
// do not match, or a column is unknown.
func (t ReviewTable) CheckedColumns() ([]ReviewColumn, error) {
	cols := t.Columns
	if cols == nil {
		cols = DefaultReviewColumns
	}
	if len(t.Headers) != len(cols) {
		return nil, fmt.Errorf("%d headers for %d columns: %w", len(t.Headers), len(cols), ErrReviewTable)
	}
	for _, c := range cols {
		if c < ColumnGoal || int(c) >= len(columnCells) {
			return nil, fmt.Errorf("column %d: %w", c, ErrReviewTable)
		}
	}
	return cols, nil
}

// Cell is the content of row r's cell in column c; empty for a column
// the table does not know.
func (t ReviewTable) Cell(c ReviewColumn, r ReviewRow) TableCell {
	if c < 0 || int(c) >= len(columnCells) {
		return TableCell{}
	}
	return columnCells[c](t, r)
}

// columnCells make each column's cell of a row.
var columnCells = [...]func(t ReviewTable, r ReviewRow) TableCell{
	ColumnGoal:   func(_ ReviewTable, r ReviewRow) TableCell { return textCell(r.Goal.Title) },
	ColumnPeriod: ReviewTable.periodCell,
	ColumnUnit:   func(_ ReviewTable, r ReviewRow) TableCell { return textCell(unitText(r.Goal)) },
	ColumnExpected: func(t ReviewTable, r ReviewRow) TableCell {
		return t.valueCell(r.Goal, r.ExpectedCovered, r.HasExpected)
	},
	ColumnPeriodExpected: func(t ReviewTable, r ReviewRow) TableCell { return t.valueCell(r.Goal, r.Expected, r.HasExpected) },
	ColumnActual:         func(t ReviewTable, r ReviewRow) TableCell { return t.valueCell(r.Goal, r.Actual, r.HasActual) },
	ColumnVariance:       func(t ReviewTable, r ReviewRow) TableCell { return t.planGapCell(r, false) },
	ColumnVarianceRel:    func(t ReviewTable, r ReviewRow) TableCell { return t.planGapCell(r, true) },
	ColumnPrevious:       func(t ReviewTable, r ReviewRow) TableCell { return t.valueCell(r.Goal, r.Previous, r.HasPrevious) },
	ColumnVsPrevious: func(_ ReviewTable, r ReviewRow) TableCell {
		return compareGapCell(r, r.VsPrevious, r.Previous, r.HasPrevious, false)
	},
	ColumnVsPreviousRel: func(_ ReviewTable, r ReviewRow) TableCell {
		return compareGapCell(r, r.VsPrevious, r.Previous, r.HasPrevious, true)
	},
	ColumnLastYear: func(t ReviewTable, r ReviewRow) TableCell { return t.valueCell(r.Goal, r.LastYear, r.HasLastYear) },
	ColumnVsLastYear: func(_ ReviewTable, r ReviewRow) TableCell {
		return compareGapCell(r, r.VsLastYear, r.LastYear, r.HasLastYear, false)
	},
	ColumnVsLastYearRel: func(_ ReviewTable, r ReviewRow) TableCell {
		return compareGapCell(r, r.VsLastYear, r.LastYear, r.HasLastYear, true)
	},
	ColumnReported: func(_ ReviewTable, r ReviewRow) TableCell {
		return textCell(fmt.Sprintf("%d/%d", r.Reported, r.Periods))
	},
	ColumnStatus:         ReviewTable.statusCell,
	ColumnCause:          func(t ReviewTable, r ReviewRow) TableCell { return textCell(t.Reviews[r.Goal.ID].CauseText) },
	ColumnMeasures:       ReviewTable.measuresCell,
	ColumnReplannedAfter: ReviewTable.replannedCell,
}

// plannedGap reports whether r has a gap to plan: an actual and a plan.
func (r ReviewRow) plannedGap() bool { return r.HasActual && r.HasExpected }

func (t ReviewTable) periodCell(r ReviewRow) TableCell {
	if t.PeriodLabel != nil {
		return textCell(t.PeriodLabel(r.Period))
	}
	return textCell(r.Period.Key())
}

// replannedCell names the last period r's re-spread plan kept, or is
// empty when r's expected is its plan's alone.
func (t ReviewTable) replannedCell(r ReviewRow) TableCell {
	if r.ReplannedAfter == "" {
		return TableCell{}
	}
	p, err := ParsePeriodKey(r.ReplannedAfter)
	if err != nil || t.PeriodLabel == nil {
		return textCell(r.ReplannedAfter)
	}
	return textCell(t.PeriodLabel(p))
}

func (t ReviewTable) statusCell(r ReviewRow) TableCell {
	if l := t.StatusLabels[r.Status]; l != "" {
		return textCell(l)
	}
	return textCell(string(r.Status))
}

// measuresCell is the review's improvement measures, one a line, each
// with its owner and deadline.
func (t ReviewTable) measuresCell(r ReviewRow) TableCell {
	var lines []string
	for _, m := range t.Reviews[r.Goal.ID].Measures {
		line := strings.TrimSpace(m.Text)
		if who := strings.TrimSpace(strings.Join(NonEmpty(m.Owner, m.Due.String()), ", ")); who != "" {
			line += " (" + who + ")"
		}
		lines = append(lines, line)
	}
	return textCell(strings.Join(lines, "\n"))
}

// valueCell is a value of goal g, at its decimals as the screens show it
// (a prorated plan of 0.155 is 0.16), so that a sheet subtracting the
// cells finds the row's gaps (ShownVariance); empty when !ok or not
// finite.
func valueCell(g Goal, v float64, ok bool) TableCell {
	if !ok || !IsFinite(v) {
		return TableCell{}
	}
	return TableCell{Kind: CellValue, Value: RoundValue(v, Decimals(g))}
}

// gapCell is a gap in the goal's unit, or relative to the comparison;
// empty when !ok.
func gapCell(v VarianceResult, ok, relative bool) TableCell {
	switch {
	case !ok:
		return TableCell{}
	case v.PPOK:
		// A percent goal's gap relative to plan ("−20.0%" for 8% against
		// 10%) reads as points: its gaps are in points, in every column.
		return TableCell{Kind: CellDelta, Value: v.PP}
	case !relative:
		return TableCell{Kind: CellDelta, Value: v.Abs}
	case !v.RelOK:
		return TableCell{}
	}
	return TableCell{Kind: CellRel, Value: v.Rel}
}

func textCell(s string) TableCell {
	if s == "" {
		return TableCell{}
	}
	return TableCell{Kind: CellText, Text: s}
}

// NonEmpty are the strings of ss that are not blank, trimmed, in order.
func NonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			out = append(out, strings.TrimSpace(s))
		}
	}
	return out
}

// unitText names a goal's unit in a table: its currency code or custom
// label, "%" for percent goals, a count's unit name (CountUnit), which its
// values in the table leave out.
func unitText(g Goal) string {
	switch g.Unit {
	case UnitPercent:
		return "%"
	case UnitCount:
		return CountUnit(g)
	}
	return strings.TrimSpace(g.UnitLabel)
}

// Decimals are the digits a goal's values keep, as the formatters clamp
// them.
func Decimals(g Goal) int {
	return max(0, min(g.Decimals, MaxDecimals))
}

// DeltaDecimals are the digits a goal's gaps keep: points of a percent
// goal keep at least one, as GapText writes them.
func DeltaDecimals(g Goal) int {
	if g.Unit == UnitPercent {
		return max(1, Decimals(g))
	}
	return Decimals(g)
}
