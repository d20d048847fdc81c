package app

import (
	"math"
	"testing"
)

// lossSnapshot is a goal to hold 2026's loss to −1,200,000 (−100,000 a
// month), with months of loss each and, when parent, a parent goal
// over it.
func lossSnapshot(loss float64, months int, parent bool) Snapshot {
	cal := Calendar{}
	g := Goal{ID: 1, Title: "Hold the loss to 1.2M", Kind: KindIncrease, Aggregation: AggFlow, Unit: UnitCurrency,
		Target: -1_200_000, Start: NewDate(2026, 1, 1), End: NewDate(2026, 12, 31), Cadence: CadenceMonth, PlanBy: CadenceMonth}
	snap := Snapshot{Plans: map[int64][]PeriodTarget{1: SplitEven(cal, g, "")}, CheckIns: map[int64][]CheckIn{}}
	for m := 1; m <= months; m++ {
		snap.CheckIns[1] = append(snap.CheckIns[1], CheckIn{GoalID: 1, PeriodKey: Period{CadenceMonth, 2026, m}.Key(), Value: loss})
	}
	if parent {
		p := Goal{ID: 2, Title: "Profit", Kind: KindIncrease, Aggregation: AggFlow, Unit: UnitCurrency, Target: 1,
			Start: g.Start, End: g.End, Cadence: CadenceMonth, PlanBy: CadenceMonth}
		g.ParentID, g.Weight = &p.ID, 1
		snap.Goals = append(snap.Goals, p)
	}
	snap.Goals = append(snap.Goals, g)
	return snap
}

// TestRunningLossProgressTellsTheStatusStory: a loss to hold to, a
// quarter in, is as far along as the share of the year's loss its plan
// expects by now times how well it keeps to it; before, its running loss
// read against the year's target, so −450,000 where −300,000 was planned
// read 163% done (and 175% on plan) beside Off track, and its parent
// rolled it up as all done.
func TestRunningLossProgressTellsTheStatusStory(t *testing.T) {
	asOf := NewDate(2026, 4, 15)
	for _, tt := range []struct {
		loss             float64
		status           Status
		progress, attain float64
	}{
		{-150_000, StatusOffTrack, 0.125, 0.5},
		{-100_000, StatusOnTrack, 0.25, 1},
		{-50_000, StatusOnTrack, 0.375, 1.5},
	} {
		paces := Paces(Calendar{}, lossSnapshot(tt.loss, 3, true), asOf, DefaultThresholds)
		RollUpPaces(paces)
		parent, p := paces[0], paces[1]
		a := p.Assessment
		if a.Status != tt.status || math.Abs(a.Progress-tt.progress) > 1e-9 {
			t.Errorf("%v a month: %s, progress %v; want %s, %v", tt.loss, a.Status, a.Progress, tt.status, tt.progress)
		}
		if marker := ProgressToDate(p.Goal, a.Expected, a.Expected); math.Abs(marker-0.25) > 1e-9 {
			t.Errorf("%v a month: the plan by now is at %v of the way, want 0.25", tt.loss, marker)
		}
		if got := p.Projection.Attainment; math.Abs(got-tt.attain) > 1e-9 {
			t.Errorf("%v a month: projected at %v of target, want %v", tt.loss, got, tt.attain)
		}
		if !parent.HasRollUp || math.Abs(parent.RolledUp-tt.progress) > 1e-9 {
			t.Errorf("%v a month: the parent rolls up %v, want %v", tt.loss, parent.RolledUp, tt.progress)
		}
	}
	// At the year's end the progress is the year's, as the verdict reads it.
	final := Paces(Calendar{}, lossSnapshot(-150_000, 12, false), NewDate(2027, 1, 10), DefaultThresholds)[0]
	if a := final.Assessment; math.Abs(a.Progress-0.5) > 1e-9 || a.Status == StatusAchieved {
		t.Errorf("a year's loss of −1,800,000: %s, progress %v; want 0.5, not achieved", a.Status, a.Progress)
	}
}

// TestLossBeforeItsPlanIsProjectedOnThePlan: a loss to hold to whose
// plan expects nothing in January, and which lost 428,000 then, is off
// track and projected to lose its plan's 1,200,000 on top (a third of
// target); before, its run-rate repeated January's loss in each month
// to come (−5,136,000), and where a period's loss came before the plan's
// first, projected a goal Off track past its target. One on a plan of
// losses from the start keeps its pace against the plan: 150% of the
// planned loss ends at −1,800,000, at its status's ratio.
func TestLossBeforeItsPlanIsProjectedOnThePlan(t *testing.T) {
	snap := lossSnapshot(-428_000, 1, false)
	plan := snap.Plans[1]
	plan[0].Target, plan[1].Target = 0, -200_000
	p := Paces(Calendar{}, snap, NewDate(2026, 2, 1), DefaultThresholds)[0]
	if p.Assessment.Status != StatusOffTrack || p.Projection.EndValue != -1_628_000 || p.Projection.Method != MethodPlanPace {
		t.Errorf("a loss of 428,000 where none was planned: %s, projected %v (%s); want off track, −1,628,000 on the plan",
			p.Assessment.Status, p.Projection.EndValue, p.Projection.Method)
	}
	p = Paces(Calendar{}, lossSnapshot(-150_000, 2, false), NewDate(2026, 3, 1), DefaultThresholds)[0]
	if pr := p.Projection; math.Abs(pr.EndValue+1_800_000) > 1e-6 || math.Abs(pr.Attainment-p.Assessment.Ratio) > 1e-9 {
		t.Errorf("150%% of the planned loss: projected %v at %v of target, status ratio %v; want −1,800,000 at the ratio",
			pr.EndValue, pr.Attainment, p.Assessment.Ratio)
	}
}
