package app

// planEntriesInOrder is planEntries of a plan read in key order, as the
// store gives it (one cadence, each key once, every target finite): its
// entries straight from the keys, without the copies and sorts that a
// plan in another order needs. ok is false for any other plan.
func (cal Calendar) planEntriesInOrder(plan []PeriodTarget) ([]planEntry, bool) {
	es := make([]planEntry, len(plan))
	var prev Period
	for i, t := range plan {
		p, err := ParsePeriodKey(t.PeriodKey)
		if err != nil || !IsFinite(t.Target) || (i > 0 && (p.Cadence != prev.Cadence || !PeriodLess(prev, p))) {
			return nil, false
		}
		es[i], prev = planEntry{cal.FirstDay(p), cal.LastDay(p), t.Target}, p
	}
	return es, true
}
