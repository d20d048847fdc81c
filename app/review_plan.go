package app

// The plan a review row's actual is measured against (ReviewRow.ExpectedCovered).

// covered is the plan x for the check-in periods of days days[i] for i
// in counted: their sum for a cumulative plan (each as expectedFor works
// it out, in the same order), the last one's for a level.
func (x Expectation) covered(days []dayRange, counted []int) float64 {
	if !x.Cumulative() {
		return x.At(days[counted[len(counted)-1]].last)
	}
	sum := 0.0
	for _, i := range counted {
		d := days[i]
		sum += ClampFinite(x.At(d.last) - x.At(d.first-1))
	}
	return ClampFinite(sum)
}

// throughLatest are the positions in subs, inside g's span, up to the
// latest of counted (the periods reported): a period before the latest
// reported one that was never checked in counts as nothing, as it does
// in the goal's status, so its plan is in what the actual is measured
// against; those after it are still awaited.
func throughLatest(cal Calendar, g Goal, subs []Period, counted []int) []int {
	last := counted[len(counted)-1]
	out := make([]int, 0, last+1)
	for i := 0; i <= last; i++ {
		if cal.overlapsSpan(g, subs[i]) {
			out = append(out, i)
		}
	}
	return out
}

// wholePlan reports whether a row's actual is measured against its whole
// period's plan: when complete, or once closed, the periods never reported
// then counting as nothing (stay goals and milestones aside, whose plan is
// a line).
func (r ReviewRow) wholePlan() bool {
	return r.Complete || r.Closed && !IsStay(r.Goal.Kind) && r.Goal.Kind != KindMilestone
}
