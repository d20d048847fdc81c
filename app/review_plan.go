package app

// The plan a review row's actual is measured against (ReviewRow.ExpectedCovered).

// covered is the plan x for the check-in periods of days days[i] for i
// in counted: their sum for a cumulative plan (each as expectedFor works
// it out: the plan to its end less the plan to its start, at the goal's
// decimals), the last one's for a level. Periods that follow each other
// add up to the plan from the first's start to the last's end, so only
// the ends of each run of them are worked out and rounded.
func (x Expectation) covered(days []dayRange, counted []int) float64 {
	if !x.Cumulative() {
		return x.At(days[counted[len(counted)-1]].last)
	}
	sum := 0.0
	inTurn := daysInTurn{x: &x}
	runFirst, runLast := days[counted[0]].first, days[counted[0]].last
	for _, i := range counted[1:] {
		if d := days[i]; d.first-1 != runLast {
			sum += x.edge(inTurn.base(runLast)) - x.edge(inTurn.base(runFirst-1))
			runFirst = d.first
		}
		runLast = days[i].last
	}
	sum += x.edge(inTurn.base(runLast)) - x.edge(inTurn.base(runFirst-1))
	if x.settled.counts(days[counted[0]].first, runLast) {
		sum += x.settled.delta
	}
	return ClampFinite(sum)
}

// periodPlan is what the plan asks of period p of g whose check-in
// periods counting in p have days days, in order (ReviewRow.Expected):
// the plan of p's days when they are p's days exactly, else the plan of
// those periods, as a complete row's actual is measured against. The
// weeks counting in a month are those ending in it: measured against the
// month's own days, a month of five weeks each checked in on plan read
// 13 % ahead, and then, one week never reported and the month closed,
// was judged against 31 days of plan with 28 of actuals.
func (rv *reviewer) periodPlan(g Goal, x Expectation, p Period, days []dayRange) float64 {
	cal := rv.cal
	if len(days) == 0 || days[0].first == cal.FirstDay(p) && days[len(days)-1].last == cal.LastDay(p) {
		return cal.expectedFor(x, p)
	}
	first, last, run := spanRun(g, days)
	switch {
	case first < 0:
		return cal.expectedFor(x, p)
	case !run:
		return x.covered(days, inSpan(g, days))
	case !x.Cumulative():
		return x.At(days[last].last)
	}
	// A review of 2,000 weekly goals reads one row each: a slice of the
	// periods counted for each took its quarter from 4 to 6 ms.
	return x.between(days[first].first, days[last].last)
}

// spanRun is the first and last of days inside g's span, first -1 when
// none is, and whether those in it follow each other day after day, as
// the periods of one cadence do.
func spanRun(g Goal, days []dayRange) (first, last int, run bool) {
	start, end := g.Start.DayNumber(), g.End.DayNumber()
	first, run = -1, true
	for i, d := range days {
		if start > d.last || end < d.first { // !cal.overlapsSpan(g, sub)
			continue
		}
		if first < 0 {
			first = i
		} else if last != i-1 || days[last].last+1 != d.first {
			run = false
		}
		last = i
	}
	return first, last, run
}

// inSpan are the positions of days inside g's span.
func inSpan(g Goal, days []dayRange) []int {
	start, end := g.Start.DayNumber(), g.End.DayNumber()
	in := make([]int, 0, len(days))
	for i, d := range days {
		if start <= d.last && end >= d.first {
			in = append(in, i)
		}
	}
	return in
}

// measured are the positions in subs of the periods whose plan r's
// actual is measured against, planned while r runs or waits for late
// check-ins: once it is closed without being complete (measuredWhole),
// every one in the goal's span (its last, for a level goal), whose plan
// judge then measures it against. The row's comparisons cover the same
// periods: a quarter judged on its whole plan with January alone reported
// read two-thirds short of plan and level with a year earlier, its
// January.
func (rv *reviewer) measured(r *ReviewRow, subs []Period, planned []int) []int {
	r.Closed = rv.cal.rowClosed(*r, rv.asOf) // as judge will find it
	if !r.HasExpected || !r.measuredWhole() {
		return planned
	}
	all := inSpanThrough(rv.cal, r.Goal, subs, lastInSpan(rv.cal, r.Goal, subs))
	if latestOnly(r.Goal) {
		return all[len(all)-1:]
	}
	return all
}

// throughLatest are the positions in subs, inside g's span, up to the
// latest of counted (the periods reported): a period before the latest
// reported one that was never checked in counts as nothing, as it does
// in the goal's status, so its plan is in what the actual is measured
// against; those after it are still awaited.
func throughLatest(cal Calendar, g Goal, subs []Period, counted []int) []int {
	return inSpanThrough(cal, g, subs, counted[len(counted)-1])
}

// inSpanThrough are the positions in subs up to last, inclusive, of the
// periods that share a day with g's span.
func inSpanThrough(cal Calendar, g Goal, subs []Period, last int) []int {
	out := make([]int, 0, last+1)
	for i := 0; i <= last; i++ {
		if cal.overlapsSpan(g, subs[i]) {
			out = append(out, i)
		}
	}
	return out
}

// periodSet is the set of the periods of subs at positions.
func periodSet(subs []Period, positions []int) map[Period]bool {
	set := make(map[Period]bool, len(positions))
	for _, i := range positions {
		set[subs[i]] = true
	}
	return set
}

// wholePlan reports whether a row's actual is measured against its whole
// period's plan: when complete, or once closed, the periods never reported
// then counting as nothing (stay goals aside, whose plan is a line, and a
// sum that should fall, whose missing months are unknown:
// missingIsUnknown). A milestone due in a closed period and never checked
// in as done by its end is measured against being done, as its own final
// verdict (Assess) is: measured against the plan of its latest check-in,
// "not done" in October, a year whose milestone fell due in December read
// achieved beside a dashboard that said missed.
func (r ReviewRow) wholePlan() bool {
	return r.Complete || r.Closed && !IsStay(r.Goal.Kind) && !missingIsUnknown(r.Goal)
}

// measuredWhole reports whether a row with an actual that is not complete
// is measured against its whole period's plan (wholePlan): closed, the
// periods never reported counting as nothing.
func (r ReviewRow) measuredWhole() bool {
	return r.Closed && !r.Complete && r.wholePlan()
}
