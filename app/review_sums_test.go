package app_test

import (
	"maps"
	"slices"
	"testing"

	"pacer/app"
	"pacer/app/internal/testkit"
)

// TestReviewSumsSufficeKeepsTheGoalsAsked: of sums read for every goal of
// a cadence, only those of the goals asked about, and of those whose row
// the sums suffice for, are kept; the others are needed as values.
func TestReviewSumsSufficeKeepsTheGoalsAsked(t *testing.T) {
	sales := rvGoal(1, app.KindIncrease, app.AggFlow, app.UnitCount, 100)   // its plan adds up to it
	share := rvGoal(2, app.KindIncrease, app.AggLevel, app.UnitPercent, 12) // a level: its latest value counts
	silent := rvGoal(3, app.KindIncrease, app.AggFlow, app.UnitCount, 12)
	plans := map[int64][]app.PeriodTarget{1: testkit.Plan("2023-01", 100), 2: testkit.Plan("2023-01", 10)}
	sums := map[int64]app.ReviewSums{
		1: {{Count: 1, Sum: 90}}, 2: {{Count: 1, Sum: 10.5}},
		3: {}, 9: {{Count: 1, Sum: 7}}, // 9: a goal filtered out of the review
	}
	ok, need := app.ReviewSumsSuffice(app.Calendar{}, []app.Goal{sales, share, silent}, plans, testkit.Key(t, "2023-01"), sums)
	if got := slices.Sorted(maps.Keys(ok)); !slices.Equal(got, []int64{1, 3}) {
		t.Errorf("kept the sums of goals %v, want 1 and 3", got)
	}
	if !slices.Equal(need, []int64{2}) {
		t.Errorf("need %v, want the level goal 2", need)
	}
}
