package app

import (
	"image"
	"math"
	"strings"

	"pacer/data"
)

// VarianceBar is one bar of VarianceBars: a period's or a goal's gap to
// plan.
type VarianceBar struct {
	// Label names the period or the goal, as shown.
	Label string
	// Goal gives the gap's unit, decimals and direction.
	Goal     data.Goal
	Variance VarianceResult
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
	relative, points := in.Relative, false
	var first data.Goal
	for i, b := range in.Bars {
		if i == 0 {
			first = b.Goal
			points = b.Goal.Unit == data.UnitPercent
			continue
		}
		rows = rows || b.Goal.ID != first.ID || b.Goal.Title != first.Title
		relative = relative || b.Goal.Unit != first.Unit || !strings.EqualFold(strings.TrimSpace(b.Goal.UnitLabel), strings.TrimSpace(first.UnitLabel))
	}
	vf := newValueFormatter(first, in.Wan)
	c = barChart{title: in.Title, legend: []swatch{{in.AheadLabel, inkAhead}, {in.BehindLabel, inkBehind}}}
	switch {
	case relative:
		c.axis, c.minStep = percentTicks, 0.001
	case points:
		c.axis, c.minStep = func(ticks []float64) []string {
			decimals := tickDecimals(ticks)
			out := make([]string, len(ticks))
			for i, t := range ticks {
				out[i] = withSign(FormatValue(t, decimals, data.UnitCount, "")+pointsUnit(in.PointsUnit), t)
			}
			return out
		}, math.Pow10(-max(1, min(first.Decimals, MaxDecimals)))
	default:
		c.axis, c.minStep = func(ticks []float64) []string {
			out := vf.tickLabels(ticks)
			for i, t := range ticks {
				out[i] = withSign(out[i], t)
			}
			return out
		}, math.Pow10(-max(0, min(first.Decimals, MaxDecimals)))
	}
	for _, b := range in.Bars {
		c.cats = append(c.cats, strings.TrimSpace(b.Label))
		c.groups = append(c.groups, []barItem{in.bar(b, relative, vf)})
	}
	return c, rows
}

// bar is the bar of b: its value, colour and note.
func (in VarianceInput) bar(b VarianceBar, relative bool, vf valueFormatter) barItem {
	v, g := b.Variance, b.Goal
	item := barItem{ok: b.OK, note: "—"}
	switch {
	case !b.OK:
	case relative && !v.RelOK:
		// No relative gap against a plan of zero.
		item.ok = false
	case relative:
		item.v, item.note = v.Rel, withSign(FormatFraction(v.Rel, 1), v.Rel)
	case v.PPOK:
		item.v = v.PP
		item.note = withSign(FormatValue(v.PP, max(1, g.Decimals), data.UnitCount, "")+pointsUnit(in.PointsUnit), v.PP)
	default:
		item.v, item.note = v.Abs, withSign(vf.format(v.Abs, g.Decimals), v.Abs)
	}
	item.ink = inkAhead
	if (item.v < 0) != lowerIsBetter(g.Kind) && item.v != 0 {
		item.ink = inkBehind
	}
	return item
}

// VarianceBarsFromRows makes a bar of each review row's gap to plan
// (VsPlan). labels name the bars in order (translated period names for one
// goal's rows); a missing or empty one takes the goal's title.
func VarianceBarsFromRows(rows []ReviewRow, labels []string) []VarianceBar {
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
