package chart

import (
	"image"
	"pacer/app"
	"sort"
	"strings"

	"github.com/wcharczuk/go-chart/v2/drawing"
)

// PortfolioItem is one goal's bar in PortfolioChart.
type PortfolioItem struct {
	// Label is the goal's name; a long one is shortened with an ellipsis.
	Label string
	// Attainment is a fraction where 1 is as planned and more is better
	// whatever the goal's direction: the period's PerformanceRatio (for a
	// stay goal the share of its periods on target, ReviewRow.Ratio), or
	// progress towards the target.
	Attainment float64
	// OK is false for a goal without data: no bar, "—" in its place.
	OK bool
	// Status colours the bar: blue when achieved or on track, orange when
	// partial or at risk, vermillion when missed or off track.
	Status app.Status
}

// PortfolioInput is what PortfolioChart draws, with the texts to show,
// already translated.
type PortfolioInput struct {
	// Title heads the chart, naming the period ("Q1 2023: attainment
	// of plan").
	Title string
	// ReferenceLabel is written over the 100 % line ("Plan 100%"); empty
	// leaves the line unlabelled.
	ReferenceLabel string
	Items          []PortfolioItem
	// StatusLabels name the statuses in the legend, which shows those of
	// the items that have a label here.
	StatusLabels map[app.Status]string
	// BelowStartLabel is written in place of a negative attainment, which
	// means the goal has gone back past its starting point ("below the
	// start"); the bar is then left at zero. Empty writes the percentage.
	BelowStartLabel string
}

// Attainment beyond these bounds is cut at the edge of the chart, with
// its value written inside the bar, so that one goal far ahead does not
// squash the others.
const (
	portfolioMin = -0.5
	portfolioMax = 2.0
)

// PortfolioChart draws every goal's attainment as a horizontal bar, worst
// first (goals without data last), with the goals' names on the left, the
// value written at each bar's end ("80%"), a reference line at 100 % and
// a percentage axis below. It is ErrChart without items and for a size or
// format the cumulative chart rejects.
func PortfolioChart(in PortfolioInput, size ChartSize, format Format) ([]byte, error) {
	p, err := in.draw(size, format)
	if err != nil {
		return nil, err
	}
	return p.bytes()
}

// PortfolioImage is PortfolioChart as an image, for showing on screen.
func PortfolioImage(in PortfolioInput, size ChartSize) (*image.RGBA, error) {
	p, err := in.draw(size, FormatPNG)
	if err != nil {
		return nil, err
	}
	return p.image()
}

func (in PortfolioInput) draw(size ChartSize, format Format) (*painter, error) {
	p, err := newPainter(size, format)
	if err != nil {
		return nil, err
	}
	if err := p.drawRows(in.barChart()); err != nil {
		return nil, err
	}
	return p, nil
}

// statusOrder is the order of the statuses in the legend, and their ink.
var statusOrder = []struct {
	s   app.Status
	ink drawing.Color
}{
	{app.StatusAchieved, inkAhead}, {app.StatusOnTrack, inkAhead},
	{app.StatusPartial, inkBetween}, {app.StatusAtRisk, inkBetween},
	{app.StatusMissed, inkBehind}, {app.StatusOffTrack, inkBehind},
	{app.StatusNotReported, inkNoData}, {app.StatusNoData, inkNoData},
}

func statusInk(s app.Status) drawing.Color {
	for _, so := range statusOrder {
		if so.s == s {
			return so.ink
		}
	}
	return inkNoData
}

func (in PortfolioInput) barChart() barChart {
	items := make([]PortfolioItem, len(in.Items))
	copy(items, in.Items)
	sort.SliceStable(items, func(i, j int) bool {
		a, b := items[i], items[j]
		if a.OK != b.OK {
			return a.OK
		}
		return a.OK && a.Attainment < b.Attainment
	})
	limit := [2]float64{portfolioMin, portfolioMax}
	c := barChart{title: in.Title, axis: percentTicks, minStep: 0.01, limit: &limit, ref: &barRef{1, in.ReferenceLabel}}
	present := map[app.Status]bool{}
	for _, it := range items {
		b := barItem{ok: it.OK && app.IsFinite(it.Attainment), v: it.Attainment, ink: statusInk(it.Status), note: "—"}
		if b.ok {
			b.note = app.FormatFraction(it.Attainment, 0)
			present[it.Status] = true
			if b.v < 0 && strings.TrimSpace(in.BelowStartLabel) != "" {
				b.v, b.note = 0, in.BelowStartLabel
			}
		}
		c.cats = append(c.cats, strings.TrimSpace(it.Label))
		c.groups = append(c.groups, []barItem{b})
	}
	for _, so := range statusOrder {
		if present[so.s] && in.StatusLabels[so.s] != "" {
			c.legend = append(c.legend, swatch{in.StatusLabels[so.s], so.ink})
		}
	}
	return c
}

// PortfolioFromRows makes an item of each review row: the goal's title,
// its attainment of plan for the period (Ratio) and its status.
func PortfolioFromRows(rows []app.ReviewRow) []PortfolioItem {
	items := make([]PortfolioItem, len(rows))
	for i, r := range rows {
		items[i] = PortfolioItem{Label: r.Goal.Title, Attainment: r.Ratio, OK: r.HasActual && r.HasExpected, Status: r.Status}
	}
	return items
}

// PortfolioFromPaces makes an item of each goal's pace: its title, its
// progress towards the target (Assessment.Progress) and its status.
func PortfolioFromPaces(paces []app.Pace) []PortfolioItem {
	items := make([]PortfolioItem, len(paces))
	for i, pc := range paces {
		a := pc.Assessment
		items[i] = PortfolioItem{Label: pc.Goal.Title, Attainment: a.Progress, OK: !a.NoValues, Status: a.Status}
	}
	return items
}
