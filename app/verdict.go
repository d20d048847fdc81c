package app

// verdictDue reports whether g's year is known at the end of day asOf, so
// that Assess gives its final verdict and Project projects no period
// more: g has ended, and every check-in period of its span is in
// (complete) or its last one's late check-in is no longer awaited (its
// Grace is over). A review closes a period by the same rule. Before, a
// goal was final the day after its end: a cap whose last month was not
// yet reported read achieved, counting that month as nothing, while its
// review still awaited it; an increase goal's sum lacked the month alike.
// Once the grace is over a period never reported counts as nothing, as
// it does in a review.
func (cal Calendar) verdictDue(g Goal, asOf Date, complete bool) bool {
	if !hasEnded(g, asOf) || complete {
		return hasEnded(g, asOf)
	}
	n, last := checkInSpan(cal, g)
	return n == 0 || asOf.DayNumber() > cal.dueDay(g, last)+Grace(g.Cadence)
}

// everyPeriodIn reports whether s, g's values in period order, has a
// value for every check-in period of g's span; for a level goal or a
// milestone, whose latest value is its actual, one for the last.
func (cal Calendar) everyPeriodIn(g Goal, s []periodValue) bool {
	ps := CheckInPeriods(cal, g)
	if latestCounts(g) {
		return len(s) > 0 && len(ps) > 0 && s[len(s)-1].Period == ps[len(ps)-1]
	}
	i := 0
	for _, v := range s {
		if i < len(ps) && v.Period == ps[i] {
			i++
		}
	}
	return i == len(ps)
}

// latestCounts reports whether g's actual is its latest value alone: a
// level goal or a milestone, not a stay goal, which counts every period.
func latestCounts(g Goal) bool {
	return !IsStay(g.Kind) && (g.Aggregation != AggFlow || g.Kind == KindMilestone)
}

// allIn is *complete, or without it everyPeriodIn of s.
func (cal Calendar) allIn(g Goal, s []periodValue, complete *bool) bool {
	if complete != nil {
		return *complete
	}
	return cal.everyPeriodIn(g, s)
}
