package export

import (
	"pacer/app"
	"pacer/app/chart"
)

// The texts of a review that the HTML report and the review deck
// (package deck) both write, so that a cell, a status or a date span reads
// the same in either.

// deckWords are the words only the review deck writes; it takes every
// other word from the report's words and app's labels, through the same
// Translator.
var deckWords = []string{"Open action plans", "No open action plan for these goals.", "No improvement measures recorded.",
	"Attainment of plan", "No chart: this goal has no periods to show.", "Projection", "Target", "Problem", "Goals"}

// Cause is the name of a cause category translated by tr, "" for none.
func (tr Translator) Cause(c string) string {
	if c == "" {
		return ""
	}
	return tr.word(app.CauseLabel(c))
}

// StatusOrder is the order a review counts its goals by status in:
// verdicts, running statuses, periods closed without a check-in, no data
// yet.
func StatusOrder() []app.Status {
	return []app.Status{app.StatusAchieved, app.StatusPartial, app.StatusMissed, app.StatusOnTrack,
		app.StatusAtRisk, app.StatusOffTrack, app.StatusNotReported, app.StatusNoData}
}

// StatusWord is the table's label of s, else s's label translated by w.
func StatusWord(t app.ReviewTable, w Translator, s app.Status) string {
	if l := t.StatusLabels[s]; l != "" {
		return l
	}
	return w.word(s.Label())
}

// StatusClass is the colour class of a status: good, fair, poor or none.
func StatusClass(s app.Status) string {
	switch s {
	case app.StatusAchieved, app.StatusOnTrack:
		return "good"
	case app.StatusPartial, app.StatusAtRisk:
		return "fair"
	case app.StatusMissed, app.StatusOffTrack:
		return "poor"
	}
	return "none"
}

// NumericColumn reports whether a column of the variance table holds
// numbers, which align right.
func NumericColumn(c app.ReviewColumn) bool {
	switch c {
	case app.ColumnGoal, app.ColumnPeriod, app.ColumnUnit, app.ColumnStatus, app.ColumnCause, app.ColumnMeasures,
		app.ColumnReplannedAfter:
		return false
	}
	return true
}

// ReadableCell writes a table cell for reading: values as FormatValue
// writes them, differences signed, in points for percent goals, with a
// true minus sign; "—" for an empty cell.
func ReadableCell(c app.TableCell, g app.Goal, points string) string {
	switch c.Kind {
	case app.CellText:
		return c.Text
	case app.CellValue:
		return chart.WithSign(app.FormatValue(c.Value, app.Decimals(g), g.Unit, g.UnitLabel), 0)
	case app.CellDelta:
		if g.Unit == app.UnitPercent {
			return chart.WithSign(app.FormatValue(c.Value, app.DeltaDecimals(g), app.UnitCount, "")+chart.PointsUnit(points), c.Value)
		}
		return chart.WithSign(app.FormatValue(c.Value, app.Decimals(g), g.Unit, g.UnitLabel), c.Value)
	case app.CellRel:
		return chart.WithSign(app.FormatFraction(c.Value, 1), c.Value)
	}
	return "—"
}

// FigureCell is ReadableCell of a figure read on its own, away from the
// table whose Unit column names a count's unit: a count's value or
// difference with its unit name, "40 customers" (app.WithCountUnit).
func FigureCell(c app.TableCell, g app.Goal, points string) string {
	text := ReadableCell(c, g, points)
	if c.Kind == app.CellValue || c.Kind == app.CellDelta {
		return app.WithCountUnit(g, text)
	}
	return text
}

// ReadableGap is row r's gap to plan for reading on its own: in points for
// a percent goal, else relative to plan, else in the goal's unit
// (FigureCell).
func ReadableGap(t app.ReviewTable, r app.ReviewRow) string {
	gap := t.Cell(app.ColumnVarianceRel, r)
	if r.Goal.Unit == app.UnitPercent || gap.Kind == app.CellEmpty {
		gap = t.Cell(app.ColumnVariance, r)
	}
	return FigureCell(gap, r.Goal, t.PointsUnit)
}

// DateText is d written by date, "" for no date.
func DateText(d app.Date, date func(app.Date) string) string {
	if d.IsZero() {
		return ""
	}
	return date(d)
}

// DateSpan writes a start and a due date as "start – due", "…" for the
// one missing, "" when both are.
func DateSpan(start, due app.Date, date func(app.Date) string) string {
	if start.IsZero() && due.IsZero() {
		return ""
	}
	part := func(d app.Date) string {
		if d.IsZero() {
			return "…"
		}
		return date(d)
	}
	return part(start) + " – " + part(due)
}
