package app

import (
	"math/rand/v2"
	"reflect"
	"testing"
)

// TestDueSpanCountedIsWalked compares DueSpanOf with walking the
// periods (dueSpanWalked) for random goals of every cadence and fiscal
// start, archived or not, from a day to twelve years long, read on days
// before, in and after them, near year 1 and 9999 too.
func TestDueSpanCountedIsWalked(t *testing.T) {
	r := rand.New(rand.NewPCG(8, 13))
	cadences := []Cadence{CadenceWeek, CadenceMonth, CadenceQuarter, CadenceHalf, CadenceYear, Cadence("fortnight")}
	for range 30_000 {
		cal := randomCalendar(r)
		var start int
		switch r.IntN(6) {
		case 0:
			start = DayNumberOf(9999, 12, 31) - r.IntN(1500)
		case 1:
			start = DayNumberOf(1, 1, 1) + r.IntN(800)
		default:
			start = DayNumberOf(2015, 1, 1) + r.IntN(4000)
		}
		g := Goal{Cadence: cadences[r.IntN(len(cadences))], Archived: r.IntN(20) == 0,
			Start: DateOfDayNumber(start), End: DateOfDayNumber(start + r.IntN(4400) - 5)}
		if r.IntN(30) == 0 {
			g.End = Date{}
		}
		today := DateOfDayNumber(start + r.IntN(5000) - 400)
		want := dueSpanWalked(cal, g, today)
		if g.Archived || g.Start.IsZero() || g.End.IsZero() || g.End.DayNumber() < g.Start.DayNumber() {
			want = DueSpan{} // nothing is due of these
		}
		if got := DueSpanOf(cal, g, today); got != want {
			t.Fatalf("%v, %s goal %s to %s, on %s: counted %+v, walked %+v", cal, g.Cadence, g.Start, g.End, today, got, want)
		}
	}
}

// TestUnreportedFromListsTheDue reports a random prefix of each random
// goal's periods, with a gap or a stray period now and then: where
// UnreportedFrom says every due period from its answer on is unreported,
// DueCheckInsFrom lists what DueCheckIns lists from every reported
// period; and it says so whenever the reported periods leave no gap.
func TestUnreportedFromListsTheDue(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 21))
	cadences := []Cadence{CadenceWeek, CadenceMonth, CadenceQuarter, CadenceHalf, CadenceYear}
	for range 5_000 {
		cal := randomCalendar(r)
		start := DayNumberOf(2015, 1, 1) + r.IntN(3000)
		g := Goal{ID: 1, Cadence: cadences[r.IntN(len(cadences))], Start: DateOfDayNumber(start),
			End: DateOfDayNumber(start + r.IntN(2000))}
		today := DateOfDayNumber(start + r.IntN(2500))
		span := DueSpanOf(cal, g, today)
		if span.Due == 0 {
			continue
		}
		periods := cal.Periods(g.Cadence, g.Start, g.End)
		reported := map[string]bool{}
		gap := r.IntN(3) == 0
		for i, p := range periods[:r.IntN(span.Due+1)] {
			if !gap || i != 1 {
				reported[p.Key()] = true
			}
		}
		gapless := !gap || len(reported) < 2
		c := DueCount{Due: span.Due - len(reported)}
		for k := range reported {
			c.LastReported = max(c.LastReported, k)
		}
		want := DueCheckIns(cal, g, reported, today)
		from, ok := UnreportedFrom(span, c)
		if gapless && !ok {
			t.Fatalf("%s goal %s to %s on %s, %d reported in a row: no period to list from", g.Cadence, g.Start, g.End, today, len(reported))
		}
		if got := DueCheckInsFrom(cal, g, from, nil, today); ok && !reflect.DeepEqual(got, want) {
			t.Fatalf("%s goal %s to %s on %s, reported %v: due from %s %v, DueCheckIns %v", g.Cadence, g.Start, g.End, today, reported, from, got, want)
		}
	}
}

// TestCheckInSpanIsTheListsLengthAndEnd compares checkInSpan with
// CheckInPeriods for random goals of every cadence and fiscal start, near
// year 1 and 9999 too, ended before they start and with no dates.
func TestCheckInSpanIsTheListsLengthAndEnd(t *testing.T) {
	r := rand.New(rand.NewPCG(21, 5))
	cadences := []Cadence{CadenceWeek, CadenceMonth, CadenceQuarter, CadenceHalf, CadenceYear, Cadence("fortnight")}
	for range 20_000 {
		cal := randomCalendar(r)
		start := DayNumberOf(2015, 1, 1) + r.IntN(4000)
		switch r.IntN(6) {
		case 0:
			start = DayNumberOf(9999, 12, 31) - r.IntN(1500)
		case 1:
			start = DayNumberOf(1, 1, 1) + r.IntN(800)
		}
		g := Goal{Cadence: cadences[r.IntN(len(cadences))],
			Start: DateOfDayNumber(start), End: DateOfDayNumber(start + r.IntN(4400) - 5)}
		if r.IntN(30) == 0 {
			g.Start = Date{}
		}
		ps := CheckInPeriods(cal, g)
		n, last := checkInSpan(cal, g)
		var want Period
		if len(ps) > 0 {
			want = ps[len(ps)-1]
		}
		if n != len(ps) || last != want {
			t.Fatalf("%+v, fiscal start %v: span %d ending %v, the list %d ending %v", g, cal.FiscalStart, n, last, len(ps), want)
		}
	}
}
