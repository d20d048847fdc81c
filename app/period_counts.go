package app

// Which periods' figures count for a longer one: a review's month, quarter
// or year, and its goal detail's rows.

// CountsIn reports whether inner's figures count for outer in a review: inner
// lies within outer (Contains), or inner is a week and outer a longer period
// that holds the week's last day. So each week counts for exactly one month,
// quarter and year, as the dashboard's total counts each week once: the
// week of 27 Feb to 5 Mar counts for March, and the week of 26 Dec to 1 Jan
// for January.
func (cal Calendar) CountsIn(outer, inner Period) bool {
	if cal.Contains(outer, inner) {
		return true
	}
	if inner.Cadence != CadenceWeek || outer.Cadence == CadenceWeek || !outer.Valid() || !inner.Valid() {
		return false
	}
	last := cal.LastDay(inner)
	return cal.FirstDay(outer) <= last && last <= cal.LastDay(outer)
}

// CountsFor is CountsIn for goal g's figures, with g's last week also
// counting for the period that holds the goal's last day when the week
// runs past that period's end (weekPastEnd): no later period of the goal
// holds it.
func (cal Calendar) CountsFor(g Goal, outer, inner Period) bool {
	if cal.CountsIn(outer, inner) {
		return true
	}
	w, ok := cal.weekPastEnd(g, outer)
	return ok && w == inner
}

// weekPastEnd is weekly goal g's last week when outer, a longer period,
// holds the goal's last day and the week ends after outer does.
func (cal Calendar) weekPastEnd(g Goal, outer Period) (Period, bool) {
	if g.Cadence != CadenceWeek || outer.Cadence == CadenceWeek || !outer.Valid() {
		return Period{}, false
	}
	end := g.End.DayNumber()
	if end < cal.FirstDay(outer) || end > cal.LastDay(outer) {
		return Period{}, false
	}
	w := cal.PeriodOf(CadenceWeek, g.End)
	if !w.Valid() || cal.LastDay(w) <= cal.LastDay(outer) {
		return Period{}, false
	}
	return w, true
}

// goalSubPeriods are subPeriods(g.Cadence, p) that count for g
// (CountsFor): with g's last week added when it runs past p's end.
func (cal Calendar) goalSubPeriods(g Goal, p Period) []Period {
	return withWeekPastEnd(cal, g, p, cal.subPeriods(g.Cadence, p))
}

// withWeekPastEnd is subs, the periods of g's cadence that count in p, with
// g's last week added when it counts for p (weekPastEnd); subs is not
// changed.
func withWeekPastEnd(cal Calendar, g Goal, p Period, subs []Period) []Period {
	if w, ok := cal.weekPastEnd(g, p); ok {
		return append(subs[:len(subs):len(subs)], w)
	}
	return subs
}

// lastCounted is the day the last check-in that counts for g in p falls
// due: p's last day, or g's end when g ends inside p (dueDay), also when
// g's last week runs past p's end (weekPastEnd). None of g's check-ins
// comes after it, and the goal's verdict awaits no more (verdictDue).
// Before, a goal ending in September kept its fiscal half's row open
// until the grace after January, long after its final verdict on the
// dashboard; and a goal ending inside a period kept its row open for the
// grace after the period's end while the Check-ins screen already called
// its check-in overdue.
func (cal Calendar) lastCounted(g Goal, p Period) int {
	last := cal.LastDay(p)
	if !g.End.IsZero() && g.End.DayNumber() <= last {
		return g.End.DayNumber()
	}
	return last
}
