package views

import (
	"testing"

	"pacer/app"
)

// TestShareShortOfTargetNeverReads100 projects CN¥11,960,527 of a
// CN¥12,000,000 target, and a progress as far short: they read "99.7%",
// not the "100% of target" and "100% done" of a goal that falls short.
// A target met, or passed, still reads in whole per cent.
func TestShareShortOfTargetNeverReads100(t *testing.T) {
	baseline := 10_000_000.0
	g := app.Goal{Kind: app.KindIncrease, Unit: app.UnitCurrency, UnitLabel: "CNY", Aggregation: app.AggFlow,
		Baseline: &baseline, Target: 12_000_000}
	short := 11_960_527.0 / 12_000_000
	if got := outlookShare(g, app.Projection{EndValue: 11_960_527, Attainment: short}); got != "99.7% of target" {
		t.Errorf("a projection short of the target reads %q", got)
	}
	if got := doneText(g, 11_960_527, short); got != "99.7% done" {
		t.Errorf("a progress short of the target reads %q", got)
	}
	for f, want := range map[float64]string{1: "100% done", 1.004: "100% done", 0.8: "80% done", 0.9999999: "99.9% done"} {
		if got := doneText(g, f*12_000_000, f); got != want {
			t.Errorf("a progress of %v reads %q, want %q", f, got, want)
		}
	}
}
