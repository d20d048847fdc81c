package app_test

import (
	"fmt"
	"testing"

	"pacer/app"
)

// TestCardAndReviewRoundTheSameExpectation: 14 new customers a year,
// checked in weekly without a plan, expects 1.4999999999999998 by 9
// February in binary. The card rounded that down to 1 and read on track
// beside a review of the year that expects 1.5, shown 2, and read off
// track. Both now drop the noise and tell one story.
func TestCardAndReviewRoundTheSameExpectation(t *testing.T) {
	cal, th := app.Calendar{}, app.DefaultThresholds
	g := app.Goal{ID: 1, Kind: app.KindIncrease, Aggregation: app.AggFlow, Unit: app.UnitCount, Target: 14,
		Cadence: app.CadenceWeek, PlanBy: app.CadenceMonth, Start: app.NewDate(2026, 1, 1), End: app.NewDate(2026, 12, 31)}
	snap := app.NewSnapshot()
	snap.Goals = []app.Goal{g}
	for i, k := range []string{"2026-W01", "2026-W02", "2026-W03", "2026-W04", "2026-W05", "2026-W06"} {
		snap.CheckIns[1] = append(snap.CheckIns[1], app.CheckIn{GoalID: 1, PeriodKey: k, Value: float64(i / 5)})
	}
	asOf := app.NewDate(2026, 2, 9)
	p := app.Paces(cal, snap, asOf, th)[0]
	row := app.ReviewRows(cal, snap, app.Period{Cadence: app.CadenceYear, Year: 2026, Index: 1}, asOf, th)[0]
	card, _ := app.ShownFigures(g, p.Assessment.Expected, 0)
	review, _ := app.ShownFigures(g, row.ExpectedCovered, 0)
	if p.Assessment.Status != row.Status || card != review || p.Assessment.Expected != row.ExpectedCovered {
		t.Errorf("card expects %v (shown %v), %s; the year's review %v (shown %v), %s",
			p.Assessment.Expected, card, p.Assessment.Status, row.ExpectedCovered, review, row.Status)
	}
	if got, _ := app.ShownFigures(g, 1.4999999999999998, 0); got != 2 {
		t.Errorf("ShownFigures(1.4999999999999998) = %v, want 2 as the review shows 1.5", got)
	}
}

// TestRunningPeriodMeasuredToDate: January's 50 checked in on the 15th of
// a 1,200-a-year goal planned 100 a month. The card measures it against
// the plan to date and reads on track; January's and the year's review
// rows measured it against January's whole plan and read off track. They
// now measure it to date too, and tell the same story.
func TestRunningPeriodMeasuredToDate(t *testing.T) {
	cal, th := app.Calendar{}, app.DefaultThresholds
	g := app.Goal{ID: 1, Kind: app.KindIncrease, Aggregation: app.AggFlow, Unit: app.UnitCount, Target: 1200,
		Cadence: app.CadenceMonth, PlanBy: app.CadenceMonth, Start: app.NewDate(2026, 1, 1), End: app.NewDate(2026, 12, 31)}
	snap := app.NewSnapshot()
	snap.Goals = []app.Goal{g}
	snap.Plans[1] = app.SplitEven(cal, g, app.CadenceMonth)
	snap.CheckIns[1] = []app.CheckIn{{GoalID: 1, PeriodKey: "2026-01", Value: 50}}
	asOf := app.NewDate(2026, 1, 15)
	p := app.Paces(cal, snap, asOf, th)[0]
	for _, period := range []app.Period{{Cadence: app.CadenceMonth, Year: 2026, Index: 1}, {Cadence: app.CadenceYear, Year: 2026, Index: 1}} {
		r := app.ReviewRows(cal, snap, period, asOf, th)[0]
		if p.Assessment.Status != r.Status || p.Assessment.Expected != r.ExpectedCovered {
			t.Errorf("%s: card %s against %v, review row %s against %v", period.Key(), p.Assessment.Status, p.Assessment.Expected, r.Status, r.ExpectedCovered)
		}
	}
	// Once January has ended, it is measured against its whole plan.
	later := app.NewDate(2026, 2, 3)
	if r := app.ReviewRows(cal, snap, app.Period{Cadence: app.CadenceMonth, Year: 2026, Index: 1}, later, th)[0]; r.ExpectedCovered != 100 {
		t.Errorf("January after its end: expected %v, want 100", r.ExpectedCovered)
	}
}

// TestLevelOnTrackOnlyWithinReach: a level raised from 100 to 106, planned
// evenly by month, at 101 in June against the 103 planned: its ratio of
// levels is 0.98, yet its projection lands at 104, two thirds of the way.
// It read on track beside that projection; it now reads at risk, as a
// stay goal whose projection crosses its line does. Nearer the plan, at
// 102.9, it is on track.
func TestLevelOnTrackOnlyWithinReach(t *testing.T) {
	cal, th := app.Calendar{}, app.DefaultThresholds
	base := 100.0
	g := app.Goal{ID: 1, Kind: app.KindIncrease, Aggregation: app.AggLevel, Unit: app.UnitCount, Decimals: 1, Baseline: &base,
		Target: 106, Cadence: app.CadenceMonth, PlanBy: app.CadenceMonth, Start: app.NewDate(2026, 1, 1), End: app.NewDate(2026, 12, 31)}
	snap := app.NewSnapshot()
	snap.Goals = []app.Goal{g}
	snap.Plans[1] = app.SplitEven(cal, g, app.CadenceMonth)
	for _, june := range []float64{101, 102.9} {
		snap.CheckIns[1] = nil
		for i, v := range []float64{100.5, 101, 101, 101, 101, june} {
			snap.CheckIns[1] = append(snap.CheckIns[1], app.CheckIn{GoalID: 1, PeriodKey: fmt.Sprintf("2026-%02d", i+1), Value: v})
		}
		p := app.Paces(cal, snap, app.NewDate(2026, 7, 5), th)[0]
		reach := p.Projection.Attainment >= th.AtRisk
		if (p.Assessment.Status == app.StatusOnTrack) != reach {
			t.Errorf("June at %v: %s (ratio %.3f) beside a projection of %v, %.0f%% of the way", june, p.Assessment.Status,
				p.Assessment.Ratio, p.Projection.EndValue, 100*p.Projection.Attainment)
		}
	}
}
