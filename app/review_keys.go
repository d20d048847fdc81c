package app

import (
	"slices"
)

// periodCadences are the cadences a period key can name.
var periodCadences = []Cadence{CadenceWeek, CadenceMonth, CadenceQuarter, CadenceHalf, CadenceYear}

// ReviewKeys are the keys of the periods whose check-ins and history values
// ReviewRows reads to review p as of asOf, sorted: ReviewRowsFrom of a
// snapshot that holds only the values of those periods
// (data.Store.PeriodSnapshot), with each goal's latest period reported in
// ReviewData.Latest, equals ReviewRows of the full one. It is nil for an
// invalid p.
//
// A row looks values up by period in p, p.Prev() and SameLastYear(p): each
// period itself and the periods of every cadence that lie inside it. Those
// are the first keys. Only check-ins of periods started by asOf count,
// though, and they are cut (startedBy) where the first period that has
// not started comes in series order, which for check-ins of mixed
// cadences is not time order: a fiscal year that starts after asOf can
// come before a week that started, and hide it. So the keys also name
// every period that starts after asOf and comes in series order before
// the last looked-up period that has started; with those read, the cut
// falls before a looked-up period exactly when it does in the full
// snapshot. With check-ins of one cadence no such period is ever checked
// in.
func ReviewKeys(cal Calendar, p Period, asOf Date) []string {
	if !p.Valid() {
		return nil
	}
	seen := map[Period]bool{}
	add := func(q Period) {
		if q.Valid() {
			seen[q] = true
		}
	}
	day := asOf.DayNumber()
	var last Period // in series order, of the looked-up periods started by asOf
	look := func(s Period) {
		add(s)
		if cal.FirstDay(s) <= day && (!last.Valid() || PeriodLess(last, s)) {
			last = s
		}
	}
	for _, q := range []Period{p, p.Prev(), cal.SameLastYear(p)} {
		if q.Valid() {
			for _, c := range periodCadences {
				for _, s := range cal.subPeriods(c, q) {
					look(s)
				}
			}
		}
	}
	// A weekly goal's last week counts for p when it runs past p's end
	// (Calendar.weekPastEnd): the week that holds p's last day.
	if w := cal.PeriodOf(CadenceWeek, DateOfDayNumber(cal.LastDay(p))); p.Cadence != CadenceWeek && w.Valid() {
		look(w)
	}
	if last.Valid() {
		cal.laterBefore(day, last, add)
	}
	keys := make([]string, 0, len(seen))
	for q := range seen {
		keys = append(keys, q.Key())
	}
	slices.Sort(keys)
	return keys
}

// laterBefore calls add with every period, of each cadence, that starts
// after day and comes before last in series order.
func (cal Calendar) laterBefore(day int, last Period, add func(Period)) {
	for _, c := range periodCadences {
		// The first period of c that starts after day, then on while
		// series order puts them before last: that order follows
		// (Year, Index) within a cadence.
		s := cal.PeriodOf(c, DateOfDayNumber(day+1))
		if s.Valid() && cal.FirstDay(s) <= day {
			s = s.Next()
		}
		for ; s.Valid() && PeriodLess(s, last); s = s.Next() {
			add(s)
		}
	}
}
