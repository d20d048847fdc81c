package app

import (
	"math"
	"testing"
)

// TestNegativeFlowTargetReadsALargerLossAsBehind is a profit goal that is
// still a loss: hold the year's loss to −1,200 (−100 a month). A loss of
// −150 a month is behind on the dashboard, in its projection and final
// verdict and in the review alike; −40 a month is ahead.
func TestNegativeFlowTargetReadsALargerLossAsBehind(t *testing.T) {
	cal := Calendar{}
	g := Goal{ID: 1, Kind: KindIncrease, Aggregation: AggFlow, Unit: UnitCurrency, Target: -1200,
		Start: NewDate(2023, 1, 1), End: NewDate(2023, 12, 31), Cadence: CadenceMonth, PlanBy: CadenceMonth}
	plan := SplitEven(cal, g, "")
	snapOf := func(monthly float64, months int) Snapshot {
		var cs []CheckIn
		for m := 1; m <= months; m++ {
			cs = append(cs, CheckIn{GoalID: 1, PeriodKey: Period{CadenceMonth, 2023, m}.Key(), Value: monthly})
		}
		return Snapshot{Goals: []Goal{g}, Plans: map[int64][]PeriodTarget{1: plan}, CheckIns: map[int64][]CheckIn{1: cs}}
	}
	q1 := Period{CadenceQuarter, 2023, 1}
	april := NewDate(2023, 4, 3)

	worse := Paces(cal, snapOf(-150, 3), april, DefaultThresholds)[0]
	if worse.Assessment.Status != StatusOffTrack || math.Abs(worse.Assessment.Ratio-0.5) > 1e-9 {
		t.Errorf("−450 against −300 planned: %s, ratio %v; want off track, 0.5", worse.Assessment.Status, worse.Assessment.Ratio)
	}
	if p := worse.Projection; p.EndValue > -1200 || p.Attainment >= 1 {
		t.Errorf("−450 against −300 planned projects %v (%v of target); want a bigger loss than −1,200, under 100%%", p.EndValue, p.Attainment)
	}
	if r := ReviewRows(cal, snapOf(-150, 3), q1, april, DefaultThresholds)[0]; r.Ratio >= 1 {
		t.Errorf("the review of Q1 at −450 against −300: ratio %v, want under 1", r.Ratio)
	}

	better := Paces(cal, snapOf(-40, 3), april, DefaultThresholds)[0]
	if better.Assessment.Status != StatusOnTrack || better.Projection.Attainment <= 1 {
		t.Errorf("−120 against −300 planned: %s, %v of target; want on track, over 100%%", better.Assessment.Status, better.Projection.Attainment)
	}

	final := Paces(cal, snapOf(-150, 12), NewDate(2024, 1, 5), DefaultThresholds)[0]
	if final.Assessment.Status == StatusAchieved {
		t.Errorf("a year's loss of −1,800 against −1,200: %s, want it not achieved", final.Assessment.Status)
	}
	if got := GoalProgress(g, -1800); math.Abs(got-0.5) > 1e-9 {
		t.Errorf("GoalProgress of −1,800 against −1,200 = %v, want 0.5", got)
	}
	if got := GoalProgress(g, -1200); got != 1 {
		t.Errorf("GoalProgress at the target = %v, want 1", got)
	}
}
