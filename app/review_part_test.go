package app_test

import (
	"testing"

	"pacer/app"
)

// TestPartlyReportedQuarterComparesWhatItIsMeasuredOn reviews 2024-Q1 of
// a monthly sales goal planned at 1,200 a month, whose 2023 and Q4 were
// exactly 1,200 a month: the plan and the periods compared with are then
// one figure, and a row telling one story has one gap to each, over the
// same months. The plan a quarter with months missing is measured against
// counts a month never reported as nothing when a later month is reported
// (January and March), when the goal has a check-in of April, and once
// the quarter's grace has passed (January alone, reviewed in May); the
// quarter before and a year earlier count those months too. Before, they
// covered only the months reported: Q1 closed with January's 1,200 read
// −66.7% against plan, missed, and ±0 on a year earlier.
func TestPartlyReportedQuarterComparesWhatItIsMeasuredOn(t *testing.T) {
	cases := []struct {
		what    string
		months  []int // the months of 2024 checked in, at 1,200
		asOf    app.Date
		covered float64 // the plan the quarter is measured against
	}{
		{"January, Q1 running", []int{1}, app.NewDate(2024, 2, 10), 1200},
		{"January and March, within the grace", []int{1, 3}, app.NewDate(2024, 4, 3), 3600},
		{"January and April", []int{1, 4}, app.NewDate(2024, 4, 5), 3600},
		{"January alone, the grace passed", []int{1}, app.NewDate(2024, 5, 1), 3600},
	}
	for _, c := range cases {
		snap := monthlySales2024(monthHistory2023(1200), c.months...)
		r := onlyRowOf(t, snap, "2024-Q1", c.asOf)
		if r.ExpectedCovered != c.covered {
			t.Fatalf("%s: measured against %v, want %v", c.what, r.ExpectedCovered, c.covered)
		}
		if !r.HasPrevious || !r.HasLastYear || r.Previous != c.covered || r.LastYear != c.covered {
			t.Errorf("%s: compared with %v (%v) the quarter before and %v (%v) a year earlier, measured against a plan of %v for the same months",
				c.what, r.Previous, r.HasPrevious, r.LastYear, r.HasLastYear, c.covered)
		}
		if r.VsLastYear != r.VsPlan || r.VsPrevious != r.VsPlan {
			t.Errorf("%s (%s): %+v to plan, %+v to the quarter before, %+v to a year earlier, all the same figure",
				c.what, r.Status, r.VsPlan, r.VsPrevious, r.VsLastYear)
		}
	}
}

// TestClosedLevelQuarterComparesItsEnd reviews 2024-Q1 of a monthly level
// goal (customers on the books) once its grace has passed with March never
// reported: February's figure is measured against the plan at the
// quarter's end, as the goal's verdict measures it, and so compared with
// the figure at the end of Q4 2023 and of Q1 2023, not with those of the
// Februaries and Novembers before.
func TestClosedLevelQuarterComparesItsEnd(t *testing.T) {
	cal := app.Calendar{}
	base := 100.0
	g := app.Goal{ID: 1, Title: "Customers", Kind: app.KindIncrease, Unit: app.UnitCount, Aggregation: app.AggLevel,
		Baseline: &base, Target: 220, Start: app.NewDate(2024, 1, 1), End: app.NewDate(2024, 12, 31),
		Cadence: app.CadenceMonth, PlanBy: app.CadenceMonth}
	var hs []app.HistoryValue
	for m := 1; m <= 12; m++ {
		hs = append(hs, app.HistoryValue{GoalID: 1, PeriodKey: app.Period{Cadence: app.CadenceMonth, Year: 2023, Index: m}.Key(), Value: float64(80 + m)})
	}
	snap := app.Snapshot{Goals: []app.Goal{g}, Plans: map[int64][]app.PeriodTarget{1: app.SplitEven(cal, g, app.CadenceMonth)},
		CheckIns: map[int64][]app.CheckIn{1: {{GoalID: 1, PeriodKey: "2024-01", Value: 108}, {GoalID: 1, PeriodKey: "2024-02", Value: 118}}},
		History:  map[int64][]app.HistoryValue{1: hs}}
	r := onlyRowOf(t, snap, "2024-Q1", app.NewDate(2024, 5, 1))
	if !r.Closed || r.ExpectedCovered != r.Expected {
		t.Fatalf("Q1 closed %v, measured against %v of the quarter's %v", r.Closed, r.ExpectedCovered, r.Expected)
	}
	if r.Previous != 92 || r.LastYear != 83 || !r.HasPrevious || !r.HasLastYear {
		t.Errorf("compared with %v (%v) the quarter before and %v (%v) a year earlier, want the ends of Q4 and Q1 2023, 92 and 83",
			r.Previous, r.HasPrevious, r.LastYear, r.HasLastYear)
	}
}

// monthHistory2023 is 2023 typed by month, each month at v.
func monthHistory2023(v float64) []app.HistoryValue {
	var hs []app.HistoryValue
	for m := 1; m <= 12; m++ {
		hs = append(hs, app.HistoryValue{GoalID: 1, PeriodKey: app.Period{Cadence: app.CadenceMonth, Year: 2023, Index: m}.Key(), Value: v})
	}
	return hs
}

// TestClosedQuarterComparesWithTheRowsBefore reviews Q1 2024 of a monthly
// sales goal running since 2023, closed with January alone reported, a
// year after Q1 2023 closed with March never reported: a year earlier is
// Q1 2023 as its own row counted it, March as nothing, as Q1 2024 counts
// its February and March, rather than blank for want of a March.
func TestClosedQuarterComparesWithTheRowsBefore(t *testing.T) {
	cal := app.Calendar{}
	g := app.Goal{ID: 1, Title: "Sales", Kind: app.KindIncrease, Unit: app.UnitCount, Aggregation: app.AggFlow,
		Target: 24000, Start: app.NewDate(2023, 1, 1), End: app.NewDate(2024, 12, 31), Cadence: app.CadenceMonth, PlanBy: app.CadenceMonth}
	snap := app.Snapshot{Goals: []app.Goal{g}, Plans: map[int64][]app.PeriodTarget{1: app.SplitEven(cal, g, app.CadenceMonth)},
		CheckIns: map[int64][]app.CheckIn{1: {{GoalID: 1, PeriodKey: "2023-01", Value: 900}, {GoalID: 1, PeriodKey: "2023-02", Value: 950},
			{GoalID: 1, PeriodKey: "2024-01", Value: 1000}}}}
	asOf := app.NewDate(2024, 5, 1)
	before := onlyRowOf(t, snap, "2023-Q1", asOf)
	r := onlyRowOf(t, snap, "2024-Q1", asOf)
	if !before.Closed || !r.Closed || before.Actual != 1850 {
		t.Fatalf("Q1 2023 closed %v at %v, Q1 2024 closed %v", before.Closed, before.Actual, r.Closed)
	}
	if !r.HasLastYear || r.LastYear != before.Actual {
		t.Errorf("a year earlier %v (%v), want Q1 2023's actual %v", r.LastYear, r.HasLastYear, before.Actual)
	}
}
