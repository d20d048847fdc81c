package app

// PeriodSum is what a goal's check-ins of its own cadence inside one
// period, of periods started by the day the review is seen as of, add up
// to: how many there are and their sum, added in period order as a review
// row adds them.
type PeriodSum struct {
	Count int
	Sum   float64
}

// ReviewSums are a goal's PeriodSums of the periods ReviewSumPeriods
// names, in that order.
type ReviewSums [3]PeriodSum

// ReviewData is what ReviewRowsFrom reviews a period from: the goals with
// their plans, the sums of the goals that have them, and for the others
// the check-ins and history values of the periods ReviewKeys lists.
type ReviewData struct {
	Snapshot
	Sums map[int64]ReviewSums
	// Latest is, of goals read from their values, the key of the latest
	// period of the goal's cadence with a check-in started by the day of
	// the review: Snapshot.CheckIns holds only the periods ReviewKeys
	// lists, and a later check-in changes a partial row (LaterReported).
	Latest map[int64]string
}

// ReviewSumPeriods are the periods a row of p compares: p, the one before
// and the same one a year earlier (invalid when there is none).
func ReviewSumPeriods(cal Calendar, p Period) [3]Period {
	return [3]Period{p, p.Prev(), cal.SameLastYear(p)}
}

// ReviewSumRange is the range of keys that the periods of cadence c inside
// q started by asOf take, from the first one's key to the last one's; ok
// is false when none has started. A cadence's keys sort as its periods do,
// so the range holds no other period of c.
func ReviewSumRange(cal Calendar, c Cadence, q Period, asOf Date) (lo, hi string, ok bool) {
	if !q.Valid() {
		return "", "", false
	}
	subs := cal.subPeriods(c, q)
	day := asOf.DayNumber()
	last := -1
	for i, s := range subs {
		if cal.FirstDay(s) <= day {
			last = i
		}
	}
	if last < 0 {
		return "", "", false
	}
	return subs[0].Key(), subs[last].Key(), true
}

// ReviewSumsSuffice keeps, of sums, the goals of goals whose row of p can
// be worked out from their sums, given that the goals in sums have no
// check-in of another cadence and no history value among the periods the
// review reads; need lists the others. Sums suffice for a flow goal (not
// a milestone, not a stay goal) whose period p has no check-in, or one
// for each of its periods, all inside the goal's span, none of them, nor
// of the periods compared, covered in part by it: a row with some periods
// reported compares the previous periods' same part, which needs each
// value. A goal whose plan (of plans) may have been re-spread after a
// review needs its values too: they settle the plan (ExpectationWith).
//
// ok is sums itself, the others' sums taken out of it: a store's first
// review at 2,000 goals spared a second map of them.
func ReviewSumsSuffice(cal Calendar, goals []Goal, plans map[int64][]PeriodTarget, p Period, sums map[int64]ReviewSums) (ok map[int64]ReviewSums, need []int64) {
	rv := newReviewer(cal, Date{}, DefaultThresholds)
	kept := 0
	for _, g := range goals {
		if s, has := sums[g.ID]; has && p.Valid() && !mayBeReplanned(g, plans[g.ID]) && rv.sumsSuffice(g, p, s) {
			kept++
			continue
		}
		need = append(need, g.ID)
		delete(sums, g.ID)
	}
	if len(sums) > kept {
		dropOthers(sums, goals)
	}
	return sums, need
}

// dropOthers takes out of sums those of goals not among goals.
func dropOthers(sums map[int64]ReviewSums, goals []Goal) {
	among := make(map[int64]bool, len(goals))
	for _, g := range goals {
		among[g.ID] = true
	}
	for id := range sums {
		if !among[id] {
			delete(sums, id)
		}
	}
}

// sumsSuffice is ReviewSumsSuffice of one goal.
func (rv *reviewer) sumsSuffice(g Goal, p Period, s ReviewSums) bool {
	if g.Aggregation != AggFlow || g.Kind == KindMilestone || IsStay(g.Kind) {
		return false
	}
	if _, past := rv.cal.weekPastEnd(g, p); past {
		return false // its last week counts for p too, past the sums' range
	}
	if s[0].Count == 0 {
		return true
	}
	if qs := ReviewSumPeriods(rv.cal, p); rv.cal.partialIn(g, qs[:]) {
		return false // the part of a period its span covers is compared (spanShares)
	}
	// The goal's span is one run of days and the sub-periods follow each
	// other, so every one overlaps it when the first and the last do.
	days := rv.subDays(g.Cadence, p)
	if n := len(days); n > 0 {
		start, end := g.Start.DayNumber(), g.End.DayNumber()
		if start > days[0].last || end < days[0].first || start > days[n-1].last || end < days[n-1].first {
			return false // cal.overlapsSpan of the first or the last
		}
	}
	return s[0].Count == len(days)
}

// ReviewRowsFrom is ReviewRows of the data d: the rows of the goals with
// sums are worked out from them, the others from their values. The goals
// are shared over the cores.
func ReviewRowsFrom(cal Calendar, d ReviewData, p Period, asOf Date, th Thresholds) []ReviewRow {
	if !p.Valid() {
		return nil
	}
	if th.Validate() != nil {
		th = DefaultThresholds
	}
	rv := newReviewer(cal, asOf, th)
	rv.prepare(p)
	rows := make([]ReviewRow, len(d.Goals))
	in := make([]bool, len(d.Goals))
	inParallelWith(len(d.Goals), func(sc *reviewScratch, i int) { rows[i], in[i] = rv.rowOf(d, d.Goals[i], p, sc) })
	return rowsIn(rows, in)
}

// rowOf is the row of g, one of d's goals, from its sums when d has them,
// else from its values; false when g's span and p do not overlap.
func (rv *reviewer) rowOf(d ReviewData, g Goal, p Period, sc *reviewScratch) (ReviewRow, bool) {
	cal := rv.cal
	if !cal.overlaps(g, p) {
		return ReviewRow{}, false
	}
	if s, ok := d.Sums[g.ID]; ok {
		x := sc.expectation(cal, g, d.Plans[g.ID])
		return rv.rowFromSums(g, x, p, s, sc), true
	}
	rg := cal.newReviewGoal(g, d.Plans[g.ID], d.CheckIns[g.ID], d.History[g.ID], rv.asOf)
	if q, err := ParsePeriodKey(d.Latest[g.ID]); err == nil {
		rg.noteLatest(cal, q)
	}
	return rv.row(rg, p), true
}

// rowsIn is the rows whose in is true, nil when none is.
func rowsIn(rows []ReviewRow, in []bool) []ReviewRow {
	out := rows[:0]
	for i, r := range rows {
		if in[i] {
			out = append(out, r)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// rowFromSums is row for a goal ReviewSumsSuffice for: its actual is the
// sum of every period of p or there is none, so Previous and LastYear
// are whole periods. sc lends storage for what the row does not keep.
func (rv *reviewer) rowFromSums(g Goal, x Expectation, p Period, s ReviewSums, sc *reviewScratch) ReviewRow {
	cal := rv.cal
	r := ReviewRow{Goal: g, Period: p}
	days := rv.subDays(g.Cadence, p)
	r.Expected, r.HasExpected = DropFloatNoiseAt(rv.periodPlan(g, x, p, days), Decimals(g)), cal.HasExpectation(x, p)
	r.ExpectedCovered = r.Expected
	start, end := g.Start.DayNumber(), g.End.DayNumber()
	for _, d := range days {
		if start <= d.last && end >= d.first { // cal.overlapsSpan(g, sub)
			r.Periods++
		}
	}
	if s[0].Count > 0 {
		counted := sc.counted[:0]
		for i := range days {
			counted = append(counted, i)
		}
		sc.counted = counted
		r.Reported, r.Complete = s[0].Count, true
		r.Actual, r.HasActual = DropFloatNoiseAt(ClampFinite(s[0].Sum), Decimals(g)), true
		clipped, toDate := rv.toDate(days, counted)
		r.ExpectedCovered, r.ToDate = DropFloatNoiseAt(x.covered(clipped, counted), Decimals(g)), toDate
	}
	qs := ReviewSumPeriods(cal, p)
	r.Previous, r.HasPrevious = rv.wholeFromSum(g, qs[1], s[1])
	r.LastYear, r.HasLastYear = rv.wholeFromSum(g, qs[2], s[2])
	r.compare()
	cal.judge(&r, rv.asOf, rv.th)
	return r
}

// wholeFromSum is valueLike of a whole period q from its sum: q's own
// value when it is of the goal's cadence, else the sum of its periods of
// the goal's cadence when each has one (the goal has no other values).
func (rv *reviewer) wholeFromSum(g Goal, q Period, s PeriodSum) (float64, bool) {
	if !q.Valid() {
		return 0, false
	}
	if q.Cadence == g.Cadence {
		return s.Sum, s.Count == 1
	}
	subs := rv.subPeriods(g.Cadence, q)
	if len(subs) == 0 || s.Count != len(subs) {
		return 0, false
	}
	return DropFloatNoiseAt(ClampFinite(s.Sum), Decimals(g)), true
}

// reviewScratch is the storage a core's calls of rowFromSums reuse from
// one goal to the next: a goal's plan read into entries (sharing the days
// of a plan with the keys of the one before) and the positions of its
// counted periods, neither of which its row keeps.
type reviewScratch struct {
	planScratch
	counted []int
}
