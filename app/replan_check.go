package app

import "math"

// ReplannedAfter tells whether a flow plan that does not add up to the
// goal's target is one re-spread after a review (RespreadRemaining): the
// actuals of its periods up to and including the one it returns, with the
// plan of the periods after it, add up to the target. Such a plan keeps
// what the ended periods planned, so its own total is the target plus
// what they fell short of it (or minus what they passed it by); judged by
// its total alone it would read as a plan that does not add up, and the
// goal could not be saved again until the re-plan was undone.
//
// The periods counted by their actuals must have ended by today (when
// today is set) and have every check-in that counts in them, as the
// re-plan required; at least one period must follow them. Of several
// splits that fit, the latest is returned, the last re-plan made. ok is
// false for goals other than flow increase or decrease goals, and for a
// plan that adds up to the target by itself.
func ReplannedAfter(cal Calendar, g Goal, plan []PeriodTarget, values []PeriodValue, today Date) (last Period, ok bool) {
	slots, fits := cal.replanFits(g, plan, values, today)
	if len(fits) == 0 {
		return Period{}, false
	}
	return slots[fits[len(fits)-1]].p, true
}

// replanFits are the slots of g's plan and, in order, the positions of
// those after which the plan fits as ReplannedAfter tells: the actuals of
// the slots up to and including one, with the plan of those after it,
// add up to the target. There are none unless the goal is a flow
// increase or decrease goal whose plan does not add up by itself.
func (cal Calendar) replanFits(g Goal, plan []PeriodTarget, values []PeriodValue, today Date) ([]planSlot, []int) {
	slots, misses := cal.replanMisses(g, plan, values, today)
	tolerance := planTolerance(g)
	var fits []int
	for k, m := range misses {
		if math.Abs(m) <= tolerance {
			fits = append(fits, k)
		}
	}
	return slots, fits
}

// replanMisses are the slots of g's plan and, for each slot after which
// the plan could have been re-spread, by how much the actuals through it
// with the plan after it miss the target; NaN for the other slots. Those
// slots are the ones ReplannedAfter tries: ended by today (when set), with
// every check-in in, and at a point the plan may be split. Both are nil
// where replanFits finds none.
func (cal Calendar) replanMisses(g Goal, plan []PeriodTarget, values []PeriodValue, today Date) ([]planSlot, []float64) {
	if !mayBeReplanned(g, plan) || len(values) == 0 {
		return nil, nil
	}
	slots, err := cal.planSlots(g, plan)
	if err != nil || len(slots) < 2 {
		return nil, nil
	}
	actual, complete := cal.slotActuals(g, slots, Series(values, g.Cadence))
	planned := 0.0
	for _, sl := range slots {
		planned += sl.t.Target
	}
	misses := repeat(math.NaN(), len(slots))
	done := 0.0
	split := cal.splitPoints(g, slots)
	for k := range len(slots) - 1 {
		if !complete[k] || (!today.IsZero() && cal.LastDay(slots[k].p) > today.DayNumber()) {
			break
		}
		done += actual[k]
		planned -= slots[k].t.Target
		if split[k] {
			misses[k] = done + planned - g.Target
		}
	}
	return slots, misses
}

// mayBeReplanned reports whether plan could be one re-spread after a
// review (ReplannedAfter): g is a flow increase or decrease goal and the
// plan's targets, as given, do not add up to its target. It reads the
// plan alone, so a screen that works from totals can tell which goals
// need their check-ins read.
func mayBeReplanned(g Goal, plan []PeriodTarget) bool {
	if g.Aggregation != AggFlow || (g.Kind != KindIncrease && g.Kind != KindDecrease) || len(plan) == 0 {
		return false
	}
	planned := 0.0
	for _, t := range plan {
		planned += t.Target
	}
	return !(math.Abs(planned-g.Target) <= planTolerance(g))
}

// ValuesSettlePlan reports whether g's plan may be one re-spread after a
// review, which the goal's check-ins of every period settle
// (ExpectationWith): a review of one period must then read all of them,
// not those of the periods it compares alone, or it settles the plan
// after another period than the goal's detail does.
func ValuesSettlePlan(g Goal, plan []PeriodTarget) bool {
	return mayBeReplanned(g, plan)
}

// planTolerance is how far a plan's total may be from g's target and
// still add up to it: half of the goal's last decimal.
func planTolerance(g Goal) float64 {
	return 0.5 * math.Pow10(-max(0, min(g.Decimals, MaxDecimals))) * (1 + 1e-9)
}

// slotActuals are the sums of the values s that count in each plan slot
// as a review counts them (CountsFor), and whether each slot has every
// check-in period of the goal that counts in it.
func (cal Calendar) slotActuals(g Goal, slots []planSlot, s []periodValue) (actual []float64, complete []bool) {
	actual, complete = make([]float64, len(slots)), make([]bool, len(slots))
	have := make(map[Period]bool, len(s))
	for _, v := range s {
		have[v.Period] = true
		if i := cal.slotOf(g, slots, v.Period); i >= 0 {
			actual[i] += v.Value
		}
	}
	for i := range complete {
		complete[i] = true
	}
	for _, p := range CheckInPeriods(cal, g) {
		if i := cal.slotOf(g, slots, p); i >= 0 && !have[p] {
			complete[i] = false
		}
	}
	return actual, complete
}

// slotOf is the index of the plan slot that period p of the goal's
// check-ins counts in (the last it overlaps when p is the longer), or -1.
func (cal Calendar) slotOf(g Goal, slots []planSlot, p Period) int {
	for i, sl := range slots {
		if cal.CountsFor(g, sl.p, p) {
			return i
		}
	}
	return cal.coarseSlotOf(slots, p)
}
