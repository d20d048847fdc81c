package app

// A sum that should fall (missingIsUnknown) with a check-in period never
// reported before its latest one: the period's value is unknown, not
// nothing. While the goal runs, its status measures the actual against the
// plan of the periods reported, as its review rows do, and its projection
// estimates the unknown periods at the pace it keeps. A budget with
// September never checked in read "on track" on its card, spending under
// a plan that counted September's, while the year's review row measured
// the same actual against the months reported.

// unknownPeriods are the check-in periods of g's span before the latest
// of s (g's values, in period order) that have no value, when g is a sum
// that should fall (missingIsUnknown); nil for any other goal, and when s
// has as many values as periods through its latest, as its totals tell
// (mayHaveUnknownPeriods): a value kept from before its goal's dates
// changed hides a gap from both, so that the dashboard and the goal's
// detail never tell it apart.
func (cal Calendar) unknownPeriods(g Goal, s []periodValue) []Period {
	if !missingIsUnknown(g) || len(s) < 1 {
		return nil
	}
	latest := s[len(s)-1].Period
	if len(s) >= periodsThrough(cal, g, latest, 0) {
		return nil
	}
	var out []Period
	i := 0
	for _, p := range CheckInPeriods(cal, g) {
		if !PeriodLess(p, latest) {
			break
		}
		for i < len(s) && PeriodLess(s[i].Period, p) {
			i++
		}
		if i == len(s) || s[i].Period != p {
			out = append(out, p)
		}
	}
	return out
}

// planned is the plan x gives the periods ps, together.
func (cal Calendar) planned(x Expectation, ps []Period) float64 {
	sum := 0.0
	for _, p := range ps {
		sum += cal.expectedFor(x, p)
	}
	return ClampFinite(sum)
}

// mayHaveUnknownPeriods reports whether a sum that should fall, with
// totals t, may have a check-in period never reported before its latest:
// fewer values than periods from the one its start falls in through the
// latest. Its pace is then worked out from its check-ins, which show
// which.
func mayHaveUnknownPeriods(cal Calendar, g Goal, t ValueTotals) bool {
	if !missingIsUnknown(g) {
		return false
	}
	last, err := ParsePeriodKey(t.Last.PeriodKey)
	return err != nil || t.Count < periodsThrough(cal, g, last, 0)
}

// unknownEstimate is what the periods whose value is unknown add at pace,
// worked out by method: the pace times their plan, or the run-rate times
// their count.
func (pj projector) unknownEstimate(method ProjectionMethod, pace float64) float64 {
	if len(pj.unknown) == 0 {
		return 0
	}
	if method == MethodPlanPace {
		return ClampFinite(pace * pj.cal.planned(*pj.plan, pj.unknown))
	}
	return ClampFinite(pace * float64(len(pj.unknown)))
}

// periodsCounted are the periods a run-rate spreads the actual over:
// periodsThrough latest, less those whose value is unknown.
func (pj projector) periodsCounted(latest Period, recorded int) int {
	return max(periodsThrough(pj.cal, pj.g, latest, recorded)-len(pj.unknown), recorded, 1)
}

// final is the projection of a goal with no period ahead: its actual,
// and, in the grace for its last check-ins, the periods whose value is
// unknown at its pace, as while it ran: a budget's card read 1,358
// projected on its last day and 300 the day after, nine months never
// checked in counting as nothing again.
func (pj projector) final() Projection {
	pr := Projection{EndValue: pj.actual, Method: MethodFinal}
	if len(pj.unknown) > 0 {
		method, pace := MethodRunRate, pj.flowRate()
		if planPace, _, ok := pj.planPace(); ok {
			method, pace = MethodPlanPace, planPace
		}
		pr.EstimatedValue = pj.unknownEstimate(method, pace)
		pr.EndValue = ClampFinite(pj.actual + pr.EstimatedValue)
	}
	pr.Attainment = GoalProgress(pj.g, pr.EndValue)
	return pr
}
