package app

import "testing"

// TestDetailRowsReadAsTheReview checks the goal detail's rows against the
// review's: a goal checked in by quarter with a plan by month shows
// quarters (not the quarter's value as its middle month's), and a quarter
// with two months reported is measured against the plan of those two,
// the second, under way, to date.
// Before, the quarter's value showed as February's, and a quarter under
// way against its whole plan.
func TestDetailRowsReadAsTheReview(t *testing.T) {
	cal := Calendar{}
	g := Goal{ID: 1, Kind: KindIncrease, Unit: UnitCurrency, Aggregation: AggFlow, Target: 120,
		Start: NewDate(2023, 1, 1), End: NewDate(2023, 12, 31), Cadence: CadenceQuarter, PlanBy: CadenceMonth}
	var plan []PeriodTarget
	for _, p := range cal.Periods(CadenceMonth, g.Start, g.End) {
		plan = append(plan, PeriodTarget{PeriodKey: p.Key(), Target: 10})
	}
	asOf := NewDate(2023, 5, 20)
	rows := DetailRows(cal, Pace{Goal: g, Plan: plan, Values: []PeriodValue{{"2023-Q1", 24}}}, asOf, DefaultThresholds)
	if len(rows) != 4 || rows[0].Period.Key() != "2023-Q1" {
		t.Fatalf("rows = %+v, want the four quarters", rows)
	}
	if r := rows[0]; !r.HasActual || r.Actual != 24 || r.Plan != 30 || r.Variance.Abs != -6 || r.CumPlan != 30 {
		t.Errorf("Q1 = %+v, want 24 against 30", r)
	}
	if r := rows[3]; r.HasActual || r.Plan != 30 || r.CumPlan != 120 || r.CumActual != 24 {
		t.Errorf("Q4 = %+v, want the plan of 30 and the running sums 120 and 24", r)
	}

	g.Cadence, g.PlanBy = CadenceMonth, CadenceQuarter
	qplan := []PeriodTarget{{"2023-Q1", 30, nil}, {"2023-Q2", 30, nil}, {"2023-Q3", 30, nil}, {"2023-Q4", 30, nil}}
	values := []PeriodValue{{"2023-01", 10}, {"2023-02", 10}, {"2023-03", 10}, {"2023-04", 9}, {"2023-05", 9}}
	rows = DetailRows(cal, Pace{Goal: g, Plan: qplan, Values: values}, asOf, DefaultThresholds)
	covered := 30 * 50 / 91.0 // April and May to the 20th, the day, are 50 of the quarter's 91 days
	// The gap is of the figures shown: 18 against a plan shown as 20.
	if r := rows[1]; r.Actual != 18 || r.Plan != RoundValue(covered, g.Decimals) || r.Variance.Abs != 18-RoundValue(covered, g.Decimals) || r.Reported != 2 || r.Periods != 3 {
		t.Errorf("Q2 with April and May = %+v, want 18 against the %.2f planned for them", r, covered)
	}
	if r := rows[1]; r.CumPlan != 60 || r.CumActual != 48 {
		t.Errorf("Q2 running sums %v and %v, want 60 and 48", r.CumPlan, r.CumActual)
	}
}
