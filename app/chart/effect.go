package chart

import (
	"fmt"
	"image"
	"math"
	"strings"

	"github.com/wcharczuk/go-chart/v2/drawing"

	"pacer/app"
)

// inkPlanGhost is the plan's blue (#0072B2) at a quarter on white: the
// plan stands behind the actual as a pale bar, with its value marked by a
// line of the full blue.
var inkPlanGhost = drawing.ColorFromHex("BFDCEC")

// inkActualGhost is the actual's vermillion (#D55E00) at a quarter on
// white, inside the edge of a running period's bar.
var inkActualGhost = drawing.ColorFromHex("F5D6BF")

// EffectInput is what EffectChart draws: one goal's values by period
// around an action's start, with the comparison Effect made, and the texts
// to show, already translated. EffectInputFrom fills it from data.
type EffectInput struct {
	// Title heads the chart; PlanLabel and ActualLabel name the bars in
	// the legend (an empty one is left out). MarkerLabel is written by the
	// start marker ("Action started 2023-04-15"). BeforeLabel and
	// AfterLabel precede the averages' values ("Average before").
	Title, MarkerLabel, BeforeLabel, AfterLabel, PlanLabel, ActualLabel string
	// Goal gives the unit, the decimals and the direction.
	Goal app.Goal
	// Periods label the periods, oldest first: one bar each. Keys are
	// their period keys, which place Effect.BeforeKeys and AfterKeys; when
	// Keys is shorter than Periods the labels are taken as keys.
	Periods, Keys []string
	// Plan and Actual are the values by period: per-period values for a
	// flow goal, levels for a level goal. A plan that is missing or NaN,
	// and an actual without HasActual, leave their bar out. The actual of
	// the period Effect.Running names is drawn hollow: Effect leaves it
	// out, as its figures so far are not a whole period's.
	Plan, Actual []float64
	HasActual    []bool
	// StartIndex is the period that holds the action's start, and
	// StartFraction how much of it (0–1) had passed then: the marker
	// stands there. A StartIndex outside Periods draws no marker.
	StartIndex    int
	StartFraction float64
	// Effect gives the averages, drawn as segments over the periods they
	// cover with their values; with N = 0 there are none.
	Effect app.EffectResult
	// Wan writes values in Chinese magnitudes (800万) instead of with
	// thousands separators; PointsUnit follows a change in percentage
	// points (" pp" when empty).
	Wan        bool
	PointsUnit string
}

// EffectInputFrom is the input of EffectChart for a goal and an action
// started on start, seen at asOf: the goal's check-in periods, reaching
// back to the earliest period Effect compares (history values passed with
// the check-ins may lie before the goal), keys as labels (replace them
// with translated ones), the plan of each period (ExpectedForPeriod, NaN
// where the plan expects nothing), the values of periods started by asOf,
// the start's place and Effect itself. The texts are left for the caller.
func EffectInputFrom(cal app.Calendar, g app.Goal, plan []app.PeriodTarget, values []app.PeriodValue, start, asOf app.Date) EffectInput {
	in := EffectInput{Goal: g, StartIndex: -1, Effect: app.Effect(cal, g, plan, values, start, asOf)}
	ps := effectPeriods(cal, g, in.Effect)
	actual := map[app.Period]float64{}
	for _, v := range cal.StartedBy(app.Series(values, g.Cadence), asOf) {
		actual[v.Period] = v.Value
	}
	x := cal.ExpectationWith(g, plan, values)
	startDay := start.DayNumber()
	for i, p := range ps {
		in.Keys = append(in.Keys, p.Key())
		in.Periods = append(in.Periods, p.Key())
		e := math.NaN()
		if cal.HasExpectation(x, p) {
			e = cal.PeriodExpected(x, p)
		}
		in.Plan = append(in.Plan, e)
		v, ok := actual[p]
		in.Actual = append(in.Actual, v)
		in.HasActual = append(in.HasActual, ok)
		if first, last := cal.FirstDay(p), cal.LastDay(p); first <= startDay && startDay <= last {
			in.StartIndex = i
			in.StartFraction = float64(startDay-first) / float64(last-first+1)
		}
	}
	return in
}

// running reports whether slot i is the period Effect left out as not
// ended.
func (in EffectInput) running(i int) bool {
	if in.Effect.Running == "" {
		return false
	}
	k := ""
	if i < len(in.Keys) {
		k = in.Keys[i]
	} else if i < len(in.Periods) {
		k = in.Periods[i]
	}
	return strings.TrimSpace(k) == in.Effect.Running
}

// effectPeriods are the goal's check-in periods, widened to the periods
// e compares, without gaps (at most maxEffectPeriods).
func effectPeriods(cal app.Calendar, g app.Goal, e app.EffectResult) []app.Period {
	var ends []app.Period
	if span := app.CheckInPeriods(cal, g); len(span) > 0 {
		ends = append(ends, span[0], span[len(span)-1])
	}
	if e.N > 0 {
		for _, k := range []string{e.BeforeKeys[0], e.AfterKeys[len(e.AfterKeys)-1]} {
			if p, err := app.ParsePeriodKey(k); err == nil {
				ends = append(ends, p)
			}
		}
	}
	if len(ends) == 0 {
		return nil
	}
	lo, hi := ends[0], ends[0]
	for _, p := range ends[1:] {
		if app.PeriodLess(p, lo) {
			lo = p
		}
		if app.PeriodLess(hi, p) {
			hi = p
		}
	}
	var ps []app.Period
	for p := lo; p.Valid() && !app.PeriodLess(hi, p) && len(ps) < maxEffectPeriods; p = p.Next() {
		ps = append(ps, p)
	}
	return ps
}

// maxEffectPeriods bounds the bars of an effect chart: ten years of
// months, far more than a slide can show apart.
const maxEffectPeriods = 120

// EffectChart draws whether the numbers moved after an action started: the
// actual of each period as a vermillion bar in front of the plan as a pale
// blue bar with a blue line at its value; a dashed vertical marker where
// the action started, labelled; and the averages of the N periods before
// and after (Effect) as black segments over those periods, labelled with
// their values and, after, the change (+57.5%, or +1.5 pp for a percent
// goal). The value axis starts at zero, has round steps and shows values
// as FormatValue does, or in 万 and 亿 with Wan. It is ErrChart without
// periods, with values too large, and for a size or format the other
// charts reject.
func EffectChart(in EffectInput, size ChartSize, format Format) ([]byte, error) {
	p, err := in.draw(size, format)
	if err != nil {
		return nil, err
	}
	return p.bytes()
}

// EffectImage is EffectChart as an image, for showing on screen.
func EffectImage(in EffectInput, size ChartSize) (*image.RGBA, error) {
	p, err := in.draw(size, FormatPNG)
	if err != nil {
		return nil, err
	}
	return p.image()
}

func (in EffectInput) draw(size ChartSize, format Format) (*painter, error) {
	p, err := newPainter(size, format)
	if err != nil {
		return nil, err
	}
	if err := p.drawEffect(in); err != nil {
		return nil, err
	}
	return p, nil
}

// effectSegment is an average drawn over the slots first..last.
type effectSegment struct {
	first, last int
	v           float64
	note        string
}

// segments are the before and after averages placed on the periods.
func (in EffectInput) segments(vf valueFormatter) []effectSegment {
	e, g := in.Effect, in.Goal
	if e.N == 0 {
		return nil
	}
	at := map[string]int{}
	for i, l := range in.Periods {
		k := l
		if i < len(in.Keys) {
			k = in.Keys[i]
		}
		at[strings.TrimSpace(k)] = i
	}
	span := func(keys []string) (int, int, bool) {
		if len(keys) == 0 {
			return 0, 0, false
		}
		first, okF := at[keys[0]]
		last, okL := at[keys[len(keys)-1]]
		return first, last, okF && okL
	}
	var out []effectSegment
	if f, l, ok := span(e.BeforeKeys); ok {
		out = append(out, effectSegment{f, l, e.BeforeAvg, label(in.BeforeLabel, vf.format(e.BeforeAvg, g.Decimals))})
	}
	if f, l, ok := span(e.AfterKeys); ok {
		change := varianceNote(g, app.Variance(g.Unit, e.BeforeAvg, e.AfterAvg), vf, in.PointsUnit)
		out = append(out, effectSegment{f, l, e.AfterAvg, label(in.AfterLabel, vf.format(e.AfterAvg, g.Decimals)) + " (" + change + ")"})
	}
	return out
}

// label is text then value, or the value alone.
func label(text, value string) string {
	if t := strings.TrimSpace(text); t != "" {
		return t + " " + value
	}
	return value
}

// effectValues checks the input and returns the value range to show:
// zero, every bar, every average.
func (in EffectInput) effectValues() (lo, hi float64, err error) {
	if len(in.Periods) == 0 {
		return 0, 0, fmt.Errorf("no periods: %w", ErrChart)
	}
	take := func(v float64) {
		lo, hi = min(lo, v), max(hi, v)
	}
	for i := range in.Periods {
		if i < len(in.Plan) && !math.IsNaN(in.Plan[i]) {
			take(in.Plan[i])
		}
		if i < len(in.Actual) && i < len(in.HasActual) && in.HasActual[i] {
			take(in.Actual[i])
		}
	}
	if in.Effect.N > 0 {
		take(in.Effect.BeforeAvg)
		take(in.Effect.AfterAvg)
	}
	if !app.IsFinite(lo) || !app.IsFinite(hi) || !app.IsFinite(hi-lo) {
		return 0, 0, fmt.Errorf("values too large to draw: %w", ErrChart)
	}
	return lo, hi, nil
}
