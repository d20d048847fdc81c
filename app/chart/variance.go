package chart

import (
	"image"
	"math"
	"slices"
	"strings"

	"pacer/app"
)

// VarianceBar is one bar of VarianceBars: a period's or a goal's gap to
// plan.
type VarianceBar struct {
	// Label names the period or the goal, as shown.
	Label string
	// Goal gives the gap's unit, decimals and direction.
	Goal     app.Goal
	Variance app.VarianceResult
	// OK is false when there is no gap to show (no actual, no plan): the
	// bar is left out and "—" written in its place.
	OK bool
}

// VarianceInput is what VarianceBars draws, with the texts to show,
// already translated. VarianceBarsFromRows fills Bars from review rows.
type VarianceInput struct {
	// Title heads the chart, naming the goal or goals and the period.
	Title string
	// AheadLabel and BehindLabel name the two colours in the legend
	// ("Ahead of plan", "Behind plan"); an empty one is left out.
	AheadLabel, BehindLabel string
	Bars                    []VarianceBar
	// Relative shows the gaps relative to plan (−20.0%); otherwise they
	// are in the goal's unit (−¥2,000,000), in points for percent goals
	// (−2.0 pp). Bars of goals whose units differ are always relative.
	Relative bool
	// Wan writes amounts in Chinese magnitudes (−200万).
	Wan bool
	// PointsUnit follows a gap in percentage points: " pp" when empty.
	PointsUnit string
	// Milestone writes a milestone's gap behind, on or ahead of plan,
	// where −1 or −100.0% would say nothing to its reader.
	Milestone app.MilestoneWords
}

// VarianceBars draws the gap to plan of each bar from a zero line: up (or
// right) for actual above plan, down (or left) below it, with the gap
// written at the bar's end. The colour says whether the gap is good in the
// goal's direction: Okabe–Ito blue (#0072B2) when ahead of plan,
// vermillion (#D55E00) when behind, so that a decrease goal under its plan
// is blue. Bars of one goal (its periods) stand in columns across the
// width, oldest first; bars of several goals lie in rows, in the order
// given (see SortByWorstGap), with the goals' titles on the left. It is
// ErrChart without bars, with values too large, and for a size or format
// the cumulative chart rejects.
func VarianceBars(in VarianceInput, size ChartSize, format Format) ([]byte, error) {
	p, err := in.draw(size, format)
	if err != nil {
		return nil, err
	}
	return p.bytes()
}

// VarianceImage is VarianceBars as an image, for showing on screen.
func VarianceImage(in VarianceInput, size ChartSize) (*image.RGBA, error) {
	p, err := in.draw(size, FormatPNG)
	if err != nil {
		return nil, err
	}
	return p.image()
}

func (in VarianceInput) draw(size ChartSize, format Format) (*painter, error) {
	p, err := newPainter(size, format)
	if err != nil {
		return nil, err
	}
	c, rows := in.barChart()
	if rows {
		err = p.drawRows(c)
	} else {
		err = p.drawColumns(c)
	}
	if err != nil {
		return nil, err
	}
	return p, nil
}

// barChart is the chart of the gaps, and whether it lies in rows (bars of
// several goals).
func (in VarianceInput) barChart() (c barChart, rows bool) {
	relative, points, mixed := in.Relative, true, false
	var first app.Goal
	for i, b := range in.Bars {
		points = points && b.Goal.Unit == app.UnitPercent
		if i == 0 {
			first = b.Goal
			continue
		}
		rows = rows || b.Goal.ID != first.ID || b.Goal.Title != first.Title
		mixed = mixed || b.Goal.Unit != first.Unit || !strings.EqualFold(strings.TrimSpace(b.Goal.UnitLabel), strings.TrimSpace(first.UnitLabel))
	}
	// Gaps of percent goals are in points, whatever else is asked; other
	// units can only share an axis relative to plan.
	relative = (relative || mixed) && !points
	c = barChart{title: in.Title}
	c.axis, c.minStep = in.axis(first, relative, points, rows)
	if relative && mixed && hasPercentGoal(in.Bars) {
		// A point and a per cent of plan would share one scale: only the
		// notes, in each goal's own terms, give the figures.
		c.axis = func(ticks []float64) []string { return make([]string, len(ticks)) }
	}
	for _, b := range in.Bars {
		c.cats = append(c.cats, strings.TrimSpace(b.Label))
		c.groups = append(c.groups, []barItem{in.bar(b, relative, rows)})
	}
	c.legend = presentSwatches([]swatch{{in.AheadLabel, inkAhead}, {in.BehindLabel, inkBehind}}, c.groups)
	return c, rows
}

// axis writes the value axis' labels and gives its finest step: relative
// gaps as percentages, points for percent goals, a milestone's periods in
// words, else the first goal's unit.
func (in VarianceInput) axis(first app.Goal, relative, points, rows bool) (func([]float64) []string, float64) {
	switch {
	case relative:
		return percentTicks, 0.001
	case points:
		return func(ticks []float64) []string {
			decimals := tickDecimals(ticks)
			out := make([]string, len(ticks))
			for i, t := range ticks {
				out[i] = WithSign(app.FormatValue(t, decimals, app.UnitCount, "")+PointsUnit(in.PointsUnit), t)
			}
			return out
		}, math.Pow10(-max(1, min(first.Decimals, app.MaxDecimals)))
	case !rows && first.Kind == app.KindMilestone:
		return in.milestoneTicks, 1
	}
	vf := newValueFormatter(first, in.Wan)
	return func(ticks []float64) []string {
		out := vf.tickLabels(ticks)
		for i, t := range ticks {
			out[i] = WithSign(out[i], t)
		}
		return out
	}, math.Pow10(-max(0, min(first.Decimals, app.MaxDecimals)))
}

func hasPercentGoal(bars []VarianceBar) bool {
	for _, b := range bars {
		if b.Goal.Unit == app.UnitPercent {
			return true
		}
	}
	return false
}

// presentSwatches are the legend entries whose ink a drawn bar uses, in
// order: a legend names only what the chart shows.
func presentSwatches(legend []swatch, groups [][]barItem) []swatch {
	var out []swatch
	for _, s := range legend {
		for _, g := range groups {
			if slices.ContainsFunc(g, func(b barItem) bool { return b.ok && b.ink == s.ink }) {
				out = append(out, s)
				break
			}
		}
	}
	return out
}

// bar is the bar of b: its value, colour and note. The bar's length is
// its gap relative to plan when relative, in points for a percent goal,
// else in its unit. In rows (several goals) the note is the gap as the
// review table writes it; a period's bar carries the figure of its length.
func (in VarianceInput) bar(b VarianceBar, relative, rows bool) barItem {
	v, g := b.Variance, b.Goal
	vf := newValueFormatter(g, in.Wan)
	item := barItem{ok: b.OK, note: "—"}
	switch {
	case !b.OK:
	case relative && !v.RelOK:
		// No relative gap against a plan of zero.
		item.ok = false
	case relative:
		item.v, item.note = v.Rel, WithSign(app.FormatFraction(v.Rel, 1), v.Rel)
	case v.PPOK:
		item.v, item.note = v.PP, gapText(g, v, vf, in.PointsUnit)
	default:
		item.v, item.note = v.Abs, WithSign(vf.format(v.Abs, g.Decimals), v.Abs)
	}
	if rows && b.OK {
		item.note = gapText(g, v, vf, in.PointsUnit)
	}
	if b.OK && doneOrNot(b) {
		item.note = in.Milestone.Gap(int(v.Abs))
	}
	item.ink = inkAhead
	if (item.v < 0) != app.LowerIsBetter(g.Kind) && item.v != 0 {
		item.ink = inkBehind
	}
	return item
}

// milestoneTicks label a milestone's gaps in words, behind plan at −1,
// on plan at 0 and ahead of plan at +1, and no tick between.
func (in VarianceInput) milestoneTicks(ticks []float64) []string {
	out := make([]string, len(ticks))
	for i, t := range ticks {
		if t == -1 || t == 0 || t == 1 {
			out[i] = in.Milestone.Gap(int(t))
		}
	}
	return out
}

// doneOrNot reports whether b is the gap of a milestone, its plan and
// actual each done (1) or not (0): −1, 0 or +1.
func doneOrNot(b VarianceBar) bool {
	return b.Goal.Kind == app.KindMilestone && (b.Variance.Abs == -1 || b.Variance.Abs == 0 || b.Variance.Abs == 1)
}

// Notes are the texts written at the bars, in order: each gap as the
// chart shows it, "—" where there is none.
func (in VarianceInput) Notes() []string {
	c, _ := in.barChart()
	out := make([]string, len(c.groups))
	for i, g := range c.groups {
		out[i] = g[0].note
	}
	return out
}

// VarianceBarsFromRows makes a bar of each review row's gap to plan
// (VsPlan). labels name the bars in order (translated period names for one
// goal's rows); a missing or empty one takes the goal's title.
func VarianceBarsFromRows(rows []app.ReviewRow, labels []string) []VarianceBar {
	bars := make([]VarianceBar, len(rows))
	for i, r := range rows {
		label := r.Goal.Title
		if i < len(labels) && strings.TrimSpace(labels[i]) != "" {
			label = labels[i]
		}
		bars[i] = VarianceBar{Label: label, Goal: r.Goal, Variance: r.VsPlan, OK: r.HasActual && r.HasExpected}
	}
	return bars
}
