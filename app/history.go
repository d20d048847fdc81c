package app

import "sort"

// Growth figures in the goal wizard (GrowthHistory, RequiredGrowth,
// TargetChange.Pct, the floors' minimum growth) are in percent, 20 meaning
// +20 %, and not fractions as elsewhere in this package: for level goals
// measured in percent they are percentage points instead (GrowthInPoints),
// and the two must read alike.

// GrowthInPoints reports whether g's growth is measured in percentage
// points: a level goal measured in percent, such as a market share going
// from 8 % to 10 % (+2 pp, where +25 % would mislead). Every other goal's
// growth is relative, in percent.
func GrowthInPoints(g Goal) bool {
	return g.Unit == UnitPercent && g.Aggregation == AggLevel
}

// FormatGrowth writes a growth figure with its sign and one decimal:
// "+20.0%", "-10.0%", or with pp "+2.0 pp". A figure that rounds to zero
// has no sign; NaN and infinities give NotANumber.
func FormatGrowth(v float64, pp bool) string {
	s := FormatValue(v, 1, UnitPercent, "")
	if pp {
		s = FormatValue(v, 1, UnitCount, "") + " pp"
	}
	if IsFinite(v) && RoundValue(v, 1) > 0 {
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
	// Values counts the usable history values: periods ending before the
	// goal's start.
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
	SharesCadence Cadence
	// Scaled are the flow years of Years taken from weekly history in
	// which 53 weeks ended, by fiscal year: the weeks' sum as recorded,
	// which Years holds as 52 weeks' worth (rollUpWeeks).
	Scaled map[int]float64
	// cal is the calendar the history was read in, whose fiscal year the
	// Shares' positions count from.
	cal Calendar
}

// LatestYear is the latest full year; ok is false when there is none.
func (h GrowthHistory) LatestYear() (y YearValue, ok bool) {
	if len(h.Years) == 0 {
		return YearValue{}, false
	}
	return h.Years[len(h.Years)-1], true
}

// AnalyzeHistory reads a goal's history: period values of weeks, months,
// quarters, halves or fiscal years ("2022-W05", "2022-03", "2022-Q1",
// "2022") that end before the goal's start (all of them when the start is
// not set). Values of periods that do not parse are ignored. Values of
// several cadences may be mixed: each year, quarter and season is taken
// from the finest cadence that covers it completely, and from weeks only
// where no month, quarter, half or year does, since weeks do not nest in
// them (rollUpWeeks). A year counts only when all its periods are
// recorded; a flow year is their sum, a level year its last value.
func AnalyzeHistory(cal Calendar, g Goal, history []PeriodValue) GrowthHistory {
	h := GrowthHistory{PP: GrowthInPoints(g)}
	byCad := cal.historyByCadence(g, history)
	for _, vs := range byCad {
		h.Values += len(vs)
	}
	years, fromWeeks := cal.rollUpAll(byCad, CadenceYear, g.Aggregation)
	h.Scaled = scaledYears(fromWeeks, g.Aggregation)
	decrease := g.Kind == KindDecrease || g.Kind == KindStayBelow
	for i, y := range years {
		yv := YearValue{Year: y.Period.Year, Value: y.Value}
		if i > 0 && years[i-1].Period.Year == y.Period.Year-1 {
			yv.Growth, yv.GrowthOK = growth(years[i-1].Value, y.Value, h.PP)
		}
		if yv.GrowthOK && (!h.BestOK || (decrease && yv.Growth < h.Best) || (!decrease && yv.Growth > h.Best)) {
			h.Best, h.BestYear, h.BestOK = yv.Growth, yv.Year, true
		}
		h.Years = append(h.Years, yv)
	}
	if n := len(h.Years); n > 0 {
		h.Latest, h.LatestOK = h.Years[n-1].Growth, h.Years[n-1].GrowthOK
	}
	quarters, _ := cal.rollUpAll(byCad, CadenceQuarter, g.Aggregation)
	h.Trend, h.TrendOK = trend(quarters, g.Aggregation, h.PP)
	h.Shares, h.SharesCadence = cal.shares(byCad, g.Aggregation)
	h.cal = cal
	return h
}

// shares are the seasonal shares of the finest cadence that shows them
// (GrowthHistory.Shares): months, then quarters, as entered, and only
// when neither does, those made of weeks (with the months or quarters
// entered), which do not nest in them.
func (cal Calendar) shares(byCad map[Cadence][]periodValue, agg Aggregation) ([]float64, Cadence) {
	seasonal := []Cadence{CadenceMonth, CadenceQuarter}
	for _, c := range seasonal {
		if shares := cal.seasonShares(byCad[c], agg); shares != nil {
			return shares, c
		}
	}
	if len(byCad[CadenceWeek]) == 0 {
		return nil, ""
	}
	for _, c := range seasonal {
		s, _ := cal.rollUpAll(map[Cadence][]periodValue{c: byCad[c], CadenceWeek: byCad[CadenceWeek]}, c, agg)
		if shares := cal.seasonShares(s, agg); shares != nil {
			return shares, c
		}
	}
	return nil, ""
}

// spanShare is the part of a year's total that g's span holds by the
// seasons of h (0.7 for a July–December goal whose second halves made
// 70 % of past years): the share of each month it covers, of a month it
// covers in part that part (as the plan asks of it); 0 without seasons.
func (h GrowthHistory) spanShare(g Goal) float64 {
	shares, ok := h.sharesBy(CadenceMonth, false)
	if !ok {
		return 0
	}
	sum := 0.0
	for _, p := range h.cal.Periods(CadenceMonth, g.Start, g.End) {
		sum += shares[h.cal.position(p)] * coveredPart(h.cal, g, p)
	}
	return sum
}

// growth is the change from prev to cur: in points, or relative to prev
// in percent, which is undefined from zero or below: a profit from a loss
// of 1 million to 50 million is no growth of 5,100%, and such a figure,
// taken for the best year, would make any target look within reach.
func growth(prev, cur float64, pp bool) (float64, bool) {
	if pp {
		return ClampFinite(cur - prev), true
	}
	if prev <= 0 {
		return 0, false
	}
	return ClampFinite((cur - prev) / prev * 100), true
}

// historyCadences are the cadences history may come in, finest first.
var historyCadences = []Cadence{CadenceMonth, CadenceQuarter, CadenceHalf, CadenceYear}

// historyByCadence splits the history values of periods that end before
// the goal's start by cadence, each in period order; weeks are kept by
// themselves, as CadenceWeek.
func (cal Calendar) historyByCadence(g Goal, history []PeriodValue) map[Cadence][]periodValue {
	out := map[Cadence][]periodValue{}
	for _, v := range Series(history, "") {
		if !g.Start.IsZero() && cal.LastDay(v.Period) >= g.Start.DayNumber() {
			continue
		}
		out[v.Period.Cadence] = append(out[v.Period.Cadence], v)
	}
	return out
}

// rollUpAll combines history into periods of cadence c, taking each period
// from the finest cadence that covers it completely, and from the weeks
// ending in it (rollUpWeeks) when none does; in period order. fromWeeks
// are the periods taken from weeks.
func (cal Calendar) rollUpAll(byCad map[Cadence][]periodValue, c Cadence, agg Aggregation) (out []periodValue, fromWeeks map[Period]weekTotal) {
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
	for p, t := range cal.rollUpWeeks(byCad[CadenceWeek], c, agg) {
		if _, ok := got[p]; !ok {
			if fromWeeks == nil {
				fromWeeks = map[Period]weekTotal{}
			}
			got[p], fromWeeks[p] = t.value, t
		}
	}
	out = make([]periodValue, 0, len(got))
	for p, v := range got {
		out = append(out, periodValue{p, v})
	}
	sort.Slice(out, func(i, j int) bool { return PeriodLess(out[i].Period, out[j].Period) })
	return out, fromWeeks
}

// scaledYears are the flow years of fromWeeks whose value is not the
// sum recorded (GrowthHistory.Scaled); nil when there are none.
func scaledYears(fromWeeks map[Period]weekTotal, agg Aggregation) map[int]float64 {
	var out map[int]float64
	for p, t := range fromWeeks {
		if agg == AggFlow && t.value != t.recorded {
			if out == nil {
				out = map[int]float64{}
			}
			out[p.Year] = t.recorded
		}
	}
	return out
}

// rollUpComplete combines s (one cadence, in period order) into the periods
// of cadence c whose every sub-period is recorded.
func (cal Calendar) rollUpComplete(s []periodValue, c Cadence, agg Aggregation) map[Period]float64 {
	groups := map[Period][]periodValue{}
	for _, v := range s {
		outer := cal.PeriodOf(c, cal.Start(v.Period))
		if cal.Contains(outer, v.Period) {
			groups[outer] = append(groups[outer], v)
		}
	}
	out := make(map[Period]float64, len(groups))
	for outer, vs := range groups {
		if len(vs) == len(cal.Periods(vs[0].Period.Cadence, cal.Start(outer), cal.End(outer))) {
			out[outer] = aggregate(agg, vs)
		}
	}
	return out
}

// trend compares the last four quarters of qs with the four before them;
// it needs eight consecutive quarters.
func trend(qs []periodValue, agg Aggregation, pp bool) (float64, bool) {
	n := len(qs)
	if n < 8 || ordinal(qs[n-1].Period)-ordinal(qs[n-8].Period) != 7 {
		return 0, false
	}
	if agg != AggFlow {
		return growth(qs[n-5].Value, qs[n-1].Value, pp)
	}
	var recent, before float64
	for i := range 4 {
		recent += qs[n-1-i].Value
		before += qs[n-5-i].Value
	}
	return growth(before, recent, pp)
}

// position is the 0-based place of p (a month, quarter or half) in its
// fiscal year.
func (cal Calendar) position(p Period) int {
	if p.Cadence == CadenceMonth {
		return (p.Index - int(cal.startMonth()) + 12) % 12
	}
	return p.Index - 1
}

// seasonShares averages the shape of the full fiscal years in s (one
// cadence, in period order); see GrowthHistory.Shares. Flow years with a
// negative value or a total that is not positive are skipped, as are level
// years without a change or the value before them. A level shape that
// strays outside -1..2 comes from a year whose change was too small to
// show a season and is dropped.
func (cal Calendar) seasonShares(s []periodValue, agg Aggregation) []float64 {
	if len(s) == 0 {
		return nil
	}
	n := periodsPerYear(s[0].Period.Cadence, 2001)
	at := make(map[Period]float64, len(s))
	years := map[int][]periodValue{}
	for _, v := range s {
		at[v.Period] = v.Value
		fy := cal.PeriodOf(CadenceYear, cal.Start(v.Period)).Year
		years[fy] = append(years[fy], v)
	}
	sum, used := make([]float64, n), 0
	for _, vs := range years {
		if len(vs) != n {
			continue
		}
		if f := yearShape(vs, agg, at); f != nil {
			for i, x := range f {
				sum[cal.position(vs[i].Period)] += x
			}
			used++
		}
	}
	if used == 0 {
		return nil
	}
	for i := range sum {
		sum[i] /= float64(used)
		if agg != AggFlow && (sum[i] < -1 || sum[i] > 2) {
			return nil
		}
	}
	return sum
}

// yearShape is the shape of one full year vs (in period order), or nil
// when the year shows none; at holds every recorded value of the cadence.
func yearShape(vs []periodValue, agg Aggregation, at map[Period]float64) []float64 {
	f := make([]float64, len(vs))
	if agg == AggFlow {
		total := 0.0
		for _, v := range vs {
			if v.Value < 0 {
				return nil
			}
			total += v.Value
		}
		if !(total > 0) {
			return nil
		}
		for i, v := range vs {
			f[i] = v.Value / total
		}
		return f
	}
	start, ok := at[vs[0].Period.Prev()]
	change := vs[len(vs)-1].Value - start
	if !ok || change == 0 {
		return nil
	}
	for i, v := range vs {
		f[i] = (v.Value - start) / change
	}
	return f
}

// GrowthBase is what RequiredGrowth measures the target against: the
// baseline when it is set, because the user entered it as the goal's
// starting point (normally last year's total, perhaps corrected for a year
// not yet closed); otherwise the latest full year of history. A flow goal
// whose span is not twelve months compares with the part of that year its
// span's months held by the seasons of history (a July–December goal
// with the share of the year past second halves made, not half the year:
// a target at last year's second half needs no growth), or, without
// seasons, that year scaled to the span's months. ok is false when neither
// is known.
func GrowthBase(g Goal, h GrowthHistory) (base float64, ok bool) {
	if g.Baseline != nil {
		return *g.Baseline, IsFinite(*g.Baseline)
	}
	y, ok := h.LatestYear()
	if !ok {
		return 0, false
	}
	if months := len(Calendar{}.Periods(CadenceMonth, g.Start, g.End)); g.Aggregation == AggFlow && months > 0 && months != 12 {
		if share := h.spanShare(g); share > 0 { // rounded as shown: a target at it asks for no growth, not float noise
			return RoundValue(y.Value*share, g.Decimals), true
		}
		return y.Value * float64(months) / 12, true
	}
	return y.Value, true
}

// RequiredGrowth is the growth the target asks for over GrowthBase, in
// percent or in points (GrowthInPoints); ok is false without a base, or
// for relative growth from a base of zero.
func RequiredGrowth(g Goal, h GrowthHistory) (growthNeeded float64, ok bool) {
	base, ok := GrowthBase(g, h)
	if !ok || !IsFinite(g.Target) {
		return 0, false
	}
	return growth(base, g.Target, GrowthInPoints(g))
}
