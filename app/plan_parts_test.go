package app_test

import (
	"testing"

	"pacer/app"
)

// TestPartsOfAPlannedPeriodAddUp: a quarter planned at 25 customers, seen
// by month, read 8.61, 7.78 and 8.61, shown 9, 8 and 9: 26 in a review
// whose quarter reads 25. A part of a planned period now expects the plan
// to its end less the plan to its start, each at the goal's decimals, so
// any months, weeks or halves add up to what they make up, to the cent.
func TestPartsOfAPlannedPeriodAddUp(t *testing.T) {
	cal := app.Calendar{}
	year := app.Period{Cadence: app.CadenceYear, Year: 2023, Index: 1}
	for _, tt := range []struct {
		name     string
		decimals int
		quarter  float64
		months   []float64 // the first quarter's
	}{
		{"customers", 0, 25, []float64{9, 7, 9}},
		{"money", 2, 10000, []float64{3444.44, 3111.12, 3444.44}},
	} {
		g := app.Goal{Kind: app.KindIncrease, Aggregation: app.AggFlow, Target: 4 * tt.quarter, Decimals: tt.decimals,
			Cadence: app.CadenceWeek, PlanBy: app.CadenceQuarter, Start: app.NewDate(2023, 1, 1), End: app.NewDate(2023, 12, 31)}
		plan := app.SplitEven(cal, g, app.CadenceQuarter)
		for i, want := range tt.months {
			m := app.Period{Cadence: app.CadenceMonth, Year: 2023, Index: i + 1}
			if got := app.ExpectedForPeriod(cal, g, plan, m); got != want {
				t.Errorf("%s: %s expects %v, want %v", tt.name, m.Key(), got, want)
			}
		}
		for _, q := range cal.Periods(app.CadenceQuarter, g.Start, g.End) {
			sum := 0.0
			for _, m := range cal.Periods(app.CadenceMonth, cal.Start(q), cal.End(q)) {
				sum += app.ExpectedForPeriod(cal, g, plan, m)
			}
			if whole := app.ExpectedForPeriod(cal, g, plan, q); app.RoundValue(sum, tt.decimals) != whole {
				t.Errorf("%s: the months of %s add up to %v, the quarter expects %v", tt.name, q.Key(), sum, whole)
			}
		}
		weeks := 0.0 // the year's 53 weeks, the first and last in part
		for _, w := range cal.Periods(app.CadenceWeek, g.Start, g.End) {
			weeks += app.ExpectedForPeriod(cal, g, plan, w)
		}
		if app.RoundValue(weeks, tt.decimals) != 4*tt.quarter {
			t.Errorf("%s: the weeks add up to %v, want %v", tt.name, weeks, 4*tt.quarter)
		}
		if got := app.ExpectedForPeriod(cal, g, plan, year); got != 4*tt.quarter {
			t.Errorf("%s: the year expects %v, want %v", tt.name, got, 4*tt.quarter)
		}
	}
}
