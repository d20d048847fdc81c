package app

import (
	"math/rand/v2"
	"testing"
)

// TestSpansTwoPeriodsIsListingThem compares spansTwoPeriods with
// counting the periods Calendar.Periods lists, over random spans of every
// cadence and fiscal start, from a day to three years long and from
// before year 1 to past 9999, where periods stop being valid.
func TestSpansTwoPeriodsIsListingThem(t *testing.T) {
	r := rand.New(rand.NewPCG(23, 5))
	cadences := []Cadence{CadenceWeek, CadenceMonth, CadenceQuarter, CadenceHalf, CadenceYear, Cadence("fortnight")}
	for range 20_000 {
		cal := randomCalendar(r)
		c := cadences[r.IntN(len(cadences))]
		var first int
		switch r.IntN(4) {
		case 0:
			first = DayNumberOf(9999, 12, 31) - r.IntN(800)
		case 1:
			first = DayNumberOf(1, 1, 1) - 10 + r.IntN(800)
		default:
			first = DayNumberOf(2020, 1, 1) + r.IntN(3000)
		}
		start := DateOfDayNumber(first)
		end := DateOfDayNumber(first + r.IntN(1100) - 3)
		want := len(cal.Periods(c, start, end)) >= 2
		if got := spansTwoPeriods(cal, c, start, end); got != want {
			t.Fatalf("%v %s %s to %s: spansTwoPeriods = %v, Periods lists %d", cal, c, start, end, got, len(cal.Periods(c, start, end)))
		}
	}
}
