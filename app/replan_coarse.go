package app

// A goal may be checked in by a longer period than it is planned by (by
// half-year, planned by quarter). Its check-ins then count in no plan
// period by themselves (CountsFor), and a re-plan that read them so took
// the ended quarters for ones with nothing done: here a check-in counts
// in the last plan period it overlaps, and the plan periods before that
// one inside it are no place to split the plan at, their actuals being
// known only together.

// longerThan reports whether periods of cadence c are longer than those
// of d (a half-year than a quarter; a week is never longer).
func longerThan(c, d Cadence) bool {
	return c != CadenceWeek && periodsPerYear(c, 2001) < periodsPerYear(d, 2001)
}

// coarseSlotOf is the index of the last of slots that check-in period p,
// longer than it, overlaps, or -1.
func (cal Calendar) coarseSlotOf(slots []planSlot, p Period) int {
	first, last := cal.FirstDay(p), cal.LastDay(p)
	at := -1
	for i, sl := range slots {
		if longerThan(p.Cadence, sl.p.Cadence) && cal.FirstDay(sl.p) <= last && cal.LastDay(sl.p) >= first {
			at = i
		}
	}
	return at
}

// splitPoints says for each of slots whether a plan may be split after
// it: no check-in period of g overlapping it runs on past its end.
func (cal Calendar) splitPoints(g Goal, slots []planSlot) []bool {
	ok := make([]bool, len(slots))
	for i := range ok {
		ok[i] = true
	}
	for _, p := range CheckInPeriods(cal, g) {
		last := cal.LastDay(p)
		for i, sl := range slots {
			if longerThan(p.Cadence, sl.p.Cadence) && cal.FirstDay(sl.p) <= last && cal.LastDay(sl.p) >= cal.FirstDay(p) && cal.LastDay(sl.p) < last {
				ok[i] = false
			}
		}
	}
	return ok
}

// closeAtSplit moves the last of closed back to remaining while the plan
// may not be split after it: an ended quarter inside a half-year still
// running has no actual of its own yet.
func (cal Calendar) closeAtSplit(g Goal, closed, remaining []planSlot) ([]planSlot, []planSlot) {
	if len(closed) == 0 {
		return closed, remaining
	}
	ok := cal.splitPoints(g, closed)
	n := len(closed)
	for n > 0 && !ok[n-1] {
		n--
	}
	return closed[:n], append(append([]planSlot(nil), closed[n:]...), remaining...)
}
