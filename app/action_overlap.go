package app

import "sort"

// ActionsWithin lists the action plans of plans, other than the one
// numbered self, that are linked to goal g and started within the periods
// effect r compares, from the first day of its first period before to the
// last day of its last period after, oldest first. Their work is in the
// same figures: the change r finds may be theirs as much as the action's.
// A dropped plan, and one without a start, are left out; with nothing
// compared (r.N = 0) there are none.
func (cal Calendar) ActionsWithin(g Goal, r EffectResult, self int64, plans []ActionPlan) []ActionPlan {
	if r.N == 0 || len(r.BeforeKeys) == 0 || len(r.AfterKeys) == 0 {
		return nil
	}
	first, errF := ParsePeriodKey(r.BeforeKeys[0])
	last, errL := ParsePeriodKey(r.AfterKeys[len(r.AfterKeys)-1])
	if errF != nil || errL != nil {
		return nil
	}
	from, to := cal.FirstDay(first), cal.LastDay(last)
	var out []ActionPlan
	for _, p := range plans {
		if p.ID == self || p.Status == ActionDropped || p.Start.IsZero() || !linksGoal(p, g.ID) {
			continue
		}
		if d := p.Start.DayNumber(); from <= d && d <= to {
			out = append(out, p)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start.DayNumber() < out[j].Start.DayNumber() })
	return out
}

func linksGoal(p ActionPlan, goalID int64) bool {
	for _, id := range p.GoalIDs {
		if id == goalID {
			return true
		}
	}
	return false
}
