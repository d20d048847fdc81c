package app

import (
	"slices"
)

// reviewGoal is one goal prepared for the review of any of its periods:
// its plan read into an expectation and its values indexed by period, once
// rather than for every row.
type reviewGoal struct {
	g Goal
	x Expectation
	// checkIns are the values of the goal's check-ins of periods started
	// by asOf; all adds those of its history values for periods without
	// one, for Previous and LastYear.
	checkIns, all map[Period]float64
	// latest is the latest period of the goal's cadence with a check-in
	// started by asOf, as the goal's status counts them; zero when none.
	latest Period
	// weeks says all holds a value of a week (fromWeeks).
	weeks bool
	// partial says g is a sum whose span covers a period of its cadence
	// in part (spanShares).
	partial bool
}

// newReviewGoal prepares g with its current plan, check-ins and history
// for reviewer.row as of asOf.
func (cal Calendar) newReviewGoal(g Goal, plan []PeriodTarget, cs []CheckIn, hs []HistoryValue, asOf Date) *reviewGoal {
	rg := &reviewGoal{g: g, x: cal.ExpectationWith(g, plan, ValuesFromCheckIns(cs))}
	rg.partial = sumsByDays(g) && len(cal.partialEnds(g)) > 0
	started := cal.StartedBy(Series(ValuesFromCheckIns(cs), ""), asOf)
	rg.checkIns = make(map[Period]float64, len(started))
	for _, v := range started {
		rg.checkIns[v.Period] = v.Value
		rg.weeks = rg.weeks || v.Period.Cadence == CadenceWeek
	}
	// As the goal's status counts them: of its cadence only, which
	// started keeps in order (a mix of cadences sorts by a January year).
	if own := cal.StartedBy(Series(ValuesFromCheckIns(cs), g.Cadence), asOf); len(own) > 0 {
		rg.latest = own[len(own)-1].Period
	}
	history := Series(ValuesFromHistory(hs), "")
	if len(history) == 0 {
		rg.all = rg.checkIns // neither is changed after
		return rg
	}
	rg.all = make(map[Period]float64, len(history)+len(started))
	for _, v := range history {
		rg.all[v.Period] = v.Value
		rg.weeks = rg.weeks || v.Period.Cadence == CadenceWeek
	}
	for q, v := range rg.checkIns {
		rg.all[q] = v
	}
	return rg
}

// noteLatest makes q the latest period reported when it is of the goal's
// cadence and later than the one noted.
func (rg *reviewGoal) noteLatest(cal Calendar, q Period) {
	if q.Cadence == rg.g.Cadence && q.Valid() && (!rg.latest.Valid() || cal.FirstDay(q) > cal.FirstDay(rg.latest)) {
		rg.latest = q
	}
}

// reportedThrough is the position of the last of subs (periods of the
// goal's cadence, in order) that began by the start of the goal's latest
// period reported, -1 when none did or nothing is reported: the periods
// up to it are no longer awaited in the goal's status. The latest may lie
// past the last of subs, or straddle the end of the period they fill.
func (rg *reviewGoal) reportedThrough(cal Calendar, subs []Period) int {
	if !rg.latest.Valid() {
		return -1
	}
	latest := cal.FirstDay(rg.latest)
	last := -1
	for i, s := range subs {
		if cal.FirstDay(s) <= latest {
			last = i
		}
	}
	return last
}

// valueLike is the value of q combined like a row's actual, from rg's
// values of any cadence. With like.whole, it is q's own value, or the
// combination of the periods of one cadence that make up q when all of
// them (for a level goal, the last) are there, the goal's cadence first,
// or else the value the weeks ending in q make (fromWeeks; for a stay
// goal, the worst of its periods of its cadence, each its own value or
// its weeks'). Otherwise it is the combination of q's periods of the
// goal's cadence at the positions measured, each its own value or its
// weeks', all of which must be there. History typed by month, quarter,
// half or year thus wins over weeks, as in the goal wizard's SMART check,
// and a year earlier recorded by week reads the figure that check read.
// With like.gaps, the row's actual counts a period never reported as
// nothing, and so does q's value of the goal's periods (fillGaps). With
// like.shares, each value is of the part of its period the row's period
// at its position holds (likePart), a whole one of the part of the row's
// (wholeShare).
func (rv *reviewer) valueLike(rg *reviewGoal, q Period, like likeRow) (float64, bool) {
	own := fillWeeks
	if like.gaps {
		own |= fillGaps
	}
	switch {
	case !q.Valid():
		return 0, false
	case !like.whole:
		return rv.combineAt(rg, rv.subPeriods(rg.g.Cadence, q), like.measured, own, like.shares)
	}
	if v, ok := rg.all[q]; ok {
		if like.shares != nil {
			v = rv.likePart(rg, q, v, wholeShare(like.shares))
		}
		return v, true
	}
	return rv.wholeOf(rg, q, own, like.shares)
}

// wholeOf is valueLike of a whole q without a value of its own: made of
// its periods of the goal's cadence, each scaled to the share at its
// position, else of one cadence of the history's or of its weeks, all
// scaled to the row's whole share.
func (rv *reviewer) wholeOf(rg *reviewGoal, q Period, own fill, shares []float64) (float64, bool) {
	g := rg.g
	if subs := rv.partsOf(g, g.Cadence, q); len(subs) > 0 {
		if v, ok := rv.combineAt(rg, subs, nil, own&fillGaps, shares); ok {
			return v, true
		}
	}
	for _, c := range historyCadences {
		if subs := rv.partsOf(g, c, q); len(subs) > 0 {
			if v, ok := rv.combineAt(rg, subs, nil, 0, nil); ok {
				return rv.scaleWhole(rg, v, shares), true
			}
		}
	}
	if IsStay(g.Kind) && q.Cadence != g.Cadence {
		return rv.combineAt(rg, rv.subPeriods(g.Cadence, q), nil, fillWeeks, nil)
	}
	v, ok := rv.fromWeeks(rg, q)
	return rv.scaleWhole(rg, v, shares), ok
}

// partsOf are the periods of cadence c that make up q for g's values,
// none when c is q's own: for a level goal, the last alone.
func (rv *reviewer) partsOf(g Goal, c Cadence, q Period) []Period {
	subs := rv.subPeriods(c, q)
	if len(subs) == 0 || c == q.Cadence {
		return nil
	}
	if latestOnly(g) {
		return subs[len(subs)-1:]
	}
	return subs
}

// scaleWhole is v, a whole period's value, scaled to the part of the
// row's period its span covers (wholeShare), without shares v itself.
func (rv *reviewer) scaleWhole(rg *reviewGoal, v float64, shares []float64) float64 {
	if shares == nil {
		return v
	}
	return RoundValue(v*wholeShare(shares), Decimals(rg.g))
}

// fill says which of a goal's missing values combineAt makes up.
type fill uint8

const (
	// fillWeeks makes a period's value of the weeks ending in it
	// (fromWeeks).
	fillWeeks fill = 1 << iota
	// fillGaps counts a period of the goal's cadence inside its span
	// that was never reported as nothing, as a flow goal's status and a
	// review row measured through its latest period reported count it
	// (throughLatest), when another period combined was reported: the
	// row of Q1 2024 closed with January alone counts February and March
	// as nothing, and so Q1 2023's of a goal then running, with March
	// never reported there, is January and February's, as its own row's
	// actual was.
	fillGaps
)

// lookUp is rg's value of period s, or with f the one made up for it;
// reported says it is a value of s recorded, or made of recorded weeks.
func (rv *reviewer) lookUp(rg *reviewGoal, s Period, f fill) (v float64, ok, reported bool) {
	if v, ok := rg.all[s]; ok {
		return v, true, true
	}
	if f&fillWeeks != 0 {
		if v, ok := rv.fromWeeks(rg, s); ok {
			return v, true, true
		}
	}
	if f&fillGaps != 0 && s.Cadence == rg.g.Cadence && rv.cal.overlapsSpan(rg.g, s) {
		return 0, true, false
	}
	return 0, false, false
}

// fromWeeks is q made of rg's values of the weeks ending in it
// (subPeriods), when every one of them is there, as the goal wizard reads
// history by week (rollUpWeeks, weeksWorth): a flow's sum as the weeks q
// usually holds (a month its days / 7, a quarter 13, a year 52), a level's
// last week. A goal checked in by week sums its weeks as they are, its
// check-ins' periods (valueLike), and has none made here.
func (rv *reviewer) fromWeeks(rg *reviewGoal, q Period) (float64, bool) {
	g := rg.g
	if !rg.weeks || g.Cadence == CadenceWeek || q.Cadence == CadenceWeek {
		return 0, false
	}
	weeks := rv.subPeriods(CadenceWeek, q)
	if len(weeks) == 0 {
		return 0, false
	}
	vs := make([]periodValue, 0, len(weeks))
	for _, w := range weeks {
		v, ok := rg.all[w]
		if !ok {
			return 0, false
		}
		vs = append(vs, periodValue{w, v})
	}
	worth := rv.cal.weeksWorth(q, aggregate(g.Aggregation, vs), len(vs), g.Aggregation)
	return DropFloatNoiseAt(worth, Decimals(g)), true
}

// combineAt combines rg's values of subs at positions at (all of subs
// when at is nil), each its own value or one made up as f says (lookUp),
// with shares scaled to the share at its position (likePart); ok is false
// when one is missing, or none was reported.
func (rv *reviewer) combineAt(rg *reviewGoal, subs []Period, at []int, f fill, shares []float64) (float64, bool) {
	if at == nil {
		at = make([]int, len(subs))
		for i := range at {
			at[i] = i
		}
	}
	vs := make([]float64, 0, len(at))
	reported := false
	for _, i := range at {
		if i >= len(subs) {
			return 0, false
		}
		v, ok, rep := rv.lookUp(rg, subs[i], f)
		if !ok {
			return 0, false
		}
		if shares != nil {
			v = rv.likePart(rg, subs[i], v, shareAt(shares, i))
		}
		vs, reported = append(vs, v), reported || rep
	}
	if !reported {
		return 0, false
	}
	return DropFloatNoiseAt(combine(rg.g, vs), Decimals(rg.g)), true
}

// combine makes one period's value of the values of its parts, in period
// order (see ReviewRow.Actual); vs must not be empty.
func combine(g Goal, vs []float64) float64 {
	switch {
	case g.Kind == KindStayAbove:
		return slices.Min(vs)
	case g.Kind == KindStayBelow:
		return slices.Max(vs)
	case latestOnly(g):
		return vs[len(vs)-1]
	}
	return ClampFinite(ExactSum(vs, g.Decimals))
}
