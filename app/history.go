package app

import (
	"math"
	"sort"

	"pacer/data"
)

// Growth figures in the goal wizard (GrowthHistory, RequiredGrowth,
// TargetChange.Pct, the floors' minimum growth) are in percent, 20 meaning
// +20 %, and not fractions as elsewhere in this package: for level goals
// measured in percent they are percentage points instead (GrowthInPoints),
// and the two must read alike.

// GrowthInPoints reports whether g's growth is measured in percentage
// points: a level goal measured in percent, such as a market share going
// from 8 % to 10 % (+2 pp, where +25 % would mislead). Every other goal's
// growth is relative, in percent.
func GrowthInPoints(g data.Goal) bool {
	return g.Unit == data.UnitPercent && g.Aggregation == data.AggLevel
}

// FormatGrowth writes a growth figure with its sign and one decimal:
// "+20.0%", "-10.0%", or with pp "+2.0 pp". A figure that rounds to zero
// has no sign; NaN and infinities give NotANumber.
func FormatGrowth(v float64, pp bool) string {
	s := FormatValue(v, 1, data.UnitPercent, "")
	if pp {
		s = FormatValue(v, 1, data.UnitCount, "") + " pp"
	}
	if isFinite(v) && RoundValue(v, 1) > 0 {
		s = "+" + s
	}
	return s
}

// YearValue is one full fiscal year of history.
type YearValue struct {
	Year int // the fiscal year, named by the calendar year it starts in
	// Value is the year's total for a flow goal, the value of its last
	// period for a level goal.
	Value float64
	// Growth is the change from the year before, in percent or in points
	// (see GrowthHistory.PP); GrowthOK is false for a first year, after a
	// missing year, and for relative growth from zero.
	Growth   float64
	GrowthOK bool
}

// GrowthHistory is what a goal's past actuals say about growth and season.
type GrowthHistory struct {
	// PP is true when growth is in percentage points (GrowthInPoints).
	PP bool
	// Values counts the usable history values: periods of a month or
	// longer, ending before the goal's start.
	Values int
	// Years are the full fiscal years before the goal's start, oldest
	// first.
	Years []YearValue
	// Best is the best year-on-year growth in the goal's direction: the
	// largest for increase goals, the most negative (the largest cut) for
	// decrease and stay-below goals. BestYear is the year it was reached.
	Best     float64
	BestYear int
	BestOK   bool
	// Latest is the growth of the latest full year.
	Latest   float64
	LatestOK bool
	// Trend is the growth of the last four recorded quarters over the four
	// before them, whether or not they match fiscal years; TrendOK needs
	// eight consecutive complete quarters.
	Trend   float64
	TrendOK bool
	// Shares is the seasonal shape of a fiscal year, by the position of its
	// periods of SharesCadence (month or quarter), averaged over the full
	// years: for a flow goal each period's share of the year's total (they
	// add up to 1); for a level goal the fraction of the year's change
	// reached by each period's end (the last is 1). Nil when no full year,
	// or no usable one, is recorded.
	Shares        []float64
	SharesCadence data.Cadence
}

// LatestYear is the latest full year; ok is false when there is none.
func (h GrowthHistory) LatestYear() (y YearValue, ok bool) {
	if len(h.Years) == 0 {
		return YearValue{}, false
	}
	return h.Years[len(h.Years)-1], true
}

// AnalyzeHistory reads a goal's history: period values of months, quarters,
// halves or fiscal years ("2022-03", "2022-Q1", "2022") that end before the
// goal's start (all of them when the start is not set). Weeks and values
// of periods that do not parse are ignored. Values of several cadences may
// be mixed: each year, quarter and season is taken from the finest cadence
// that covers it completely. A year counts only when all its periods are
// recorded; a flow year is their sum, a level year its last value.
func AnalyzeHistory(cal Calendar, g data.Goal, history []PeriodValue) GrowthHistory {
	h := GrowthHistory{PP: GrowthInPoints(g)}
	byCad := cal.historyByCadence(g, history)
	for _, vs := range byCad {
		h.Values += len(vs)
	}
	years := cal.rollUpAll(byCad, data.CadenceYear, g.Aggregation)
	decrease := g.Kind == data.KindDecrease || g.Kind == data.KindStayBelow
	for i, y := range years {
		yv := YearValue{Year: y.p.Year, Value: y.v}
		if i > 0 && years[i-1].p.Year == y.p.Year-1 {
			yv.Growth, yv.GrowthOK = growth(years[i-1].v, y.v, h.PP)
		}
		if yv.GrowthOK && (!h.BestOK || (decrease && yv.Growth < h.Best) || (!decrease && yv.Growth > h.Best)) {
			h.Best, h.BestYear, h.BestOK = yv.Growth, yv.Year, true
		}
		h.Years = append(h.Years, yv)
	}
	if n := len(h.Years); n > 0 {
		h.Latest, h.LatestOK = h.Years[n-1].Growth, h.Years[n-1].GrowthOK
	}
	h.Trend, h.TrendOK = trend(cal.rollUpAll(byCad, data.CadenceQuarter, g.Aggregation), g.Aggregation, h.PP)
	for _, c := range []data.Cadence{data.CadenceMonth, data.CadenceQuarter} {
		if shares := cal.seasonShares(byCad[c], g.Aggregation); shares != nil {
			h.Shares, h.SharesCadence = shares, c
			break
		}
	}
	return h
}

// growth is the change from prev to cur: in points, or relative to |prev|
// in percent, which is undefined from zero.
func growth(prev, cur float64, pp bool) (float64, bool) {
	if pp {
		return finite(cur - prev), true
	}
	if prev == 0 {
		return 0, false
	}
	return finite((cur - prev) / math.Abs(prev) * 100), true
}

// historyCadences are the cadences history may come in, finest first.
var historyCadences = []data.Cadence{data.CadenceMonth, data.CadenceQuarter, data.CadenceHalf, data.CadenceYear}

// historyByCadence splits the history values of periods that end before
// the goal's start by cadence, each in period order.
func (cal Calendar) historyByCadence(g data.Goal, history []PeriodValue) map[data.Cadence][]periodValue {
	out := map[data.Cadence][]periodValue{}
	for _, v := range series(history, "") {
		if v.p.Cadence == data.CadenceWeek || (!g.Start.IsZero() && cal.lastDay(v.p) >= dayNum(g.Start)) {
			continue
		}
		out[v.p.Cadence] = append(out[v.p.Cadence], v)
	}
	return out
}

// rollUpAll combines history into periods of cadence c, taking each period
// from the finest cadence that covers it completely; in period order.
func (cal Calendar) rollUpAll(byCad map[data.Cadence][]periodValue, c data.Cadence, agg data.Aggregation) []periodValue {
	got := map[Period]float64{}
	for _, hc := range historyCadences {
		if periodsPerYear(hc, 2001)%periodsPerYear(c, 2001) != 0 {
			continue
		}
		for p, v := range cal.rollUpComplete(byCad[hc], c, agg) {
			if _, ok := got[p]; !ok {
				got[p] = v
			}
		}
	}
	out := make([]periodValue, 0, len(got))
	for p, v := range got {
		out = append(out, periodValue{p, v})
	}
	sort.Slice(out, func(i, j int) bool { return periodLess(out[i].p, out[j].p) })
	return out
}

// rollUpComplete combines s (one cadence, in period order) into the periods
// of cadence c whose every sub-period is recorded.
func (cal Calendar) rollUpComplete(s []periodValue, c data.Cadence, agg data.Aggregation) map[Period]float64 {
	groups := map[Period][]periodValue{}
	for _, v := range s {
		outer := cal.PeriodOf(c, cal.Start(v.p))
		if cal.Contains(outer, v.p) {
			groups[outer] = append(groups[outer], v)
		}
	}
	out := make(map[Period]float64, len(groups))
	for outer, vs := range groups {
		if len(vs) == len(cal.Periods(vs[0].p.Cadence, cal.Start(outer), cal.End(outer))) {
			out[outer] = aggregate(agg, vs)
		}
	}
	return out
}

// trend compares the last four quarters of qs with the four before them;
// it needs eight consecutive quarters.
func trend(qs []periodValue, agg data.Aggregation, pp bool) (float64, bool) {
	n := len(qs)
	if n < 8 || ordinal(qs[n-1].p)-ordinal(qs[n-8].p) != 7 {
		return 0, false
	}
	if agg != data.AggFlow {
		return growth(qs[n-5].v, qs[n-1].v, pp)
	}
	var recent, before float64
	for i := range 4 {
		recent += qs[n-1-i].v
		before += qs[n-5-i].v
	}
	return growth(before, recent, pp)
}

// position is the 0-based place of p (a month, quarter or half) in its
// fiscal year.
func (cal Calendar) position(p Period) int {
	if p.Cadence == data.CadenceMonth {
		return (p.Index - int(cal.fiscalStart()) + 12) % 12
	}
	return p.Index - 1
}

// seasonShares averages the shape of the full fiscal years in s (one
// cadence, in period order); see GrowthHistory.Shares. Flow years with a
// negative value or a total that is not positive are skipped, as are level
// years without a change or the value before them. A level shape that
// strays outside -1..2 comes from a year whose change was too small to
// show a season and is dropped.
func (cal Calendar) seasonShares(s []periodValue, agg data.Aggregation) []float64 {
	if len(s) == 0 {
		return nil
	}
	n := periodsPerYear(s[0].p.Cadence, 2001)
	at := make(map[Period]float64, len(s))
	years := map[int][]periodValue{}
	for _, v := range s {
		at[v.p] = v.v
		fy := cal.PeriodOf(data.CadenceYear, cal.Start(v.p)).Year
		years[fy] = append(years[fy], v)
	}
	sum, used := make([]float64, n), 0
	for _, vs := range years {
		if len(vs) != n {
			continue
		}
		if f := yearShape(vs, agg, at); f != nil {
			for i, x := range f {
				sum[cal.position(vs[i].p)] += x
			}
			used++
		}
	}
	if used == 0 {
		return nil
	}
	for i := range sum {
		sum[i] /= float64(used)
		if agg != data.AggFlow && (sum[i] < -1 || sum[i] > 2) {
			return nil
		}
	}
	return sum
}

// yearShape is the shape of one full year vs (in period order), or nil
// when the year shows none; at holds every recorded value of the cadence.
func yearShape(vs []periodValue, agg data.Aggregation, at map[Period]float64) []float64 {
	f := make([]float64, len(vs))
	if agg == data.AggFlow {
		total := 0.0
		for _, v := range vs {
			if v.v < 0 {
				return nil
			}
			total += v.v
		}
		if !(total > 0) {
			return nil
		}
		for i, v := range vs {
			f[i] = v.v / total
		}
		return f
	}
	start, ok := at[vs[0].p.Prev()]
	change := vs[len(vs)-1].v - start
	if !ok || change == 0 {
		return nil
	}
	for i, v := range vs {
		f[i] = (v.v - start) / change
	}
	return f
}

// GrowthBase is what RequiredGrowth measures the target against: the
// baseline when it is set, because the user entered it as the goal's
// starting point (normally last year's total, perhaps corrected for a year
// not yet closed); otherwise the latest full year of history. A flow goal
// whose span is not twelve months compares with that year scaled to the
// span's months. ok is false when neither is known.
func GrowthBase(g data.Goal, h GrowthHistory) (base float64, ok bool) {
	if g.Baseline != nil {
		return *g.Baseline, isFinite(*g.Baseline)
	}
	y, ok := h.LatestYear()
	if !ok {
		return 0, false
	}
	if months := len(Calendar{}.Periods(data.CadenceMonth, g.Start, g.End)); g.Aggregation == data.AggFlow && months > 0 && months != 12 {
		return y.Value * float64(months) / 12, true
	}
	return y.Value, true
}

// RequiredGrowth is the growth the target asks for over GrowthBase, in
// percent or in points (GrowthInPoints); ok is false without a base, or
// for relative growth from a base of zero.
func RequiredGrowth(g data.Goal, h GrowthHistory) (growthNeeded float64, ok bool) {
	base, ok := GrowthBase(g, h)
	if !ok || !isFinite(g.Target) {
		return 0, false
	}
	return growth(base, g.Target, GrowthInPoints(g))
}
