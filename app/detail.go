package app

// DetailRow is one line of a goal's plan-against-actual table (the goal
// detail). Its figures are those of the review row of the same goal and
// period (ReviewGoalRows), so that both screens, the charts and the
// exports read alike.
type DetailRow struct {
	Period Period
	// Plan is what Actual is measured against: the plan for the part of
	// the period the check-ins cover (ReviewRow.ExpectedCovered), the
	// whole period's plan while it has none, as the plan-and-actual
	// chart draws it.
	Plan, Actual       float64
	HasPlan, HasActual bool
	// CumPlan is the running sum of the whole periods' plans, ending on
	// the plan's total, and CumActual that of the actuals, added to the
	// cent as ExactSum adds them (RunningSum); they mean something for
	// flow goals only. A plan re-spread after a review adds
	// its settlement once the periods it kept have ended, so that it ends
	// on the target (see settlement.go).
	CumPlan, CumActual float64
	// Variance is the review's gap to plan; zero unless HasPlan and
	// HasActual.
	Variance VarianceResult
	// ReplannedAfter is the last period a re-spread plan kept, on the rows
	// whose CumPlan counts their actuals in place of their plan; "" on
	// the others.
	ReplannedAfter string
	// Reported of Periods check-in periods inside the period have a
	// check-in; Complete says the actual covers the whole period, as in
	// ReviewRow.
	Reported, Periods int
	Complete          bool
}

// DetailRows lists the periods of p's goal over its span, each as the
// review sees it as of asOf: by its plan cadence (PlanBy), or by its
// check-in cadence where that is the longer, since a quarter's check-in
// says nothing of its months.
func DetailRows(cal Calendar, p Pace, asOf Date, th Thresholds) []DetailRow {
	g := p.Goal
	snap := NewSnapshot()
	snap.Goals, snap.Plans[g.ID] = []Goal{g}, p.Plan
	for _, v := range p.Values {
		snap.CheckIns[g.ID] = append(snap.CheckIns[g.ID], CheckIn{GoalID: g.ID, PeriodKey: v.PeriodKey, Value: v.Value})
	}
	by := g.PlanBy
	if periodsPerYear(g.Cadence, 2001) > 0 && periodsPerYear(g.Cadence, 2001) < periodsPerYear(by, 2001) {
		by = g.Cadence
	}
	x := cal.ExpectationWith(g, p.Plan, p.Values)
	var rows []DetailRow
	var cumPlan, cumActual float64
	// The actuals add up as the review and the dashboard add them.
	actuals := RunningSum{Decimals: g.Decimals}
	for _, r := range ReviewGoalRows(cal, snap, g.ID, cal.Periods(by, g.Start, g.End), asOf, th) {
		d := DetailRow{Period: r.Period, Plan: r.Expected, HasPlan: r.HasExpected, Actual: r.Actual, HasActual: r.HasActual,
			Reported: r.Reported, Periods: r.Periods, Complete: r.Complete}
		if r.HasActual {
			d.Plan, d.Variance = r.ExpectedCovered, r.VsPlan
			cumActual = actuals.Add(r.Actual)
		}
		cumPlan += r.Expected
		d.CumPlan, d.CumActual = cumPlan+x.settledBy(cal.LastDay(r.Period)), cumActual
		if x.settled.by(cal.LastDay(r.Period)) {
			d.ReplannedAfter = x.settled.kept.Key()
		}
		rows = append(rows, d)
	}
	return rows
}
