package app

// Grace periods, in days after a period ends, before its missing check-in
// turns from due into overdue. The owner reports at the end of a period, but
// the books of a month or a quarter take a while to close: a week's figures
// are at hand within days, a month's within a week, and a quarter's, half's
// or year's within two weeks.
const (
	GraceWeek  = 3
	GraceMonth = 7
	GraceLong  = 14 // quarters, halves and years
)

// Grace is the grace period of cadence c in days: GraceWeek, GraceMonth, or
// GraceLong for quarters, halves, years and unknown cadences.
func Grace(c Cadence) int {
	switch c {
	case CadenceWeek:
		return GraceWeek
	case CadenceMonth:
		return GraceMonth
	}
	return GraceLong
}

// Due is a check-in the owner still has to make.
type Due struct {
	GoalID int64
	Period Period
	// Overdue is true once DaysLate exceeds the cadence's Grace.
	Overdue bool
	// DaysLate counts the days since the check-in fell due: 0 on the
	// period's last day (the goal's end, when that comes first).
	DaysLate int
}

// CheckInPeriods are the periods a goal is checked in for: those of its
// cadence that overlap Start..End, in order. The first and last may reach
// outside the span when the goal starts or ends mid-period. It is nil when
// the dates or the cadence are not set.
func CheckInPeriods(cal Calendar, g Goal) []Period {
	return cal.Periods(g.Cadence, g.Start, g.End)
}

// checkInSpan is how many check-in periods g has and the last of them,
// as CheckInPeriods lists them, without listing them: the dashboard asks
// it of every ended goal on every refresh, and 200 weekly goals' lists
// were 8.6 ms and 11 MB a refresh, most of the CPU a start spent on the
// first screen's data before its first frame.
func checkInSpan(cal Calendar, g Goal) (n int, last Period) {
	start, end := g.Start, g.End
	if start.IsZero() || end.IsZero() || end.DayNumber() < start.DayNumber() {
		return 0, Period{}
	}
	first, last := cal.PeriodOf(g.Cadence, start), cal.PeriodOf(g.Cadence, end)
	if !first.Valid() {
		return 0, Period{}
	}
	if !last.Valid() {
		return walkSpan(cal, g.Cadence, first, end.DayNumber())
	}
	if g.Cadence == CadenceWeek {
		return (cal.FirstDay(last)-cal.FirstDay(first))/7 + 1, last
	}
	perYear := periodsPerYear(g.Cadence, last.Year)
	return (last.Year-first.Year)*perYear + last.Index - first.Index + 1, last
}

// walkSpan counts the periods from first that start by lastDay, as
// Calendar.Periods does: for a span whose end lies past the last period
// Pacer names.
func walkSpan(cal Calendar, c Cadence, first Period, lastDay int) (n int, last Period) {
	for p := first; p.Valid() && cal.FirstDay(p) <= lastDay; p = p.Next() {
		n, last = n+1, p
	}
	return n, last
}

// ReportedPeriods is the set of period keys that have a check-in, for
// DueCheckIns and DefaultCheckInPeriod.
func ReportedPeriods(cs []CheckIn) map[string]bool {
	m := make(map[string]bool, len(cs))
	for _, c := range cs {
		m[c.PeriodKey] = true
	}
	return m
}

// DueCheckIns lists the check-ins of g that are due at the end of day today
// and not in reported (keyed by Period.Key), oldest first.
//
// A period falls due on its last day, or on the goal's last day when the
// goal ends inside it, and is overdue after the cadence's Grace has passed:
// a quarter ending 31 March is due from 31 March and overdue from 15 April.
// Periods that have not ended by today are not due, nor are periods of an
// archived goal. A goal past its end keeps its unreported periods due.
func DueCheckIns(cal Calendar, g Goal, reported map[string]bool, today Date) []Due {
	return DueCheckInsFrom(cal, g, cal.PeriodOf(g.Cadence, g.Start), reported, today)
}

// DueCheckInsFrom is DueCheckIns of g's check-in periods from period from
// on, those before it counted as reported; a from before g's first period
// lists from that one.
func DueCheckInsFrom(cal Calendar, g Goal, from Period, reported map[string]bool, today Date) []Due {
	return AppendDueCheckInsFrom(nil, cal, g, from, reported, today)
}

// AppendDueCheckInsFrom appends DueCheckInsFrom(cal, g, from, reported,
// today) to out: the Check-ins screen lists 2,000 goals' into one slice,
// where growing a slice a goal took a third of its read.
func AppendDueCheckInsFrom(out []Due, cal Calendar, g Goal, from Period, reported map[string]bool, today Date) []Due {
	last := g.End.DayNumber()
	if g.Archived || g.Start.IsZero() || g.End.IsZero() || last < g.Start.DayNumber() || from.Cadence != g.Cadence {
		return out
	}
	if first := cal.PeriodOf(g.Cadence, g.Start); first.Valid() && from.Valid() && ordinal(from) < ordinal(first) {
		from = first
	}
	grace, now := Grace(g.Cadence), today.DayNumber()
	// A period starts the day after the one before it ends: each period's
	// first and last day are worked out once, and g's end once (dueDay).
	for p, start := from, cal.FirstDay(from); p.Valid() && start <= last; p = p.Next() {
		end := cal.LastDay(p)
		dueDay := min(end, last)
		start = end + 1
		if dueDay > now {
			break
		}
		// A key is a string made: none is made when nothing is reported.
		if len(reported) > 0 && reported[p.Key()] {
			continue
		}
		late := now - dueDay
		out = append(out, Due{GoalID: g.ID, Period: p, Overdue: late > grace, DaysLate: late})
	}
	return out
}

// UnreportedFrom is the period from which every check-in period of span
// (DueSpanOf) that has fallen due is unreported, with c the count of
// them (data's DueCounts): the one after c.LastReported when every period
// from span.First up to it is reported, span.First when none is. False
// when some period before c.LastReported is not reported either: then
// only the reported periods tell which are due.
func UnreportedFrom(span DueSpan, c DueCount) (Period, bool) {
	first, err := ParsePeriodKey(span.First)
	if err != nil {
		return Period{}, false
	}
	reported := span.Due - c.Due
	if reported == 0 {
		return first, true
	}
	last, err := ParsePeriodKey(c.LastReported)
	if err != nil || last.Cadence != first.Cadence || ordinal(last)-ordinal(first)+1 != reported {
		return Period{}, false
	}
	return last.Next(), true
}

// dueDay is the day number from which p's check-in is due: its last day,
// or the goal's end when that is earlier, since the goal's figures for p
// are complete then. Its grace runs from there, for the Check-ins screen's
// overdue as for the verdict (verdictDue) and the review (lastCounted).
func (cal Calendar) dueDay(g Goal, p Period) int {
	return min(cal.LastDay(p), g.End.DayNumber())
}

// DefaultCheckInPeriod is the period a new check-in form preselects: the
// oldest due and unreported period, otherwise the period of the goal's
// cadence that holds today, moved into the goal's span (its first period
// before the goal starts, its last after the goal ends). It is the zero
// Period when the goal has no check-in periods.
func DefaultCheckInPeriod(cal Calendar, g Goal, reported map[string]bool, today Date) Period {
	if due := DueCheckIns(cal, g, reported, today); len(due) > 0 {
		return due[0].Period
	}
	span := CheckInPeriods(cal, g)
	if len(span) == 0 {
		return Period{}
	}
	now := cal.PeriodOf(g.Cadence, today)
	switch first, last := span[0], span[len(span)-1]; {
	case !now.Valid() || PeriodLess(now, first):
		return first
	case PeriodLess(last, now):
		return last
	}
	return now
}

// DueSpan is where a goal's due check-ins can lie at the end of a day,
// for counting them without every reported period (data's
// ReportedCounts): its check-in periods from First to LastDue have fallen
// due, Due of them, and those from First to LastOverdue are overdue,
// Overdue of them (the overdue ones come first, as each period falls due
// no earlier than the one before). A goal with none due has Due 0.
type DueSpan struct {
	First, LastOverdue, LastDue string
	Due, Overdue                int
}

// DueSpanOf is the DueSpan of g at the end of day today, by the rules of
// DueCheckIns: those of its periods due that are not reported are what
// DueCheckIns lists. The periods are counted, not walked: walking ten
// years of weeks of 2,000 goals took 46 ms of each refresh of the
// Check-ins screen and the dashboard's due counts.
func DueSpanOf(cal Calendar, g Goal, today Date) DueSpan {
	last := g.End.DayNumber()
	if g.Archived || g.Start.IsZero() || g.End.IsZero() || last < g.Start.DayNumber() {
		return DueSpan{}
	}
	first := cal.PeriodOf(g.Cadence, g.Start)
	now := today.DayNumber()
	lastDue, due, ok := cal.periodsDueBy(g, first, now)
	lastOverdue, overdue, ok2 := cal.periodsDueBy(g, first, now-Grace(g.Cadence)-1)
	if !ok || !ok2 {
		return dueSpanWalked(cal, g, today)
	}
	var s DueSpan
	if s.Due = due; due > 0 {
		s.First, s.LastDue = first.Key(), lastDue.Key()
	}
	if s.Overdue = overdue; overdue > 0 {
		s.LastOverdue = lastOverdue.Key()
	}
	return s
}

// periodsDueBy returns the last of g's check-in periods, from first on,
// that falls due by the end of day, and how many do; false when periods
// of the years 1–9999 cannot tell (dueSpanWalked walks them then). A
// period falls due on its last day, or on the goal's if earlier, so
// those due by day are every period up to the goal's last when it ends
// by day, else up to the last period ended by day.
func (cal Calendar) periodsDueBy(g Goal, first Period, day int) (Period, int, bool) {
	var p Period
	if end := g.End.DayNumber(); end <= day {
		p = cal.PeriodOf(g.Cadence, g.End)
	} else if p = cal.PeriodOf(g.Cadence, DateOfDayNumber(day)); p.Valid() && cal.LastDay(p) > day {
		p = p.Prev()
	}
	if !first.Valid() || !p.Valid() {
		return Period{}, 0, false
	}
	n := ordinal(p) - ordinal(first) + 1
	if n <= 0 {
		return Period{}, 0, true
	}
	return p, n, true
}

// dueSpanWalked is DueSpanOf by walking g's check-in periods one by one.
func dueSpanWalked(cal Calendar, g Goal, today Date) DueSpan {
	var s DueSpan
	last := g.End.DayNumber()
	grace, now := Grace(g.Cadence), today.DayNumber()
	var first, lastDue, lastOverdue Period
	for p := cal.PeriodOf(g.Cadence, g.Start); p.Valid() && cal.FirstDay(p) <= last; p = p.Next() {
		dueDay := cal.dueDay(g, p)
		if dueDay > now {
			break
		}
		if s.Due == 0 {
			first = p
		}
		s.Due++
		lastDue = p
		if now-dueDay > grace {
			s.Overdue++
			lastOverdue = p
		}
	}
	if s.Due > 0 {
		s.First, s.LastDue = first.Key(), lastDue.Key()
	}
	if s.Overdue > 0 {
		s.LastOverdue = lastOverdue.Key()
	}
	return s
}

// DueCount is how many of a goal's check-ins are due, and how many of
// those overdue.
type DueCount struct {
	Due, Overdue int
	// LastReported is the key of the latest period of the goal's DueSpan
	// reported, "" when none is.
	LastReported string
}
