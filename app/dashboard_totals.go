package app

// ValueTotals is what a goal's counted values add up to, up to the
// latest period that has started by the day the screen is seen as of:
// the values GoalActual counts (of the goal's cadence, on periods that
// exist, finite), added in period order as GoalActual adds them. The
// store keeps them beside the check-ins, so that a goal's pace costs the
// same with ten years of values as with one.
type ValueTotals struct {
	// Count is how many values are counted; Sum their sum.
	Count int
	Sum   float64
	// First is the first counted period's key; Last the latest counted
	// period with its value.
	First string
	Last  PeriodValue
}

// DashboardData is what the dashboard works its paces out from: the
// goals with their plans, the totals of the goals TotalsSuffice for, and
// the check-ins of the others (Snapshot.CheckIns).
type DashboardData struct {
	Snapshot
	Totals map[int64]ValueTotals
}

// TotalsSuffice reports whether a goal's pace can be worked out from its
// ValueTotals alone: not for a stay goal (the share of periods that pass
// needs each value), a level goal without a plan (its trend needs each
// value) or a flow goal with a plan and a period missing between its first
// and latest value (its pace against plan counts only the periods
// reported).
func TotalsSuffice(g Goal, plan []PeriodTarget, t ValueTotals) bool {
	switch {
	case t.Count == 0 || g.Kind == KindMilestone:
		return true // no value, or the actual alone
	case IsStay(g.Kind):
		return false
	}
	explicit := hasPlanEntry(plan)
	if g.Aggregation != AggFlow {
		return explicit
	}
	if !explicit {
		return true
	}
	first, err1 := ParsePeriodKey(t.First)
	last, err2 := ParsePeriodKey(t.Last.PeriodKey)
	return err1 == nil && err2 == nil && first.Cadence == last.Cadence &&
		ordinal(last)-ordinal(first)+1 == t.Count
}

// PacesFrom works out every goal's pace as Paces does, from totals where
// d has them and from check-ins otherwise. A pace from totals leaves
// Values, Projection.Periods and Projection.Path empty, which the
// dashboard does not show: the goal detail reads the goal whole (Paces of
// its GoalSnapshot).
func PacesFrom(cal Calendar, d DashboardData, asOf Date, th Thresholds) []Pace {
	paces := make([]Pace, len(d.Goals))
	inParallel(len(paces), func(i int) {
		g := d.Goals[i]
		if t, ok := d.Totals[g.ID]; ok {
			paces[i] = paceFromTotals(cal, g, d.Plans[g.ID], t, asOf, th)
		} else {
			paces[i] = pace(cal, d.Snapshot, g, asOf, th)
		}
	})
	RollUpPaces(paces)
	return paces
}

// paceFromTotals is pace of a goal TotalsSuffice for. Assess sees the sum
// (flow) or the latest value (level) as one value of the latest period:
// it reads nothing else of the values. Project's flow pace needs the plan
// of every period reported, which, with none missing, is the plan from the
// first period to the latest.
func paceFromTotals(cal Calendar, g Goal, plan []PeriodTarget, t ValueTotals, asOf Date, th Thresholds) Pace {
	p := Pace{Goal: g, Plan: plan}
	if t.Count == 0 {
		p.Assessment = Assess(cal, g, plan, nil, asOf, th)
		return p
	}
	one := t.Last
	if g.Aggregation == AggFlow {
		one.Value = t.Sum
	}
	var x *Expectation // prepared once for the assessment and the projection
	if hasPlanEntry(plan) {
		e := cal.Expectation(g, plan)
		x = &e
	}
	p.Assessment = assess(cal, g, plan, x, []PeriodValue{one}, asOf, th)
	last, _ := ParsePeriodKey(t.Last.PeriodKey)
	pj := projector{cal: cal, g: g, s: []periodValue{{last, t.Last.Value}}, actual: p.Assessment.Actual, asOf: asOf, plan: x}
	pj.remaining = remainingAfter(cal, g, last)
	var pr Projection
	if g.Aggregation == AggFlow && g.Kind != KindMilestone && len(pj.remaining) > 0 {
		pr = pj.flowFromTotals(t)
		pr.EndValue = ClampFinite(pr.EndValue)
		pr.Attainment = GoalProgress(g, pr.EndValue)
	} else {
		pr = pj.project()
	}
	pr.OK, pr.RemainingPeriods = true, len(pj.remaining)
	pr.Path = nil // the dashboard draws no path; the goal detail reads its goal whole
	p.Projection = pr
	return p
}

// hasPlanEntry reports whether plan has a period Expectation reads (a key
// that parses, a finite target): whether the goal has a plan of its own,
// as len(cal.planEntries(plan)) > 0 says, without parsing all of it.
func hasPlanEntry(plan []PeriodTarget) bool {
	for _, t := range plan {
		if _, err := ParsePeriodKey(t.PeriodKey); err == nil && IsFinite(t.Target) {
			return true
		}
	}
	return false
}

// remainingAfter lists the periods of g's cadence within its span that
// come after latest, as Project counts them.
func remainingAfter(cal Calendar, g Goal, latest Period) []Period {
	from := g.Start
	if day := cal.LastDay(latest) + 1; day > from.DayNumber() {
		from = DateOfDayNumber(day)
	}
	if g.End.IsZero() || from.DayNumber() > g.End.DayNumber() {
		return nil
	}
	var out []Period
	for _, p := range cal.Periods(g.Cadence, from, g.End) {
		if PeriodLess(latest, p) {
			out = append(out, p)
		}
	}
	return out
}

// flowFromTotals is projector.flow with the plan of the periods reported
// taken from first to latest (none is missing: TotalsSuffice) and the
// run-rate from the totals, without the path.
func (pj projector) flowFromTotals(t ValueTotals) Projection {
	ahead := make([]float64, len(pj.remaining))
	for i, p := range pj.remaining {
		ahead[i] = pj.planOf(p)
	}
	pr := Projection{Needs: shareOut(pj.remaining, pj.g.Target-pj.actual, ahead, pj.g.Decimals)}
	planned := 0.0
	if pj.plan != nil {
		first, _ := ParsePeriodKey(t.First)
		last := pj.s[0].Period
		planned = ClampFinite(pj.plan.At(pj.cal.LastDay(last)) - pj.plan.At(pj.cal.FirstDay(first)-1))
	}
	rest := pj.restOfLatest()
	if planned -= rest; pj.plan != nil && planned > 0 && IsFinite(planned) {
		pr.Method, pr.Pace = MethodPlanPace, ClampFinite(pj.actual/planned)
		pr.EndValue = pathEnd(pj.actual+pr.Pace*rest, pr.Pace, ahead)
	} else {
		pr.Method, pr.Pace = MethodRunRate, ClampFinite(t.Sum/float64(t.Count))
		pr.EndValue = pathEnd(pj.actual, pr.Pace, repeat(1, len(pj.remaining)))
	}
	return pr
}

// pathEnd is the last value of projector.path(start, step, weights),
// worked out the same way without the path, which the dashboard does not
// draw (weights is not empty).
func pathEnd(start, step float64, weights []float64) float64 {
	for _, w := range weights {
		start += step * w
	}
	return ClampFinite(start)
}
