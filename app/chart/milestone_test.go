package chart

import (
	"strings"
	"testing"

	"pacer/app"
)

// milestoneGoal is a milestone due in December 2026, checked in monthly.
var milestoneGoal = app.Goal{ID: 1, Title: "Open the Shenzhen store", Kind: app.KindMilestone, Unit: app.UnitCount,
	Aggregation: app.AggLevel, Target: 1, Start: app.NewDate(2026, 1, 1), End: app.NewDate(2026, 12, 31),
	Cadence: app.CadenceMonth, PlanBy: app.CadenceMonth}

// TestPlanActualBarsOfAMilestoneSayDoneOrNot: the plan and actual bars of
// a milestone, Not done in September and October and due in December,
// label the value axis Not done and Done, not 0 and 1, and write each
// period's gap in words, in the chart's language, where they read ±0 and
// −100.0%.
func TestPlanActualBarsOfAMilestoneSayDoneOrNot(t *testing.T) {
	in := BarsInput{Title: "Open the Shenzhen store: plan and actual by month", PlanLabel: "Plan", ActualLabel: "Actual",
		Goal: milestoneGoal, Periods: []string{"Sep", "Oct", "Dec"}, Plan: []float64{0, 0, 1}, Actual: []float64{0, 0, 0},
		HasActual: []bool{true, true, true},
		Milestone: app.MilestoneWords{Done: "已完成", NotDone: "未完成", Behind: "落后于计划", OnPlan: "符合计划"}}
	b, err := PlanActualBars(in, testSize(1920, 1080, 1), FormatSVG)
	if err != nil {
		t.Fatal(err)
	}
	svg := string(b)
	for _, w := range []string{">已完成<", ">未完成<", ">符合计划<", ">落后于计划<"} {
		if !strings.Contains(svg, w) {
			t.Errorf("SVG lacks %q", w)
		}
	}
	for _, w := range []string{"%<", ">1<", ">0.5<"} {
		if strings.Contains(svg, w) {
			t.Errorf("SVG has %q", w)
		}
	}
}

// TestGapChartsOfAMilestoneSayBehindPlan: the gap charts write a
// milestone's gap behind or ahead of plan, among goals and by period,
// where they wrote −1 (−100.0%) or −100.0%; a goal of sales beside it
// keeps its figures.
func TestGapChartsOfAMilestoneSayBehindPlan(t *testing.T) {
	sales := milestoneGoal
	sales.Kind, sales.Title = app.KindIncrease, "Sales"
	bars := []VarianceBar{{Label: milestoneGoal.Title, Goal: milestoneGoal, Variance: app.Variance(app.UnitCount, 1, 0), OK: true},
		{Label: "Sales", Goal: sales, Variance: app.Variance(app.UnitCount, 100, 80), OK: true}}
	for _, relative := range []bool{true, false} {
		in := VarianceInput{Title: "2026: gap to plan by goal", Bars: bars, Relative: relative}
		if got := in.Notes(); got[0] != "Behind plan" || got[1] != "−20 (−20.0%)" {
			t.Errorf("relative %v: notes %q", relative, got)
		}
	}
	ahead := VarianceInput{Bars: []VarianceBar{{Label: "Sep", Goal: milestoneGoal, Variance: app.Variance(app.UnitCount, 0, 1), OK: true}}}
	if got := ahead.Notes(); got[0] != "Ahead of plan" {
		t.Errorf("a milestone done early: notes %q", got)
	}
}

// TestCumulativeChartOfAMilestoneSaysDoneOrNot: the goal's chart of a
// milestone, Not done in September and October and due in December,
// labels its axis, its target and its latest value Done or Not done, not
// 1 and 0.
func TestCumulativeChartOfAMilestoneSaysDoneOrNot(t *testing.T) {
	in := CumulativeInput{Title: "Open the Shenzhen store", TargetLabel: "Target", Goal: milestoneGoal,
		Plan:   app.SplitEven(app.Calendar{}, milestoneGoal, app.CadenceMonth),
		Values: []app.PeriodValue{{PeriodKey: "2026-09"}, {PeriodKey: "2026-10"}}, AsOf: app.NewDate(2027, 1, 20),
		Milestone: app.MilestoneWords{Done: "已完成", NotDone: "未完成"}}
	b, err := CumulativeChart(in, testSize(1920, 1080, 1), FormatSVG)
	if err != nil {
		t.Fatal(err)
	}
	svg := string(b)
	for _, w := range []string{">Target 已完成<", ">未完成<", ">已完成<"} {
		if !strings.Contains(svg, w) {
			t.Errorf("SVG lacks %q", w)
		}
	}
	for _, w := range []string{">1<", ">0<", ">0.5<", ">Target 1<"} {
		if strings.Contains(svg, w) {
			t.Errorf("SVG has %q", w)
		}
	}
}

// TestGapChartOfAMilestoneByPeriodLabelsItsAxis: the gap chart of one
// milestone by period labels its axis behind, on and ahead of plan, not
// −1, 0 and +1.
func TestGapChartOfAMilestoneByPeriodLabelsItsAxis(t *testing.T) {
	bars := []VarianceBar{{Label: "Sep", Goal: milestoneGoal, Variance: app.Variance(app.UnitCount, 0, 1), OK: true},
		{Label: "Dec", Goal: milestoneGoal, Variance: app.Variance(app.UnitCount, 1, 0), OK: true}}
	in := VarianceInput{Title: "Open the Shenzhen store: gap to plan by month", Bars: bars,
		Milestone: app.MilestoneWords{Behind: "落后于计划", OnPlan: "符合计划", Ahead: "超出计划"}}
	b, err := VarianceBars(in, testSize(1920, 1080, 1), FormatSVG)
	if err != nil {
		t.Fatal(err)
	}
	svg := string(b)
	if strings.Count(svg, ">落后于计划<") < 2 || strings.Count(svg, ">超出计划<") < 2 || !strings.Contains(svg, ">符合计划<") {
		t.Errorf("the axis and notes do not say behind, on and ahead of plan:\n%s", svg)
	}
	for _, w := range []string{">−1<", ">+1<", ">0<", ">±0<"} {
		if strings.Contains(svg, w) {
			t.Errorf("SVG has %q", w)
		}
	}
}
