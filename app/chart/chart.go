package chart

import (
	"errors"
	"fmt"
	"image"
	"math"
	"strings"
	"sync"

	"github.com/golang/freetype/truetype"
	chart "github.com/wcharczuk/go-chart/v2"

	"pacer/app"
)

// Format is the file format a chart is rendered in.
type Format int

// The chart formats.
const (
	FormatPNG Format = iota
	FormatSVG
)

// ChartSize is the size a chart is drawn at: Width × Height in the screen's
// logical pixels, rendered at Width×Scale by Height×Scale device pixels with
// type, lines and margins scaled alike, so that it stays sharp on a high-DPI
// screen. A Scale of 0 (or less) means 1. Type grows with the size: a
// 1920×1080 chart reads from the back of a meeting room.
type ChartSize struct {
	Width, Height int
	Scale         float32
	// Font is the typeface of every text on the chart (ParseFont); nil is
	// go-chart's Roboto, which has no Chinese and shows it as empty boxes.
	Font *Font
}

// MaxChartSide is the most device pixels a chart may have on either side.
const MaxChartSide = 8192

// ErrChart is wrapped by the errors the chart functions return for input
// they cannot draw: a bad format, a size too small for the plot or too
// large, a goal without periods or with values too large.
var ErrChart = errors.New("cannot draw chart")

// Font is a parsed TrueType font with its vertical metrics per pixel of
// type size, ready for charts. It is never changed after ParseFont, so
// one Font may draw any number of charts at once.
type Font struct {
	font            *truetype.Font
	ascent, descent float64
}

func newFont(f *truetype.Font) *Font {
	const size = 100
	m := truetype.NewFace(f, &truetype.Options{Size: size, DPI: 72}).Metrics()
	return &Font{f, float64(m.Ascent) / 64 / size, float64(m.Descent) / 64 / size}
}

// ParseFont reads a TrueType font for charts. go-chart's own font has no
// Chinese, so the app parses one that has Chinese and Latin glyphs
// (assets.CJKFont) once and passes it in every ChartSize.
func ParseFont(ttf []byte) (*Font, error) {
	f, err := truetype.Parse(ttf)
	if err != nil {
		return nil, fmt.Errorf("parse chart font: %w", err)
	}
	return newFont(f), nil
}

// defaultFont is go-chart's Roboto, parsed once on first use.
var defaultFont = sync.OnceValues(func() (*Font, error) {
	f, err := chart.GetDefaultFont()
	if err != nil {
		return nil, fmt.Errorf("load chart font: %w", err)
	}
	return newFont(f), nil
})

// CumulativeInput is what CumulativeChart draws: a goal with its plan and
// check-ins, and the texts to show, already translated.
type CumulativeInput struct {
	Calendar app.Calendar
	// Goal gives the periods (CheckInPeriods), the target, the unit and
	// the decimals.
	Goal app.Goal
	// Plan is the goal's current plan; nil spreads the target evenly (see
	// Expected).
	Plan []app.PeriodTarget
	// Values are the goal's check-ins (ValuesFromCheckIns).
	Values []app.PeriodValue
	// AsOf is today: check-ins of periods that start later are ignored, as
	// in Project. The zero Date counts them all.
	AsOf app.Date

	// Title heads the chart; the labels name the lines in the legend (an
	// empty one is left out of the legend, not off the chart).
	Title, PlanLabel, ActualLabel, TargetLabel, ProjectionLabel string
	// PeriodLabels name the periods of CheckInPeriods(Calendar, Goal) in
	// order ("Q1" or "第1季度"); a missing or empty one shows the period key.
	PeriodLabels []string
	// Wan writes values in Chinese magnitudes (800万, 1.2亿) instead of
	// with thousands separators.
	Wan bool
	// Milestone words a milestone's axis and values, Not done at 0 and
	// Done at 1, where 0 and 1 would say nothing to its reader.
	Milestone app.MilestoneWords
}

// CumulativeChart draws where a goal stands against its plan, over its
// check-in periods:
//   - the plan: for a flow goal that adds up (sales), the running sum of
//     the plan, ending at the target; for other goals the value the plan
//     expects at each period's end (market share 10 %, 11.5 %…);
//   - the actual: the running sum of the check-ins (flow) or their values,
//     up to the last period reported;
//   - the target as a horizontal line, with its value (for stay goals it
//     is the plan, which is not drawn again);
//   - the projection (Project), dashed from the last actual through each
//     remaining period in the plan's shape (Projection.Path) to the end;
//     none for a milestone, which is done or not and is not projected.
//
// The value axis has round steps (1, 2, 2.5 or 5 × 10^k), starts at 0 for
// flow goals, and shows values as FormatValue does, or in 万 and 亿 with
// Wan. The latest actual and the projection's end are labelled with their
// values. A title too wide for the chart is set smaller, then shortened
// with an ellipsis; period labels too close to each other are thinned out.
func CumulativeChart(in CumulativeInput, size ChartSize, format Format) ([]byte, error) {
	p, err := in.draw(size, format)
	if err != nil {
		return nil, err
	}
	return p.bytes()
}

// CumulativeImage is CumulativeChart as an image, for showing on screen
// (canvas.NewImageFromImage) without encoding and decoding a PNG, which
// takes most of the time of a chart.
func CumulativeImage(in CumulativeInput, size ChartSize) (*image.RGBA, error) {
	p, err := in.draw(size, FormatPNG)
	if err != nil {
		return nil, err
	}
	return p.image()
}

func (in CumulativeInput) draw(size ChartSize, format Format) (*painter, error) {
	c, err := in.lineChart()
	if err != nil {
		return nil, err
	}
	p, err := newPainter(size, format)
	if err != nil {
		return nil, err
	}
	if err := p.drawLineChart(c); err != nil {
		return nil, err
	}
	return p, nil
}

// chartPoint is a value at a period's position on the x axis (0 is the
// first period).
type chartPoint struct {
	x int
	v float64
}

// chartLine is one line of a line chart.
type chartLine struct {
	label  string // legend text; "" keeps it out of the legend
	role   lineRole
	points []chartPoint
}

// lineRole decides how a line looks (see lineStyles).
type lineRole int

const (
	rolePlan lineRole = iota
	roleActual
	roleTarget
	roleProjection
)

// chartNote is a value written next to a point of the chart.
type chartNote struct {
	at    chartPoint
	text  string
	role  lineRole
	align float64 // share of the text left of the point: 0 starts there, 1 ends there
}

// lineChart is a chart of values over periods, ready to be laid out.
type lineChart struct {
	title       string
	xLabels     []string
	lines       []chartLine // in drawing order, back to front
	legend      []chartLine // in legend order
	notes       []chartNote
	values      valueFormatter
	minStep     float64 // the finest value step the goal's decimals show
	includeZero bool
}

// formatter writes the chart's values and gives the finest step of its
// axis, the goal's decimals': a milestone's values are Done or Not done,
// its steps whole.
func (in CumulativeInput) formatter() (valueFormatter, float64) {
	vf := newValueFormatter(in.Goal, in.Wan)
	if in.Goal.Kind == app.KindMilestone {
		vf.done = &in.Milestone
		return vf, 1
	}
	return vf, math.Pow10(-max(0, min(in.Goal.Decimals, app.MaxDecimals)))
}

func (in CumulativeInput) lineChart() (lineChart, error) {
	g, cal := in.Goal, in.Calendar
	span := app.CheckInPeriods(cal, g)
	if len(span) == 0 {
		return lineChart{}, fmt.Errorf("goal %d has no check-in periods: %w", g.ID, ErrChart)
	}
	if !app.IsFinite(g.Target) {
		return lineChart{}, fmt.Errorf("goal %d has no finite target: %w", g.ID, ErrChart)
	}
	last := len(span) - 1
	x := cal.ExpectationWith(g, in.Plan, in.Values)
	c := lineChart{title: strings.TrimSpace(in.Title), includeZero: x.Cumulative()}
	c.values, c.minStep = in.formatter()
	plan := chartLine{label: in.PlanLabel, role: rolePlan}
	for i, p := range span {
		plan.points = append(plan.points, chartPoint{i, x.At(cal.LastDay(p))})
		label := p.Key()
		if i < len(in.PeriodLabels) && strings.TrimSpace(in.PeriodLabels[i]) != "" {
			label = strings.TrimSpace(in.PeriodLabels[i])
		}
		c.xLabels = append(c.xLabels, label)
	}
	asOf := in.AsOf
	if asOf.IsZero() {
		asOf = cal.End(span[last])
	}
	actual := in.actualLine(span, asOf, c.includeZero)
	target := chartLine{label: in.TargetLabel, role: roleTarget, points: []chartPoint{{0, g.Target}, {last, g.Target}}}
	c.lines = []chartLine{target, plan}
	if app.IsStay(g.Kind) {
		// The plan of a stay goal is its target line in every period.
		plan.label, c.lines = "", c.lines[:1]
	}
	c.legend = []chartLine{plan, actual, target}
	targetNote := c.values.format(g.Target, g.Decimals)
	if l := strings.TrimSpace(in.TargetLabel); l != "" {
		targetNote = l + " " + targetNote
	}
	c.notes = append(c.notes, chartNote{at: chartPoint{0, g.Target}, text: targetNote, role: roleTarget})
	if n := len(actual.points); n > 0 {
		end := actual.points[n-1]
		// A goal that has ended projects no period (app.Project): no line
		// runs on past its latest value. In its last period, still under
		// way, the line rises (or falls) in that period's column to where
		// the period is projected to end.
		if pr := app.Project(cal, g, in.Plan, in.Values, asOf); pr.OK && end.x <= last && pr.RemainingPeriods > 0 && g.Kind != app.KindMilestone {
			proj := chartLine{label: in.ProjectionLabel, role: roleProjection, points: projectionPoints(span, end, pr)}
			c.lines = append(c.lines, proj)
			c.legend = append(c.legend, proj)
			c.notes = append(c.notes, chartNote{at: proj.points[len(proj.points)-1], text: c.values.format(pr.EndValue, g.Decimals), role: roleProjection, align: 1})
		}
		c.lines = append(c.lines, actual)
		c.notes = append(c.notes, chartNote{at: end, text: c.values.format(end.v, g.Decimals), role: roleActual, align: 0.5})
	} else {
		c.legend = []chartLine{plan, target}
	}
	if lo, hi := c.valueRange(); !app.IsFinite(hi - lo) {
		return lineChart{}, fmt.Errorf("goal %d has values too large to draw: %w", g.ID, ErrChart)
	}
	return c, nil
}

// projectionPoints is the projection's way from the latest actual: through
// each remaining period at the same pace, in the plan's shape (pr.Path),
// so that the line bends where the plan does and ends on pr.EndValue;
// straight to the end when the projection has no path, and up (or down)
// the last period's column when that period is the one projected.
func projectionPoints(span []app.Period, from chartPoint, pr app.Projection) []chartPoint {
	points := []chartPoint{from}
	for _, pv := range pr.Path {
		for i := from.x + 1; i < len(span); i++ {
			if span[i].Key() == pv.PeriodKey {
				points = append(points, chartPoint{i, pv.Value})
				break
			}
		}
	}
	if last := len(span) - 1; points[len(points)-1].x != last || len(points) == 1 {
		points = append(points, chartPoint{last, pr.EndValue})
	}
	return points
}

// actualLine is the check-ins of the periods in span that started by
// asOf, summed up when cumulative.
func (in CumulativeInput) actualLine(span []app.Period, asOf app.Date, cumulative bool) chartLine {
	pos := make(map[app.Period]int, len(span))
	for i, p := range span {
		pos[p] = i
	}
	actual := chartLine{label: in.ActualLabel, role: roleActual}
	// Added as the tables add them (app.ExactSum), so that a point is the
	// figure the goal detail shows for its period.
	sum := app.RunningSum{Decimals: in.Goal.Decimals}
	for _, v := range in.Calendar.StartedBy(app.Series(in.Values, in.Goal.Cadence), asOf) {
		i, ok := pos[v.Period]
		if !ok {
			continue
		}
		y, total := v.Value, sum.Add(v.Value)
		if cumulative {
			y = app.ClampFinite(total)
		}
		actual.points = append(actual.points, chartPoint{i, y})
	}
	return actual
}
