package app

import "sync"

// A screen refreshed after one check-in used to work out every goal
// again: at 2,000 goals that took most of a refresh (14 ms of CPU for the
// dashboard's paces, 13 ms for a review's rows, each goal's plan parsed
// and its expectation and projection worked out), while a check-in changes
// one goal's totals. A memo keeps what it worked out for each goal with
// what it was worked out from, and a later call works out only the goals
// whose inputs differ.
//
// A goal's result is reused when the scope (the calendar, the day, the
// thresholds, a review's period) is that of the last call and the goal,
// its figures (totals, a review's sums) and its plan are the same: the
// goal and the figures compared by value, the plan by identity (the same
// slice, as the store's setup cache hands it out until a plan changes).
// The plans passed in must therefore never be written afterwards, as the
// store's never are; a memo keeps each plan slice it compares against
// alive, so a new plan can never take an old one's place in memory. Goals
// read with their check-ins rather than figures are worked out on every
// call.

// PaceMemo keeps the paces PacesFrom worked out last (see above). The
// zero value is ready; a memo is safe for use by several goroutines.
type PaceMemo struct {
	m goalMemo[paceScope, ValueTotals, Pace]
}

// paceScope is what every pace of a call depends on.
type paceScope struct {
	cal  Calendar
	asOf Date
	th   Thresholds
}

// PacesFrom is app.PacesFrom, reusing the paces of goals whose inputs are
// those of the last call. A nil memo keeps nothing.
func (pm *PaceMemo) PacesFrom(cal Calendar, d DashboardData, asOf Date, th Thresholds) []Pace {
	if pm == nil {
		return PacesFrom(cal, d, asOf, th)
	}
	m := &pm.m
	m.begin(paceScope{cal, asOf, th})
	defer m.mu.Unlock()
	paces := make([]Pace, len(d.Goals))
	var todo []int
	for i, g := range d.Goals {
		if p, ok := m.reuse(g, d.Plans[g.ID], d.Totals, paceGoal); ok {
			p.Goal, p.Plan = g, d.Plans[g.ID]
			paces[i] = p
		} else {
			todo = append(todo, i)
		}
	}
	inParallelWith(len(todo), func(sc *paceScratch, k int) {
		i := todo[k]
		paces[i] = paceOf(cal, d, d.Goals[i], asOf, th, sc)
	})
	// Kept before RollUpPaces adds what depends on other goals.
	m.keep(d.Snapshot, d.Totals, func(i int) (Pace, bool) { return paces[i], true })
	RollUpPaces(paces)
	return paces
}

// paceGoal is the goal of a pace.
func paceGoal(p *Pace) *Goal { return &p.Goal }

// goalMemo is one value V a goal, kept with the goal's plan and figures
// K, for one scope S at a time; the goal itself is the one in the value,
// which goalOf finds (a pace's or a row's Goal).
type goalMemo[S, K comparable, V any] struct {
	mu      sync.Mutex
	scope   S
	index   map[int64]int // a goal's entry in entries
	entries []memoEntry[K, V]
}

// memoEntry is one goal's value with the plan and figures it was worked
// out from.
type memoEntry[K comparable, V any] struct {
	plan    []PeriodTarget
	figures K
	value   V
}

// begin locks the memo for one call and forgets everything when scope is
// not the last call's.
func (m *goalMemo[S, K, V]) begin(scope S) {
	m.mu.Lock()
	if scope != m.scope {
		m.scope = scope
		clear(m.index)
		m.entries = m.entries[:0]
	}
}

// reuse returns the kept value of g when its inputs are those it was
// worked out from; figures holds every goal's that has them, and goalOf
// returns the goal inside a value.
func (m *goalMemo[S, K, V]) reuse(g Goal, plan []PeriodTarget, figures map[int64]K, goalOf func(*V) *Goal) (V, bool) {
	var none V
	f, ok := figures[g.ID]
	if !ok {
		return none, false
	}
	i, ok := m.index[g.ID]
	if !ok {
		return none, false
	}
	e := &m.entries[i]
	if e.figures != f || !samePlan(e.plan, plan) || !sameGoal(*goalOf(&e.value), g) {
		return none, false
	}
	return e.value, true
}

// keep remembers the value of each goal of snap that has figures, value(i)
// being the i-th goal's (false: none to keep), and forgets the others.
// The entries are one slice and the index is refilled, both in their
// memory of the last call: a map of 2,000 entries of their own took 1 MB
// and 2,000 allocations a call, the first call of a screen 1 ms of its
// 16.
func (m *goalMemo[S, K, V]) keep(snap Snapshot, figures map[int64]K, value func(i int) (V, bool)) {
	if m.index == nil {
		m.index = make(map[int64]int, len(snap.Goals))
	}
	clear(m.index)
	entries := m.entries[:0]
	if cap(entries) < len(snap.Goals) {
		entries = make([]memoEntry[K, V], 0, len(snap.Goals))
	}
	for i, g := range snap.Goals {
		f, ok := figures[g.ID]
		if !ok {
			continue
		}
		if v, has := value(i); has {
			m.index[g.ID] = len(entries)
			entries = append(entries, memoEntry[K, V]{plan: snap.Plans[g.ID], figures: f, value: v})
		}
	}
	m.entries = entries
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
