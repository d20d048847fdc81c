package app

import "pacer/data"

// Projection is where a goal is heading at its current pace.
type Projection struct {
	// EndValue is the projected value at the goal's end: the span's total
	// for a flow goal, the level in the last period for a level goal, and
	// the value of the last period for a stay goal.
	EndValue float64
	// Attainment is the uncapped progress EndValue would mean
	// (GoalProgress); for stay goals, the projected share of all periods
	// that pass.
	Attainment float64
	// NeededPerPeriod is what each remaining period must bring to land
	// exactly on the target: for a flow goal (target − total so far) /
	// remaining; for a level goal the change per period, (target − latest)
	// / remaining; for a stay goal the target itself; 0 for a milestone. It
	// may be negative: an increase target already passed, or a flow cap
	// already exceeded. It is 0 when no period remains.
	NeededPerPeriod float64
	// RemainingPeriods counts the periods of the goal's cadence within
	// Start..End that come after the latest recorded one.
	RemainingPeriods int
	// OK is false when there is nothing to project from: no usable value,
	// or a goal without a known cadence.
	OK bool
}

// Project extrapolates the run-rate of the recorded periods to the goal's
// end. Only values of the goal's cadence whose period has started by asOf
// count (see Assess). A flow goal adds the average per recorded period for
// each remaining period; a level goal follows the least-squares line through
// its values (one value stays flat) to the last period of the span. With no
// period remaining, EndValue is the actual value.
//
// Gaps count neither as recorded nor as remaining: a skipped month lowers
// neither the average nor the periods left. plan is not used yet: the
// projection follows the pace actually achieved, not the plan's seasonality.
func Project(cal Calendar, g data.Goal, plan []data.PeriodTarget, values []PeriodValue, asOf data.Date) Projection {
	s := cal.startedBy(series(values, g.Cadence), asOf)
	if len(s) == 0 || periodsPerYear(g.Cadence, 2000) == 0 {
		return Projection{}
	}
	span := cal.Periods(g.Cadence, g.Start, g.End)
	latest := s[len(s)-1]
	pr := Projection{OK: true}
	for _, p := range span {
		if periodLess(latest.p, p) {
			pr.RemainingPeriods++
		}
	}
	flow := g.Aggregation == data.AggFlow
	actual := aggregate(g.Aggregation, s)
	switch {
	case isStay(g.Kind):
		pr.EndValue = latest.v
		if pr.RemainingPeriods > 0 {
			pr.EndValue = runRate(s, flow, ordinal(span[len(span)-1]))
			pr.NeededPerPeriod = g.Target
		}
		passed := passShare(g, s) * float64(len(s))
		future := Progress(g.Kind, 0, g.Target, pr.EndValue) * float64(pr.RemainingPeriods)
		pr.Attainment = (passed + future) / float64(len(s)+pr.RemainingPeriods)
		return pr
	case g.Kind == data.KindMilestone || pr.RemainingPeriods == 0:
		pr.EndValue = actual
	case flow:
		pr.EndValue = finite(actual + actual/float64(len(s))*float64(pr.RemainingPeriods))
		pr.NeededPerPeriod = finite((g.Target - actual) / float64(pr.RemainingPeriods))
	default:
		pr.EndValue = runRate(s, false, ordinal(span[len(span)-1]))
		pr.NeededPerPeriod = finite((g.Target - latest.v) / float64(pr.RemainingPeriods))
	}
	pr.Attainment = GoalProgress(g, pr.EndValue)
	return pr
}

// runRate is the value one future period is expected to show: for flow
// values, the average per recorded period; for level values, the
// least-squares line through s evaluated at period ordinal x. s must be in
// period order, of one cadence, and not empty.
func runRate(s []periodValue, flow bool, x int) float64 {
	n := float64(len(s))
	var sumX, sumY float64
	for _, v := range s {
		sumX += float64(ordinal(v.p))
		sumY += v.v
	}
	meanX, meanY := sumX/n, sumY/n
	if flow || len(s) == 1 {
		return finite(meanY)
	}
	// Centred sums keep precision: ordinals are in the tens of thousands.
	var sxy, sxx float64
	for _, v := range s {
		dx := float64(ordinal(v.p)) - meanX
		sxy += dx * (v.v - meanY)
		sxx += dx * dx
	}
	return finite(meanY + sxy/sxx*(float64(x)-meanX))
}
