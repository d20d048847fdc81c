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

// TestZeroCapPassedSaysHowFar: a cap of 0 accidents with 5 by March says
// the cap is passed by 5, as its needs line does, not "95% done" from
// last year's 100; nothing spent is all done.
func TestZeroCapPassedSaysHowFar(t *testing.T) {
	g := app.Goal{Kind: app.KindDecrease, Aggregation: app.AggFlow, Unit: app.UnitCount, Target: 0, Baseline: &[]float64{100}[0]}
	if got := doneText(g, 5, 0.95); got != "already 5 over the cap" {
		t.Errorf("5 of a cap of 0: %q", got)
	}
	if got := doneText(g, 0, 1); got != "100% done" {
		t.Errorf("nothing of a cap of 0: %q", got)
	}
}
