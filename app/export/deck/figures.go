package deck

import (
	"math"
	"strings"

	"pacer/app"
	"pacer/app/chart"
)

// Status colours, as the review report and the charts have them.
const (
	colorGood  = "0072B2" // achieved, on track
	colorFair  = "B27400" // partial, at risk
	colorPoor  = "D55E00" // missed, off track
	colorNone  = "8A8A8A" // no data
	colorGap   = "C00000" // a gap behind plan in the variance table
	colorPlan  = "0072B2"
	colorActl  = "D55E00"
	colorMuted = "5F6368"
)

// statusColor is the colour of a status.
func statusColor(s app.Status) string {
	switch s {
	case app.StatusAchieved, app.StatusOnTrack:
		return colorGood
	case app.StatusPartial, app.StatusAtRisk:
		return colorFair
	case app.StatusMissed, app.StatusOffTrack:
		return colorPoor
	}
	return colorNone
}

// statusOrder is the order statuses are counted in: verdicts, running
// statuses, no data.
var statusOrder = []app.Status{app.StatusAchieved, app.StatusPartial, app.StatusMissed,
	app.StatusOnTrack, app.StatusAtRisk, app.StatusOffTrack, app.StatusNoData}

// statusWord names a status as the table does.
func statusWord(t app.ReviewTable, s app.Status) string {
	if l := t.StatusLabels[s]; l != "" {
		return l
	}
	return string(s)
}

// cellText writes a table cell for reading: values as FormatValue writes
// them, differences signed, in points for percent goals, with a true
// minus sign; "—" for an empty cell.
func cellText(c app.TableCell, g app.Goal, points string) string {
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

// numeric reports whether a column holds numbers, which align right.
func numeric(c app.ReviewColumn) bool {
	switch c {
	case app.ColumnGoal, app.ColumnPeriod, app.ColumnUnit, app.ColumnStatus, app.ColumnCause, app.ColumnMeasures:
		return false
	}
	return true
}

// gapColumn reports whether a column holds a gap to plan.
func gapColumn(c app.ReviewColumn) bool {
	return c == app.ColumnVariance || c == app.ColumnVarianceRel
}

// behindPlan reports whether row r's actual is behind its plan in the
// goal's direction.
func behindPlan(r app.ReviewRow) bool {
	if !r.HasActual || !r.HasExpected || r.VsPlan.Abs == 0 {
		return false
	}
	return (r.VsPlan.Abs < 0) != app.LowerIsBetter(r.Goal.Kind)
}

// gapOf is row r's gap to plan for reading: in points for a percent goal,
// else relative to plan, else in the goal's unit.
func gapOf(t app.ReviewTable, r app.ReviewRow) string {
	gap := t.Cell(app.ColumnVarianceRel, r)
	if r.Goal.Unit == app.UnitPercent || gap.Kind == app.CellEmpty {
		gap = t.Cell(app.ColumnVariance, r)
	}
	return cellText(gap, r.Goal, t.PointsUnit)
}

// valueFormat is the Excel number format of a goal's values: its
// decimals, thousands separators, and its currency symbol, code, label
// or percent sign as FormatValue writes them.
func valueFormat(g app.Goal) string {
	num := "#,##0"
	if d := app.Decimals(g); d > 0 {
		num += "." + strings.Repeat("0", d)
	}
	sample := app.FormatValue(0, 0, g.Unit, g.UnitLabel)
	before, after, _ := strings.Cut(sample, "0")
	quote := func(s string) string {
		if s == "" {
			return ""
		}
		return `"` + strings.ReplaceAll(s, `"`, ``) + `"`
	}
	return quote(before) + num + quote(after)
}

// Figures are one goal's figures for the period, written for reading, for
// the speaker notes' sentence.
type Figures struct {
	Goal, Actual, Plan, Gap, Status string
	// HasActual and HasPlan say whether the period has them; Below says
	// the actual is below the plan (Gap is then without its sign).
	HasActual, HasPlan, Below bool
}

// figuresOf are row r's figures.
func figuresOf(t app.ReviewTable, r app.ReviewRow) Figures {
	f := Figures{Goal: r.Goal.Title, Status: statusWord(t, r.Status), HasActual: r.HasActual, HasPlan: r.HasExpected}
	f.Actual = cellText(t.Cell(app.ColumnActual, r), r.Goal, t.PointsUnit)
	f.Plan = cellText(t.Cell(app.ColumnExpected, r), r.Goal, t.PointsUnit)
	f.Gap = strings.TrimLeft(gapOf(t, r), "+−")
	f.Below = r.HasActual && r.HasExpected && r.VsPlan.Abs < 0
	return f
}

// DefaultSentence writes a goal's figures in English: "Sales: ¥8,000,000
// against a plan of ¥10,000,000, 20.0% below plan (Missed)."
func DefaultSentence(f Figures) string {
	switch {
	case !f.HasActual:
		return f.Goal + ": no check-in for this period; plan " + f.Plan + "."
	case !f.HasPlan:
		return f.Goal + ": " + f.Actual + ", no plan for this period."
	case f.Below:
		return f.Goal + ": " + f.Actual + " against a plan of " + f.Plan + ", " + f.Gap + " below plan (" + f.Status + ")."
	}
	return f.Goal + ": " + f.Actual + " against a plan of " + f.Plan + ", " + f.Gap + " above plan (" + f.Status + ")."
}

// nanOr is v, or NaN when !ok or v is not finite.
func nanOr(v float64, ok bool) float64 {
	if !ok || math.IsNaN(v) || math.IsInf(v, 0) {
		return math.NaN()
	}
	return v
}
