package chart

import (
	"image"
	"math"
	"strings"

	"pacer/app"
)

// BarsInput is what PlanActualBars draws: one goal's plan and actual for
// some periods, and the texts to show, already translated. BarsFromRows
// fills it from review rows.
type BarsInput struct {
	// Title heads the chart, naming the goal and the span ("Sales 2023:
	// plan and actual by quarter"); the labels name the bars in the
	// legend, where an empty one is left out.
	Title, PlanLabel, ActualLabel string
	// Goal gives the unit, the decimals and the direction.
	Goal app.Goal
	// Periods label the periods, oldest first: one pair of bars each.
	Periods []string
	// Plan and Actual are the values by period. A plan that is missing or
	// NaN, and an actual without HasActual, leave their bar out.
	Plan, Actual []float64
	HasActual    []bool
	// Wan writes values in Chinese magnitudes (800万, 1.2亿) instead of
	// with thousands separators; percent goals never use them.
	Wan bool
	// PointsUnit follows a gap in percentage points, as it is: " pp" when
	// empty; "个百分点" in Chinese.
	PointsUnit string
	// Milestone words a milestone's chart: its axis Not done at 0 and Done
	// at 1, its gaps behind, on or ahead of plan, where bars of 1 labelled
	// 1 and gaps of −100.0% would say nothing to its reader.
	Milestone app.MilestoneWords
}

// PlanActualBars draws plan and actual side by side for each period, the
// plan in the cumulative chart's blue and the actual in its vermillion,
// with the gap written over each actual bar: "−20.0%" of plan, or
// "−2.0 pp" for a percent goal (against a plan of zero, the gap in the
// goal's unit). The value axis starts at zero, has round steps and shows
// values as FormatValue does, or in 万 and 亿 with Wan. Period labels too
// close to each other are thinned out; gaps too wide for their period are
// set smaller, and left out where they would still overlap. It is ErrChart without periods, with values too large, and
// for a size or format the cumulative chart rejects.
func PlanActualBars(in BarsInput, size ChartSize, format Format) ([]byte, error) {
	p, err := in.draw(size, format)
	if err != nil {
		return nil, err
	}
	return p.bytes()
}

// PlanActualImage is PlanActualBars as an image, for showing on screen
// without encoding a PNG.
func PlanActualImage(in BarsInput, size ChartSize) (*image.RGBA, error) {
	p, err := in.draw(size, FormatPNG)
	if err != nil {
		return nil, err
	}
	return p.image()
}

func (in BarsInput) draw(size ChartSize, format Format) (*painter, error) {
	p, err := newPainter(size, format)
	if err != nil {
		return nil, err
	}
	if err := p.drawColumns(in.barChart()); err != nil {
		return nil, err
	}
	return p, nil
}

func (in BarsInput) barChart() barChart {
	g := in.Goal
	vf := newValueFormatter(g, in.Wan)
	planInk, actualInk := lineStyles[rolePlan].color, lineStyles[roleActual].color
	c := barChart{
		title:   in.Title,
		axis:    func(ticks []float64) []string { return trueMinus(vf.tickLabels(ticks)) },
		minStep: math.Pow10(-max(0, min(g.Decimals, app.MaxDecimals))),
	}
	if g.Kind == app.KindMilestone {
		c.axis, c.minStep = in.milestoneAxis, 1
	}
	for i, label := range in.Periods {
		plan := barItem{ink: planInk}
		if i < len(in.Plan) && !math.IsNaN(in.Plan[i]) {
			plan.v, plan.ok = in.Plan[i], true
		}
		actual := barItem{ink: actualInk}
		if i < len(in.Actual) && i < len(in.HasActual) && in.HasActual[i] {
			actual.v, actual.ok = in.Actual[i], true
		}
		if plan.ok && actual.ok {
			// The gap the review row shows, of the figures as shown.
			actual.note = in.gapNote(plan.v, actual.v, vf)
		}
		c.cats = append(c.cats, strings.TrimSpace(label))
		c.groups = append(c.groups, []barItem{plan, actual})
	}
	c.legend = presentSwatches([]swatch{{in.PlanLabel, planInk}, {in.ActualLabel, actualInk}}, c.groups)
	return c
}

// gapNote is the gap the review row shows, of the figures as shown: a
// milestone's in words.
func (in BarsInput) gapNote(plan, actual float64, vf valueFormatter) string {
	if sign, ok := app.MilestoneGap(in.Goal, plan, actual); ok {
		return in.Milestone.Gap(sign)
	}
	return varianceNote(in.Goal, app.ShownVariance(in.Goal, plan, actual), vf, in.PointsUnit)
}

// milestoneAxis labels a milestone's value axis Not done at 0 and Done at
// 1, and leaves any other tick unlabelled.
func (in BarsInput) milestoneAxis(ticks []float64) []string {
	labels := make([]string, len(ticks))
	for i, t := range ticks {
		labels[i], _ = in.Milestone.Value(t)
	}
	return labels
}

// BarsFromRows is the input of PlanActualBars for one goal's review rows
// (ReviewGoalRows), oldest first: the goal of the first row, the period
// keys as labels (replace them with translated ones), the plan each actual
// is measured against (ExpectedCovered, so that a period under way is
// compared with its plan to date, as in VsPlan; Expected where there is no
// actual) and the actuals, each at the goal's decimals as the review
// table's cells hold them. The texts are left for the caller.
func BarsFromRows(rows []app.ReviewRow) BarsInput {
	var in BarsInput
	for i, r := range rows {
		if i == 0 {
			in.Goal = r.Goal
		}
		plan := r.Expected
		if r.HasActual {
			plan = r.ExpectedCovered
		}
		// At the goal's decimals, as the review table's cells hold them.
		dec := app.Decimals(r.Goal)
		plan = app.RoundValue(plan, dec)
		if !r.HasExpected {
			plan = math.NaN()
		}
		in.Periods = append(in.Periods, r.Period.Key())
		in.Plan = append(in.Plan, plan)
		in.Actual = append(in.Actual, app.RoundValue(r.Actual, dec))
		in.HasActual = append(in.HasActual, r.HasActual)
	}
	return in
}

// varianceNote writes a gap for a chart: in points for a percent goal,
// else relative to plan, else (against a plan of zero) in the goal's unit.
func varianceNote(g app.Goal, v app.VarianceResult, vf valueFormatter, points string) string {
	switch {
	case v.PPOK:
		return gapText(g, v, vf, points)
	case v.RelOK:
		return WithSign(app.FormatFraction(v.Rel, 1), v.Rel)
	}
	return WithSign(vf.format(v.Abs, g.Decimals), v.Abs)
}

// trueMinus replaces the hyphen that FormatValue writes before negative
// numbers with a minus sign, which typesetting on a chart calls for.
func trueMinus(labels []string) []string {
	for i, l := range labels {
		if rest, neg := strings.CutPrefix(l, "-"); neg {
			labels[i] = "−" + rest
		}
	}
	return labels
}

// PointsUnit is the text after a number of percentage points.
func PointsUnit(s string) string {
	if s == "" {
		return " pp"
	}
	return s
}
