package app_test

import (
	"testing"

	"pacer/app"
	"pacer/app/internal/testkit"
)

// TestZeroCapPassedIsNotOnTrack checks a cap of zero on a monthly sum
// (no accidents this year, 100 last year) with 5 in January and none in
// February, as of 15 March 2026: nothing is allowed by now, so 5 is off
// track on the card and in the review of the quarter, as its projection
// already over the cap says. Before, the 5 were measured from last
// year's 100 as 95 % of the way and the card read on track beside
// "already 5 over the cap".
func TestZeroCapPassedIsNotOnTrack(t *testing.T) {
	cal, th := app.Calendar{}, app.DefaultThresholds
	g := testkit.EffectGoal(app.KindDecrease, app.AggFlow, app.CadenceMonth, 0, 0)
	g.Start, g.End, g.Baseline = app.NewDate(2026, 1, 1), app.NewDate(2026, 12, 31), testkit.Ptr(100)
	asOf := testkit.Day(t, "2026-03-15")
	snap := app.NewSnapshot()
	snap.Goals = []app.Goal{g}
	snap.CheckIns[g.ID] = testkit.CheckIns(g.ID, "2026-01", 5, "2026-02", 0)
	a := app.Paces(cal, snap, asOf, th)[0].Assessment
	if a.Status != app.StatusOffTrack {
		t.Errorf("card: %s (ratio %v), want off track", a.Status, a.Ratio)
	}
	if pr := app.Project(cal, g, nil, testkit.Vals("2026-01", 5, "2026-02", 0), asOf); pr.EndValue <= g.Target {
		t.Errorf("projected %v, want over the cap of 0", pr.EndValue)
	}
	if r := app.ReviewRows(cal, snap, testkit.Key(t, "2026-Q1"), asOf, th)[0]; r.Status != app.StatusOffTrack {
		t.Errorf("review of 2026-Q1: %s, want off track", r.Status)
	}
	// Nothing spent against nothing allowed keeps to the cap.
	snap.CheckIns[g.ID] = testkit.CheckIns(g.ID, "2026-01", 0, "2026-02", 0)
	if a := app.Paces(cal, snap, asOf, th)[0].Assessment; a.Status != app.StatusOnTrack {
		t.Errorf("nothing spent: %s, want on track", a.Status)
	}
}
