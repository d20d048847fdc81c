package app

// planEntriesInOrder is planEntries of a plan read in key order, as the
// store gives it (one cadence, each key once, every target finite): its
// entries straight from the keys, in buf's storage when it has room,
// without the copies and sorts that a plan in another order needs. ok is
// false for any other plan.
func (cal Calendar) planEntriesInOrder(plan []PeriodTarget, buf []planEntry) ([]planEntry, bool) {
	es := buf[:0]
	if cap(es) < len(plan) {
		es = make([]planEntry, 0, len(plan))
	}
	es = es[:len(plan)]
	var prev Period
	for i, t := range plan {
		p, err := ParsePeriodKey(t.PeriodKey)
		if err != nil || !IsFinite(t.Target) || (i > 0 && (p.Cadence != prev.Cadence || !PeriodLess(prev, p))) {
			return nil, false
		}
		first := 0
		if i > 0 && p == (Period{prev.Cadence, prev.Year, prev.Index + 1}) {
			// LastDay(prev) is FirstDay(p) - 1: the day numbers of a
			// plan's periods, in turn, are worked out once each.
			first = es[i-1].last + 1
		} else {
			first = cal.FirstDay(p)
		}
		es[i], prev = planEntry{first: first, last: cal.LastDay(p), target: t.Target}, p
	}
	return es, true
}

// indexEntries notes in each of es, when they follow each other without
// overlapping, the sum of the targets before it, added in order as At
// adds them all, and returns ordered true with the sum of all. At of a
// flow plan then finds the day's entry by bisection and adds that
// entry's share to the sum before it: the entries before it add their
// whole target (times 1, exact) and those after it nothing (times 0; a
// zero added to a sum that started at +0 changes no bit of it), so the
// figure is the one the loop over every entry gives, without reading 40
// quarters for each of a year's 52 weeks. ordered is false for entries
// that overlap, which At reads one by one.
func indexEntries(es []planEntry) (ordered bool, total float64) {
	for i := range es {
		if es[i].last < es[i].first || (i > 0 && es[i].first <= es[i-1].last) {
			return false, 0
		}
		es[i].before = total
		total += es[i].target
	}
	return true, total
}

// entryAt is the position of the first of x's ordered entries that ends
// after day, len(x.entries) when none does.
func (x Expectation) entryAt(day int) int {
	lo, hi := 0, len(x.entries)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if x.entries[mid].last > day {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo
}

// atOrdered is At of a flow or level expectation whose entries are
// ordered: the entries before the day's entry have ended by day, those
// after it have not started.
func (x Expectation) atOrdered(day int) float64 {
	k := x.entryAt(day)
	if x.Cumulative() {
		return x.cumulativeAt(k, day)
	}
	prev := x.origin
	if k > 0 {
		prev = x.entries[k-1].target
	}
	if k == len(x.entries) {
		return prev
	}
	e := x.entries[k]
	first, last := x.daysOf(e)
	switch {
	case day < first:
		return prev
	case day >= last: // past a goal's end inside e
		return e.target
	}
	return ClampFinite(prev + (e.target-prev)*spanFraction(first, last, day))
}

// daysInTurn is base of an expectation for days asked in turn, each no
// earlier than the one before: for ordered entries it finds each day's
// entry by stepping on from the one before, where atOrdered searches them
// all, and gives the same figure. A review of a year of weekly check-ins
// asks for 52 days in turn, and the search was most of its row's time.
type daysInTurn struct {
	x *Expectation
	k int // the entry of the day asked before
}

// base is base of the expectation at day.
func (t *daysInTurn) base(day int) float64 {
	x := t.x
	if !x.ordered || !x.Cumulative() {
		return x.base(day)
	}
	if t.k > 0 && x.entries[t.k-1].last > day {
		t.k = x.entryAt(day) // asked out of turn
	}
	for t.k < len(x.entries) && x.entries[t.k].last <= day {
		t.k++
	}
	return x.cumulativeAt(t.k, day)
}

// cumulativeAt is atOrdered of a cumulative x at day, whose entry is
// x.entries[k] (entryAt).
func (x *Expectation) cumulativeAt(k, day int) float64 {
	if k == len(x.entries) {
		return ClampFinite(x.total)
	}
	e := x.entries[k]
	first, last := x.daysOf(e)
	return ClampFinite(e.before + e.target*spanFraction(first, last, day))
}
