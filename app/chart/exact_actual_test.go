package chart

import (
	"testing"

	"pacer/app"
)

// TestCumulativeActualAddsToTheCent checks that the cumulative chart's
// actual line adds check-ins as the goal detail's table and the dashboard
// do (app.ExactSum): 0.1 and 0.2 by turns over three years of months,
// which drift when added as floats, put every point on the very figure
// the table shows.
func TestCumulativeActualAddsToTheCent(t *testing.T) {
	g := app.Goal{ID: 1, Title: "Cents", Kind: app.KindIncrease, Unit: app.UnitCurrency, UnitLabel: "USD",
		Decimals: 2, Aggregation: app.AggFlow, Cadence: app.CadenceMonth, PlanBy: app.CadenceMonth,
		Target: 10, Start: app.NewDate(2023, 1, 1), End: app.NewDate(2025, 12, 31)}
	cal := app.Calendar{}
	var values []app.PeriodValue
	var vs []float64
	for i, p := range cal.Periods(app.CadenceMonth, g.Start, g.End) {
		v := 0.1
		if i%2 == 1 {
			v = 0.2
		}
		values = append(values, app.PeriodValue{PeriodKey: p.Key(), Value: v})
		vs = append(vs, v)
	}
	in := CumulativeInput{Calendar: cal, Goal: g, Values: values, AsOf: app.NewDate(2026, 1, 15)}
	s, err := in.Series()
	if err != nil {
		t.Fatal(err)
	}
	pace := app.Pace{Goal: g, Values: values}
	rows := app.DetailRows(cal, pace, in.AsOf, app.DefaultThresholds)
	drifted := false
	sum := 0.0
	for i := range vs {
		sum += vs[i]
		want := app.ExactSum(vs[:i+1], g.Decimals)
		drifted = drifted || sum != want
		if s.Actual[i] != want {
			t.Errorf("point %d = %v, want %v", i, s.Actual[i], want)
		}
		if i < len(rows) && rows[i].CumActual != want {
			t.Errorf("detail row %d adds up to %v, want %v", i, rows[i].CumActual, want)
		}
	}
	if !drifted {
		t.Fatal("the values do not drift when added as floats; the test shows nothing")
	}
	if len(rows) != len(vs) {
		t.Errorf("%d detail rows for %d months", len(rows), len(vs))
	}
}
