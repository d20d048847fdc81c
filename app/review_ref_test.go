package app

import (
	"maps"
	"sort"
)

// This file keeps the review computation as it was before ReviewRows
// prepared each goal once and the review screen loaded only a period's
// check-ins (ReviewKeys): the reference the fast path is compared with.
// It rebuilds the plan's expectation and re-reads every check-in for
// each row, on the full snapshot.

// refReviewRows is ReviewRows as it was.
func RefReviewRows(cal Calendar, snap Snapshot, p Period, asOf Date, th Thresholds) []ReviewRow {
	if !p.Valid() {
		return nil
	}
	if th.Validate() != nil {
		th = DefaultThresholds
	}
	var rows []ReviewRow
	for _, g := range snap.Goals {
		if cal.overlaps(g, p) {
			rows = append(rows, cal.refReviewRow(g, snap.Plans[g.ID], snap.CheckIns[g.ID], snap.History[g.ID], p, asOf, th))
		}
	}
	return rows
}

// refReviewGoalRows is ReviewGoalRows as it was.
func RefReviewGoalRows(cal Calendar, snap Snapshot, goalID int64, ps []Period, asOf Date, th Thresholds) []ReviewRow {
	if th.Validate() != nil {
		th = DefaultThresholds
	}
	var rows []ReviewRow
	for _, g := range snap.Goals {
		if g.ID != goalID {
			continue
		}
		for _, p := range ps {
			if p.Valid() && cal.overlaps(g, p) {
				rows = append(rows, cal.refReviewRow(g, snap.Plans[g.ID], snap.CheckIns[g.ID], snap.History[g.ID], p, asOf, th))
			}
		}
		break
	}
	return rows
}

// refExpectedForPeriod is ExpectedForPeriod as it was.
func refExpectedForPeriod(cal Calendar, g Goal, plan []PeriodTarget, p Period) float64 {
	if !p.Valid() {
		return 0
	}
	x := cal.Expectation(g, plan)
	last := cal.LastDay(p)
	if x.Cumulative() {
		return ClampFinite(x.At(last) - x.At(cal.FirstDay(p)-1))
	}
	return x.At(last)
}

func (cal Calendar) refReviewRow(g Goal, plan []PeriodTarget, cs []CheckIn, hs []HistoryValue, p Period, asOf Date, th Thresholds) ReviewRow {
	r := ReviewRow{Goal: g, Period: p}
	x := cal.Expectation(g, plan)
	r.Expected, r.HasExpected = DropFloatNoiseAt(cal.refPeriodPlan(g, plan, x, p), Decimals(g)), cal.HasExpectation(x, p)
	r.ExpectedCovered = r.Expected

	checkIns := map[Period]float64{}
	for _, v := range cal.StartedBy(Series(ValuesFromCheckIns(cs), ""), asOf) {
		checkIns[v.Period] = v.Value
	}
	latestDay := -1 << 62 // the first day of the goal's latest period reported, as its status counts them
	if own := cal.StartedBy(Series(ValuesFromCheckIns(cs), g.Cadence), asOf); len(own) > 0 {
		latestDay = cal.FirstDay(own[len(own)-1].Period)
	}
	subs := cal.subPeriods(g.Cadence, p)
	var counted []int
	var values []float64
	for i, s := range subs {
		if !cal.overlapsSpan(g, s) {
			continue
		}
		r.Periods++
		if v, ok := checkIns[s]; ok {
			r.Reported++
			if IsStay(g.Kind) && holdsLine(g, v) { // a stay row is judged by its share now, as the goal is
				r.Passed++
			}
			counted = append(counted, i)
			values = append(values, v)
		}
	}
	latest := latestOnly(g)
	measured := counted // the periods the comparisons cover: those of the plan measured
	if r.Reported > 0 {
		if latest {
			counted, values = counted[len(counted)-1:], values[len(values)-1:]
		}
		r.Actual, r.HasActual = DropFloatNoiseAt(combine(g, values), Decimals(g)), true
		r.Complete = r.Reported == r.Periods
		if latest {
			r.Complete = counted[0] == lastInSpan(cal, g, subs)
		}
		planned := counted
		// A gap before the latest reported counts as nothing, but for a
		// falling sum, whose gaps are unknown: the periods reported alone.
		if x.Cumulative() && !latest && !(g.Kind == KindDecrease && g.Aggregation == AggFlow) {
			planned = nil
			through := counted[len(counted)-1]
			for i := range subs { // a later period reported: those before it are not awaited
				if i > through && !r.Complete && cal.FirstDay(subs[i]) <= latestDay {
					through, r.LaterReported = i, true
				}
			}
			for i := range subs[:through+1] {
				if cal.overlapsSpan(g, subs[i]) {
					planned = append(planned, i)
				}
			}
		}
		r.ExpectedCovered = DropFloatNoiseAt(cal.refExpectedCovered(g, plan, x, subs, planned, asOf), Decimals(g))
		last := subs[planned[len(planned)-1]]
		r.ToDate = !asOf.IsZero() && cal.FirstDay(last) <= asOf.DayNumber() && asOf.DayNumber() < cal.LastDay(last)
		measured = planned
		if closed := cal.rowClosed(r, asOf); closed && !r.Complete && r.HasExpected && !IsStay(g.Kind) && !missingIsUnknown(g) {
			measured = nil // closed: the whole plan, as judge measures it
			for i := range subs {
				if cal.overlapsSpan(g, subs[i]) {
					measured = append(measured, i)
				}
			}
			if latest {
				measured = measured[len(measured)-1:]
			}
		}
	}
	whole := !r.HasActual || len(measured) == len(subs) || (latest && measured[len(measured)-1] == len(subs)-1)
	all := map[Period]float64{}
	for _, v := range Series(ValuesFromHistory(hs), "") {
		all[v.Period] = v.Value
	}
	for q, v := range checkIns {
		all[q] = v
	}
	gaps := r.HasActual && !latest && len(measured) > len(counted) // the actual counts those not reported as nothing
	part := cal.refPart(g, checkIns, subs, r.HasActual)
	r.Previous, r.HasPrevious = cal.refValueLike(g, all, p.Prev(), measured, whole, gaps, part)
	r.LastYear, r.HasLastYear = cal.refValueLike(g, all, cal.SameLastYear(p), measured, whole, gaps, part)

	if r.HasActual && r.HasExpected {
		r.VsPlan = ShownVariance(g, r.ExpectedCovered, r.Actual)
	}
	if r.HasActual && r.HasPrevious {
		r.VsPrevious = ShownVariance(g, r.Previous, r.Actual)
	}
	if r.HasActual && r.HasLastYear {
		r.VsLastYear = ShownVariance(g, r.LastYear, r.Actual)
	}
	cal.judge(&r, asOf, th)
	return r
}

// refPeriodPlan is the plan of the periods of g's cadence counting in p
// when their days are not p's (weeks counting in a month), else p's own.
func (cal Calendar) refPeriodPlan(g Goal, plan []PeriodTarget, x Expectation, p Period) float64 {
	subs := cal.goalSubPeriods(g, p)
	var in []int
	for i, s := range subs {
		if cal.overlapsSpan(g, s) {
			in = append(in, i)
		}
	}
	if len(in) == 0 || cal.FirstDay(subs[0]) == cal.FirstDay(p) && cal.LastDay(subs[len(subs)-1]) == cal.LastDay(p) {
		return refExpectedForPeriod(cal, g, plan, p)
	}
	return cal.refExpectedCovered(g, plan, x, subs, in, Date{})
}

// refExpectedCovered is the plan of the periods counted, the last of
// them only up to asOf while it runs on past it.
func (cal Calendar) refExpectedCovered(g Goal, plan []PeriodTarget, x Expectation, subs []Period, counted []int, asOf Date) float64 {
	last := subs[counted[len(counted)-1]]
	today := asOf.DayNumber()
	running := !asOf.IsZero() && cal.FirstDay(last) <= today && today < cal.LastDay(last)
	if !x.Cumulative() {
		if running {
			return x.At(today)
		}
		return refExpectedForPeriod(cal, g, plan, last)
	}
	sum := 0.0
	for _, i := range counted[:len(counted)-1] {
		sum += refExpectedForPeriod(cal, g, plan, subs[i])
	}
	if running {
		return ClampFinite(sum + x.At(today) - x.At(cal.FirstDay(last)-1))
	}
	return ClampFinite(sum + refExpectedForPeriod(cal, g, plan, last))
}

func (cal Calendar) refSubPeriods(c Cadence, p Period) []Period {
	if c == p.Cadence {
		return []Period{p}
	}
	var out []Period
	for _, s := range cal.Periods(c, cal.Start(p), cal.End(p)) {
		if cal.CountsIn(p, s) {
			out = append(out, s)
		}
	}
	return out
}

// refSpanPart is how a row's comparisons scale the values they take to
// the part of each period the goal's span covers: shares are the row's
// periods' parts, held those of the check-ins of periods covered in part.
// A zero one scales nothing.
type refSpanPart struct {
	shares []float64
	held   map[Period]float64
}

// refPart is the refSpanPart of a row of subs with an actual, of a sum
// whose span covers its first or last period of its cadence in part.
func (cal Calendar) refPart(g Goal, checkIns map[Period]float64, subs []Period, hasActual bool) refSpanPart {
	if !hasActual || g.Aggregation != AggFlow || g.Kind == KindMilestone || IsStay(g.Kind) {
		return refSpanPart{}
	}
	first, last := cal.PeriodOf(g.Cadence, g.Start), cal.PeriodOf(g.Cadence, g.End)
	if coveredPart(cal, g, first) == 1 && coveredPart(cal, g, last) == 1 {
		return refSpanPart{}
	}
	part := refSpanPart{held: map[Period]float64{}}
	for _, s := range subs {
		part.shares = append(part.shares, coveredPart(cal, g, s))
	}
	for q := range checkIns {
		part.held[q] = coveredPart(cal, g, q)
	}
	return part
}

// scale is v, the value of q, as the share of it at position i (the
// whole row's share when i < 0) would hold.
func (part refSpanPart) scale(g Goal, q Period, v float64, i int) float64 {
	if part.shares == nil {
		return v
	}
	share := 1.0
	switch {
	case i < 0:
		share = 0
		for _, x := range part.shares {
			share += x
		}
		share /= float64(len(part.shares))
	case i < len(part.shares):
		share = part.shares[i]
	}
	held, ok := part.held[q]
	if !ok {
		held = 1
	}
	if share == held {
		return v
	}
	return RoundValue(v*share/held, Decimals(g))
}

func (cal Calendar) refValueLike(g Goal, values map[Period]float64, q Period, counted []int, whole, gaps bool, part refSpanPart) (float64, bool) {
	if !q.Valid() {
		return 0, false
	}
	if whole {
		if v, ok := values[q]; ok {
			return part.scale(g, q, v, -1), true
		}
		typed := values
		if gaps {
			typed = cal.refGapsAsNothing(g, values, q, nil)
		}
		for _, c := range append([]Cadence{g.Cadence}, historyCadences...) {
			subs := cal.refSubPeriods(c, q)
			if len(subs) == 0 || c == q.Cadence {
				continue
			}
			if latestOnly(g) {
				subs = subs[len(subs)-1:]
			}
			if c == g.Cadence {
				if v, ok := refCombineAt(g, typed, subs, nil, part); ok {
					return v, true
				}
			} else if v, ok := refCombineAt(g, typed, subs, nil, refSpanPart{}); ok {
				return part.scale(g, q, v, -1), true
			}
		}
		if !IsStay(g.Kind) || q.Cadence == g.Cadence {
			v, ok := cal.refFromWeeks(g, values, q)
			return part.scale(g, q, v, -1), ok
		}
		values = cal.refWithWeeks(g, values, q)
		return refCombineAt(g, values, cal.refSubPeriods(g.Cadence, q), nil, part)
	}
	values = cal.refWithWeeks(g, values, q)
	if gaps {
		values = cal.refGapsAsNothing(g, values, q, counted)
	}
	return refCombineAt(g, values, cal.refSubPeriods(g.Cadence, q), counted, part)
}

// refGapsAsNothing is values with nothing for each period of g's cadence
// in q at the positions at (all of them when nil) inside g's span that
// has no value, when one of them has.
func (cal Calendar) refGapsAsNothing(g Goal, values map[Period]float64, q Period, at []int) map[Period]float64 {
	subs := cal.refSubPeriods(g.Cadence, q)
	if at == nil {
		for i := range subs {
			at = append(at, i)
		}
	}
	var missing []Period
	some := false
	for _, i := range at {
		if i >= len(subs) {
			continue
		}
		if _, ok := values[subs[i]]; ok {
			some = true
		} else if cal.overlapsSpan(g, subs[i]) {
			missing = append(missing, subs[i])
		}
	}
	if !some {
		return values
	}
	out := maps.Clone(values)
	for _, s := range missing {
		out[s] = 0
	}
	return out
}

// refFromWeeks is q as the goal wizard reads it of the weeks in values
// (rollUpWeeks), for a goal not checked in by week.
func (cal Calendar) refFromWeeks(g Goal, values map[Period]float64, q Period) (float64, bool) {
	if g.Cadence == CadenceWeek || q.Cadence == CadenceWeek {
		return 0, false
	}
	var weeks []periodValue
	for p, v := range values {
		if p.Cadence == CadenceWeek {
			weeks = append(weeks, periodValue{p, v})
		}
	}
	sort.Slice(weeks, func(i, j int) bool { return PeriodLess(weeks[i].Period, weeks[j].Period) })
	t, ok := cal.rollUpWeeks(weeks, q.Cadence, g.Aggregation)[q]
	return DropFloatNoiseAt(t.value, Decimals(g)), ok
}

// refWithWeeks is values with the periods of g's cadence in q that have
// none made of their weeks (refFromWeeks).
func (cal Calendar) refWithWeeks(g Goal, values map[Period]float64, q Period) map[Period]float64 {
	out := maps.Clone(values)
	for _, s := range cal.refSubPeriods(g.Cadence, q) {
		if _, ok := out[s]; !ok {
			if v, ok := cal.refFromWeeks(g, values, s); ok {
				out[s] = v
			}
		}
	}
	return out
}

func refCombineAt(g Goal, values map[Period]float64, subs []Period, at []int, part refSpanPart) (float64, bool) {
	if at == nil {
		at = make([]int, len(subs))
		for i := range at {
			at[i] = i
		}
	}
	vs := make([]float64, 0, len(at))
	for _, i := range at {
		if i >= len(subs) {
			return 0, false
		}
		v, ok := values[subs[i]]
		if !ok {
			return 0, false
		}
		vs = append(vs, part.scale(g, subs[i], v, i))
	}
	if len(vs) == 0 {
		return 0, false
	}
	return DropFloatNoiseAt(combine(g, vs), Decimals(g)), true
}
