package app_test

import (
	"testing"

	"pacer/app"
)

// TestEvenPlanOfLargeTargetsAddsUp: the wizard's own even split of a
// target of tens of trillions, to the cent, adds up in CheckPlan, as its
// parts do to the cent, by month, week and quarter; the floats added one
// by one drifted cents off (¥46,000,000,000,000.00 by month read
// ¥45,999,999,999,999.99, and the goal could not be saved). Beyond 2^46
// (some 70 trillion) a float no longer holds every cent, and a target there may still
// split a cent off: refused as not adding up, never saved so.
func TestEvenPlanOfLargeTargetsAddsUp(t *testing.T) {
	for _, target := range []float64{46_000_000_000_000, 45_000_000_000_000.07, 71_234_567_890_123.45, 35_184_372_088_831.99} {
		for _, by := range []app.Cadence{app.CadenceMonth, app.CadenceWeek, app.CadenceQuarter} {
			g := app.Goal{Title: "Revenue", Kind: app.KindIncrease, Unit: app.UnitCurrency, UnitLabel: "CNY", Decimals: 2,
				Aggregation: app.AggFlow, Target: target, Start: app.NewDate(2026, 1, 1), End: app.NewDate(2026, 12, 31),
				Cadence: by, PlanBy: by}
			plan := app.SplitEven(app.Calendar{}, g, by)
			if chk := app.CheckPlan(app.Calendar{}, g, plan); !chk.AddsUp || chk.Diff != 0 || chk.Total != target {
				t.Errorf("%.2f by %s: adds up %v to %.2f, off by %.2f", target, by, chk.AddsUp, chk.Total, chk.Diff)
			}
		}
	}
}
