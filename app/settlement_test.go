package app_test

import (
	"testing"

	"pacer/app"
	"pacer/app/internal/testkit"
	"pacer/app/sample"
)

// replanStory is the sales goal re-planned after a first quarter short
// of its plan, then followed to the letter: its plan, and the values of
// the quarters checked in by each quarter's end.
type replanStory struct {
	g      app.Goal
	first  []app.PeriodTarget // the plan before the re-plan
	plan   []app.PeriodTarget // the re-spread plan
	values []app.PeriodValue  // the four quarters
}

func newReplanStory(t *testing.T) replanStory {
	t.Helper()
	sales := sample.SamplePlan("en")[0]
	s := replanStory{g: sales.Goal, first: sales.Plan}
	if s.g.Aggregation != app.AggFlow || len(s.first) != 4 {
		t.Fatalf("the sample's first goal is not a quarterly flow plan: %+v", s.first)
	}
	q1 := s.first[0].Target - 2e6
	s.plan = respread(t, s.g, s.first, testkit.Vals("2023-Q1", q1), "2023-04-20")
	s.values = testkit.Vals("2023-Q1", q1)
	for _, t := range s.plan[1:] {
		s.values = append(s.values, app.PeriodValue{PeriodKey: t.PeriodKey, Value: t.Target})
	}
	return s
}

// through is the story's values of its first n quarters.
func (s replanStory) through(n int) []app.PeriodValue { return s.values[:n] }

// snapshot is a snapshot of the story's goal with the values of its
// first n quarters.
func (s replanStory) snapshot(n int) app.Snapshot {
	snap := app.NewSnapshot()
	snap.Goals = []app.Goal{s.g}
	snap.Plans[s.g.ID] = s.plan
	for _, v := range s.through(n) {
		snap.CheckIns[s.g.ID] = append(snap.CheckIns[s.g.ID], app.CheckIn{GoalID: s.g.ID, PeriodKey: v.PeriodKey, Value: v.Value})
	}
	return snap
}

// TestARespreadPlanFollowedMeetsItsTarget: a goal re-planned after a
// short first quarter and then following its new plan exactly is on
// track halfway, projected to its target, achieved at the year's end, and
// its year is reviewed against the target with no gap; the first quarter
// is still reviewed against what it planned. Before the settlement the
// year was reviewed 2M short of a plan of the target plus 2M, and halfway
// the goal was at risk, projected short.
func TestARespreadPlanFollowedMeetsItsTarget(t *testing.T) {
	s, cal, th := newReplanStory(t), app.Calendar{}, app.DefaultThresholds
	if got := sum(s.plan); testkit.Near(got, s.g.Target) {
		t.Fatalf("the re-spread plan adds up to %v by itself; the story needs one that does not", got)
	}
	halfway := testkit.Day(t, "2023-07-10")
	a := app.Assess(cal, s.g, s.plan, s.through(2), halfway, th)
	actual := s.values[0].Value + s.values[1].Value
	if !testkit.Near(a.Expected, actual) || a.Status != app.StatusOnTrack {
		t.Errorf("halfway: expected %v, status %v; want %v (the actuals of the new plan), on track", a.Expected, a.Status, actual)
	}
	pr := app.Project(cal, s.g, s.plan, s.through(2), halfway)
	if !testkit.Near(pr.EndValue, s.g.Target) {
		t.Errorf("halfway: projected %v, want the target %v", pr.EndValue, s.g.Target)
	}
	year := testkit.Key(t, "2023")
	rows := app.ReviewRows(cal, s.snapshot(2), year, halfway, th)
	if len(rows) != 1 || !testkit.Near(rows[0].ExpectedCovered, a.Expected) {
		t.Errorf("halfway: the year row expects %+v to date, the status %v", rows, a.Expected)
	}

	end := testkit.Day(t, "2024-01-10")
	if a := app.Assess(cal, s.g, s.plan, s.values, end, th); a.Status != app.StatusAchieved {
		t.Errorf("at the end: status %v, want achieved", a.Status)
	}
	rows = app.ReviewRows(cal, s.snapshot(4), year, end, th)
	if len(rows) != 1 || !testkit.Near(rows[0].Expected, s.g.Target) || !testkit.Near(rows[0].Actual, s.g.Target) {
		t.Fatalf("the year's row: %+v; want the target %v expected and reached", rows, s.g.Target)
	}
	if v := rows[0].VsPlan; !testkit.Near(v.Abs, 0) {
		t.Errorf("the year's variance %+v, want none", v)
	}
	if rows[0].ReplannedAfter != "2023-Q1" {
		t.Errorf("the year's row says it was re-planned after %q, want 2023-Q1", rows[0].ReplannedAfter)
	}
	q1 := app.ReviewRows(cal, s.snapshot(4), testkit.Key(t, "2023-Q1"), end, th)
	if len(q1) != 1 || q1[0].Expected != s.first[0].Target || q1[0].Actual != s.values[0].Value {
		t.Errorf("the first quarter's row: %+v; want its own plan %v against %v", q1, s.first[0].Target, s.values[0].Value)
	}
	q2 := app.ReviewRows(cal, s.snapshot(4), testkit.Key(t, "2023-Q2"), end, th)
	if len(q2) != 1 || !testkit.Near(q2[0].Expected, s.plan[1].Target) || q2[0].ReplannedAfter != "" || q1[0].ReplannedAfter != "" {
		t.Errorf("the second quarter's row: %+v; want the new plan %v", q2, s.plan[1].Target)
	}
}

// TestARespreadPlanReadsAlikeEverywhere: the goal detail's running plan
// ends on the target and passes through what the status expects, the
// dashboard reads the goal's check-ins rather than its totals, and a
// review its values rather than its sums, so that both settle the plan.
func TestARespreadPlanReadsAlikeEverywhere(t *testing.T) {
	s, cal, th := newReplanStory(t), app.Calendar{}, app.DefaultThresholds
	end := testkit.Day(t, "2024-01-10")
	pace := app.Paces(cal, s.snapshot(4), end, th)[0]
	rows := app.DetailRows(cal, pace, end, th)
	if len(rows) != 4 || !testkit.Near(rows[3].CumPlan, s.g.Target) || rows[0].CumPlan != s.first[0].Target ||
		rows[0].ReplannedAfter != "" || rows[1].ReplannedAfter != "2023-Q1" {
		t.Fatalf("detail rows %+v; want the running plan from %v to the target %v", rows, s.first[0].Target, s.g.Target)
	}
	halfway := testkit.Day(t, "2023-07-10")
	if a := app.Assess(cal, s.g, s.plan, s.through(2), halfway, th); !testkit.Near(rows[1].CumPlan, a.Expected) {
		t.Errorf("the running plan after two quarters %v, the status expects %v", rows[1].CumPlan, a.Expected)
	}
	totals := app.ValueTotals{Count: 4, Sum: s.g.Target, Last: s.values[3]}
	if app.TotalsSuffice(app.Calendar{}, s.g, s.plan, totals) {
		t.Error("TotalsSuffice for a re-spread plan: its settlement needs the values")
	}
	if !app.TotalsSuffice(app.Calendar{}, s.g, s.first, totals) {
		t.Error("TotalsSuffice refused the plan before the re-plan, which adds up")
	}
	sums := map[int64]app.ReviewSums{s.g.ID: {{Count: 0}}}
	ok, need := app.ReviewSumsSuffice(cal, []app.Goal{s.g}, map[int64][]app.PeriodTarget{s.g.ID: s.plan}, testkit.Key(t, "2023"), sums)
	if len(ok) != 0 || len(need) != 1 {
		t.Errorf("ReviewSumsSuffice kept the sums of a re-spread plan: %v, need %v", ok, need)
	}
}

// sum is the sum of a plan's targets.
func sum(plan []app.PeriodTarget) float64 {
	total := 0.0
	for _, t := range plan {
		total += t.Target
	}
	return total
}

// TestARespreadCostBudgetFollowedIsOnTrack: a cost budget overspent in
// its first quarter and re-planned keeps its year's budget: following
// the new plan it is on track halfway, and its year expects the budget.
func TestARespreadCostBudgetFollowedIsOnTrack(t *testing.T) {
	cal, th := app.Calendar{}, app.DefaultThresholds
	g := app.Goal{ID: 7, Kind: app.KindDecrease, Aggregation: app.AggFlow, Target: 12e6, Cadence: app.CadenceQuarter,
		PlanBy: app.CadenceQuarter, Start: app.NewDate(2023, 1, 1), End: app.NewDate(2023, 12, 31)}
	first := app.SplitEven(cal, g, app.CadenceQuarter)
	q1 := testkit.Vals("2023-Q1", 4e6)
	plan := respread(t, g, first, q1, "2023-04-05")
	values := append(q1, app.PeriodValue{PeriodKey: "2023-Q2", Value: plan[1].Target})
	halfway := testkit.Day(t, "2023-07-10")
	if a := app.Assess(cal, g, plan, values, halfway, th); !testkit.Near(a.Expected, 4e6+plan[1].Target) || a.Status != app.StatusOnTrack {
		t.Errorf("halfway: expected %v, %v; want %v, on track", a.Expected, a.Status, 4e6+plan[1].Target)
	}
	snap := app.NewSnapshot()
	snap.Goals, snap.Plans[g.ID] = []app.Goal{g}, plan
	for _, v := range values {
		snap.CheckIns[g.ID] = append(snap.CheckIns[g.ID], app.CheckIn{GoalID: g.ID, PeriodKey: v.PeriodKey, Value: v.Value})
	}
	rows := app.ReviewRows(cal, snap, testkit.Key(t, "2023"), halfway, th)
	if len(rows) != 1 || !testkit.Near(rows[0].Expected, g.Target) {
		t.Errorf("the year's row %+v, want the budget %v expected", rows, g.Target)
	}
}
