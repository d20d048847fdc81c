package app

// compare sets r's gaps to plan, to the previous period and to the same
// period last year, each where both sides are known, as the row shows
// them (ShownVariance).
func (r *ReviewRow) compare() {
	if !r.HasActual {
		return
	}
	g := r.Goal
	if r.HasExpected {
		r.VsPlan = ShownVariance(g, r.ExpectedCovered, r.Actual)
	}
	if r.HasPrevious {
		r.VsPrevious = ShownVariance(g, r.Previous, r.Actual)
	}
	if r.HasLastYear {
		r.VsLastYear = ShownVariance(g, r.LastYear, r.Actual)
	}
}

// judge sets the row's ratio, whether it is closed, and its status.
func (cal Calendar) judge(r *ReviewRow, asOf Date, th Thresholds) {
	r.Closed = cal.rowClosed(*r, asOf)
	switch {
	case !r.HasActual || !r.HasExpected:
		r.Status = r.statusWithoutFigures()
	case IsStay(r.Goal.Kind):
		r.judgeStay(th)
	default:
		r.judgeAgainstPlan(th)
	}
}

// rowClosed reports whether r's period is over for good on asOf: ended,
// and complete or past the grace for its late check-ins.
func (cal Calendar) rowClosed(r ReviewRow, asOf Date) bool {
	end, today := cal.LastDay(r.Period), asOf.DayNumber()
	if !r.Goal.End.IsZero() {
		// A goal that ends inside the period has nothing more to come in
		// it: its verdict is final the day after, as Assess gives it.
		end = min(end, r.Goal.End.DayNumber())
	}
	return today > end && (r.Complete || today > cal.lastCounted(r.Goal, r.Period)+Grace(r.Goal.Cadence))
}

// statusWithoutFigures is the status of a row without an actual or a
// plan: not checked in once it is closed with a check-in period of the
// goal inside it, else no data yet.
func (r *ReviewRow) statusWithoutFigures() Status {
	if r.Closed && !r.HasActual && r.Periods > 0 {
		return StatusNotReported
	}
	return StatusNoData
}

// judgeAgainstPlan judges the actual of a goal that moves (not a stay
// goal) against its plan for the period.
func (r *ReviewRow) judgeAgainstPlan(th Thresholds) {
	g := r.Goal
	if r.measuredWhole() {
		// Late check-ins are no longer awaited: a check-in period never
		// reported counts as nothing, as it does in the goal's own final
		// verdict (Assess), and the whole period's plan is what the actual
		// is measured against.
		r.ExpectedCovered = r.Expected
		r.VsPlan = ShownVariance(g, r.ExpectedCovered, r.Actual)
	}
	// Judged on the row's figures as shown, as its gap (compare) is.
	expected, actual := ShownFigures(g, r.ExpectedCovered, r.Actual)
	r.Ratio = PerformanceRatio(g.Kind, ratioOrigin(g), expected, actual)
	switch {
	case !r.Closed:
		r.Status = th.Classify(r.Ratio)
	case !r.Complete && missingIsUnknown(g):
		r.Status = StatusNotReported // measured against the periods reported, but no verdict
	case meets(g, r.ExpectedCovered, r.Actual):
		r.Status = StatusAchieved
	case r.Ratio >= th.AtRisk:
		r.Status = StatusPartial
	default:
		r.Status = StatusMissed
	}
}

// judgeStay judges a stay goal's row as Assess judges the goal: by the
// share of its check-ins in the period that hold the line (Passed of
// Reported), not by its Actual, the worst of them. Judged by its worst
// month, a year with 10 of 12 months on target read missed while the
// goal's own verdict was partly achieved. A check-in period never
// reported counts neither way while the row is open, as the goal's share
// counts the periods recorded (passShare); a closed row with one is not
// checked in, as the goal's verdict is (gapLeavesNoVerdict): "achieved,
// 2 of 12 reported" said the year was held with ten months unknown. The
// Actual stays the worst value, whose gap to the line falls short
// exactly when the row is not achieved. r must have an actual.
func (r *ReviewRow) judgeStay(th Thresholds) {
	r.Ratio = float64(r.Passed) / float64(r.Reported)
	switch {
	case !r.Closed:
		r.Status = th.Classify(r.Ratio)
	case !r.Complete:
		r.Status = StatusNotReported
	case r.Passed == r.Reported:
		r.Status = StatusAchieved
	case r.Ratio >= th.AtRisk:
		r.Status = StatusPartial
	default:
		r.Status = StatusMissed
	}
}

// meets reports whether actual is at or past expected in the goal's
// direction, at the goal's decimals, so that float noise in a prorated
// plan does not turn a hit into a miss.
func meets(g Goal, expected, actual float64) bool {
	e, a := ShownFigures(g, expected, actual)
	if LowerIsBetter(g.Kind) {
		return a <= e
	}
	return a >= e
}

// LowerIsBetter reports whether a value below plan is good for kind.
func LowerIsBetter(k Kind) bool {
	return k == KindDecrease || k == KindStayBelow
}

// HasExpectation reports whether x expects anything of p: a stay goal's
// line always, a flow plan when one of its periods overlaps p, a level
// plan when it has any period (it holds its last value after them).
func (cal Calendar) HasExpectation(x Expectation, p Period) bool {
	if IsStay(x.kind) {
		return true
	}
	if !x.Cumulative() {
		return len(x.entries) > 0 || x.kind == KindMilestone
	}
	first, last := cal.FirstDay(p), cal.LastDay(p)
	for _, e := range x.entries {
		if e.first <= last && e.last >= first {
			return true
		}
	}
	return false
}
