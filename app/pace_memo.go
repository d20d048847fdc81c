package app

import "sync"

// PaceMemo keeps the paces PacesFrom worked out last, so that a screen
// refreshed after one check-in works out again only the goals whose
// inputs changed: at 2,000 goals the paces took most of a dashboard
// refresh (14 ms of CPU, plans parsed and projected for every goal),
// while a check-in changes one goal's totals. The zero value is ready;
// a memo is safe for use by several goroutines.
//
// A goal's pace is reused when the calendar, the day and the thresholds
// are those of the last call and the goal, its totals and its plan are
// the same: the goal and the totals compared by value, the plan by
// identity (the same slice, as the store's setup cache hands out until
// a plan changes). The plans passed in must therefore never be written
// afterwards, as the store's never are; the memo keeps each plan slice it
// compared against alive, so a new plan can never take an old one's place
// in memory. Goals whose check-ins are read whole (no totals) are worked
// out on every call.
type PaceMemo struct {
	mu     sync.Mutex
	cal    Calendar
	asOf   Date
	th     Thresholds
	byGoal map[int64]memoPace
}

// memoPace is one goal's pace with what it was worked out from.
type memoPace struct {
	goal   Goal
	plan   []PeriodTarget
	totals ValueTotals
	pace   Pace
}

// PacesFrom is app.PacesFrom, reusing the paces of goals whose inputs are
// those of the last call. A nil memo keeps nothing.
func (m *PaceMemo) PacesFrom(cal Calendar, d DashboardData, asOf Date, th Thresholds) []Pace {
	if m == nil {
		return PacesFrom(cal, d, asOf, th)
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if cal != m.cal || asOf != m.asOf || th != m.th { // a day in another zone may be another day
		m.cal, m.asOf, m.th, m.byGoal = cal, asOf, th, nil
	}
	paces := make([]Pace, len(d.Goals))
	var todo []int
	for i, g := range d.Goals {
		if p, ok := m.reuse(g, d.Plans[g.ID], d.Totals); ok {
			paces[i] = p
		} else {
			todo = append(todo, i)
		}
	}
	inParallelWith(len(todo), func(sc *paceScratch, k int) {
		i := todo[k]
		paces[i] = paceOf(cal, d, d.Goals[i], asOf, th, sc)
	})
	m.keep(d, paces)
	RollUpPaces(paces)
	return paces
}

// reuse returns the kept pace of g when its inputs are those it was
// worked out from.
func (m *PaceMemo) reuse(g Goal, plan []PeriodTarget, totals map[int64]ValueTotals) (Pace, bool) {
	t, ok := totals[g.ID]
	if !ok {
		return Pace{}, false
	}
	e, ok := m.byGoal[g.ID]
	if !ok || e.totals != t || !samePlan(e.plan, plan) || !sameGoal(e.goal, g) {
		return Pace{}, false
	}
	p := e.pace
	p.Goal, p.Plan = g, plan
	return p, true
}

// keep remembers the paces of the goals worked out from their totals,
// before RollUpPaces adds what depends on other goals; goals gone from d
// are forgotten.
func (m *PaceMemo) keep(d DashboardData, paces []Pace) {
	kept := make(map[int64]memoPace, len(d.Totals))
	for i, g := range d.Goals {
		if t, ok := d.Totals[g.ID]; ok {
			kept[g.ID] = memoPace{goal: g, plan: d.Plans[g.ID], totals: t, pace: paces[i]}
		}
	}
	m.byGoal = kept
}

// samePlan reports whether a and b are the same slice: the same length
// and, when not empty, the same first element in memory.
func samePlan(a, b []PeriodTarget) bool {
	return len(a) == len(b) && (len(a) == 0 || &a[0] == &b[0])
}

// sameGoal reports whether a and b hold the same goal, comparing what
// their pointers point to rather than the pointers.
func sameGoal(a, b Goal) bool {
	if !sameFloat(a.Baseline, b.Baseline) || !sameID(a.ParentID, b.ParentID) {
		return false
	}
	a.Baseline, b.Baseline, a.ParentID, b.ParentID = nil, nil, nil, nil
	return a == b
}

func sameFloat(a, b *float64) bool {
	return a == b || a != nil && b != nil && *a == *b
}

func sameID(a, b *int64) bool {
	return a == b || a != nil && b != nil && *a == *b
}
