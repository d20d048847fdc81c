package app

import (
	"fmt"
	"math"
	"slices"
	"testing"
	"time"
)

// contributorsText writes a dimension's contributors as "产品 last-year:
// B 3000 5000 -2000 100%".
func contributorsText(gcs []GapContributors) []string {
	var out []string
	for _, gc := range gcs {
		line := fmt.Sprintf("%s last-year:%v", gc.Dimension, gc.LastYear)
		for _, c := range gc.Values {
			line += fmt.Sprintf(" | %s %v %v %v %.0f%%", c.Value, c.Actual, c.Expected, c.Gap, c.Share*100)
		}
		out = append(out, line)
	}
	return out
}

func TestReviewContributors(t *testing.T) {
	cal := Calendar{}
	g := Goal{ID: 1, Title: "Sales", Kind: KindIncrease, Unit: UnitCurrency, Aggregation: AggFlow, Decimals: 2,
		Target: 1200, Start: NewDate(2023, time.January, 1), End: NewDate(2023, time.December, 31),
		Cadence: CadenceMonth, PlanBy: CadenceMonth}
	var plan []PeriodTarget
	for m := 1; m <= 12; m++ {
		plan = append(plan, PeriodTarget{PeriodKey: fmt.Sprintf("2023-%02d", m), Target: 100})
	}
	dv := func(key string, history bool, dim, value string, amount float64) DimensionValue {
		return DimensionValue{GoalID: 1, PeriodKey: key, History: history, Dimension: dim, Value: value, Amount: amount}
	}
	ds := []DimensionValue{
		// Last year, A made three quarters of the first quarter, B a quarter.
		dv("2022-01", true, "产品", "A", 75), dv("2022-01", true, "产品", "B", 25),
		dv("2022-02", true, "产品", "A", 75), dv("2022-02", true, "产品", "B", 25),
		dv("2022-03", true, "产品", "A", 0), dv("2022-03", true, "产品", "B", 100),
		// This year A fell short; March has a check-in typed by hand.
		dv("2023-01", false, "产品", "A", 40), dv("2023-01", false, "产品", "B", 30.01),
		dv("2023-02", false, "产品", "A", 50), dv("2023-02", false, "产品", "B", 30),
		dv("2023-01", false, "地区", "北美", 70.01), dv("2023-02", false, "地区", "北美", 80),
	}
	checkIns := []CheckIn{{GoalID: 1, PeriodKey: "2023-01", Value: 70.01}, {GoalID: 1, PeriodKey: "2023-02", Value: 80}}
	review := func(cs []CheckIn) ReviewRow {
		snap := Snapshot{Goals: []Goal{g}, Plans: map[int64][]PeriodTarget{1: plan}, CheckIns: map[int64][]CheckIn{1: cs}}
		// Within March's grace: the quarter still waits for it, and its
		// two months are measured against their own plan.
		rows := ReviewRows(cal, snap, Period{CadenceQuarter, 2023, 1}, NewDate(2023, time.April, 5), DefaultThresholds)
		return rows[0]
	}
	// A's own plan: 60 in each of January, February and March.
	var plans []DimensionPlan
	for _, m := range []string{"2023-01", "2023-02", "2023-03"} {
		plans = append(plans, DimensionPlan{GoalID: 1, PeriodKey: m, Dimension: "产品", Value: "A", Amount: 60})
	}
	tests := []struct {
		name  string
		row   ReviewRow
		plans []DimensionPlan
		want  []string
	}{
		{"two months of three: like for like, against last year's January and February",
			review(checkIns), nil, []string{"产品 last-year:true | A 90 150 -60 100% | B 60.01 50 10.01 0%"}},
		{"A's own plan for the two months reported, B the rest",
			review(checkIns), plans, []string{"产品 last-year:true | A 90 120 -30 60% | B 60.01 80 -19.99 40%"}},
		{"the whole quarter, March typed by hand",
			review(append(checkIns, CheckIn{GoalID: 1, PeriodKey: "2023-03", Value: 20})), nil,
			[]string{"产品 last-year:true | B 60.01 150 -89.99 60% | A 90 150 -60 40% | Other (unsplit) 20 0 20 0%"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := ReviewContributors(cal, tc.row, ds, tc.plans)
			if !slices.Equal(contributorsText(got), tc.want) {
				t.Errorf("got  %q\nwant %q", contributorsText(got), tc.want)
			}
			for _, gc := range got {
				var sum int64
				for _, c := range gc.Values {
					sum += units(c.Gap, 2)
				}
				if want := units(tc.row.Actual, 2) - units(tc.row.ExpectedCovered, 2); sum != want {
					t.Errorf("%s: the gaps add up to %d cents, the variance is %d", gc.Dimension, sum, want)
				}
			}
		})
	}
	// The store's own unsplit part of March (CompleteBreakdown) is not
	// counted twice.
	whole := tests[2]
	completed := append(slices.Clone(ds), dv("2023-03", false, "产品", UnsplitLabel, 20))
	completed[len(completed)-1].Unsplit = true
	if got := contributorsText(ReviewContributors(cal, whole.row, completed, nil)); !slices.Equal(got, whole.want) {
		t.Errorf("with the store's unsplit part: %q, want %q", got, whole.want)
	}
	// Last year typed by hand only (the store's unsplit parts of its
	// history): the plan is shared by this year's parts instead.
	var byHand []DimensionValue
	for _, d := range ds {
		if !d.History {
			byHand = append(byHand, d)
		}
	}
	for _, m := range []string{"2022-01", "2022-02", "2022-03"} {
		byHand = append(byHand, DimensionValue{GoalID: 1, PeriodKey: m, History: true, Dimension: "产品", Value: UnsplitLabel, Unsplit: true, Amount: 100})
	}
	want := []string{"产品 last-year:false | A 90 119.99 -29.99 60% | B 60.01 80.01 -20 40%"}
	if got := contributorsText(ReviewContributors(cal, review(checkIns), byHand, nil)); !slices.Equal(got, want) {
		t.Errorf("last year typed by hand: %q, want %q", got, want)
	}
	level := g
	level.Aggregation = AggLevel
	row := review(checkIns)
	row.Goal = level
	if got := ReviewContributors(cal, row, ds, nil); got != nil {
		t.Errorf("a level goal is broken down: %q", contributorsText(got))
	}
}

func TestTopContributors(t *testing.T) {
	list := []Contribution{{Value: "B", Share: 0.73}, {Value: "C", Share: 0.2}, {Value: "D", Share: 0.1}, {Value: "A", Share: -0.03}}
	var got []string
	for _, c := range TopContributors(list, 3) {
		got = append(got, c.Value)
	}
	if !slices.Equal(got, []string{"B", "C"}) {
		t.Errorf("top contributors %q, want B and C (93 %% of the gap)", got)
	}
}

// TestReviewContributorsPlanOfOneMonth reviews a whole quarter in which
// 产品 A had its own plan for January only: A is not expected to bring its
// January plan for the whole quarter (which made it look far ahead), but
// its share of the quarter's plan, as B is; a plan for every month counts.
func TestReviewContributorsPlanOfOneMonth(t *testing.T) {
	cal := Calendar{}
	g := Goal{ID: 1, Title: "Sales", Kind: KindIncrease, Unit: UnitCurrency, Aggregation: AggFlow, Decimals: 2,
		Target: 1200, Start: NewDate(2023, time.January, 1), End: NewDate(2023, time.December, 31),
		Cadence: CadenceMonth, PlanBy: CadenceMonth}
	var plan []PeriodTarget
	for m := 1; m <= 12; m++ {
		plan = append(plan, PeriodTarget{PeriodKey: fmt.Sprintf("2023-%02d", m), Target: 100})
	}
	var ds []DimensionValue
	var checkIns []CheckIn
	for _, m := range []string{"01", "02", "03"} {
		ds = append(ds, DimensionValue{GoalID: 1, PeriodKey: "2023-" + m, Dimension: "产品", Value: "A", Amount: 50},
			DimensionValue{GoalID: 1, PeriodKey: "2023-" + m, Dimension: "产品", Value: "B", Amount: 40})
		checkIns = append(checkIns, CheckIn{GoalID: 1, PeriodKey: "2023-" + m, Value: 90})
	}
	snap := Snapshot{Goals: []Goal{g}, Plans: map[int64][]PeriodTarget{1: plan}, CheckIns: map[int64][]CheckIn{1: checkIns}}
	row := ReviewRows(cal, snap, Period{CadenceQuarter, 2023, 1}, NewDate(2023, time.May, 1), DefaultThresholds)[0]
	pl := func(m string, amount float64) DimensionPlan {
		return DimensionPlan{GoalID: 1, PeriodKey: "2023-" + m, Dimension: "产品", Value: "A", Amount: amount}
	}
	january := ReviewContributors(cal, row, ds, []DimensionPlan{pl("01", 70)})
	if got, want := contributorsText(january), []string{"产品 last-year:false | A 150 166.67 -16.67 56% | B 120 133.33 -13.33 44%"}; !slices.Equal(got, want) || january[0].Planned {
		t.Errorf("A planned for January only:\n%q (planned %v)\nwant %q", got, january[0].Planned, want)
	}
	quarter := ReviewContributors(cal, row, ds, []DimensionPlan{pl("01", 70), pl("02", 70), pl("03", 70)})
	if got, want := contributorsText(quarter), []string{"产品 last-year:false | A 150 210 -60 100% | B 120 90 30 0%"}; !slices.Equal(got, want) || !quarter[0].Planned {
		t.Errorf("A planned for every month:\n%q\nwant %q", got, want)
	}
}

// TestGapMonthInBreakdownAndComparisons checks a half year under way with
// March never checked in (January, February and April are, A and B 50
// each, A planned at 50 a month): the row is measured against the plan to
// the end of April, March counting as nothing, and so is each value's own
// plan, A's March included, rather than March's shortfall landing on B;
// and the same months of last year, March missing there too, are still
// compared with, the months reported on both sides.
func TestGapMonthInBreakdownAndComparisons(t *testing.T) {
	cal := Calendar{}
	g := Goal{ID: 1, Title: "Sales", Kind: KindIncrease, Unit: UnitCount, Aggregation: AggFlow,
		Target: 2400, Start: NewDate(2022, time.January, 1), End: NewDate(2023, time.December, 31),
		Cadence: CadenceMonth, PlanBy: CadenceMonth}
	var plan []PeriodTarget
	var plans []DimensionPlan
	for _, y := range []int{2022, 2023} {
		for m := 1; m <= 12; m++ {
			key := fmt.Sprintf("%d-%02d", y, m)
			plan = append(plan, PeriodTarget{PeriodKey: key, Target: 100})
			if y == 2023 {
				plans = append(plans, DimensionPlan{GoalID: 1, PeriodKey: key, Dimension: "产品", Value: "A", Amount: 50})
			}
		}
	}
	var cs []CheckIn
	var ds []DimensionValue
	for _, key := range []string{"2022-01", "2022-02", "2022-04", "2023-01", "2023-02", "2023-04"} {
		cs = append(cs, CheckIn{GoalID: 1, PeriodKey: key, Value: 100})
		ds = append(ds, DimensionValue{GoalID: 1, PeriodKey: key, Dimension: "产品", Value: "A", Amount: 50},
			DimensionValue{GoalID: 1, PeriodKey: key, Dimension: "产品", Value: "B", Amount: 50})
	}
	snap := Snapshot{Goals: []Goal{g}, Plans: map[int64][]PeriodTarget{1: plan}, CheckIns: map[int64][]CheckIn{1: cs}}
	r := ReviewRows(cal, snap, Period{CadenceHalf, 2023, 1}, NewDate(2023, time.May, 20), DefaultThresholds)[0]
	if r.ExpectedCovered != 400 || r.Actual != 300 || !r.HasLastYear || r.LastYear != 300 {
		t.Fatalf("row: %v against %v, last year %v (%v); want 300 against 400, last year 300", r.Actual, r.ExpectedCovered, r.LastYear, r.HasLastYear)
	}
	got := contributorsText(ReviewContributors(cal, r, ds, plans))
	want := []string{"产品 last-year:true | A 150 200 -50 50% | B 150 200 -50 50%"}
	if !slices.Equal(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// TestReviewContributorsToDate: January under way on the 15th, its 50 (A
// 30, B 20) measured against the 48.39 planned by then. A's own plan of
// 60 is January's whole: compared with the row's plan to date, it left an
// unsplit value expected to bring −11.61. While the period runs, A and B
// share the plan to date, and their gaps add up to the row's.
func TestReviewContributorsToDate(t *testing.T) {
	cal := Calendar{}
	g := Goal{ID: 1, Title: "Sales", Kind: KindIncrease, Unit: UnitCurrency, Aggregation: AggFlow, Decimals: 2,
		Target: 1200, Start: NewDate(2026, time.January, 1), End: NewDate(2026, time.December, 31),
		Cadence: CadenceMonth, PlanBy: CadenceMonth}
	snap := Snapshot{Goals: []Goal{g}, Plans: map[int64][]PeriodTarget{1: SplitEven(cal, g, CadenceMonth)},
		CheckIns: map[int64][]CheckIn{1: {{GoalID: 1, PeriodKey: "2026-01", Value: 50}}}}
	row := ReviewRows(cal, snap, Period{CadenceMonth, 2026, 1}, NewDate(2026, time.January, 15), DefaultThresholds)[0]
	if !row.ToDate {
		t.Fatalf("January on the 15th is not to date: %+v", row)
	}
	ds := []DimensionValue{{GoalID: 1, PeriodKey: "2026-01", Dimension: "产品", Value: "A", Amount: 30},
		{GoalID: 1, PeriodKey: "2026-01", Dimension: "产品", Value: "B", Amount: 20}}
	got := ReviewContributors(cal, row, ds, []DimensionPlan{{GoalID: 1, PeriodKey: "2026-01", Dimension: "产品", Value: "A", Amount: 60}})
	if len(got) != 1 || got[0].Planned || len(got[0].Values) != 2 {
		t.Fatalf("contributors %q", contributorsText(got))
	}
	sum := 0.0
	for _, v := range got[0].Values {
		sum += v.Gap
	}
	if want := row.VsPlan.Abs; math.Abs(sum-want) > 1e-9 {
		t.Errorf("gaps add up to %v, the row's is %v: %q", sum, want, contributorsText(got))
	}
}
