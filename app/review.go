package app

import (
	"slices"
	"sort"
)

// ReviewPeriods lists the periods of cadence c (month, quarter, half or
// year; weeks work too) that overlap the span of at least one of goals and
// have started by asOf, newest first: the periods a review can look at.
// Goals without a start or an end are skipped. It is nil for an unknown
// cadence.
func ReviewPeriods(cal Calendar, goals []Goal, c Cadence, asOf Date) []Period {
	seen := map[Period]bool{}
	// spans are the goals' spans already walked: goals share spans (a
	// fiscal year), and 2,000 goals of ten years would each walk the same
	// forty quarters.
	spans := map[[2]int]bool{}
	today := asOf.DayNumber()
	var out []Period
	for _, g := range goals {
		if g.Start.IsZero() || g.End.IsZero() {
			continue
		}
		span := [2]int{g.Start.DayNumber(), g.End.DayNumber()}
		if spans[span] || span[1] < span[0] {
			continue
		}
		spans[span] = true
		// cal.Periods(c, g.Start, g.End), up to the last period started
		// by asOf: the periods after it start later still.
		for p := cal.PeriodOf(c, g.Start); p.Valid() && cal.FirstDay(p) <= min(span[1], today); p = p.Next() {
			if !seen[p] {
				seen[p] = true
				out = append(out, p)
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return PeriodLess(out[j], out[i]) })
	return out
}

// ReviewRow compares one goal's expected and actual values for one period,
// and that period with the one before and the same one a year earlier.
//
// The goal's check-ins count for Period when their period counts in it
// (Calendar.CountsIn): the months of a quarter, the quarters of a year, and
// a week in the period that holds its last day, so that a week across a
// month end counts for the later month. A goal checked in by quarter has
// no actual for a month. Only check-ins of periods started by asOf count.
type ReviewRow struct {
	Goal   Goal
	Period Period

	// Expected is what the plan asks of the whole period
	// (ExpectedForPeriod): for a flow goal the plan periods inside it,
	// prorated by days when one straddles its edge; for a level goal the
	// planned value at its end; for a stay goal the target. HasExpected
	// is false when no plan period (nor the even split of the target that
	// stands in for a missing plan) overlaps it.
	Expected    float64
	HasExpected bool

	// Actual combines the check-ins inside the period: their sum for a
	// flow goal, the latest for a level or milestone goal, and the worst
	// for a stay goal, which must hold its line in every period (its
	// status counts how many do: Passed). HasActual is false when there
	// is none.
	Actual    float64
	HasActual bool

	// Reported of Periods check-in periods inside the period and the
	// goal's span have a check-in. Complete says the actual covers the
	// whole period: every one reported (flow and stay goals) or the last
	// one (level goals). A quarter with January and February reported is
	// not complete, and then its actual is measured against the plan for
	// those two months only (ExpectedCovered): a quarter under way is not
	// two-thirds short of plan.
	Reported, Periods int
	Complete          bool
	// Passed of the Reported check-ins of a stay goal hold its line, each
	// as the goal shows it: the goal's status and ratio count them
	// (passShare). Zero for other goals.
	Passed int

	// ExpectedCovered is the plan for the part of the period that Actual
	// covers: for a flow goal the plan of its check-in periods inside the
	// period up to the latest reported (all of them when Complete, or when
	// the goal has a check-in of a later period, LaterReported), one never
	// reported before it counting as nothing, as in the goal's status; for
	// a level goal the plan value at the end of the latest one reported.
	// Once the period is Closed without being complete (its grace has
	// passed) it is Expected, the whole period's plan, the periods never
	// reported counting as nothing, as in the goal's final verdict (stay
	// goals and milestones aside, whose plan is a line). VsPlan and Status
	// compare with it.
	ExpectedCovered float64
	// ReplannedAfter is the last period a re-spread plan kept, when
	// Expected counts their actuals in place of their plan (see
	// settlement.go); "" otherwise.
	ReplannedAfter string
	// LaterReported says a partial flow row's goal has a check-in of a
	// period after this one, started by the day of the review: no period
	// of this one is awaited any more in the goal's status, so neither is
	// it here, though the row is not Closed until its grace has passed.
	LaterReported bool
	// ToDate says the latest check-in period counted runs on past the day
	// of the review: ExpectedCovered holds its plan to that day only.
	ToDate bool
	// VsPlan is Actual against ExpectedCovered (percentage points for a
	// percent goal); zero unless HasActual and HasExpected.
	VsPlan VarianceResult

	// Previous is the value of Period.Prev() and LastYear of
	// SameLastYear(Period), from check-ins or history values (history by
	// week counted as the goal wizard counts it: valueLike), taken over
	// the same part of their period as ExpectedCovered plans of Period
	// (the first two months of it, for a quarter under way with two
	// months reported; all three once it is closed, or for January and
	// March reported, a month never reported counting as nothing in the
	// actual), so that like is compared with like and the row's gaps
	// tell one story. Each variance compares Actual with it,
	// and is zero unless both are there.
	Previous    float64
	HasPrevious bool
	VsPrevious  VarianceResult
	LastYear    float64
	HasLastYear bool
	VsLastYear  VarianceResult

	// Ratio is PerformanceRatio of Actual against ExpectedCovered, both as
	// the row shows them (ShownFigures); for a stay goal it is the share
	// of its check-ins that hold the line, Passed of Reported, as the
	// goal's own ratio is (Assess).
	Ratio float64
	// Closed says the verdict is final: the period has ended (or the
	// goal, when it ends inside the period) and its check-ins are
	// complete, or the grace period for late check-ins (Grace of the
	// goal's cadence) has passed since the end of the last check-in
	// period that counts in it (lastCounted), as the goal's own verdict
	// waits (verdictDue).
	Closed bool
	// Status is on track, at risk or off track (by the thresholds on
	// Ratio) while the period runs or waits for late check-ins; achieved
	// (at or past ExpectedCovered in the goal's direction; for a stay
	// goal, every check-in reported holding its line), partial (Ratio at
	// least the at-risk threshold) or missed once Closed; no data without
	// an actual or an expected value; not checked in once Closed without
	// a check-in, or for a falling sum with a period never reported
	// (missingIsUnknown).
	Status Status
}

// ReviewRows reviews period p for every goal of snap whose span overlaps
// it, in the order of snap.Goals (see ReviewRow). Thresholds that fail
// Validate are replaced by DefaultThresholds. Of the check-ins and history
// values it reads those of the periods ReviewKeys(cal, p, asOf) lists,
// and the latest period of each goal's cadence with a check-in; a
// snapshot of those periods alone (data.Store.PeriodSnapshot) is reviewed
// by ReviewRowsFrom with that latest period in ReviewData.Latest.
func ReviewRows(cal Calendar, snap Snapshot, p Period, asOf Date, th Thresholds) []ReviewRow {
	if !p.Valid() {
		return nil
	}
	if th.Validate() != nil {
		th = DefaultThresholds
	}
	rv := newReviewer(cal, asOf, th)
	var rows []ReviewRow
	for _, g := range snap.Goals {
		if cal.overlaps(g, p) {
			rg := cal.newReviewGoal(g, snap.Plans[g.ID], snap.CheckIns[g.ID], snap.History[g.ID], asOf)
			rows = append(rows, rv.row(rg, p))
		}
	}
	return rows
}

// ReviewGoalRows reviews the periods ps of the goal goalID of snap, in the
// order of ps, leaving out those outside the goal's span: the data of
// PlanActualBars (BarsFromRows). It is nil when snap has no such goal.
func ReviewGoalRows(cal Calendar, snap Snapshot, goalID int64, ps []Period, asOf Date, th Thresholds) []ReviewRow {
	if th.Validate() != nil {
		th = DefaultThresholds
	}
	var rows []ReviewRow
	for _, g := range snap.Goals {
		if g.ID != goalID {
			continue
		}
		rv := newReviewer(cal, asOf, th)
		rg := cal.newReviewGoal(g, snap.Plans[g.ID], snap.CheckIns[g.ID], snap.History[g.ID], asOf)
		for _, p := range ps {
			if p.Valid() && cal.overlaps(g, p) {
				rows = append(rows, rv.row(rg, p))
			}
		}
		break
	}
	return rows
}

// overlaps reports whether g's span shares a day with p.
func (cal Calendar) overlaps(g Goal, p Period) bool {
	if g.Start.IsZero() || g.End.IsZero() {
		return false
	}
	return g.Start.DayNumber() <= cal.LastDay(p) && g.End.DayNumber() >= cal.FirstDay(p)
}

// reviewer reviews periods of goals as of one day with one set of
// thresholds. It keeps the periods inside each period it has split
// (subPeriods), which every goal of a cadence asks for again.
type reviewer struct {
	cal   Calendar
	asOf  Date
	th    Thresholds
	parts map[cadencePeriod][]Period
	days  map[cadencePeriod][]dayRange // the first and last days of parts
	// prepared says parts is no longer added to (prepare).
	prepared bool
}

// dayRange is a period's first and last day numbers.
type dayRange struct{ first, last int }

// cadencePeriod asks for the periods of a cadence inside a period.
type cadencePeriod struct {
	c Cadence
	p Period
}

// newReviewer makes a reviewer; th must be valid.
func newReviewer(cal Calendar, asOf Date, th Thresholds) *reviewer {
	return &reviewer{cal: cal, asOf: asOf, th: th, parts: map[cadencePeriod][]Period{}, days: map[cadencePeriod][]dayRange{}}
}

// subPeriods is cal.subPeriods(c, p), worked out once per reviewer; the
// slice is shared and must not be changed. A prepared reviewer keeps what
// it has and no more, so that several goroutines can share it.
func (rv *reviewer) subPeriods(c Cadence, p Period) []Period {
	k := cadencePeriod{c, p}
	subs, ok := rv.parts[k]
	if !ok {
		subs = rv.cal.subPeriods(c, p)
		if !rv.prepared {
			rv.parts[k] = subs
		}
	}
	return subs
}

// goalSubDays is subDays(c, p) with the days of the periods of subs past
// its end: a goal's last week added by withWeekPastEnd.
func (rv *reviewer) goalSubDays(c Cadence, p Period, subs []Period) []dayRange {
	days := rv.subDays(c, p)
	for _, s := range subs[len(days):] {
		days = append(days[:len(days):len(days)], dayRange{rv.cal.FirstDay(s), rv.cal.LastDay(s)})
	}
	return days
}

// toDate is days with the last of counted ending at asOf when it runs
// past it, and whether it does: a period under way is measured against
// its plan to date, as the goal's status measures it. Judged on its whole
// plan, January's 50 checked in on the 15th read off track in the review
// beside a card on track against the 48 planned by then. days is not
// changed.
func (rv *reviewer) toDate(days []dayRange, counted []int) ([]dayRange, bool) {
	i := counted[len(counted)-1]
	today := rv.asOf.DayNumber()
	if d := days[i]; rv.asOf.IsZero() || d.last <= today || d.first > today {
		return days, false
	}
	out := slices.Clone(days)
	out[i].last = today
	return out, true
}

// subDays is the first and last days of subPeriods(c, p), worked out
// once per reviewer as subPeriods is: a review of weekly goals asks for
// the same 52 weeks' days for each goal.
func (rv *reviewer) subDays(c Cadence, p Period) []dayRange {
	k := cadencePeriod{c, p}
	days, ok := rv.days[k]
	if !ok {
		subs := rv.subPeriods(c, p)
		days = make([]dayRange, len(subs))
		for i, sub := range subs {
			days[i] = dayRange{rv.cal.FirstDay(sub), rv.cal.LastDay(sub)}
		}
		if !rv.prepared {
			rv.days[k] = days
		}
	}
	return days
}

// prepare splits, for the rows of p, p and the periods its rows compare
// it with into the periods of every cadence, and keeps the reviewer's
// store of them as it is from then on.
func (rv *reviewer) prepare(p Period) {
	for _, q := range ReviewSumPeriods(rv.cal, p) {
		for _, c := range periodCadences {
			if q.Valid() {
				rv.subDays(c, q)
			}
		}
	}
	rv.prepared = true
}

// reported are the check-ins of rg among subs inside the goal's span,
// with their positions in subs; it counts those periods and those
// reported in r.
func (rg *reviewGoal) reported(cal Calendar, subs []Period, r *ReviewRow) (counted []int, values []float64) {
	for i, s := range subs {
		if !cal.overlapsSpan(rg.g, s) {
			continue
		}
		r.Periods++
		if v, ok := rg.checkIns[s]; ok {
			r.Reported++
			if IsStay(rg.g.Kind) && holdsLine(rg.g, v) {
				r.Passed++
			}
			counted = append(counted, i)
			values = append(values, v)
		}
	}
	return counted, values
}

// row reviews period p of the goal rg prepares (see ReviewRow).
func (rv *reviewer) row(rg *reviewGoal, p Period) ReviewRow {
	cal, g, x := rv.cal, rg.g, rg.x
	r := ReviewRow{Goal: g, Period: p}
	subs := withWeekPastEnd(cal, g, p, rv.subPeriods(g.Cadence, p))
	r.Expected, r.HasExpected = DropFloatNoiseAt(rv.periodPlan(g, x, p, rv.goalSubDays(g.Cadence, p, subs)), Decimals(g)), cal.HasExpectation(x, p)
	r.ExpectedCovered = r.Expected
	r.ReplannedAfter = cal.replannedIn(x, p)

	// counted are the positions in subs of the values Actual combines;
	// measured those of the periods whose plan it is measured against,
	// which Previous and LastYear cover of their periods too, whole when
	// that is all of it.
	counted, values := rg.reported(cal, subs, &r)
	latest := latestOnly(g)
	measured := counted
	if r.Reported > 0 {
		if latest {
			counted, values = counted[len(counted)-1:], values[len(values)-1:]
		}
		r.Actual, r.HasActual = DropFloatNoiseAt(combine(g, values), Decimals(g)), true
		r.Complete = r.Reported == r.Periods
		if latest {
			r.Complete = counted[0] == lastInSpan(cal, g, subs)
		}
		planned := counted
		// A falling sum's gaps are unknown, not nothing (missingIsUnknown):
		// it is measured against the plan of the periods reported alone.
		if x.Cumulative() && !latest && !missingIsUnknown(g) {
			planned = rv.plannedThrough(rg, subs, counted, &r)
		}
		days, toDate := rv.toDate(rv.goalSubDays(g.Cadence, p, subs), planned)
		r.ExpectedCovered, r.ToDate = DropFloatNoiseAt(x.covered(days, planned), Decimals(g)), toDate
		measured = rv.measured(&r, subs, planned)
	}
	whole := !r.HasActual || len(measured) == len(subs) || (latest && measured[len(measured)-1] == len(subs)-1)
	// The actual counts the periods measured but not reported as nothing.
	gaps := r.HasActual && !latest && len(measured) > len(counted)
	like := likeRow{measured: measured, whole: whole, gaps: gaps}
	if r.HasActual {
		like.shares = rv.spanShares(rg, subs)
	}
	r.Previous, r.HasPrevious = rv.valueLike(rg, p.Prev(), like)
	r.LastYear, r.HasLastYear = rv.valueLike(rg, cal.SameLastYear(p), like)

	r.compare()
	cal.judge(&r, rv.asOf, rv.th)
	return r
}

// plannedThrough are the positions in subs whose plan a sum's row r is
// measured against, counted being those reported: every period of the
// goal's span through the latest reported (throughLatest), a later one
// reported (LaterReported) or the latest overdue, whichever comes last,
// the periods among them never reported counting as nothing, as in the
// goal's status (withOverdueAsNothing).
func (rv *reviewer) plannedThrough(rg *reviewGoal, subs []Period, counted []int, r *ReviewRow) []int {
	cal, g := rv.cal, rg.g
	planned := throughLatest(cal, g, subs, counted)
	if last := rg.reportedThrough(cal, subs); !r.Complete && last > counted[len(counted)-1] {
		planned, r.LaterReported = inSpanThrough(cal, g, subs, last), true
	}
	if last := rv.overdueThrough(g, subs); last > planned[len(planned)-1] {
		planned = inSpanThrough(cal, g, subs, last)
	}
	return planned
}

// subPeriods are the periods of cadence c that count in p (CountsIn), in
// order: p alone when c is p's cadence, none when c is longer or unknown.
func (cal Calendar) subPeriods(c Cadence, p Period) []Period {
	if c == p.Cadence {
		return []Period{p}
	}
	var out []Period
	for _, s := range cal.Periods(c, cal.Start(p), cal.End(p)) {
		if cal.CountsIn(p, s) {
			out = append(out, s)
		}
	}
	return out
}

// overlapsSpan reports whether period s shares a day with g's span.
func (cal Calendar) overlapsSpan(g Goal, s Period) bool {
	return g.Start.DayNumber() <= cal.LastDay(s) && g.End.DayNumber() >= cal.FirstDay(s)
}

// lastInSpan is the position in subs of the last period that overlaps g's
// span, -1 when none does.
func lastInSpan(cal Calendar, g Goal, subs []Period) int {
	for i := len(subs) - 1; i >= 0; i-- {
		if cal.overlapsSpan(g, subs[i]) {
			return i
		}
	}
	return -1
}

// latestOnly reports whether a period's value is that of its latest part:
// for level and milestone goals, whose values are states, not amounts.
func latestOnly(g Goal) bool {
	return !IsStay(g.Kind) && (g.Aggregation != AggFlow || g.Kind == KindMilestone)
}
