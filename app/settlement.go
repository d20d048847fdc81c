package app

import "math"

// A plan re-spread after a review (RespreadRemaining) keeps what its
// ended periods planned, as the record of that plan, and spreads what is
// left of the target by their actuals over the periods after them. Read
// as a plan alone it adds up to the target plus what those periods fell
// short of it: 60M a year, 15M a quarter, 13M in the first quarter and
// 15.67M in each quarter after it plans 62M. A year that followed the new
// plan to the letter would then be reviewed 2M short of a plan it met,
// while the dashboard called it achieved, and halfway through it would be
// at risk, projected at 58M.
//
// The settlement is those 2M: once the periods the re-plan kept have
// ended, what the goal should have reached to date is what they brought
// in plus the new plan after them. The kept periods are still reviewed
// against their own plan (the first quarter 15M against 13M), and so is
// every period after them; a period that takes in all of them and more
// (the year, the first half) is expected what the new plan makes of it,
// so the year of a re-planned goal expects its target.

// settlement is what a re-spread plan carries over from the periods it
// kept: from the plan's first day through the last day of those periods
// (after), their actuals less their plan (delta).
type settlement struct {
	ok          bool
	from, after int
	delta       float64
	kept        Period // the last period the re-plan kept
}

// by reports whether the settlement is in what is expected to date at the
// end of day: once the periods it kept have ended.
func (s settlement) by(day int) bool {
	return s.ok && day > s.after
}

// counts reports whether the days first through last carry the
// settlement: they take in every period it kept and run past them.
func (s settlement) counts(first, last int) bool {
	return s.ok && first <= s.from && last > s.after
}

// ExpectationWith is Expectation of g's plan, settled by the goal's
// check-in values when the plan was re-spread after a review
// (ReplannedAfter; see settlement.go): values are all of the goal's
// check-ins, of any period.
func (cal Calendar) ExpectationWith(g Goal, plan []PeriodTarget, values []PeriodValue) Expectation {
	return cal.settled(cal.Expectation(g, plan), g, plan, values)
}

// settled is x, g's plan prepared, with the settlement values give it.
// Of several periods after which the plan fits, the first is taken: the
// periods after it that met the new plan to the letter fit too, and the
// settlement must not move as they are checked in.
func (cal Calendar) settled(x Expectation, g Goal, plan []PeriodTarget, values []PeriodValue) Expectation {
	if !x.Cumulative() || len(x.entries) == 0 {
		return x
	}
	after, kept, ok := cal.settledAfter(g, plan, values)
	if !ok {
		return x
	}
	planned, from := 0.0, 0
	for i, e := range x.entries {
		first, _ := x.daysOf(e)
		if i == 0 || first < from {
			from = first
		}
		planned += e.target
	}
	x.settled = settlement{ok: true, from: from, after: cal.LastDay(after), delta: ClampFinite(g.Target - planned), kept: kept}
	return x
}

// settledAfter is the plan period after which g's re-spread plan is
// settled, and kept, the last period the re-plan kept where the values
// show it (ReplannedAfter), else the zero Period. ok is false for a plan
// that is not re-spread.
//
// A value of a kept period edited since the re-plan (a past month
// lowered) leaves no period after which the plan fits. The status then
// still measures the goal against the current plan revision, settled
// after the period where it comes nearest to fitting: what it expects to
// date is the target less what it plans after that day, the plan the
// projection follows and the needs are shared by. Read alone, the
// revision no longer adds up to the target (it was spread from the
// values before the edit), and a goal keeping to it read "on track"
// while projected short of its target, with a needs line to match. The
// earlier revision is not what the owner plans by any more, so it is not
// the measure. A plan that leaves periods of the span out is not one
// RespreadRemaining makes, and is read as it stands.
func (cal Calendar) settledAfter(g Goal, plan []PeriodTarget, values []PeriodValue) (after, kept Period, ok bool) {
	slots, misses := cal.replanMisses(g, plan, values, Date{})
	nearest := -1
	for k, m := range misses {
		if math.Abs(m) <= planTolerance(g) {
			return slots[k].p, slots[k].p, true // the first fit, as ReplannedAfter finds it
		}
		if !math.IsNaN(m) && (nearest < 0 || math.Abs(m) < math.Abs(misses[nearest])) {
			nearest = k
		}
	}
	if nearest < 0 || len(CheckPlan(cal, g, plan).MissingPeriods) > 0 {
		return Period{}, Period{}, false // a plan of part of the span is no re-plan
	}
	return slots[nearest].p, Period{}, true
}

// replannedIn is the key of the last period x's settlement kept when
// period p carries it (ReviewRow.ReplannedAfter), else "".
func (cal Calendar) replannedIn(x Expectation, p Period) string {
	if !x.settled.counts(cal.FirstDay(p), cal.LastDay(p)) {
		return ""
	}
	return x.settled.kept.Key()
}

// PeriodExpected is ExpectedForPeriod of the goal and plan x was prepared
// from (ExpectationWith), for callers that ask it of many periods.
func (cal Calendar) PeriodExpected(x Expectation, p Period) float64 {
	return cal.expectedFor(x, p)
}

// settledBy is what a re-spread plan's settlement adds to the expected
// to date at the end of day: 0 for any other plan, or before the periods
// it kept have ended.
func (x Expectation) settledBy(day int) float64 {
	if x.settled.by(day) {
		return x.settled.delta
	}
	return 0
}
