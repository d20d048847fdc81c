package app

import (
	"math"
	"strconv"
	"strings"
)

// RoundValue rounds v to decimals digits after the point (clamped to
// 0..MaxDecimals), half away from zero on the shortest decimal form of v,
// exactly as FormatValue shows it; the result is the float nearest that
// decimal, which the store accepts at those decimals. NaN and infinities
// are returned unchanged.
func RoundValue(v float64, decimals int) float64 {
	if r, ok := roundValueFast(v, max(0, min(decimals, MaxDecimals))); ok {
		return r
	}
	neg, intPart, frac, ok := decimalOf(v)
	if !ok {
		return v
	}
	intPart, frac = roundDigits(intPart, frac, decimals)
	r, err := strconv.ParseFloat(intPart+"."+frac, 64)
	if err != nil {
		return v
	}
	if neg {
		r = -r
	}
	return r + 0 // no negative zero
}

// roundUp is the smallest value at decimals digits that is at least v,
// after dropping float noise beyond 15 significant digits (2,000,000 ×
// 1.05 is 2100000.0000000002, which must not round up to 2,100,001).
func roundUp(v float64, decimals int) float64 {
	if !IsFinite(v) {
		return v
	}
	clean, _ := strconv.ParseFloat(strconv.FormatFloat(v, 'g', 15, 64), 64)
	r := RoundValue(clean, decimals)
	if r < clean {
		r = RoundValue(r+math.Pow10(-max(0, min(decimals, MaxDecimals))), decimals)
	}
	return r
}

// splitCadence is the cadence a plan is split into: by when it names one,
// otherwise the goal's (see planCadence).
func splitCadence(g Goal, by Cadence) Cadence {
	if periodsPerYear(by, 2001) > 0 {
		return by
	}
	return planCadence(g)
}

// SplitEven splits the goal's target over the periods of cadence by (the
// goal's PlanBy, then Cadence, when by is not a known cadence) that
// overlap Start..End:
//   - flow increase and decrease: target/n each, rounded to the goal's
//     decimals, the rounding remainder on the last period (or the running
//     share rounded where that would leave the last a unit from its own:
//     splitTotalBy), so that the periods add up to the target exactly; a period the span covers in
//     part has that part of a whole period's share (evenWeights), a
//     quarter its months' (splitFlow), so that plans by month and by
//     quarter agree;
//   - level increase and decrease: even steps from the baseline to the
//     target, the last period exactly the target; without a baseline every
//     period is the target;
//   - stay above and stay below: the target in every period;
//   - milestone: 0, and 1 in the last period.
//
// It is nil when the span has no period.
func SplitEven(cal Calendar, g Goal, by Cadence) []PeriodTarget {
	ps := cal.Periods(splitCadence(g, by), g.Start, g.End)
	if len(ps) == 0 {
		return nil
	}
	n := len(ps)
	values := make([]float64, n)
	switch {
	case g.Kind == KindMilestone:
		values[n-1] = 1
	case IsStay(g.Kind) || (g.Aggregation != AggFlow && g.Baseline == nil):
		for i := range values {
			values[i] = RoundValue(g.Target, g.Decimals)
		}
	case g.Aggregation == AggFlow:
		values = splitFlow(cal, g, splitCadence(g, by), evenFlowWeights(cal, g))
	default:
		for i := range values {
			values[i] = float64(i+1) / float64(n)
		}
		values = levelPath(*g.Baseline, g.Target, values, g.Decimals)
	}
	return planOf(ps, values)
}

// evenWeights are the shares of a flow target of periods ps of g's span:
// a whole period's the same as any other's, and a period the span covers
// in part the part of its days covered (coveredPart), so that a goal
// starting on 25 January asks January for 7/31 of a month's share.
func evenWeights(cal Calendar, g Goal, ps []Period) []float64 {
	weights := make([]float64, len(ps))
	total := 0.0
	for i, p := range ps {
		weights[i] = coveredPart(cal, g, p)
		total += weights[i]
	}
	for i := range weights {
		weights[i] /= total
	}
	return weights
}

// coveredPart is the part of period p's days that g's span covers: 1 for
// a period inside it.
func coveredPart(cal Calendar, g Goal, p Period) float64 {
	first, last := cal.FirstDay(p), cal.LastDay(p)
	covered := min(last, g.End.DayNumber()) - max(first, g.Start.DayNumber()) + 1
	if covered <= 0 || covered > last-first { // none (Periods lists none such), or whole
		return 1
	}
	return float64(covered) / float64(last-first+1)
}

// SplitSeasonal splits the goal's target over the periods of cadence by
// (as SplitEven) following the seasons of the history (AnalyzeHistory):
//   - flow: the target times each period's average share of the full
//     years (of a period the span covers in part, that part of it, as
//     SplitEven), normalised over the periods the span covers, rounded to the
//     goal's decimals with the remainder on the last period (splitTotalBy),
//     so that the total is exact; a plan by month and one by quarter
//     agree, a quarter by its months' shares (splitFlow);
//   - level: a path from the baseline (the latest full year's value when
//     the baseline is unknown) to the target that reaches, by each period,
//     the average fraction of the year's change the history reached then,
//     rescaled to the part of the year the span covers; the last period is
//     the target. A level span across fiscal years is not shaped.
//
// History by month serves any plan of months, quarters or halves; history
// by quarter spreads each quarter evenly over its months. ok is false, and
// the plan nil, for stay and milestone goals and without usable history:
// the wizard then offers SplitEven (a straight line for level goals).
func SplitSeasonal(cal Calendar, g Goal, by Cadence, history []PeriodValue) (plan []PeriodTarget, ok bool) {
	if IsStay(g.Kind) || g.Kind == KindMilestone {
		return nil, false
	}
	c := splitCadence(g, by)
	h := AnalyzeHistory(cal, g, history)
	shares, ok := h.sharesBy(c, g.Aggregation != AggFlow)
	ps := cal.Periods(c, g.Start, g.End)
	if !ok || len(ps) == 0 {
		return nil, false
	}
	if g.Aggregation == AggFlow {
		weightsOf := seasonalFlowWeights(cal, g, h)
		if _, _, ok := weightsOf(c); !ok {
			return nil, false
		}
		return planOf(ps, splitFlow(cal, g, c, weightsOf)), true
	}
	weights := make([]float64, len(ps))
	for i, p := range ps {
		weights[i] = shares[cal.position(p)]
	}
	start, known := GrowthBase(g, h)
	fractions, shaped := spanFractions(cal, ps, shares, weights)
	if !known || !shaped {
		return nil, false
	}
	return planOf(ps, levelPath(start, g.Target, fractions, g.Decimals)), true
}

// spanFractions rescales a level goal's year shape (weights, the shares at
// the span's periods ps) to the span, so that a span starting mid-year
// starts from the baseline: the fraction reached before the span becomes
// 0 and the last period's 1. A span across fiscal years has no single
// shape: ok is false.
func spanFractions(cal Calendar, ps []Period, shares, weights []float64) ([]float64, bool) {
	first, last := ps[0], ps[len(ps)-1]
	fy := func(p Period) int { return cal.PeriodOf(CadenceYear, cal.Start(p)).Year }
	if fy(first) != fy(last) {
		return nil, false
	}
	before := 0.0
	if pos := cal.position(first); pos > 0 {
		before = shares[pos-1]
	}
	span := weights[len(weights)-1] - before
	if span == 0 {
		return nil, false
	}
	out := make([]float64, len(weights))
	for i, w := range weights {
		out[i] = (w - before) / span
	}
	return out, true
}

// sharesBy converts the seasonal shares (of a level goal when level) to
// positions of cadence c; ok is false when there are none or c is not
// month, quarter, half or year.
func (h GrowthHistory) sharesBy(c Cadence, level bool) ([]float64, bool) {
	have, want := periodsPerYear(h.SharesCadence, 2001), periodsPerYear(c, 2001)
	if h.Shares == nil || c == CadenceWeek || want == 0 {
		return nil, false
	}
	out := make([]float64, want)
	switch {
	case have%want == 0: // coarser: add up, or the fraction at its end
		k := have / want
		for j := range out {
			for i := j * k; i < (j+1)*k; i++ {
				out[j] += h.Shares[i]
			}
			if level {
				out[j] = h.Shares[(j+1)*k-1]
			}
		}
	case want%have == 0: // finer: spread evenly, or interpolate
		k := want / have
		for j := range out {
			outer, part := j/k, j%k+1
			out[j] = h.Shares[outer] / float64(k)
			if level {
				prev := 0.0
				if outer > 0 {
					prev = h.Shares[outer-1]
				}
				out[j] = prev + (h.Shares[outer]-prev)*float64(part)/float64(k)
			}
		}
	default:
		return nil, false
	}
	return out, true
}

// splitTotal splits total by weights that add up to 1 as splitTotalBy
// does.
func splitTotal(total float64, weights []float64, decimals int) []float64 {
	return splitTotalBy(make([]float64, len(weights)), total, func(i int) float64 { return weights[i] }, decimals)
}

// splitTotalBy writes into out, a part a period, total split by share(i),
// the i-th period's share of it (the shares add up to 1): each part
// rounded to decimals and the remainder on the last, so that the parts add
// up to the rounded total as decimals. Where that leaves the last a unit
// of the last decimal or more from its own share, as rounding many parts
// up does (6 a year by month at no decimals: 1 each, and −5 in December),
// the parts follow the running share instead (splitRunning).
func splitTotalBy(out []float64, total float64, share func(i int) float64, decimals int) []float64 {
	n := len(out)
	if n == 0 {
		return out
	}
	total = RoundValue(total, decimals)
	for i := range n - 1 {
		out[i] = RoundValue(total*share(i), decimals)
	}
	out[n-1] = restOf(total, out[:n-1], decimals)
	// Under one unit: the last is its share rounded down or up.
	unit := math.Pow10(-max(0, min(decimals, MaxDecimals)))
	if math.Abs(out[n-1]-total*share(n-1)) < 0.999*unit {
		return out
	}
	return splitRunning(out, total, share, decimals)
}

// levelPath is the level at each fraction of the way from start to target,
// rounded to decimals; the last is the target.
func levelPath(start, target float64, fractions []float64, decimals int) []float64 {
	out := make([]float64, len(fractions))
	for i, f := range fractions {
		out[i] = RoundValue(start+(target-start)*f, decimals)
	}
	out[len(out)-1] = RoundValue(target, decimals)
	return out
}

func planOf(ps []Period, values []float64) []PeriodTarget {
	plan := make([]PeriodTarget, len(ps))
	for i, p := range ps {
		plan[i] = PeriodTarget{PeriodKey: p.Key(), Target: ClampFinite(values[i])}
	}
	return plan
}

// PlanCheck is what CheckPlan found.
type PlanCheck struct {
	// Total is the sum of the targets of the span's periods for a flow
	// goal, the target of the last planned period of the span otherwise,
	// rounded to the goal's decimals to drop float noise.
	Total float64
	// Diff is Total − the goal's target, rounded the same way.
	Diff float64
	// AddsUp: for a flow increase or decrease goal, Diff is within half a
	// unit of the goal's last decimal; true for every other goal.
	AddsUp bool
	// EndsAtTarget: for a level increase or decrease goal, the last period
	// of the span is planned and Diff is within half a unit; true for
	// every other goal.
	EndsAtTarget bool
	// MissingPeriods are the span's periods without a target.
	MissingPeriods []string
	// ExtraPeriods are keys that do not parse, of another cadence, outside
	// the span, or repeated.
	ExtraPeriods []string
	// PastBound are the periods whose target is past their own bound:
	// below its floor, above a decrease goal's ceiling.
	PastBound []string
}

// OK reports whether the plan adds up, ends at the target and covers the
// span exactly.
func (c PlanCheck) OK() bool {
	return c.AddsUp && c.EndsAtTarget && len(c.MissingPeriods) == 0 && len(c.ExtraPeriods) == 0
}

// CheckPlan checks a plan against its goal. The plan's cadence is the
// goal's PlanBy; when that is unset, the cadence of the first key that
// parses, then the goal's check-in cadence.
func CheckPlan(cal Calendar, g Goal, plan []PeriodTarget) PlanCheck {
	c := planCheckCadence(g, plan)
	span := cal.Periods(c, g.Start, g.End)
	inSpan := make(map[string]bool, len(span))
	for _, p := range span {
		inSpan[p.Key()] = true
	}
	chk := PlanCheck{AddsUp: true, EndsAtTarget: true}
	planned := map[string]float64{}
	for _, t := range plan {
		key := strings.TrimSpace(t.PeriodKey)
		if _, dup := planned[key]; dup || !inSpan[key] {
			chk.ExtraPeriods = append(chk.ExtraPeriods, t.PeriodKey)
			continue
		}
		planned[key] = t.Target
		if t.Floor != nil && PastBound(g.Kind, t.Target, *t.Floor) {
			chk.PastBound = append(chk.PastBound, key)
		}
	}
	flow := g.Aggregation == AggFlow
	// Added as whole cents: floats added one by one drift a cent off an
	// even split of ¥46,000,000,000,000.00 that adds up exactly.
	sum := RunningSum{Decimals: Decimals(g)}
	for _, p := range span {
		v, ok := planned[p.Key()]
		switch {
		case !ok:
			chk.MissingPeriods = append(chk.MissingPeriods, p.Key())
		case flow:
			chk.Total = sum.Add(v)
		default:
			chk.Total = v
		}
	}
	diff := ClampFinite(chk.Total - g.Target)
	tolerance := 0.5 * math.Pow10(-max(0, min(g.Decimals, MaxDecimals)))
	within := math.Abs(diff) <= tolerance*(1+1e-9)
	chk.Total, chk.Diff = RoundValue(ClampFinite(chk.Total), g.Decimals), RoundValue(diff, g.Decimals)
	if g.Kind == KindIncrease || g.Kind == KindDecrease {
		if flow {
			chk.AddsUp = within
		} else {
			chk.EndsAtTarget = within && len(span) > 0 && hasKey(planned, span[len(span)-1].Key())
		}
	}
	return chk
}

func hasKey(m map[string]float64, key string) bool {
	_, ok := m[key]
	return ok
}

func planCheckCadence(g Goal, plan []PeriodTarget) Cadence {
	if periodsPerYear(g.PlanBy, 2001) > 0 {
		return g.PlanBy
	}
	for _, t := range plan {
		if p, err := ParsePeriodKey(strings.TrimSpace(t.PeriodKey)); err == nil {
			return p.Cadence
		}
	}
	return planCadence(g)
}
