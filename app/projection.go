package app

// ProjectionMethod says how a projection was made; the UI explains it in
// one line.
type ProjectionMethod string

// The projection methods.
const (
	// MethodPlanPace: a flow goal with a plan, or without one the even
	// split of its target that Assess measures it by. The pace achieved so far
	// (actual / plan of the recorded periods, the latest one's only up to
	// today while it runs, as the status measures it) is applied to the
	// plan of the rest of the latest period and of the remaining periods.
	MethodPlanPace ProjectionMethod = "plan_pace"
	// MethodRunRate: a flow goal whose plan to date is below 0 (not a loss
	// to hold to, lossPlanned), or is 0 with nothing more planned (a target
	// of 0 or below). The average per recorded period is repeated for each
	// remaining period. A plan of nothing to date with more to come is
	// followed from here (plan_pace at a pace of 1), as the status reads it.
	MethodRunRate ProjectionMethod = "run_rate"
	// MethodPlanGap: a level goal with a plan, or without one the even
	// steps to its target that Assess measures it by. The gap between the latest
	// value and the plan's level when it was recorded (today's, while its
	// period runs, as the status measures it) is held to the end: the
	// plan's path shifted by that gap.
	MethodPlanGap ProjectionMethod = "plan_gap"
	// MethodTrend: a level goal with no plan to follow (Project no longer
	// makes it: a goal without a plan follows its even steps). The
	// least-squares line through the values is extended to the end (one
	// value stays flat).
	MethodTrend ProjectionMethod = "trend"
	// MethodStay: a stay goal. The periods that passed so far, and the
	// least-squares line through the values (one value held) for each
	// period left, a flow's as a level's: a cost under its cap every
	// month but rising past it is projected past it, not at its average.
	MethodStay ProjectionMethod = "stay"
	// MethodFinal: nothing is left to project (no period remains and the
	// latest recorded one has ended), or a milestone. The actual value.
	MethodFinal ProjectionMethod = "final"
)

// PeriodNeed is what one remaining period needs for the goal to land on
// its target.
type PeriodNeed struct {
	PeriodKey string
	// Amount is the period's contribution for a flow goal, the level to
	// reach by the period's end for a level goal, and the target for a
	// stay goal.
	Amount float64
}

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
	// Needs is what each remaining period needs to land exactly on the
	// target, in the shape of the plan: a flow goal's gap (target − total
	// so far) shared out in proportion to each period's plan, rounded to
	// the goal's decimals so that the needs add up to the gap; a level
	// goal's way from the latest value to the target, stepping as the plan
	// steps; the target itself for a stay goal. Without a plan a flow
	// goal's shares follow the even split of its target (a month the goal
	// covers half of needs half); where the plan plans nothing more, or
	// a level goal's does not move, they are even. Amounts may be
	// negative: an increase target already passed, or a flow cap already
	// exceeded. While the latest recorded period runs on as the last one,
	// its rest needs the whole gap (it alone is keyed). Empty for a
	// milestone and when no period remains and the latest has ended.
	Needs []PeriodNeed
	// RemainingPeriods counts the periods of the goal's cadence within
	// Start..End that come after the latest recorded one, and the latest
	// itself while it runs on as the last one: the periods of Path.
	RemainingPeriods int
	// Path is where the goal stands at the end of each remaining period at
	// the same pace, in the plan's shape: the running total for a flow
	// goal, the level for a level goal; its last value is EndValue. The
	// latest recorded period's end alone while it runs on as the last one;
	// empty when no period remains and the latest has ended.
	Path []PeriodValue
	// Method is how EndValue was worked out.
	Method ProjectionMethod
	// Periods are the keys of the recorded periods the projection was made
	// from, in period order.
	Periods []string
	// Pace is, for MethodPlanPace, actual / plan of the recorded periods
	// (0.8 is 80 % of plan); for MethodRunRate the average per recorded
	// period; for MethodPlanGap the latest value minus the plan's level
	// it is measured against; otherwise 0.
	Pace float64
	// Overdue are the keys of a sum's periods after the latest recorded
	// whose check-ins are overdue, in order, which the projection counts
	// as nothing (withOverdueAsNothing) and Periods leaves out.
	Overdue []string
	// Estimated are the keys of a falling sum's periods never checked in
	// before its latest (unknownPeriods), in order, which EndValue, Path
	// and Needs take at the pace kept: together, EstimatedValue.
	Estimated      []string
	EstimatedValue float64
	// OK is false when there is nothing to project from: no usable value,
	// or a goal without a known cadence.
	OK bool
}

// Project works out where a goal lands at its end from its plan and the
// recorded periods. Only values of the goal's cadence whose period has
// started by asOf count (see Assess). A flow goal keeps the pace it
// achieved against its plan so far, or the even split of its target
// without one (at 80 % of plan to date, it lands at 80 % of the rest of
// the plan on top of its actual); where the plan to date is not above zero
// it repeats the average per recorded period. A level goal follows the
// plan's path (or the even steps from baseline to target) shifted by its
// latest gap to it. A period under way is measured against its plan up to
// asOf, as Assess measures it; with no period remaining, the rest of the
// latest is projected the same way while it runs, and EndValue is the
// actual value only once the goal has ended. See ProjectionMethod.
//
// A gap (a period before the latest recorded one never checked in) counts
// as nothing, as in Assess, so that projection and status tell one story.
// For a sum that should fall (a budget) a gap is unknown, as in its
// status: the pace is measured against the periods reported and the gap
// estimated at it (Estimated) until the verdict is due. Once it is, no
// period remains: the goal ends at its actual value, the one Assess judges,
// and needs nothing more. An empty plan, or one none of whose keys parse,
// counts as no plan.
func Project(cal Calendar, g Goal, plan []PeriodTarget, values []PeriodValue, asOf Date) Projection {
	recorded := cal.StartedBy(Series(values, g.Cadence), asOf)
	s := cal.withOverdueAsNothing(g, recorded, asOf)
	if len(s) == 0 || periodsPerYear(g.Cadence, 2000) == 0 {
		return Projection{}
	}
	pj := projector{cal: cal, g: g, s: s, actual: goalActual(g, s), asOf: asOf}
	if len(cal.planEntries(plan, nil)) > 0 || pacedByEvenSplit(g) {
		x := cal.ExpectationWith(g, plan, values)
		pj.plan = &x
	}
	latest := s[len(s)-1].Period
	if !hasEnded(g, asOf) || !cal.verdictDue(g, asOf, cal.everyPeriodIn(g, s)) {
		pj.unknown = cal.unknownPeriods(g, s) // no estimate once the verdict is given
		for _, p := range cal.Periods(g.Cadence, g.Start, g.End) {
			if PeriodLess(latest, p) {
				pj.remaining = append(pj.remaining, p)
			}
		}
	}
	pj.open = len(pj.remaining) == 0 && runsOn(cal, g, latest, asOf)
	pr := pj.project()
	pr.OK, pr.RemainingPeriods = true, len(pj.ahead())
	for _, v := range recorded {
		pr.Periods = append(pr.Periods, v.Period.Key())
	}
	for _, v := range s[len(recorded):] {
		pr.Overdue = append(pr.Overdue, v.Period.Key())
	}
	for _, p := range pj.unknown {
		pr.Estimated = append(pr.Estimated, p.Key())
	}
	return pr
}

// hasEnded reports whether g has ended by asOf: asOf is after its last
// day (see verdictDue).
func hasEnded(g Goal, asOf Date) bool {
	return !g.End.IsZero() && asOf.DayNumber() > g.End.DayNumber()
}

// runsOn reports whether g's period p still has days after asOf within
// the goal's span: Assess measures it against its plan only up to asOf.
func runsOn(cal Calendar, g Goal, p Period, asOf Date) bool {
	last := cal.LastDay(p)
	if !g.End.IsZero() {
		last = min(last, g.End.DayNumber())
	}
	return !hasEnded(g, asOf) && asOf.DayNumber() < last
}

// projector holds what Project works from.
type projector struct {
	cal       Calendar
	g         Goal
	s         []periodValue // recorded, in period order, not empty
	actual    float64
	plan      *Expectation // nil without a plan
	remaining []Period
	asOf      Date
	// open is set when no period remains but the latest recorded one runs
	// on: its rest is what is projected.
	open bool
	// unknown are the periods whose value is unknown (unknownPeriods).
	unknown []Period
}

// ahead is the periods projected: those remaining, or the latest recorded
// one when it runs on with none remaining.
func (pj projector) ahead() []Period {
	if pj.open {
		return []Period{pj.s[len(pj.s)-1].Period}
	}
	return pj.remaining
}

// measuredAt is the day the latest value is measured against the plan, as
// Assess does: the end of its period, or asOf while the period runs.
func (pj projector) measuredAt() int {
	return min(pj.asOf.DayNumber(), pj.cal.LastDay(pj.s[len(pj.s)-1].Period))
}

// plannedToDate is the plan from its start to the day the latest recorded
// period is measured at: what Assess expects by then. A period never
// checked in before the latest one is in it, as it is in the status, and
// adds nothing to the actual: the pace is the status's own measure, and a
// skipped month lowers it; but not one whose value is unknown.
func (pj projector) plannedToDate() float64 {
	if pj.plan == nil {
		return 0
	}
	return ClampFinite(pj.plan.At(pj.measuredAt()) - pj.cal.planned(*pj.plan, pj.unknown))
}

// flowRate is a flow goal's run-rate: its actual over the periods from the
// goal's first through the latest recorded, those never checked in
// counting as nothing, as the status's even plan counts them, unless
// their value is unknown.
func (pj projector) flowRate() float64 {
	latest := pj.s[len(pj.s)-1].Period
	return ClampFinite(pj.actual / float64(pj.periodsCounted(latest, len(pj.s))))
}

// periodsThrough counts the periods of g's cadence from the one its start
// falls in through latest; recorded, the periods with a value, when that
// cannot be counted or is more.
func periodsThrough(cal Calendar, g Goal, latest Period, recorded int) int {
	first := cal.PeriodOf(g.Cadence, g.Start)
	if g.Start.IsZero() || !first.Valid() || !latest.Valid() || first.Cadence != latest.Cadence {
		return recorded
	}
	return max(ordinal(latest)-ordinal(first)+1, recorded)
}

// planPace is a flow goal's pace against its plan to date, and the plan of
// its latest recorded period still to come, from the figures its status is
// judged on (ShownFigures): 1 against 1.378 planned, shown 1, keeps pace 1,
// as "on track" says. With nothing planned to date as shown and more to
// come, the goal keeps to its plan (pace 1), not a run rate of 0 beside
// "on track". ok is false without a plan, with a plan to date below zero
// (unless lossPlanned), or with nothing planned to date nor to come.
func (pj projector) planPace() (pace, rest float64, ok bool) {
	planned := pj.plannedToDate()
	if pj.plan == nil || planned < 0 && !pj.lossPlanned(planned) || !IsFinite(planned) {
		return 0, 0, false
	}
	shownPlan, shownActual := ShownFigures(pj.g, planned, pj.actual)
	// Less what is unknown, as the plan to date is.
	rest = pj.plan.At(pj.cal.LastDay(pj.s[len(pj.s)-1].Period)) - pj.cal.planned(*pj.plan, pj.unknown) - shownPlan
	switch {
	case shownPlan > 0, shownPlan < 0 && pj.lossPlanned(planned):
		return ClampFinite(shownActual / shownPlan), ClampFinite(rest), true
	case shownPlan == 0 && (pj.plan.At(pj.g.End.DayNumber())-planned > 0 || pj.lossPlanned(planned)):
		return 1, ClampFinite(rest), true
	}
	return 0, 0, false
}

// leftOfLatest is the share of the latest recorded period's days after
// the day it is measured at: 0 once it has ended.
func (pj projector) leftOfLatest() float64 {
	p := pj.s[len(pj.s)-1].Period
	last := pj.cal.LastDay(p)
	return float64(max(last-pj.measuredAt(), 0)) / float64(last-pj.cal.FirstDay(p)+1)
}

// path is the running total from start adding step × each weight, one
// value a period ahead.
func (pj projector) path(start, step float64, weights []float64) []PeriodValue {
	ahead := pj.ahead()
	out := make([]PeriodValue, len(ahead))
	periodKeys(ahead, func(i int, key string) {
		start += step * weights[i]
		out[i] = PeriodValue{key, ClampFinite(start)}
	})
	return out
}

func (pj projector) project() Projection {
	g := pj.g
	switch {
	case IsStay(g.Kind):
		return pj.stay()
	case g.Kind == KindMilestone:
		return Projection{EndValue: pj.actual, Attainment: GoalProgress(g, pj.actual), Method: MethodFinal}
	case len(pj.ahead()) == 0:
		return pj.final()
	}
	var pr Projection
	if g.Aggregation == AggFlow {
		pr = pj.flow()
	} else {
		pr = pj.level()
	}
	pr.EndValue = ClampFinite(pr.EndValue)
	pr.Attainment = GoalProgress(g, pr.EndValue)
	return pr
}

// planOf is what the plan gives period p, or 0 without a plan.
func (pj projector) planOf(p Period) float64 {
	if pj.plan == nil {
		return 0
	}
	return pj.cal.expectedFor(*pj.plan, p)
}

// flow projects a sum: at the pace against plan, else at the run-rate.
func (pj projector) flow() Projection {
	if pj.open {
		return pj.flowRest(len(pj.s))
	}
	ahead := make([]float64, len(pj.remaining))
	for i, p := range pj.remaining {
		ahead[i] = pj.planOf(p)
	}
	var pr Projection
	start, weights := pj.actual, ahead
	if pace, rest, ok := pj.planPace(); ok {
		pr.Method, pr.Pace = MethodPlanPace, pace
		start += pr.Pace * rest
	} else {
		pr.Method, pr.Pace = MethodRunRate, pj.flowRate()
		weights = repeat(1, len(pj.remaining))
	}
	unknown := pj.unknownEstimate(pr.Method, pr.Pace)
	pr.Needs = shareOut(pj.remaining, pj.g.Target-pj.actual-unknown, ahead, pj.g.Decimals)
	pr.Path, pr.EstimatedValue = pj.path(start+unknown, pr.Pace, weights), unknown
	pr.EndValue = pr.Path[len(pr.Path)-1].Value
	return pr
}

// flowRest projects a sum whose latest recorded period, with none after
// it, runs on: the rest of its plan at the pace against plan, else the
// run-rate (over recorded, the values counted) for the share of its days
// left. The rest of the period needs the whole gap.
func (pj projector) flowRest(recorded int) Projection {
	latest := pj.s[len(pj.s)-1].Period
	var pr Projection
	if pace, rest, ok := pj.planPace(); ok {
		pr.Method, pr.Pace = MethodPlanPace, pace
		pr.EndValue = ClampFinite(pj.actual + pr.Pace*rest)
	} else {
		// The latest period counts for the share of it gone by: a year
		// at 50M in mid-April runs at some 174M a year, not 50M.
		left := pj.leftOfLatest()
		rate := pj.actual / (float64(pj.periodsCounted(latest, recorded)) - left)
		pr.Method, pr.Pace = MethodRunRate, ClampFinite(rate)
		pr.EndValue = ClampFinite(pj.actual + pr.Pace*left)
	}
	unknown := pj.unknownEstimate(pr.Method, pr.Pace)
	pr.EndValue, pr.EstimatedValue = ClampFinite(pr.EndValue+unknown), unknown
	pr.Needs = shareOut([]Period{latest}, pj.g.Target-pj.actual-unknown, []float64{1}, pj.g.Decimals)
	pr.Path = []PeriodValue{{latest.Key(), pr.EndValue}}
	return pr
}

// level projects a level: along the plan's path with the gap's trend,
// else along the values' trend.
func (pj projector) level() Projection {
	latest := pj.s[len(pj.s)-1]
	ahead := pj.ahead()
	end := ahead[len(ahead)-1]
	if pj.plan == nil {
		return Projection{Method: MethodTrend, EndValue: runRate(pj.s, ordinal(end)), Path: pj.trend(),
			Needs: stepTo(ahead, latest.Value, pj.g.Target, make([]float64, len(ahead)), 0)}
	}
	path := make([]float64, len(ahead))
	for i, p := range ahead {
		path[i] = pj.planOf(p)
	}
	// The gap as shown, the one the status is judged on (ShownVariance).
	gap := ShownVariance(pj.g, pj.plan.At(pj.measuredAt()), latest.Value).Abs
	pr := Projection{Method: MethodPlanGap, Pace: gap, Path: make([]PeriodValue, len(path)),
		Needs: stepTo(ahead, latest.Value, pj.g.Target, path, pj.planOf(latest.Period))}
	for i, p := range ahead {
		pr.Path[i] = PeriodValue{p.Key(), ClampFinite(path[i] + gap)}
	}
	pr.EndValue = pr.Path[len(pr.Path)-1].Value
	return pr
}

// pacedByEvenSplit reports whether g, without a plan of its own, is paced
// against the even split of its target (a flow's even shares, a level's
// even steps) that Assess measures it by.
func pacedByEvenSplit(g Goal) bool {
	return !IsStay(g.Kind) && g.Kind != KindMilestone
}
