package app

import (
	"math"
	"slices"
)

// EffectVerdict is what a goal's numbers did after an action started; the
// UI translates the code. It describes what changed after the start, not
// what the action caused: the market, the season or another action may
// have moved the numbers too.
type EffectVerdict string

// The effect verdicts.
const (
	// EffectImproved: the numbers moved in the goal's direction (down for
	// a decrease goal) by at least EffectTolerance.
	EffectImproved EffectVerdict = "improved"
	// EffectWorsened: they moved against the goal's direction by at least
	// EffectTolerance.
	EffectWorsened EffectVerdict = "worsened"
	// EffectNoChange: they moved by less than EffectTolerance.
	EffectNoChange EffectVerdict = "no_change"
	// EffectTooEarly: no period from the start on has a value yet.
	EffectTooEarly EffectVerdict = "too_early"
	// EffectNoBaseline: no period before the start has a value to compare
	// with.
	EffectNoBaseline EffectVerdict = "no_baseline"
)

// EffectTolerance is the smallest change that counts as a change, as a
// share of the scale it is measured against (2 %): check-in figures are
// estimates, and a move of a percent or so is noise, not a result.
const EffectTolerance = 0.02

// EffectResult compares a goal's values in the N check-in periods before
// an action's start with those in the N periods from its start on.
type EffectResult struct {
	// N is the number of periods on each side: those before the start and
	// those from the start on that have a value, whichever are fewer. It
	// is 0 when one side has none (see Verdict).
	N int
	// BeforeAvg and AfterAvg are the average values of the N periods on
	// each side: per-period values for a flow goal, levels for a level
	// goal.
	BeforeAvg, AfterAvg float64
	// Change is AfterAvg − BeforeAvg; ChangeRel is Change/|BeforeAvg|,
	// valid when RelOK (BeforeAvg is not 0).
	Change    float64
	ChangeRel float64
	RelOK     bool
	// BeforeGap and AfterGap are the average gaps to plan per period
	// (ExpectedForPeriod) on each side, actual − plan turned to the goal's
	// direction: positive is ahead of plan, also for a decrease goal. Each
	// period's gap is the one its review row shows (ShownVariance).
	// GapChange is AfterGap − BeforeGap: positive is a gap that closed.
	// They are valid when GapOK: the plan expects something of every
	// period compared (periods before the goal started, compared through
	// their history values, have no plan).
	BeforeGap, AfterGap float64
	GapChange           float64
	GapOK               bool
	// Verdict judges Change in the goal's direction against
	// EffectTolerance of |BeforeAvg| (against the goal's last decimal when
	// BeforeAvg is 0).
	Verdict EffectVerdict
	// GapVerdict judges GapChange the same way, against EffectTolerance of
	// the average plan of the periods compared. It is the fairer reading
	// for a seasonal flow goal, whose raw values rise and fall with the
	// season the plan expects; it is empty unless GapOK and N > 0.
	GapVerdict EffectVerdict
	// BeforeKeys and AfterKeys are the periods compared, in order.
	BeforeKeys, AfterKeys []string
	// Running is the key of a flow goal's period from the start on that
	// has a value but had not ended by asOf, left out: its figure so far
	// is not a whole period's. "" when there is none.
	Running string
	// Partial are the keys of a flow goal's periods its dates cover in
	// part that the comparison would have taken, left out: such a
	// period's figure is of its part alone (partialLeftOut).
	Partial []string
}

// Effect compares the goal's values before and after an action's start
// (see EffectResult). Only values of the goal's check-in cadence whose
// period has started by asOf count, as in Assess; pass history values
// along with the check-ins to compare with periods before the goal.
// Periods are those with a value, so a month without a check-in is
// skipped rather than counted as zero. The period that holds start counts
// as after: its figures already include days of the action. Before are
// the N latest periods ending before start, after the N first from start
// on. A flow goal's period that has not ended by asOf is left out (see
// Running): ten days of April's sales against all of March's read as a
// fall of 70 %.
func Effect(cal Calendar, g Goal, plan []PeriodTarget, values []PeriodValue, start Date, asOf Date) EffectResult {
	if periodsPerYear(g.Cadence, 2001) == 0 {
		return EffectResult{Verdict: EffectNoBaseline}
	}
	s, running := cal.endedBy(g, cal.StartedBy(Series(values, g.Cadence), asOf), start, asOf)
	s, partial := cal.partialLeftOut(g, s, start)
	r := effectOf(cal, g, plan, values, s, start)
	r.Running, r.Partial = running, partial
	return r
}

// partialLeftOut is s without a flow goal's periods its span covers in
// part, and the keys of those among the periods a comparison of s would
// take (effectSides). A goal from 16 July counted July's 16 days, 110,
// as a month against May's and June's 200 a month: down 19% on a pace
// of 213 a month.
func (cal Calendar) partialLeftOut(g Goal, s []periodValue, start Date) ([]periodValue, []string) {
	ends := cal.partialEnds(g)
	if g.Aggregation != AggFlow || len(ends) == 0 {
		return s, nil
	}
	before, after := cal.effectSides(s, start)
	if len(before) == 0 || len(after) == 0 {
		before, after = nil, nil // nothing compared either way
	}
	var keys []string
	for _, side := range [][]periodValue{before, after} {
		for _, v := range side {
			if slices.Contains(ends, v.Period) {
				keys = append(keys, v.Period.Key())
			}
		}
	}
	return slices.DeleteFunc(slices.Clone(s), func(v periodValue) bool { return slices.Contains(ends, v.Period) }), keys
}

// effectSides are the periods of s a comparison takes: the n latest
// ending before start and the n first from it on, n the fewer of either;
// both whole when one side has none.
func (cal Calendar) effectSides(s []periodValue, start Date) (before, after []periodValue) {
	startDay := start.DayNumber()
	split := 0
	for split < len(s) && cal.LastDay(s[split].Period) < startDay {
		split++
	}
	before, after = s[:split], s[split:]
	n := min(len(before), len(after))
	if n == 0 {
		return before, after
	}
	return before[len(before)-n:], after[:n]
}

// endedBy is s without a flow goal's last period from start on when it
// had not ended by asOf (nor the goal with it), and that period's key.
func (cal Calendar) endedBy(g Goal, s []periodValue, start, asOf Date) ([]periodValue, string) {
	n := len(s)
	if g.Aggregation != AggFlow || n == 0 {
		return s, ""
	}
	last := s[n-1].Period
	end := cal.LastDay(last)
	if !g.End.IsZero() {
		end = min(end, g.End.DayNumber())
	}
	if end <= asOf.DayNumber() || cal.LastDay(last) < start.DayNumber() {
		return s, ""
	}
	return s[:n-1], last.Key()
}

// effectOf is Effect of the series s, of periods started by asOf.
func effectOf(cal Calendar, g Goal, plan []PeriodTarget, values []PeriodValue, s []periodValue, start Date) EffectResult {
	before, after := cal.effectSides(s, start)
	switch {
	case len(before) == 0:
		return EffectResult{Verdict: EffectNoBaseline}
	case len(after) == 0:
		return EffectResult{Verdict: EffectTooEarly}
	}
	n := len(before)
	r := EffectResult{N: n, BeforeAvg: mean(before), AfterAvg: mean(after)}
	r.Change = ClampFinite(r.AfterAvg - r.BeforeAvg)
	if r.BeforeAvg != 0 {
		r.ChangeRel, r.RelOK = ClampFinite(r.Change/math.Abs(r.BeforeAvg)), true
	}
	dir := 1.0
	if LowerIsBetter(g.Kind) {
		dir = -1
	}
	r.Verdict = judge(dir*r.Change, math.Abs(r.BeforeAvg), g.Decimals)
	for _, v := range before {
		r.BeforeKeys = append(r.BeforeKeys, v.Period.Key())
	}
	for _, v := range after {
		r.AfterKeys = append(r.AfterKeys, v.Period.Key())
	}

	x := cal.ExpectationWith(g, plan, values)
	r.GapOK = true
	var scale float64
	gaps := func(side []periodValue) float64 {
		sum := 0.0
		for _, v := range side {
			r.GapOK = r.GapOK && cal.HasExpectation(x, v.Period)
			e := cal.expectedFor(x, v.Period)
			scale += math.Abs(e)
			// The period's gap as its review row shows it (ShownVariance):
			// a plan of 0.155 shown 0.16 against 1.00 is 0.84, not 0.845.
			sum += dir * ShownVariance(g, e, v.Value).Abs
		}
		return ClampFinite(sum / float64(len(side)))
	}
	r.BeforeGap, r.AfterGap = gaps(before), gaps(after)
	if !r.GapOK {
		r.BeforeGap, r.AfterGap = 0, 0
		return r
	}
	r.GapChange = ClampFinite(r.AfterGap - r.BeforeGap)
	r.GapVerdict = judge(r.GapChange, scale/float64(2*n), g.Decimals)
	return r
}

// judge is the verdict on a change already turned to the goal's direction:
// no change within EffectTolerance of scale, or, with no scale, when it
// rounds to zero at the goal's decimals.
func judge(change, scale float64, decimals int) EffectVerdict {
	small := RoundValue(change, decimals) == 0
	if scale > 0 {
		small = math.Abs(change) < EffectTolerance*scale
	}
	switch {
	case small:
		return EffectNoChange
	case change > 0:
		return EffectImproved
	}
	return EffectWorsened
}

// mean is the average value of s, which must not be empty.
func mean(s []periodValue) float64 {
	sum := 0.0
	for _, v := range s {
		sum += v.Value
	}
	return ClampFinite(sum / float64(len(s)))
}
