package app

import (
	"fmt"
	"slices"
	"testing"
)

func TestBreakdownTable(t *testing.T) {
	g := Goal{Aggregation: AggFlow, Decimals: 2, Cadence: CadenceMonth, PlanBy: CadenceQuarter}
	dv := func(period string, history bool, dim, value string, amount float64) DimensionValue {
		return DimensionValue{GoalID: 1, PeriodKey: period, History: history, Dimension: dim, Value: value, Amount: amount}
	}
	ds := []DimensionValue{
		dv("2026-01", false, "产品", "A", 100), dv("2026-01", false, "产品", "B", 50.5),
		dv("2026-02", false, "产品", "A", 100), dv("2026-02", false, "产品", "B", 49.5),
		{GoalID: 1, PeriodKey: "2026-03", Dimension: "产品", Value: UnsplitLabel, Amount: 80, Unsplit: true},
		dv("2026-01", false, "地区", "北美", 150.5), dv("2026-02", false, "地区", "北美", 149.5),
		dv("2025-01", true, "产品", "A", 30), dv("2025-01", true, "产品", "B", 10),
		dv("2025-02", true, "产品", "A", 30), dv("2025-02", true, "产品", "B", 10),
		dv("2025-04", true, "产品", "A", 1), dv("2025-04", true, "产品", "C", 3),
	}
	q := func(i int) Period { return Period{CadenceQuarter, 2026, i} }
	rows := []DetailRow{
		{Period: q(1), Plan: 1000, HasPlan: true, Actual: 380, HasActual: true, Complete: true},
		{Period: q(2), Plan: 500, HasPlan: true, Actual: 0, HasActual: false},
		{Period: q(3), Actual: 10, HasActual: true, Complete: true},
	}
	plans := []DimensionPlan{{PeriodKey: "2026-Q1", Dimension: "产品", Value: "B", Amount: 400},
		{PeriodKey: "2026-Q2", Dimension: "产品", Value: "B", Amount: 9}}
	var got []string
	sums := map[Period][2]float64{}
	for _, r := range BreakdownTable(Calendar{}, g, rows, ds, plans, "产品") {
		got = append(got, fmt.Sprintf("%s %s act %v exp %v ref %v gap %v planned %v plan %v lastyear %v",
			r.Period.Key(), r.Value, r.Actual, r.Expected, r.Reference, r.Gap, r.Planned, r.HasPlan, r.LastYear))
		s := sums[r.Period]
		sums[r.Period] = [2]float64{s[0] + r.Actual, s[1] + r.Gap}
	}
	want := []string{
		// Q1: B has its plan (400); A and the unsplit March share the other 600 by last year (A 60, nothing unsplit).
		"2026-Q1 A act 200 exp 600 ref 60 gap -400 planned false plan true lastyear true",
		"2026-Q1 B act 100 exp 400 ref 20 gap -300 planned true plan true lastyear true",
		"2026-Q1 Other (unsplit) act 80 exp 0 ref 0 gap 80 planned false plan true lastyear true",
		// Q3 has no plan and no breakdown: all unsplit, nothing expected.
		"2026-Q3 Other (unsplit) act 10 exp 0 ref 0 gap 10 planned false plan false lastyear false",
	}
	if !slices.Equal(got, want) {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
	if s := sums[q(1)]; s != [2]float64{380, -620} {
		t.Errorf("Q1 adds up to %v actual and %v gap, want 380 and −620", s[0], s[1])
	}
	if dims := BreakdownDimensions(ds); !slices.Equal(dims, []string{"产品"}) {
		t.Errorf("dimensions %q: 地区 has a single value", dims)
	}
	if vs := DimensionValues(ds, "产品"); !slices.Equal(vs, []string{"A", "B", "C"}) {
		t.Errorf("values %q", vs)
	}
}

func TestTopContributor(t *testing.T) {
	q := func(i int) Period { return Period{CadenceQuarter, 2026, i} }
	row := func(p Period, value string, gap, share float64) BreakdownRow {
		return BreakdownRow{Period: p, Contribution: Contribution{Value: value, Actual: 1, Gap: gap, Share: share}, HasPlan: true}
	}
	table := []BreakdownRow{row(q(1), "A", -900, 0.9), row(q(2), "B", -300, 0.75), row(q(2), "A", -100, 0.25),
		{Period: q(3), Contribution: Contribution{Value: "A", Gap: 5}}}
	if top, ok := TopContributor(table); !ok || top.Value != "B" || top.Period != q(2) {
		t.Errorf("top %+v %v, want B of 2026-Q2 (Q3 has no plan)", top, ok)
	}
	ahead := []BreakdownRow{row(q(1), "A", 300, 1.5), row(q(1), "B", -100, -0.5)}
	if top, ok := TopContributor(ahead); !ok || top.Value != "A" {
		t.Errorf("ahead: top %+v %v, want A", top, ok)
	}
	handOnly := append(table[:3:3], BreakdownRow{Period: q(4), Contribution: Contribution{Value: UnsplitLabel, Unsplit: true,
		Actual: 10, Gap: -90, Share: 1}, HasPlan: true})
	if top, ok := TopContributor(handOnly); !ok || top.Value != "B" {
		t.Errorf("a quarter typed by hand only: top %+v %v, want B of 2026-Q2", top, ok)
	}
	if _, ok := TopContributor([]BreakdownRow{row(q(1), "A", 0, 0)}); ok {
		t.Error("a period without a gap has a top contributor")
	}
}
