package app

// DetailRow is one line of a goal's plan-against-actual table (the goal
// detail): one period of the goal's plan cadence (PlanBy).
type DetailRow struct {
	Period             Period
	Plan, Actual       float64
	HasPlan, HasActual bool
	// CumPlan and CumActual are the running sums of the plan and of the
	// actuals up to this period; they mean something for flow goals only.
	CumPlan, CumActual float64
	// Variance is Actual against Plan; zero unless HasPlan and HasActual.
	Variance VarianceResult
}

// DetailRows lists the periods of g's plan cadence over its span with the
// plan and the actual of each: check-ins of a finer cadence are rolled
// into the plan's periods (RollUp).
func DetailRows(cal Calendar, g Goal, plan []PeriodTarget, values []PeriodValue) []DetailRow {
	planned := map[string]float64{}
	for _, pt := range plan {
		planned[pt.PeriodKey] = pt.Target
	}
	actual := ValueMap(values)
	if g.PlanBy != g.Cadence {
		actual = ValueMap(RollUp(cal, g.Aggregation, g.PlanBy, values))
	}
	var rows []DetailRow
	var cumPlan, cumActual float64
	for _, p := range cal.Periods(g.PlanBy, g.Start, g.End) {
		r := DetailRow{Period: p}
		r.Plan, r.HasPlan = planned[p.Key()]
		r.Actual, r.HasActual = actual[p.Key()]
		cumPlan += r.Plan
		if r.HasActual {
			cumActual += r.Actual
		}
		r.CumPlan, r.CumActual = cumPlan, cumActual
		if r.HasPlan && r.HasActual {
			r.Variance = Variance(g.Unit, r.Plan, r.Actual)
		}
		rows = append(rows, r)
	}
	return rows
}
