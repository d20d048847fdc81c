package chart

import (
	"image"
	"math"
	"strings"

	"pacer/app"
)

// MaxContributorBars is how many values ContributorsBars draws before it
// folds the rest into one bar.
const MaxContributorBars = 8

// ContributorsInput is what ContributorsBars draws: what each value of one
// dimension (产品) was expected to bring of a period's plan and what it
// brought (app.ReviewContributors), with the texts to show, translated.
type ContributorsInput struct {
	// Title heads the chart ("Sales, Q1 2023: gap by 产品"); the labels
	// name the bars in the legend ("Expected (last year's share of
	// plan)", "Actual").
	Title, ExpectedLabel, ActualLabel string
	// Goal gives the unit, the decimals and the direction.
	Goal app.Goal
	// Values are in the order drawn, the largest part of the gap first.
	Values []app.Contribution
	// Others names the bar of the values past MaxContributorBars, given
	// how many there are ("3 others"); nil writes the count.
	Others func(n int) string
	// Wan writes values in Chinese magnitudes (800万, 1.2亿).
	Wan bool
}

// ContributorBar is one pair of bars of ContributorsBars: a value's
// expected amount, its actual and its gap, rounded to the goal's
// decimals.
type ContributorBar struct {
	Label                 string
	Expected, Actual, Gap float64
}

// Bars are the pairs ContributorsBars draws: the first values, and past
// MaxContributorBars−1 of them the rest added up into one bar named by
// Others, so that the gaps still add up to the goal's variance.
func (in ContributorsInput) Bars() []ContributorBar {
	dec := app.Decimals(in.Goal)
	scale := math.Pow10(dec)
	var out []ContributorBar
	var rest [3]int64
	folded := 0
	for i, c := range in.Values {
		if len(in.Values) <= MaxContributorBars || i < MaxContributorBars-1 {
			out = append(out, ContributorBar{strings.TrimSpace(c.Value), app.RoundValue(c.Expected, dec), app.RoundValue(c.Actual, dec), app.RoundValue(c.Gap, dec)})
			continue
		}
		folded++
		rest[0] += int64(math.Round(c.Expected * scale))
		rest[1] += int64(math.Round(c.Actual * scale))
		rest[2] += int64(math.Round(c.Gap * scale))
	}
	if folded > 0 {
		label := app.FormatValue(float64(folded), 0, app.UnitCount, "")
		if in.Others != nil {
			label = in.Others(folded)
		}
		out = append(out, ContributorBar{label, float64(rest[0]) / scale, float64(rest[1]) / scale, float64(rest[2]) / scale})
	}
	return out
}

// ContributorsBars draws a row per value, its expected amount over its
// actual, in the plan and actual colours of the other review charts, with
// the gap in the goal's unit after the actual bar (−¥1,450,000, or in 万
// with Wan). Value names stand on the left, every one, wrapping onto two
// lines when long. It is ErrChart without values, with values too large, and for a
// size or format the cumulative chart rejects.
func ContributorsBars(in ContributorsInput, size ChartSize, format Format) ([]byte, error) {
	p, err := in.draw(size, format)
	if err != nil {
		return nil, err
	}
	return p.bytes()
}

// ContributorsImage is ContributorsBars as an image, for the screen.
func ContributorsImage(in ContributorsInput, size ChartSize) (*image.RGBA, error) {
	p, err := in.draw(size, FormatPNG)
	if err != nil {
		return nil, err
	}
	return p.image()
}

func (in ContributorsInput) draw(size ChartSize, format Format) (*painter, error) {
	p, err := newPainter(size, format)
	if err != nil {
		return nil, err
	}
	if err := p.drawPairRows(in.barChart()); err != nil {
		return nil, err
	}
	return p, nil
}

func (in ContributorsInput) barChart() barChart {
	g := in.Goal
	vf := newValueFormatter(g, in.Wan)
	expectedInk, actualInk := lineStyles[rolePlan].color, lineStyles[roleActual].color
	c := barChart{
		title:   in.Title,
		axis:    func(ticks []float64) []string { return trueMinus(vf.tickLabels(ticks)) },
		minStep: math.Pow10(-app.Decimals(g)),
	}
	for _, b := range in.Bars() {
		gap := WithSign(vf.format(b.Gap, app.Decimals(g)), b.Gap)
		c.cats = append(c.cats, b.Label)
		c.groups = append(c.groups, []barItem{{v: b.Expected, ok: true, ink: expectedInk}, {v: b.Actual, ok: true, ink: actualInk, note: gap}})
	}
	c.legend = presentSwatches([]swatch{{in.ExpectedLabel, expectedInk}, {in.ActualLabel, actualInk}}, c.groups)
	return c
}
