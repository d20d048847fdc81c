package app

import (
	"math"
	"sort"
)

// Expected is the value the goal should show at the end of day asOf
// according to its plan (the periods of its latest plan revision):
//   - flow increase/decrease: the targets of the periods that have fully
//     elapsed plus the elapsed fraction of the current period's target,
//     by days;
//   - level increase/decrease: a linear path from the previous period's
//     target (the baseline for the first period) to the current period's
//     target, reached on the period's last day; after a period and before
//     the next planned one, that period's target;
//   - stay_above, stay_below: the target, the line every period must hold;
//   - milestone: 0 until the end of the first planned period whose target is
//     at least 1 (the goal's end when there is none), then 1.
//
// With no plan, the target is split evenly over the periods of the goal's
// PlanBy cadence (its check-in cadence, or month, when PlanBy is unset) that
// overlap Start..End: a flow goal gets target/n per period, a level goal
// steps evenly from the baseline to the target. That is linear over the
// span except that months differ in length; it keeps Expected consistent
// with ExpectedForPeriod, which users read as "10M a quarter".
//
// A planned period that the goal's Start or End falls inside is expected
// over the days of it the goal covers: a goal from 25 January earns
// January's target from 25 to 31 January.
//
// A level goal with no baseline has no starting point, so its first period
// expects that period's target from the first day (without a plan, the
// target throughout). Plan keys that do not parse and non-finite targets are
// ignored; a plan with none left counts as no plan.
//
// Expected reads the plan alone: a plan re-spread after a review is
// settled by the goal's check-ins (Calendar.ExpectationWith).
func Expected(cal Calendar, g Goal, plan []PeriodTarget, asOf Date) float64 {
	return cal.Expectation(g, plan).At(asOf.DayNumber())
}

// ExpectedForPeriod is what period p should contribute or reach: for a flow
// goal, what its plan assigns to p (a planned period's target, the sum of
// planned periods inside p, or a day-weighted share of a planned period
// that contains p: the plan to p's end less the plan to its start, each
// at the goal's decimals, so that any parts add up); for other goals, Expected at the last day of p. With no
// plan a flow goal's period gets an even split of the target, and a level
// goal's the level of the even steps at the period end. It is 0 for an
// invalid p.
func ExpectedForPeriod(cal Calendar, g Goal, plan []PeriodTarget, p Period) float64 {
	if !p.Valid() {
		return 0
	}
	return cal.expectedFor(cal.Expectation(g, plan), p)
}

// expectedFor is ExpectedForPeriod of the goal and plan x was prepared
// from, for callers that ask it of many periods; it is 0 for an invalid p.
func (cal Calendar) expectedFor(x Expectation, p Period) float64 {
	if !p.Valid() {
		return 0
	}
	if x.Cumulative() {
		return x.between(cal.FirstDay(p), cal.LastDay(p))
	}
	return x.At(cal.LastDay(p))
}

// planEntry is one planned period with its days resolved.
type planEntry struct {
	first, last int // day numbers, inclusive
	target      float64
	// before is the sum of the targets of the entries before this one,
	// added in order, when the entries are ordered (Expectation.ordered).
	before float64
}

// Expectation is a goal's plan prepared for evaluation at many days:
// what the goal should have reached at the end of each day.
type Expectation struct {
	kind    Kind
	agg     Aggregation
	target  float64
	origin  float64 // where a level path starts
	entries []planEntry
	due     int  // milestone: the day from which it is expected done
	hasDue  bool // false when a milestone has no due day
	// ordered says the entries follow each other without overlapping, as
	// a plan of one cadence does: At then finds a day's entry by
	// bisection (see indexEntries). total is the sum of their targets.
	ordered bool
	total   float64
	// from and through are the goal's first and last day (the extremes of
	// int when it has none): a planned period the span covers in part is
	// expected of that part alone (daysOf).
	from, through int
	// settled is what a plan re-spread after a review carries over from
	// the periods it kept (ExpectationWith); zero for any other plan.
	settled settlement
	// decimals are the digits the goal's values keep: a period's share
	// of a cumulative plan is the step between its ends rounded to them
	// (edge), so the shares of any periods add up to the whole's.
	decimals int
}

// Expectation prepares g's plan for evaluation at many days; a nil plan
// spreads the target evenly (see Expected).
func (cal Calendar) Expectation(g Goal, plan []PeriodTarget) Expectation {
	return cal.expectationIn(g, plan, nil)
}

// expectationIn is Expectation with its entries in buf's storage where
// it has room: the caller that passes the entries of an expectation it
// no longer needs saves their allocation.
func (cal Calendar) expectationIn(g Goal, plan []PeriodTarget, buf []planEntry) Expectation {
	return cal.expectationOf(g, cal.planEntries(plan, buf))
}

// expectationOf is Expectation of g with its plan's entries (planEntries)
// worked out; they are the Expectation's, which notes in them the sum of
// the targets before each one.
func (cal Calendar) expectationOf(g Goal, entries []planEntry) Expectation {
	x := Expectation{kind: g.Kind, agg: g.Aggregation, target: g.Target, decimals: Decimals(g)}
	x.from, x.through = spanDays(g)
	x.entries = entries
	explicit := len(x.entries) > 0
	if !explicit {
		x.entries = cal.evenPlan(g)
	}
	x.ordered, x.total = indexEntries(x.entries)
	switch {
	case g.Baseline != nil:
		x.origin = *g.Baseline
	case len(x.entries) > 0:
		x.origin = x.entries[0].target
	default:
		x.origin = g.Target
	}
	if g.Kind == KindMilestone {
		x.due, x.hasDue = g.End.DayNumber(), !g.End.IsZero()
		for _, e := range x.entries {
			if explicit && e.target >= 1 {
				_, x.due = x.daysOf(e)
				x.hasDue = true
				break
			}
		}
	}
	return x
}

// Cumulative reports whether expected values add up over time.
func (x Expectation) Cumulative() bool {
	return x.agg == AggFlow && !IsStay(x.kind) && x.kind != KindMilestone
}

// At is the expected value at the end of day: the plan to that day, with
// a re-spread plan's settlement once the periods it kept have ended. A
// cumulative plan to a day is at the goal's decimals (edge).
func (x Expectation) At(day int) float64 {
	v := x.base(day)
	if x.Cumulative() {
		v = x.edge(v)
	}
	if x.settled.by(day) {
		return ClampFinite(v + x.settled.delta)
	}
	return v
}

// between is what a cumulative x expects of the days first through last:
// the plan of those days, with a re-spread plan's settlement when they
// take in every period it kept and more (settlement.counts).
func (x Expectation) between(first, last int) float64 {
	d := x.edge(x.edge(x.base(last)) - x.edge(x.base(first-1))) // and no float noise: 6555.56 − 3444.44
	if x.settled.counts(first, last) {
		d += x.settled.delta
	}
	return ClampFinite(d)
}

// edge is base at a period's end, rounded to the goal's decimals: a
// quarter planned at 25 reads 9, 7 and 9 by month, not 8.61, 7.78 and
// 8.61, which show as 9, 8 and 9 and add up to 26.
func (x Expectation) edge(v float64) float64 {
	return RoundValue(v, x.decimals)
}

// base is At of the plan alone, without a settlement.
func (x Expectation) base(day int) float64 {
	switch {
	case IsStay(x.kind):
		return x.target
	case x.kind == KindMilestone:
		return pass(x.hasDue && day >= x.due)
	case x.ordered:
		return x.atOrdered(day)
	case x.Cumulative():
		sum := 0.0
		for _, e := range x.entries {
			first, last := x.daysOf(e)
			sum += e.target * spanFraction(first, last, day)
		}
		return ClampFinite(sum)
	}
	prev := x.origin
	for _, e := range x.entries {
		first, last := x.daysOf(e)
		if day < first {
			return prev
		}
		if day < last {
			return ClampFinite(prev + (e.target-prev)*spanFraction(first, last, day))
		}
		prev = e.target
	}
	return prev
}

// spanDays are the day numbers of g's first and last day, the extremes of
// int for a goal without a start or an end.
func spanDays(g Goal) (from, through int) {
	from, through = math.MinInt, math.MaxInt
	if !g.Start.IsZero() {
		from = g.Start.DayNumber()
	}
	if !g.End.IsZero() {
		through = g.End.DayNumber()
	}
	return from, through
}

// daysOf are the days over which planned period e is expected: the part
// of it inside the goal's span when the span starts or ends inside it, so
// that a goal starting on 25 January earns January's target in its last
// seven days, not in a month of which it was given one week.
func (x Expectation) daysOf(e planEntry) (first, last int) {
	first, last = e.first, e.last
	if x.from > first && x.from <= last {
		first = x.from
	}
	if x.through < last && x.through >= first {
		last = x.through
	}
	return first, last
}

// planEntries parses a plan into period order; for a repeated key the later
// target wins.
// buf is storage planEntriesInOrder may use.
func (cal Calendar) planEntries(plan []PeriodTarget, buf []planEntry) []planEntry {
	if es, ok := cal.planEntriesInOrder(plan, buf); ok {
		return es
	}
	return cal.planEntriesSorted(plan)
}

// planEntriesSorted is planEntries of a plan whose keys are not of one
// cadence in order.
func (cal Calendar) planEntriesSorted(plan []PeriodTarget) []planEntry {
	values := make([]PeriodValue, 0, len(plan))
	for _, t := range plan {
		values = append(values, PeriodValue{t.PeriodKey, t.Target})
	}
	s := Series(values, "")
	es := make([]planEntry, len(s))
	for i, v := range s {
		es[i] = planEntry{first: cal.FirstDay(v.Period), last: cal.LastDay(v.Period), target: v.Value}
	}
	// Mixed cadences are ordered by end day in series; level paths need
	// start order.
	sort.SliceStable(es, func(i, j int) bool { return es[i].first < es[j].first })
	return es
}

// evenPlan is the plan a goal without one is given: its target spread
// evenly over the plan periods of its span, as SplitEven spreads it (a
// flow target's share of a period the span covers in part is that part).
// A flow target's shares are SplitEven's too, rounded to the goal's
// decimals with nothing lost: a review's months add up to its quarter.
func (cal Calendar) evenPlan(g Goal) []planEntry {
	ps := cal.Periods(planCadence(g), g.Start, g.End)
	n := float64(len(ps))
	origin := g.Target
	if g.Baseline != nil {
		origin = *g.Baseline
	}
	var shares []float64
	if g.Aggregation == AggFlow {
		shares = splitFlow(cal, g, planCadence(g), evenFlowWeights(cal, g))
	}
	es := make([]planEntry, len(ps))
	for i, p := range ps {
		t := origin + (g.Target-origin)*float64(i+1)/n
		if g.Aggregation == AggFlow {
			t = shares[i]
		}
		es[i] = planEntry{first: cal.FirstDay(p), last: cal.LastDay(p), target: ClampFinite(t)}
	}
	return es
}

// planCadence is the cadence a goal's plan is split into.
func planCadence(g Goal) Cadence {
	for _, c := range []Cadence{g.PlanBy, g.Cadence} {
		if periodsPerYear(c, 2000) > 0 {
			return c
		}
	}
	return CadenceMonth
}
