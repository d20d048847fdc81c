package app

// ReviewMemo keeps the rows ReviewRowsFrom worked out last, as PaceMemo
// keeps paces (see pace_memo.go): a review shown again after a check-in
// works out only the goals whose goal, plan or sums changed. The zero
// value is ready; a memo is safe for use by several goroutines.
type ReviewMemo struct {
	m goalMemo[reviewScope, ReviewSums, ReviewRow]
}

// reviewScope is what every row of a review depends on.
type reviewScope struct {
	cal  Calendar
	p    Period
	asOf Date
	th   Thresholds
}

// RowsFrom is ReviewRowsFrom, reusing the rows of goals whose inputs are
// those of the last call. A nil memo keeps nothing.
func (rm *ReviewMemo) RowsFrom(cal Calendar, d ReviewData, p Period, asOf Date, th Thresholds) []ReviewRow {
	if rm == nil || !p.Valid() {
		return ReviewRowsFrom(cal, d, p, asOf, th)
	}
	if th.Validate() != nil {
		th = DefaultThresholds
	}
	m := &rm.m
	m.begin(reviewScope{cal, p, asOf, th}, len(d.Goals))
	defer m.mu.Unlock()
	rows := make([]ReviewRow, len(d.Goals))
	in := make([]bool, len(d.Goals))
	var todo []int
	for i, g := range d.Goals {
		if r, ok := m.reuse(i, g, d.Plans[g.ID], d.Sums, rowGoal); ok {
			r.Goal = g
			rows[i], in[i] = r, true
		} else {
			todo = append(todo, i)
		}
	}
	if len(todo) > 0 {
		rv := newReviewer(cal, asOf, th)
		rv.prepare(p)
		inParallelWith(len(todo), func(sc *reviewScratch, k int) {
			i := todo[k]
			rows[i], in[i] = rv.rowOf(d, d.Goals[i], p, sc)
			m.put(i, d.Snapshot, d.Sums, rows[i], in[i])
		})
	}
	m.end(d.Goals)
	return rowsIn(rows, in)
}

// rowGoal is the goal of a review row.
func rowGoal(r *ReviewRow) *Goal { return &r.Goal }
