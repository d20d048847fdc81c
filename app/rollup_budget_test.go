package app

import (
	"math"
	"testing"
)

// TestBudgetCountsInItsParentByItsPace rolls up a profit goal from a sales
// goal and a marketing budget (a cap on a sum), each half of it, a month
// into the year: the budget counts as done only as far as the plan has
// used its cap and it keeps to that pace, not as all done because its
// spend is still under the year's cap.
func TestBudgetCountsInItsParentByItsPace(t *testing.T) {
	cal := Calendar{}
	parentID := int64(1)
	span := func(g Goal) Goal {
		g.Start, g.End, g.Cadence, g.PlanBy, g.Aggregation = NewDate(2023, 1, 1), NewDate(2023, 12, 31), CadenceMonth, CadenceMonth, AggFlow
		return g
	}
	parent := span(Goal{ID: 1, Kind: KindIncrease, Unit: UnitCount, Target: 1000})
	sales := span(Goal{ID: 2, Kind: KindIncrease, Unit: UnitCount, Target: 1200, ParentID: &parentID, Weight: 0.5})
	base := 700.0
	budget := span(Goal{ID: 3, Kind: KindDecrease, Unit: UnitCount, Target: 600, Baseline: &base, ParentID: &parentID, Weight: 0.5})
	rolledUp := func(spent float64) float64 {
		snap := Snapshot{Goals: []Goal{parent, sales, budget},
			Plans: map[int64][]PeriodTarget{1: SplitEven(cal, parent, ""), 2: SplitEven(cal, sales, ""), 3: SplitEven(cal, budget, "")},
			CheckIns: map[int64][]CheckIn{
				2: {{GoalID: 2, PeriodKey: "2023-01", Value: 100}},
				3: {{GoalID: 3, PeriodKey: "2023-01", Value: spent}}}}
		paces := Paces(cal, snap, NewDate(2023, 2, 2), DefaultThresholds)
		if !paces[0].HasRollUp {
			t.Fatal("the parent has no roll-up")
		}
		return paces[0].RolledUp
	}
	month := 1.0 / 12
	if got := rolledUp(300); got > 0.06 {
		t.Errorf("half the year's budget spent in January: parent %.3f done, want under 0.06 (sales %.3f, the budget next to nothing)", got, month)
	}
	if got := rolledUp(700); math.Abs(got-month/2) > 1e-9 {
		t.Errorf("the year's cap spent in January: parent %.4f done, want %.4f, the sales goal's half alone", got, month/2)
	}
	if got := rolledUp(50); math.Abs(got-month) > 1e-9 {
		t.Errorf("both on plan in January: parent %.4f done, want %.4f", got, month)
	}
}
