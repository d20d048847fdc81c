package agreement

import (
	"strconv"
	"testing"
	"time"

	"pacer/app"
	"pacer/data"
)

// TestCadenceChangeMidYearJuly follows a goal of a trillion yuan and 37
// fen over a fiscal year from July, checked in by month until December
// and then by quarter (its October and November rolled up into a partial
// second quarter), to the end of its year: every screen gives its figures
// to the cent.
func TestCadenceChangeMidYearJuly(t *testing.T) {
	for _, kind := range []app.Kind{app.KindIncrease, app.KindDecrease} {
		for _, agg := range []app.Aggregation{app.AggFlow, app.AggLevel} {
			w := newWorld(t, 1)
			w.cal = app.Calendar{FiscalStart: time.July}
			if err := w.s.SetSetting(w.ctx, data.SettingFiscalStart, strconv.Itoa(7)); err != nil {
				t.Fatal(err)
			}
			g := app.Goal{Title: "G", Owner: "x", Perspective: app.PerspectiveFinancial, Kind: kind, Aggregation: agg,
				Unit: app.UnitCurrency, UnitLabel: "CNY", Decimals: 2, Target: 1e12 + 0.37,
				Start: app.NewDate(2023, 7, 1), End: app.NewDate(2024, 6, 30), Cadence: app.CadenceMonth, PlanBy: app.CadenceMonth}
			if agg == app.AggLevel {
				b := 5e11
				if kind == app.KindDecrease {
					b = 2e12
				}
				g.Baseline = &b
			}
			plan := app.SplitEven(w.cal, g, app.CadenceMonth)
			if err := w.s.SaveGoalSetup(w.ctx, app.GoalSetup{Goal: &g, Plan: plan}); err != nil {
				t.Fatal(err)
			}
			w.asOf = app.NewDate(2023, 12, 10)
			for _, p := range app.CheckInPeriods(w.cal, g)[:5] {
				c := app.CheckIn{GoalID: g.ID, PeriodKey: p.Key(), Value: w.value(g, p)}
				if err := w.s.PutCheckIn(w.ctx, &c); err != nil {
					t.Fatal(err)
				}
			}
			w.check()
			w.changeCadence(g)
			w.check()
			for _, day := range []app.Date{app.NewDate(2024, 1, 20), app.NewDate(2024, 4, 30), app.NewDate(2024, 7, 20)} {
				w.asOf = day
				w.check()
			}
		}
	}
}
