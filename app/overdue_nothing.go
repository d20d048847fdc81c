package app

// A check-in period of a sum never reported counts as nothing once its
// grace is over, in the goal's status, projection and needs as in its
// review rows: the day the Check-ins screen calls September's check-in
// overdue, a monthly sales goal is measured through September on its card
// and in its year's row, as its closed quarter measures it. Before, the
// card and the open rows stopped at August, the latest period reported:
// "on track" on the dashboard and in the year's row beside "missed" for
// the third quarter, the same September counted as nothing in one and
// still awaited in the others.

// countsOverdueAsNothing reports whether a check-in period of g never
// reported counts as nothing once overdue: a sum that should rise (a
// loss to hold to too, as a gap before its latest period counts), not a
// falling sum, whose gaps are unknown (missingIsUnknown), a level or a
// milestone, whose latest value is their actual, nor a stay goal, which
// judges the periods reported.
func countsOverdueAsNothing(g Goal) bool {
	return g.Aggregation == AggFlow && !IsStay(g.Kind) && g.Kind != KindMilestone && !missingIsUnknown(g)
}

// overdueAfter is the last of g's check-in periods after latest whose
// check-in is overdue on asOf (its grace over since it fell due, dueDay),
// with ok false when the one after latest is not, or g counts none as
// nothing (countsOverdueAsNothing).
func (cal Calendar) overdueAfter(g Goal, latest Period, asOf Date) (last Period, ok bool) {
	if !countsOverdueAsNothing(g) || g.End.IsZero() || !latest.Valid() {
		return Period{}, false
	}
	grace, end, now := Grace(g.Cadence), g.End.DayNumber(), asOf.DayNumber()
	for p := latest.Next(); p.Valid() && cal.FirstDay(p) <= end && cal.dueDay(g, p)+grace < now; p = p.Next() {
		last, ok = p, true
	}
	return last, ok
}

// withOverdueAsNothing is s, g's values started by asOf in period order,
// with a value of nothing for each check-in period after its latest that
// is overdue on asOf (overdueAfter), in storage of its own: s's backing
// array may hold the values of periods not started yet.
func (cal Calendar) withOverdueAsNothing(g Goal, s []periodValue, asOf Date) []periodValue {
	if len(s) == 0 {
		return s
	}
	latest := s[len(s)-1].Period
	last, ok := cal.overdueAfter(g, latest, asOf)
	if !ok {
		return s
	}
	out := append([]periodValue(nil), s...)
	for p := latest.Next(); !PeriodLess(last, p); p = p.Next() {
		out = append(out, periodValue{p, 0})
	}
	return out
}

// overdueThrough is the position in subs, periods of g's cadence in
// order, of the last one inside g's span whose check-in is overdue on the
// day rv reviews as of, or -1 with none: a review measures a sum through
// it, as the goal's status does.
func (rv *reviewer) overdueThrough(g Goal, subs []Period) int {
	grace, now := Grace(g.Cadence), rv.asOf.DayNumber()
	last := -1
	for i, p := range subs {
		if rv.cal.overlapsSpan(g, p) && rv.cal.dueDay(g, p)+grace < now {
			last = i
		}
	}
	return last
}
