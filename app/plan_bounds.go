package app

import "math"

// roundDown is v rounded down to decimals, as roundUp rounds up: meeting
// a ceiling rounded down means meeting the cut it was worked out from.
func roundDown(v float64, decimals int) float64 {
	return -roundUp(-v, decimals)
}

// HasPeriodBounds reports whether a goal of kind k takes a bound on each
// period beside its target: a floor for an increase, the least a period
// must reach ("at least +5 % every quarter"), and a ceiling for a
// decrease, the most a period may reach ("every quarter at least 5 %
// below last year"). A stay goal's line and a milestone's due date are
// bounds already. PeriodTarget.Floor holds either bound.
func HasPeriodBounds(k Kind) bool { return k == KindIncrease || k == KindDecrease }

// BoundIsCeiling reports whether a goal of kind k bounds its periods from
// above: its PeriodTarget.Floor is a ceiling.
func BoundIsCeiling(k Kind) bool { return LowerIsBetter(k) }

// PastBound reports whether target lies past bound, for a goal of kind k:
// below a floor, above a ceiling.
func PastBound(k Kind, target, bound float64) bool {
	if BoundIsCeiling(k) {
		return target > bound
	}
	return target < bound
}

// FloorsAtLeast is plan with the same bound on every period: "at least 50
// new customers each quarter", or for a decrease goal "at most 80,000 of
// costs each quarter". plan is not changed.
func FloorsAtLeast(plan []PeriodTarget, value float64) []PeriodTarget {
	out := make([]PeriodTarget, len(plan))
	for i, t := range plan {
		v := value
		t.Floor = &v
		out[i] = t
	}
	return out
}

// FloorsFromGrowth is plan with each period's floor set to the same period
// a year earlier grown by minGrowth, "no quarter below +5 % year on year":
// last year × (1 + minGrowth/100), on |last year| for a negative value, or
// last year + minGrowth for goals whose growth is in points
// (GrowthInPoints). For a decrease goal the bound is a ceiling, last year
// cut by minGrowth, "every quarter at least 5 % below last year": last
// year × (1 − minGrowth/100), or last year − minGrowth in points. Floors
// are rounded up and ceilings down to the goal's decimals, so that
// meeting the bound means meeting the growth or the cut. Last year's
// value comes from history rolled up to the period's cadence (a quarter
// needs its three months). Periods without it keep their bound and are
// listed in missing, as are keys that do not parse. plan is not changed.
func FloorsFromGrowth(cal Calendar, g Goal, plan []PeriodTarget, history []PeriodValue, minGrowth float64) (floored []PeriodTarget, missing []string) {
	byCad := cal.historyByCadence(Goal{}, history)
	known := map[Cadence]map[Period]float64{}
	out := make([]PeriodTarget, len(plan))
	for i, t := range plan {
		out[i] = t
		p, err := ParsePeriodKey(t.PeriodKey)
		if err != nil {
			missing = append(missing, t.PeriodKey)
			continue
		}
		if known[p.Cadence] == nil {
			known[p.Cadence] = map[Period]float64{}
			vs, _ := cal.rollUpAll(byCad, p.Cadence, g.Aggregation)
			for _, v := range vs {
				known[p.Cadence][v.Period] = v.Value
			}
		}
		last, ok := known[p.Cadence][cal.SameLastYear(p)]
		if !ok || !IsFinite(minGrowth) {
			missing = append(missing, t.PeriodKey)
			continue
		}
		bound := boundFromLastYear(g, last, minGrowth)
		out[i].Floor = &bound
	}
	return out, missing
}

// boundFromLastYear is FloorsFromGrowth's bound on a period whose same
// period last year was last.
func boundFromLastYear(g Goal, last, minGrowth float64) float64 {
	change := math.Abs(last) * minGrowth / 100
	if GrowthInPoints(g) {
		change = minGrowth
	}
	if BoundIsCeiling(g.Kind) {
		return roundDown(last-change, g.Decimals)
	}
	return roundUp(last+change, g.Decimals)
}
