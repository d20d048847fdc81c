package app

import "math"

// ValueTotals is what a goal's counted values add up to, up to the
// latest period that has started by the day the screen is seen as of:
// the values GoalActual counts (of the goal's cadence, on periods that
// exist, finite), added in period order as GoalActual adds them. The
// store keeps them beside the check-ins, so that a goal's pace costs the
// same with ten years of values as with one.
type ValueTotals struct {
	// Count is how many values are counted; Sum their sum.
	Count int
	Sum   float64
	// Last is the latest counted period with its value.
	Last PeriodValue
}

// DashboardData is what the dashboard works its paces out from: the
// goals with their plans, the totals of the goals TotalsSuffice for, and
// the check-ins of the others (Snapshot.CheckIns).
type DashboardData struct {
	Snapshot
	Totals map[int64]ValueTotals
}

// TotalsSuffice reports whether a goal's pace can be worked out from its
// ValueTotals alone: not for a stay goal (the share of periods that pass
// needs each value), a level goal without a plan of its own, which is
// read from its check-ins, a flow goal whose plan may have been re-spread
// after a review (its settlement needs each period's values,
// ExpectationWith), or a sum that should fall with fewer values than
// periods through its latest (mayHaveUnknownPeriods). A flow goal's pace
// is otherwise its sum against the plan to date, a period never checked
// in counting as nothing, so its totals suffice gaps and all. Nor do
// totals whose sum ran past the largest number (finite values another
// program wrote near it): GoalActual adds those its own way; nor those of
// a goal whose start reads as none (0001-01-01, which only another
// program writes), whose projection counts its recorded periods.
func TotalsSuffice(cal Calendar, g Goal, plan []PeriodTarget, t ValueTotals) bool {
	switch {
	case t.Count == 0 || g.Kind == KindMilestone:
		return true // no value, or the actual alone
	case math.IsInf(t.Sum, 0) || math.IsNaN(t.Sum) || g.Start.IsZero():
		return false
	case mayHaveUnknownPeriods(cal, g, t):
		return false
	case IsStay(g.Kind):
		return false
	}
	explicit := hasPlanEntry(plan)
	switch {
	case g.Aggregation != AggFlow:
		return explicit
	case mayBeReplanned(g, plan):
		return false // a re-spread plan is settled by each period's values (ExpectationWith)
	}
	_, err := ParsePeriodKey(t.Last.PeriodKey)
	return !explicit || err == nil
}

// PacesFrom works out every goal's pace as Paces does, from totals where
// d has them and from check-ins otherwise. A pace from totals leaves
// Values, Projection.Periods and Projection.Path empty, which the
// dashboard does not show: the goal detail reads the goal whole (Paces of
// its GoalSnapshot).
func PacesFrom(cal Calendar, d DashboardData, asOf Date, th Thresholds) []Pace {
	paces := make([]Pace, len(d.Goals))
	inParallelWith(len(paces), func(sc *paceScratch, i int) { paces[i] = paceOf(cal, d, d.Goals[i], asOf, th, sc) })
	RollUpPaces(paces)
	return paces
}

// paceOf is the pace of g, one of d's goals, from its totals when d has
// them, else from its check-ins.
func paceOf(cal Calendar, d DashboardData, g Goal, asOf Date, th Thresholds, sc *paceScratch) Pace {
	if t, ok := d.Totals[g.ID]; ok {
		return paceFromTotals(cal, g, d.Plans[g.ID], t, asOf, th, sc)
	}
	return pace(cal, d.Snapshot, g, asOf, th)
}

// paceFromTotals is pace of a goal TotalsSuffice for. Assess sees the sum
// (flow) or the latest value (level) as one value of the latest period:
// it reads nothing else of the values. Project's flow pace needs the plan
// to the day the latest period is measured at, and its run-rate the count
// of periods since the goal started, neither of which needs more of the
// values. sc lends storage for what the pace does not keep.
func paceFromTotals(cal Calendar, g Goal, plan []PeriodTarget, t ValueTotals, asOf Date, th Thresholds, sc *paceScratch) Pace {
	p := Pace{Goal: g, Plan: plan}
	if t.Count == 0 {
		p.Assessment = Assess(cal, g, plan, nil, asOf, th)
		return p
	}
	one, lastValue := t.Last, t.Last.Value
	if g.Aggregation == AggFlow {
		one.Value = t.Sum
	}
	last, _ := ParsePeriodKey(t.Last.PeriodKey)
	if overdue, ok := cal.overdueAfter(g, last, asOf); ok {
		// The periods overdue after the latest count as nothing, as
		// Assess and Project count them (withOverdueAsNothing).
		one.PeriodKey, last, lastValue = overdue.Key(), overdue, 0
	}
	var x *Expectation // prepared once for the assessment and the projection
	if hasPlanEntry(plan) || pacedByEvenSplit(g) {
		e := sc.expectation(cal, g, plan)
		x = &e
	}
	// Only an ended goal asks whether every period is in: a running one's
	// periods are not listed on every refresh.
	complete := hasEnded(g, asOf) && totalsComplete(cal, g, t)
	p.Assessment = assess(cal, g, plan, x, []PeriodValue{one}, asOf, th, &complete)
	pj := projector{cal: cal, g: g, s: []periodValue{{last, lastValue}}, actual: p.Assessment.Actual, asOf: asOf, plan: x}
	if cal.verdictDue(g, asOf, complete) {
		pj.remaining = nil // as Project: nothing remains once it has ended
	} else {
		pj.remaining = sc.remainingAfter(cal, g, last)
	}
	pj.open = len(pj.remaining) == 0 && runsOn(cal, g, last, asOf)
	pr := pj.projectFromTotals(t, sc)
	pr.OK, pr.RemainingPeriods = true, len(pj.ahead())
	pr.Path = nil // the dashboard draws no path; the goal detail reads its goal whole
	p.Projection = pr
	return p
}

// projectFromTotals is project from the totals: a flow goal's from its
// sum and count, as flow works it out from each value.
func (pj projector) projectFromTotals(t ValueTotals, sc *paceScratch) Projection {
	g := pj.g
	if g.Aggregation != AggFlow || g.Kind == KindMilestone || IsStay(g.Kind) || len(pj.ahead()) == 0 {
		return pj.project()
	}
	var pr Projection
	if pj.open {
		pr = pj.flowRest(t.Count)
	} else {
		pr = pj.flowFromTotals(t, sc)
	}
	pr.EndValue = ClampFinite(pr.EndValue)
	pr.Attainment = GoalProgress(g, pr.EndValue)
	return pr
}

// hasPlanEntry reports whether plan has a period Expectation reads (a key
// that parses, a finite target): whether the goal has a plan of its own,
// as len(cal.planEntries(plan, nil)) > 0 says, without parsing all of it.
func hasPlanEntry(plan []PeriodTarget) bool {
	for _, t := range plan {
		if _, err := ParsePeriodKey(t.PeriodKey); err == nil && IsFinite(t.Target) {
			return true
		}
	}
	return false
}

// remainingAfter lists the periods of g's cadence within its span that
// come after latest, as Project counts them: cal.Periods(g.Cadence, from,
// g.End) of those after latest, without building it first, in buf's
// storage when it has room. ends gets the day number of each one's last
// day, in its own storage when it has room; the periods follow each other,
// so the first's first day and these are all of their days.
func remainingAfter(cal Calendar, g Goal, latest Period, buf []Period, ends []int) ([]Period, []int) {
	from := g.Start
	if day := cal.LastDay(latest) + 1; day > from.DayNumber() {
		from = DateOfDayNumber(day)
	}
	end := g.End.DayNumber()
	if g.End.IsZero() || from.IsZero() || from.DayNumber() > end {
		return nil, ends[:0]
	}
	p := cal.PeriodOf(g.Cadence, from)
	out, ends := buf[:0], ends[:0]
	if !p.Valid() {
		return nil, ends
	}
	first := cal.FirstDay(p)
	// Room for them all: a period spans at least minDays days.
	if n := (end-first)/minDays(g.Cadence) + 1; cap(out) < n {
		out = make([]Period, 0, n)
	}
	// A period's last day is the day before the next one's first, which
	// FirstDay works out from the index one past the year's last too:
	// one FirstDay a period.
	for p.Valid() && first <= end {
		next := cal.FirstDay(Period{p.Cadence, p.Year, p.Index + 1})
		if PeriodLess(latest, p) {
			out = append(out, p)
			ends = append(ends, next-1)
		}
		p, first = p.Next(), next
	}
	if len(out) == 0 {
		return nil, ends
	}
	return out, ends
}

// minDays is the fewest days a period of cadence c spans.
func minDays(c Cadence) int {
	switch c {
	case CadenceWeek:
		return 7
	case CadenceMonth:
		return 28
	case CadenceQuarter:
		return 89
	case CadenceHalf:
		return 181
	}
	return 365
}

// flowFromTotals is projector.flow from the totals (the sum and the count
// of the values), without the path. The plan ahead is worked out in sc's
// storage.
func (pj projector) flowFromTotals(t ValueTotals, sc *paceScratch) Projection {
	sc.ahead = pj.planAhead(sc.after.ends, sc.ahead[:0])
	ahead := sc.ahead
	var pr Projection
	keys := sc.remainingKeys()
	pr.Needs, sc.fractions = shareOutKeyed(keys, pj.g.Target-pj.actual, ahead, pj.g.Decimals, sc.fractions, sc.needs.take(len(keys)))
	if pace, rest, ok := pj.planPace(); ok {
		pr.Method, pr.Pace = MethodPlanPace, pace
		pr.EndValue = pathEnd(pj.actual+pr.Pace*rest, pr.Pace, ahead)
	} else {
		latest := pj.s[0].Period
		pr.Method, pr.Pace = MethodRunRate, ClampFinite(pj.actual/float64(periodsThrough(pj.cal, pj.g, latest, t.Count)))
		pr.EndValue = pathEnd(pj.actual, pr.Pace, repeat(1, len(pj.remaining)))
	}
	return pr
}

// shareOutKeyed is shareOutIn of the periods of keys, into needs, which
// has room for one a key.
func shareOutKeyed(keys []string, gap float64, weights []float64, decimals int, buf []float64, needs []PeriodNeed) ([]PeriodNeed, []float64) {
	amounts := shareAmounts(len(keys), gap, weights, decimals, buf)
	for i, key := range keys {
		needs[i] = PeriodNeed{key, ClampFinite(amounts[i])}
	}
	return needs, amounts
}

// planAhead appends planOf of each remaining period to out, ends being
// their last days (remainingAfter): a cumulative plan's expectation at the
// day before a period's first is the one at the last day of the period
// before it, worked out once rather than twice.
func (pj projector) planAhead(ends []int, out []float64) []float64 {
	if pj.plan == nil {
		for range ends {
			out = append(out, 0)
		}
		return out
	}
	x := *pj.plan
	if len(ends) == 0 {
		return out
	}
	if !x.Cumulative() {
		for _, last := range ends {
			out = append(out, x.At(last))
		}
		return out
	}
	first := pj.cal.FirstDay(pj.remaining[0])
	inTurn := daysInTurn{x: &x} // the days come in order: no search each
	before := x.edge(inTurn.base(first - 1))
	for _, last := range ends {
		at := x.edge(inTurn.base(last))
		plan := x.edge(at - before)
		if x.settled.counts(first, last) {
			plan += x.settled.delta
		}
		out = append(out, ClampFinite(plan))
		first, before = last+1, at
	}
	return out
}

// pathEnd is the last value of projector.path(start, step, weights),
// worked out the same way without the path, which the dashboard does not
// draw (weights is not empty).
func pathEnd(start, step float64, weights []float64) float64 {
	for _, w := range weights {
		start += step * w
	}
	return ClampFinite(start)
}

// paceScratch is the storage a core's calls of paceFromTotals reuse from
// one goal to the next: a goal's plan read into entries, its remaining
// periods, their plan and its shares, none of which its Pace keeps.
type paceScratch struct {
	planScratch
	ahead     []float64
	fractions []float64
	after     remainingScratch
	needs     needSlab
}

// needSlab hands out the storage of the needs of one core's goals from a
// few allocations, where each goal's needs were one of their own (2,000
// of the dashboard's first showing at 2,000 goals, which these slabs take
// 0.3–0.5 ms off). Each piece is the needs of one pace, which keeps its
// piece, and so the slab it is cut from, alive.
type needSlab struct {
	free  []PeriodNeed
	goals int // how many goals' needs the next slab holds
}

// take returns storage for n needs, of length and capacity n: an append
// to it copies.
func (s *needSlab) take(n int) []PeriodNeed {
	if n == 0 {
		return []PeriodNeed{} // as make gave: empty, not nil
	}
	if len(s.free) < n {
		// Slabs of 1, 2, 4, … up to 256 goals' needs: a refresh that
		// works out one goal takes room for that goal's alone.
		s.goals = min(max(1, 2*s.goals), 256)
		s.free = make([]PeriodNeed, n*s.goals)
	}
	out := s.free[:n:n]
	s.free = s.free[n:]
	return out
}

// remainingScratch holds the periods remainingAfter worked out last, for
// the goals after it that ask for the same: goals of one span and
// cadence checked in to the same period, most of a business's goals.
type remainingScratch struct {
	ok      bool
	of      remainingQuery
	periods []Period // the answer, in store's storage
	store   []Period
	ends    []int    // the periods' last days
	keys    []string // their keys, nil until asked for
}

// remainingQuery is what remainingAfter's answer depends on.
type remainingQuery struct {
	cal        Calendar
	start, end Date
	cadence    Cadence
	latest     Period
}

// remainingAfter is remainingAfter(cal, g, latest) in sc's storage: the
// last answer when it was asked the same, and sc.after.ends the periods'
// last days.
func (sc *paceScratch) remainingAfter(cal Calendar, g Goal, latest Period) []Period {
	q := remainingQuery{cal, g.Start, g.End, g.Cadence, latest}
	a := &sc.after
	if a.ok && a.of == q {
		return a.periods
	}
	ps, ends := remainingAfter(cal, g, latest, a.store, a.ends)
	*a = remainingScratch{ok: true, of: q, periods: ps, store: keep(a.store, ps), ends: ends}
	return ps
}

// remainingKeys are the keys of the periods remainingAfter answered last,
// worked out once for every goal that shares them.
func (sc *paceScratch) remainingKeys() []string {
	a := &sc.after
	if a.keys == nil {
		a.keys = make([]string, len(a.periods))
		periodKeys(a.periods, func(i int, key string) { a.keys[i] = key })
	}
	return a.keys
}

// keep is the storage to reuse next: used, the slice just worked out in
// buf's storage or in new storage, when it holds more than buf.
func keep[T any](buf, used []T) []T {
	if cap(used) > cap(buf) {
		return used[:0]
	}
	return buf
}

// totalsComplete is everyPeriodIn as far as totals t tell: the latest
// value in g's last check-in period and, unless the latest counts alone,
// as many values as periods.
func totalsComplete(cal Calendar, g Goal, t ValueTotals) bool {
	n, last := checkInSpan(cal, g)
	return n > 0 && (latestCounts(g) || t.Count >= n) && t.Last.PeriodKey == last.Key()
}
