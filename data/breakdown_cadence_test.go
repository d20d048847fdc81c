package data_test

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"pacer/app"
)

// TestCadenceChangeKeepsBreakdown imports three months of a monthly goal
// by product and changes the goal to quarterly: the quarter's breakdown is
// the months' added up, not lost to "Other (unsplit)".
func TestCadenceChangeKeepsBreakdown(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	g := monthlyGoal(t, s, app.AggFlow)
	imp := app.Import{}
	for i, k := range []string{"2023-01", "2023-02", "2023-03"} {
		a, b := 100.25+float64(i), 200.5
		imp.CheckIns = append(imp.CheckIns, app.CheckIn{GoalID: g.ID, PeriodKey: k, Value: a + b, Confidence: 5})
		imp.Breakdown = append(imp.Breakdown,
			app.DimensionValue{GoalID: g.ID, PeriodKey: k, Dimension: "产品", Value: "A", Amount: a, Rows: 2},
			app.DimensionValue{GoalID: g.ID, PeriodKey: k, Dimension: "产品", Value: "B", Amount: b, Rows: 1})
	}
	mustNotErr(t, s.ApplyImport(ctx, imp))
	// A is planned every month of the quarter, B in January only.
	for _, k := range []string{"2023-01", "2023-02", "2023-03"} {
		plans := []app.DimensionPlan{{GoalID: g.ID, PeriodKey: k, Dimension: "产品", Value: "A", Amount: 100.1}}
		if k == "2023-01" {
			plans = append(plans, app.DimensionPlan{GoalID: g.ID, PeriodKey: k, Dimension: "产品", Value: "B", Amount: 50})
		}
		mustNotErr(t, s.SetDimensionPlans(ctx, g.ID, k, "产品", plans))
	}
	edited := *g
	edited.Cadence = app.CadenceQuarter
	change, err := s.PreviewCadenceChange(ctx, edited)
	mustNotErr(t, err)
	mustNotErr(t, s.ChangeCadence(ctx, change))
	want := []string{"2023-Q1 产品=A 303.75 (6)", "2023-Q1 产品=B 601.5 (3)"}
	if got := breakdownText(t, s, g.ID); !slices.Equal(got, want) {
		t.Errorf("breakdown after the change %q, want %q", got, want)
	}
	plans, err := s.DimensionPlans(ctx, g.ID)
	mustNotErr(t, err)
	var got []string
	for _, p := range plans {
		got = append(got, fmt.Sprintf("%s %s=%s %v", p.PeriodKey, p.Dimension, p.Value, p.Amount))
	}
	if want := []string{"2023-01 产品=B 50", "2023-Q1 产品=A 300.3"}; !slices.Equal(got, want) {
		t.Errorf("plans by value after the change %q, want %q", got, want)
	}
}

// TestDeletedCheckInBreakdownGone deletes an imported check-in and types
// the period again by hand: the period is typed by hand only, its value
// all "Other (unsplit)", not the deleted import's products again.
func TestDeletedCheckInBreakdownGone(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	g := monthlyGoal(t, s, app.AggFlow)
	imp := app.Import{}
	for _, k := range []string{"2023-01", "2023-02"} {
		imp.CheckIns = append(imp.CheckIns, app.CheckIn{GoalID: g.ID, PeriodKey: k, Value: 300, Confidence: 5})
		imp.Breakdown = append(imp.Breakdown, app.DimensionValue{GoalID: g.ID, PeriodKey: k, Dimension: "产品", Value: "A", Amount: 100, Rows: 1},
			app.DimensionValue{GoalID: g.ID, PeriodKey: k, Dimension: "产品", Value: "B", Amount: 200, Rows: 1})
	}
	mustNotErr(t, s.ApplyImport(ctx, imp))
	c, err := s.CheckInByPeriod(ctx, g.ID, "2023-01")
	mustNotErr(t, err)
	mustNotErr(t, s.DeleteCheckIn(ctx, c.ID))
	mustNotErr(t, s.PutCheckIn(ctx, &app.CheckIn{GoalID: g.ID, PeriodKey: "2023-01", Value: 50, Confidence: 5}))
	want := []string{"2023-01 产品=Other (unsplit) 50 (0)", "2023-02 产品=A 100 (1)", "2023-02 产品=B 200 (1)"}
	if got := breakdownText(t, s, g.ID); !slices.Equal(got, want) {
		t.Errorf("breakdown of the period typed again %q, want %q", got, want)
	}
}
