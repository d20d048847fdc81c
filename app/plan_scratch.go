package app

// planScratch is the storage a core's calls reuse from one goal to the
// next to read a goal's plan into entries (Expectation), none of which a
// goal's pace or review row keeps.
type planScratch struct {
	entries []planEntry
	// days is the plan whose keys' days entries hold, nil when they hold
	// none that another plan can take (sameDays).
	days    []PeriodTarget
	daysCal Calendar
}

// expectation is cal.expectationIn(g, plan, …) in sc's storage. A plan
// with the keys of the plan before it (goals of one span planned by one
// cadence, most of a business's goals) takes that plan's days, and only
// its targets are read.
func (sc *planScratch) expectation(cal Calendar, g Goal, plan []PeriodTarget) Expectation {
	if es, ok := sc.sameDays(cal, plan); ok {
		return cal.expectationOf(g, es)
	}
	sc.days = nil
	es, inOrder := cal.planEntriesInOrder(plan, sc.entries)
	if !inOrder {
		es = cal.planEntriesSorted(plan)
	}
	x := cal.expectationOf(g, es)
	sc.entries = keep(sc.entries, x.entries)
	if inOrder && len(es) > 0 {
		sc.days, sc.daysCal, sc.entries = plan, cal, es[:0]
	}
	return x
}

// sameDays returns the entries of plan when its keys are those of the
// plan sc's entries were worked out from, with plan's targets, all
// finite, as planEntriesInOrder would.
func (sc *planScratch) sameDays(cal Calendar, plan []PeriodTarget) ([]planEntry, bool) {
	if sc.days == nil || cal != sc.daysCal || len(plan) != len(sc.days) {
		return nil, false
	}
	for i, t := range plan {
		if t.PeriodKey != sc.days[i].PeriodKey || !IsFinite(t.Target) {
			return nil, false
		}
	}
	es := sc.entries[:len(plan)]
	for i, t := range plan {
		es[i].target = t.Target
	}
	sc.days = plan
	return es, true
}
