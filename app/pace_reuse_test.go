package app_test

import (
	"math"
	"math/rand/v2"
	"reflect"
	"testing"

	"pacer/app"
)

// TestPacesFromReuseAcrossGoals works out the paces of 600 goals of mixed
// spans, cadences, plans and latest periods in one PacesFrom, where the
// goals a core takes one after the other share what they can (a plan's
// days, the periods that remain and their keys), and checks each pace
// against PacesFrom of its goal alone.
func TestPacesFromReuseAcrossGoals(t *testing.T) {
	rng := rand.New(rand.NewPCG(6, 17))
	cal := app.Calendar{}
	asOf := app.NewDate(2023, 6, 30)
	d := app.DashboardData{Snapshot: app.NewSnapshot(), Totals: map[int64]app.ValueTotals{}}
	for i := range 600 {
		g := reuseGoal(rng, int64(i+1))
		d.Goals = append(d.Goals, g)
		d.Plans[g.ID] = reusePlan(rng, cal, g)
		if latest := cal.Periods(g.Cadence, g.Start, asOf); len(latest) > 0 && rng.IntN(8) > 0 {
			p := latest[rng.IntN(len(latest))]
			d.Totals[g.ID] = app.ValueTotals{Count: 1 + rng.IntN(20), Sum: float64(rng.IntN(5000)) / 4,
				Last: app.PeriodValue{PeriodKey: p.Key(), Value: float64(rng.IntN(400))}}
		}
	}
	all := app.PacesFrom(cal, d, asOf, app.DefaultThresholds)
	for i, g := range d.Goals {
		one := d
		one.Goals = []app.Goal{g}
		alone := app.PacesFrom(cal, one, asOf, app.DefaultThresholds)[0]
		if !reflect.DeepEqual(all[i], alone) {
			t.Fatalf("goal %d among others:\n%+v\nalone:\n%+v", g.ID, all[i], alone)
		}
	}
}

// reuseGoal is a goal of one of a few spans and cadences, so that goals
// side by side often share them.
func reuseGoal(rng *rand.Rand, id int64) app.Goal {
	spans := [][2]app.Date{
		{app.NewDate(2023, 1, 1), app.NewDate(2023, 12, 31)},
		{app.NewDate(2023, 1, 1), app.NewDate(2024, 6, 30)},
		{app.NewDate(2022, 7, 1), app.NewDate(2023, 6, 30)},
		{app.NewDate(2022, 1, 1), app.NewDate(2023, 3, 31)}, // ended
	}
	span := spans[rng.IntN(len(spans))]
	g := app.Goal{ID: id, Title: "g", Perspective: app.PerspectiveFinancial, Kind: app.KindIncrease,
		Unit: app.UnitCount, Aggregation: app.AggFlow, Target: float64(1000 + rng.IntN(9000)),
		Start: span[0], End: span[1], Cadence: app.CadenceWeek, PlanBy: app.CadenceQuarter, Decimals: rng.IntN(3)}
	if rng.IntN(3) == 0 {
		g.Cadence, g.PlanBy = app.CadenceMonth, app.CadenceMonth
	}
	if rng.IntN(6) == 0 {
		g.Aggregation = app.AggLevel
	}
	return g
}

// reusePlan is g's plan by its plan cadence, with targets of its own; now
// and then a target that is not finite, a plan out of order, or none.
func reusePlan(rng *rand.Rand, cal app.Calendar, g app.Goal) []app.PeriodTarget {
	if rng.IntN(10) == 0 {
		return nil
	}
	var plan []app.PeriodTarget
	for _, p := range cal.Periods(g.PlanBy, g.Start, g.End) {
		plan = append(plan, app.PeriodTarget{PeriodKey: p.Key(), Target: float64(rng.IntN(3000))})
	}
	switch rng.IntN(12) {
	case 0:
		plan[rng.IntN(len(plan))].Target = math.Inf(1)
	case 1:
		plan[0], plan[len(plan)-1] = plan[len(plan)-1], plan[0]
	}
	return plan
}

// TestReviewRowsReuseAcrossGoals is TestPacesFromReuseAcrossGoals for the
// review: the rows of 600 goals reviewed from their sums in one
// ReviewRowsFrom, where a core's goals side by side share a plan's days,
// each against ReviewRowsFrom of its goal alone.
func TestReviewRowsReuseAcrossGoals(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 18))
	cal := app.Calendar{}
	asOf := app.NewDate(2023, 6, 30)
	p := app.Period{Cadence: app.CadenceQuarter, Year: 2023, Index: 1}
	d := app.ReviewData{Snapshot: app.NewSnapshot(), Sums: map[int64]app.ReviewSums{}}
	for i := range 600 {
		g := reuseGoal(rng, int64(i+1))
		d.Goals = append(d.Goals, g)
		d.Plans[g.ID] = reusePlan(rng, cal, g)
		var s app.ReviewSums
		for j := range s {
			s[j] = app.PeriodSum{Count: rng.IntN(14), Sum: float64(rng.IntN(40000)) / 4}
		}
		d.Sums[g.ID] = s
	}
	all := app.ReviewRowsFrom(cal, d, p, asOf, app.DefaultThresholds)
	if len(all) < 300 {
		t.Fatalf("only %d of 600 goals reviewed", len(all))
	}
	for _, r := range all {
		one := d
		one.Goals = []app.Goal{r.Goal}
		alone := app.ReviewRowsFrom(cal, one, p, asOf, app.DefaultThresholds)
		if len(alone) != 1 || !reflect.DeepEqual(r, alone[0]) {
			t.Fatalf("goal %d among others:\n%+v\nalone:\n%+v", r.Goal.ID, r, alone)
		}
	}
}
