package app

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestDaysInTurnIsBase asks daysInTurn for days mostly in turn, now and
// then out of it, of plans by quarter and by month of goals that start
// and end inside a planned period, and compares each figure, bit for bit,
// with base: the review's covered plan must be the one the goal's other
// figures add up.
func TestDaysInTurnIsBase(t *testing.T) {
	cal := Calendar{}
	rng := rand.New(rand.NewPCG(17, 3))
	for trial := range 40 {
		g := Goal{Kind: KindIncrease, Aggregation: AggFlow, Cadence: CadenceWeek, Target: 1e6,
			Start: NewDate(2019, 2, 1+trial%20), End: NewDate(2023, 11, 1+trial%28)}
		by := []Cadence{CadenceQuarter, CadenceMonth}[trial%2]
		g.PlanBy = by
		var plan []PeriodTarget
		for _, p := range cal.Periods(by, NewDate(2019, 1, 1), NewDate(2023, 12, 31)) {
			plan = append(plan, PeriodTarget{PeriodKey: p.Key(), Target: math.Round(rng.Float64()*1e7) / 100})
		}
		x := cal.Expectation(g, plan)
		if !x.ordered || !x.Cumulative() {
			t.Fatal("the plan should be ordered and cumulative")
		}
		inTurn := daysInTurn{x: &x}
		day := NewDate(2018, 12, 1).DayNumber()
		for range 800 {
			switch rng.IntN(20) {
			case 0:
				day -= rng.IntN(400) // out of turn
			default:
				day += rng.IntN(9)
			}
			if got, want := inTurn.base(day), x.base(day); math.Float64bits(got) != math.Float64bits(want) {
				t.Fatalf("trial %d, day %s: %v in turn, base %v", trial, DateOfDayNumber(day), got, want)
			}
		}
	}
}
