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
	m.begin(paceScope{cal, asOf, th}, len(d.Goals))
	defer m.mu.Unlock()
	paces := make([]Pace, len(d.Goals))
	var todo []int
	for i, g := range d.Goals {
		if p, ok := m.reuse(i, g, d.Plans[g.ID], d.Totals, paceGoal); ok {
			p.Goal, p.Plan = g, d.Plans[g.ID]
			paces[i] = p
		} else {
			todo = append(todo, i)
		}
	}
	inParallelWith(len(todo), func(sc *paceScratch, k int) {
		i := todo[k]
		paces[i] = paceOf(cal, d, d.Goals[i], asOf, th, sc)
		// Kept before RollUpPaces adds what depends on other goals.
		m.put(i, d.Snapshot, d.Totals, paces[i], true)
	})
	m.end(d.Goals)
	RollUpPaces(paces)
	return paces
}

// paceGoal is the goal of a pace.
func paceGoal(p *Pace) *Goal { return &p.Goal }

// goalMemo is one value V a goal, kept with the goal's plan and figures
// K, for one scope S at a time; the goal itself is the one in the value,
// which goalOf finds (a pace's or a row's Goal).
//
// A call fills next, one entry a goal of the call at the goal's
// position: reuse copies the entries it hands back, and put, called by
// the goroutines working out the others side by side, each its own
// goals', the new values. end makes next the entries and indexes them.
// Copying each value as it is worked out rather than all of them after
// took a millisecond off the first showing of 2,000 goals, which copied
// them one by one on one core.
type goalMemo[S, K comparable, V any] struct {
	mu      sync.Mutex
	scope   S
	index   map[int64]int // a goal's entry in entries
	entries []memoEntry[K, V]
	next    []memoEntry[K, V] // the call's, by the goal's position
}

// memoEntry is one goal's value with the plan and figures it was worked
// out from; kept is false for a goal without them, which is not kept.
type memoEntry[K comparable, V any] struct {
	kept    bool
	plan    []PeriodTarget
	figures K
	value   V
}

// begin locks the memo for a call of n goals and forgets everything when
// scope is not the last call's.
func (m *goalMemo[S, K, V]) begin(scope S, n int) {
	m.mu.Lock()
	if scope != m.scope {
		m.scope = scope
		clear(m.index)
		m.entries = m.entries[:0]
	}
	// Every position is written (reuse or put) before end: no clearing.
	// The storage is the entries' of the call before last.
	if cap(m.next) < n {
		m.next = make([]memoEntry[K, V], n)
	}
	clear(m.next[n:cap(m.next)]) // what a longer call left there
	m.next = m.next[:n]
}

// reuse returns the kept value of g, the i-th goal of the call, when its
// inputs are those it was worked out from, keeping it for the next call;
// figures holds every goal's that has them, and goalOf returns the goal
// inside a value.
func (m *goalMemo[S, K, V]) reuse(i int, g Goal, plan []PeriodTarget, figures map[int64]K, goalOf func(*V) *Goal) (V, bool) {
	var none V
	if len(m.index) == 0 { // nothing kept: a screen's first showing
		return none, false
	}
	k, ok := m.index[g.ID]
	if !ok {
		return none, false
	}
	f, ok := figures[g.ID]
	if !ok {
		return none, false
	}
	e := &m.entries[k]
	if e.figures != f || !samePlan(e.plan, plan) || !sameGoal(*goalOf(&e.value), g) {
		return none, false
	}
	m.next[i] = *e
	return e.value, true
}

// put keeps v, the value of the i-th goal of snap, when has and the goal
// has figures; it forgets the goal otherwise. Calls for different goals
// may run side by side: each writes its own entry.
func (m *goalMemo[S, K, V]) put(i int, snap Snapshot, figures map[int64]K, v V, has bool) {
	g := &snap.Goals[i]
	f, ok := figures[g.ID]
	if !ok || !has {
		m.next[i] = memoEntry[K, V]{}
		return
	}
	m.next[i] = memoEntry[K, V]{kept: true, plan: snap.Plans[g.ID], figures: f, value: v}
}

// end makes the call's entries, of goals, the kept ones: the entries of
// the call before are the storage of the next call's.
func (m *goalMemo[S, K, V]) end(goals []Goal) {
	if m.index == nil {
		m.index = make(map[int64]int, len(goals))
	}
	clear(m.index)
	m.entries, m.next = m.next, m.entries
	for i := range m.entries {
		if m.entries[i].kept {
			m.index[goals[i].ID] = i
		}
	}
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
