package deck

import (
	"math"
	"strings"

	"pacer/app"
	"pacer/app/export"
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

// classColors are the colours of the report's status classes.
var classColors = map[string]string{"good": colorGood, "fair": colorFair, "poor": colorPoor, "none": colorNone}

// statusColor is the colour of a status, of its class in the report.
func statusColor(s app.Status) string { return classColors[export.StatusClass(s)] }

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

// isPercent says g's values are per cents, which charts hold as fractions.
func isPercent(g app.Goal) bool { return g.Unit == app.UnitPercent }

// valueFormat is the Excel number format of a goal's values: its
// decimals, thousands separators, and its currency symbol, code or label
// as FormatValue writes them; a percent goal's values are fractions in a
// percent format (chartSpec.percent).
func valueFormat(g app.Goal) string {
	num := "#,##0"
	if d := app.Decimals(g); d > 0 {
		num += "." + strings.Repeat("0", d)
	}
	if isPercent(g) {
		return num + "%"
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
	// ReplannedAfter names the last period a re-spread plan kept, whose
	// actuals the plan counts (app.ColumnReplannedAfter); "" for others.
	ReplannedAfter string
	// HasActual and HasPlan say whether the period has them; Below says
	// the actual is below the plan (Gap is then without its sign).
	HasActual, HasPlan, Below bool
	// Done says the actual and plan are a milestone's, Done or Not done,
	// and Gap says in words whether it is behind, on or ahead of plan.
	Done bool
}

// figures are row r's figures.
func (b *builder) figures(r app.ReviewRow) Figures {
	t := b.in.Table
	f := Figures{Goal: r.Goal.Title, Status: export.StatusWord(t, b.w, r.Status), HasActual: r.HasActual, HasPlan: r.HasExpected}
	f.Actual = export.FigureCell(t.Cell(app.ColumnActual, r), r.Goal, t.PointsUnit)
	f.Plan = export.FigureCell(t.Cell(app.ColumnExpected, r), r.Goal, t.PointsUnit)
	f.Gap = strings.TrimLeft(export.ReadableGap(t, r), "+−")
	f.Below = r.HasActual && r.HasExpected && r.VsPlan.Abs < 0
	f.ReplannedAfter = t.Cell(app.ColumnReplannedAfter, r).Text
	_, f.Done = app.MilestoneGap(r.Goal, r.ExpectedCovered, r.Actual)
	return f
}

// DefaultSentence writes a goal's figures in English: "Sales: ¥8,000,000
// against a plan of ¥10,000,000, 20.0% below plan (Missed).", a
// milestone's "Shop: Not done against a plan of Done (Missed).", and for a
// plan re-spread after a period " The plan was re-spread after 2023-Q1
// and counts its actuals."
func DefaultSentence(f Figures) string {
	if f.ReplannedAfter != "" && f.HasPlan {
		g := f
		g.ReplannedAfter = ""
		return DefaultSentence(g) + " The plan was re-spread after " + f.ReplannedAfter + " and counts its actuals."
	}
	switch {
	case !f.HasActual:
		return f.Goal + ": no check-in for this period; plan " + f.Plan + "."
	case !f.HasPlan:
		return f.Goal + ": " + f.Actual + ", no plan for this period."
	case f.Done:
		return f.Goal + ": " + f.Actual + " against a plan of " + f.Plan + " (" + f.Status + ")."
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
