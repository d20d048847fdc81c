package chart

import (
	"math"
	"testing"

	"pacer/app"
	"pacer/app/internal/testkit"
)

// TestProjectionLineFollowsThePlan checks that the cumulative chart's
// dashed projection bends as the plan does: from the latest actual, each
// remaining month adds the pace achieved (80 % of plan) times its plan,
// so that the line and the needs (in the same shape) agree, and it ends
// on the projected total. Before, it was a straight line to the end.
func TestProjectionLineFollowsThePlan(t *testing.T) {
	g := testkit.EffectGoal(app.KindIncrease, app.AggFlow, app.CadenceMonth, 180, 1)
	plan := testkit.MonthlyPlan(10)
	for i := 6; i < 12; i++ {
		plan[i].Target = 20 // the second half plans twice as much
	}
	values := testkit.Vals("2023-01", 8, "2023-02", 8, "2023-03", 8)
	in := CumulativeInput{Goal: g, Plan: plan, Values: values, AsOf: app.NewDate(2023, 4, 2), ProjectionLabel: "Projection"}
	c, err := in.lineChart()
	if err != nil {
		t.Fatal(err)
	}
	var proj chartLine
	for _, l := range c.lines {
		if l.role == roleProjection {
			proj = l
		}
	}
	if len(proj.points) != 10 {
		t.Fatalf("projection has %d points, want one from March and one each for April to December: %+v", len(proj.points), proj.points)
	}
	want := 24.0
	for i, pt := range proj.points {
		if i > 0 {
			want += 0.8 * plan[pt.x].Target
		}
		if pt.x != i+2 || !testkit.Near(pt.v, want) {
			t.Errorf("point %d = %+v, want %v at %d", i, pt, want, i+2)
		}
	}
	pr := app.Project(app.Calendar{}, g, plan, values, in.AsOf)
	if end := proj.points[9].v; !testkit.Near(end, pr.EndValue) {
		t.Errorf("line ends at %v, projection %v", end, pr.EndValue)
	}
	// The needs share the gap in the same shape: twice as much a month
	// in the second half, as the line's steps are.
	if n := pr.Needs; len(n) != 9 || !testkit.Near(n[8].Amount, 2*n[0].Amount) {
		t.Errorf("needs %+v are not in the plan's shape", n)
	}
}

// TestNoProjectionLineOnceEnded checks that the chart of a goal seen after
// its last day draws no projection: the goal ended where its latest value
// left it (app.Project projects no period then), and a dashed line over
// the months never checked in would show a landing that did not happen.
// The same goal seen while it runs still has its line.
func TestNoProjectionLineOnceEnded(t *testing.T) {
	g := testkit.EffectGoal(app.KindIncrease, app.AggFlow, app.CadenceMonth, 120, 0)
	values := testkit.Vals("2023-01", 10, "2023-02", 10, "2023-03", 10)
	for asOf, want := range map[app.Date]bool{app.NewDate(2024, 2, 1): false, app.NewDate(2023, 4, 2): true} {
		in := CumulativeInput{Goal: g, Plan: testkit.MonthlyPlan(10), Values: values, AsOf: asOf, ProjectionLabel: "Projection"}
		c, err := in.lineChart()
		if err != nil {
			t.Fatal(err)
		}
		has := false
		for _, l := range c.lines {
			has = has || l.role == roleProjection
		}
		for _, l := range c.legend {
			if l.role == roleProjection && !want {
				t.Errorf("as of %s: the legend names a projection", asOf)
			}
		}
		if has != want {
			t.Errorf("as of %s: projection line drawn %v, want %v", asOf, has, want)
		}
	}
}

// TestMilestoneDrawsNoProjection checks that a milestone not yet done, on
// track in March for a shop to open by December, has no dashed line: a
// milestone is done or not and is not projected. Before, a line ran flat
// at 0 to December, labelled 0, beside the status "on track".
func TestMilestoneDrawsNoProjection(t *testing.T) {
	g := testkit.EffectGoal(app.KindMilestone, app.AggLevel, app.CadenceMonth, 1, 0)
	in := CumulativeInput{Goal: g, Values: testkit.Vals("2023-01", 0, "2023-02", 0), AsOf: app.NewDate(2023, 3, 2), ProjectionLabel: "Projection"}
	s, err := in.Series()
	if err != nil {
		t.Fatal(err)
	}
	for i, v := range s.Projection {
		if !math.IsNaN(v) {
			t.Errorf("%s: projected %v, want no projection", s.Labels[i], v)
		}
	}
}
