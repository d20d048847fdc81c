package app

import (
	"errors"
	"fmt"
	"strings"

	"pacer/data"
)

// ErrReviewTable is wrapped by the errors the review exports return for a
// table they cannot write.
var ErrReviewTable = errors.New("invalid review table")

// ReviewColumn is a column of the review table.
type ReviewColumn int

// The review table's columns. Values are in the goal's unit (a percent
// goal's in percent); variances in the goal's unit are in percentage points
// for percent goals; relative variances are percentages.
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
	Reviews map[int64]data.Review
	// PointsUnit follows variances in percentage points in XLSX cells
	// (" pp" when empty); CSV writes bare numbers.
	PointsUnit string
}

// cellKind says what a table cell holds.
type cellKind int

const (
	cellEmpty cellKind = iota
	cellText
	cellValue // a value in the goal's unit
	cellDelta // a difference in the goal's unit, points for percent goals
	cellRel   // a fraction shown as a percentage
)

type tableCell struct {
	kind cellKind
	text string
	v    float64
}

// columns are the table's columns, checked against its headers.
func (t ReviewTable) columns() ([]ReviewColumn, error) {
	cols := t.Columns
	if cols == nil {
		cols = DefaultReviewColumns
	}
	if len(t.Headers) != len(cols) {
		return nil, fmt.Errorf("%d headers for %d columns: %w", len(t.Headers), len(cols), ErrReviewTable)
	}
	for _, c := range cols {
		if c < ColumnGoal || c > ColumnMeasures {
			return nil, fmt.Errorf("column %d: %w", c, ErrReviewTable)
		}
	}
	return cols, nil
}

// cell is the content of row r's cell in column c.
func (t ReviewTable) cell(c ReviewColumn, r ReviewRow) tableCell {
	value := func(v float64, ok bool) tableCell {
		if !ok || !isFinite(v) {
			return tableCell{}
		}
		return tableCell{kind: cellValue, v: v}
	}
	delta := func(v VarianceResult, ok bool) tableCell {
		if !ok {
			return tableCell{}
		}
		return tableCell{kind: cellDelta, v: v.Abs}
	}
	rel := func(v VarianceResult, ok bool) tableCell {
		if !ok || !v.RelOK {
			return tableCell{}
		}
		return tableCell{kind: cellRel, v: v.Rel}
	}
	plan, prev, last := r.HasActual && r.HasExpected, r.HasActual && r.HasPrevious, r.HasActual && r.HasLastYear
	switch c {
	case ColumnGoal:
		return textCell(r.Goal.Title)
	case ColumnPeriod:
		if t.PeriodLabel != nil {
			return textCell(t.PeriodLabel(r.Period))
		}
		return textCell(r.Period.Key())
	case ColumnUnit:
		return textCell(unitText(r.Goal))
	case ColumnExpected:
		return value(r.ExpectedCovered, r.HasExpected)
	case ColumnPeriodExpected:
		return value(r.Expected, r.HasExpected)
	case ColumnActual:
		return value(r.Actual, r.HasActual)
	case ColumnVariance:
		return delta(r.VsPlan, plan)
	case ColumnVarianceRel:
		return rel(r.VsPlan, plan)
	case ColumnPrevious:
		return value(r.Previous, r.HasPrevious)
	case ColumnVsPrevious:
		return delta(r.VsPrevious, prev)
	case ColumnVsPreviousRel:
		return rel(r.VsPrevious, prev)
	case ColumnLastYear:
		return value(r.LastYear, r.HasLastYear)
	case ColumnVsLastYear:
		return delta(r.VsLastYear, last)
	case ColumnVsLastYearRel:
		return rel(r.VsLastYear, last)
	case ColumnReported:
		return textCell(fmt.Sprintf("%d/%d", r.Reported, r.Periods))
	case ColumnStatus:
		if l := t.StatusLabels[r.Status]; l != "" {
			return textCell(l)
		}
		return textCell(string(r.Status))
	case ColumnCause:
		return textCell(t.Reviews[r.Goal.ID].CauseText)
	}
	var lines []string
	for _, m := range t.Reviews[r.Goal.ID].Measures {
		line := strings.TrimSpace(m.Text)
		if who := strings.TrimSpace(strings.Join(nonEmpty(m.Owner, m.Due.String()), ", ")); who != "" {
			line += " (" + who + ")"
		}
		lines = append(lines, line)
	}
	return textCell(strings.Join(lines, "\n"))
}

func textCell(s string) tableCell {
	if s == "" {
		return tableCell{}
	}
	return tableCell{kind: cellText, text: s}
}

func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			out = append(out, strings.TrimSpace(s))
		}
	}
	return out
}

// unitText names a goal's unit in a table: its currency code or custom
// label, "%" for percent goals, nothing for counts.
func unitText(g data.Goal) string {
	switch g.Unit {
	case data.UnitPercent:
		return "%"
	case data.UnitCount:
		return ""
	}
	return strings.TrimSpace(g.UnitLabel)
}

// decimals are the digits a goal's values keep, as the formatters clamp
// them.
func decimals(g data.Goal) int {
	return max(0, min(g.Decimals, MaxDecimals))
}
