package app

import (
	"errors"
	"fmt"
)

// Status is where a goal stands; the UI translates the code.
type Status string

// The statuses. The first three apply while the goal runs (up to and
// including its last day), the last three once it has ended.
const (
	StatusOnTrack  Status = "on_track"
	StatusAtRisk   Status = "at_risk"
	StatusOffTrack Status = "off_track"
	StatusNoData   Status = "no_data"
	StatusAchieved Status = "achieved"
	StatusPartial  Status = "partial"
	StatusMissed   Status = "missed"
	// StatusNotReported is a review period closed without a check-in:
	// late check-ins are no longer awaited, and "no data yet" would say
	// some may still come. It is also the status of a period, or of an
	// ended goal, whose sum should fall (missingIsUnknown) with a check-in
	// period never reported: counted as nothing, a missing month of costs
	// read as a month of savings.
	StatusNotReported Status = "not_reported"
)

// ErrThresholds is wrapped by the error Thresholds.Validate returns.
var ErrThresholds = errors.New("invalid status thresholds")

// Thresholds are the performance ratios a running goal needs to be on
// track or at risk; below AtRisk it is off track. After the goal's end,
// AtRisk also separates partial from missed.
type Thresholds struct {
	OnTrack float64
	AtRisk  float64
}

// DefaultThresholds are 95 % of expected for on track and 80 % for at risk.
var DefaultThresholds = Thresholds{OnTrack: 0.95, AtRisk: 0.80}

// Validate checks 0 < AtRisk < OnTrack ≤ 1.
func (t Thresholds) Validate() error {
	// Written as negations so that NaN fails every check.
	switch {
	case !(t.AtRisk > 0):
		return fmt.Errorf("at-risk threshold %v is not above 0: %w", t.AtRisk, ErrThresholds)
	case !(t.AtRisk < t.OnTrack):
		return fmt.Errorf("at-risk threshold %v is not below on-track %v: %w", t.AtRisk, t.OnTrack, ErrThresholds)
	case !(t.OnTrack <= 1):
		return fmt.Errorf("on-track threshold %v is above 1: %w", t.OnTrack, ErrThresholds)
	}
	return nil
}

// Classify maps a performance ratio to the status of a running goal; both
// thresholds are inclusive (0.95 is on track, 0.80 at risk).
func (t Thresholds) Classify(ratio float64) Status {
	switch {
	case ratio >= t.OnTrack:
		return StatusOnTrack
	case ratio >= t.AtRisk:
		return StatusAtRisk
	}
	return StatusOffTrack
}

// PerformanceRatio is actual measured against expected, where 1 means
// exactly as planned and more is better:
//   - increase: actual/expected when expected > 0 and actual ≥ 0 (expected
//     10,000,000 and actual 8,000,000 give 0.8, as do a market share of 8 %
//     against 10 %); it compares levels, not gains over the baseline;
//   - decrease: expected/actual when both are > 0 (80 allowed, 100 spent:
//     0.8);
//   - stay_above, stay_below: 1 when actual passes expected, else 0;
//   - milestone: 1 when actual ≥ expected (nothing due yet, or done), else 0.
//
// Otherwise (zero or negative values) the ratio falls back to Progress from
// baseline to expected: baseline is that origin and callers pass 0 for flow
// goals (ratioOrigin), whose sums start at zero. Expected equal to the origin gives 1 when actual is at or
// past it, else 0; a loss of −70 against −60 expected from −100 is 0.75.
// An increase whose expected lies below the origin (a flow goal's loss of
// −600 expected by now, from 0) is 1 less the shortfall over that
// distance: −900 is 0.5, −400 is 1.33 (shortOfNegative).
// With baseline nil the fallback is all-or-nothing, except that an increase
// with expected > 0 measures from 0 (actual −2 against 10 is −0.2). So is
// a decrease's whose baseline is not above expected: measured from a
// baseline of 100 towards 300,000 of costs allowed by now, nothing spent
// was −0.0003 and Off track. An unknown kind gives 0; the result is never
// NaN or infinite.
func PerformanceRatio(kind Kind, baseline *float64, expected, actual float64) float64 {
	switch kind {
	case KindIncrease:
		if expected > 0 && actual >= 0 {
			return ClampFinite(actual / expected)
		}
		if baseline != nil && expected < *baseline {
			return shortOfNegative(*baseline, expected, actual)
		}
		if baseline != nil {
			return Progress(kind, *baseline, expected, actual)
		}
		if expected > 0 {
			return Progress(kind, 0, expected, actual)
		}
		return Progress(KindStayAbove, 0, expected, actual)
	case KindDecrease:
		if expected > 0 && actual > 0 {
			return ClampFinite(expected / actual)
		}
		if baseline != nil && *baseline > expected {
			return Progress(kind, *baseline, expected, actual)
		}
		return Progress(KindStayBelow, 0, expected, actual)
	case KindStayAbove, KindStayBelow:
		return Progress(kind, 0, expected, actual)
	case KindMilestone:
		return pass(actual >= expected)
	}
	return 0
}

// Assessment is a goal's status with the figures it was decided on.
type Assessment struct {
	Status Status
	// Actual is GoalActual of the values counted.
	Actual float64
	// Expected is the expected value at Date; the target once the goal has
	// ended; the target line for stay goals.
	Expected float64
	// Ratio is PerformanceRatio of Actual against Expected as the goal
	// shows them (ShownFigures), or for stay goals the share of periods
	// that pass; while a stay goal runs, the share its projection lands
	// at when that is less (stayOutlook).
	Ratio float64
	// Progress is the uncapped goal progress (GoalProgressFrom) of Actual
	// as shown; for a loss to hold to still running, its progress to date
	// (ProgressToDate).
	Progress float64
	// Date is the day the expectation was taken at (see Assess).
	Date Date
	// NoValues is set when no value counted: the figures above are then
	// zero and say nothing, whatever the status.
	NoValues bool
}

// Assess decides a goal's status at the end of day asOf from its plan and
// period values.
//
// Only values of the goal's cadence whose period has started by asOf count,
// so a past asOf sees what could be known then; with none the status is
// no data. While the goal runs, actual is compared with the expected value
// at the end of the latest recorded period, or at asOf if that is earlier:
// a quarter not yet checked in does not count against the goal. The ratio
// is then classified by th. Both are judged as the goal shows them, each
// rounded to its decimals (ShownFigures), so that a status never tells
// another story than the figures and the gap beside it (ShownVariance): a
// count expected at 1.378, shown 1, is met by an actual of 1. Once the
// goal's year is known (verdictDue: it has ended with every period in, or
// its last period's grace is over) the verdict is final:
// achieved when progress reaches 1, partial when the ratio against the full
// target reaches th.AtRisk, missed otherwise; not checked in for a falling
// sum with a period never reported (missingIsUnknown). Stay goals use the share of
// recorded periods that pass as their ratio and progress, and end not
// checked in with a period never reported (gapLeavesNoVerdict); while one runs,
// its ratio is no more than the share of all its periods its projection
// keeps on target, and a projection past its line is not on track. Thresholds that
// fail Validate are replaced by DefaultThresholds.
func Assess(cal Calendar, g Goal, plan []PeriodTarget, values []PeriodValue, asOf Date, th Thresholds) Assessment {
	return assess(cal, g, plan, nil, values, asOf, th, nil)
}

// assess is Assess with the expectation of g's plan already prepared, or
// nil to prepare it here; complete, when not nil, says whether every
// check-in period of g's span has a value, where values do not show it
// (verdictDue).
func assess(cal Calendar, g Goal, plan []PeriodTarget, x *Expectation, values []PeriodValue, asOf Date, th Thresholds, complete *bool) Assessment {
	if th.Validate() != nil {
		th = DefaultThresholds
	}
	s := cal.withOverdueAsNothing(g, cal.StartedBy(Series(values, g.Cadence), asOf), asOf)
	if len(s) == 0 {
		return cal.assessWithoutValues(g, asOf)
	}
	ended, unknown := cal.endState(g, s, asOf, complete)
	a := Assessment{Actual: goalActual(g, s), Date: asOf}
	switch {
	case ended:
		a.Date = g.End
	case cal.LastDay(s[len(s)-1].Period) < asOf.DayNumber():
		a.Date = DateOfDayNumber(cal.LastDay(s[len(s)-1].Period))
	}
	if IsStay(g.Kind) {
		a.Expected = g.Target
		a.Progress = passShare(g, s)
		a.Ratio = a.Progress
	} else {
		a.Expected = g.Target
		if !ended {
			// As the review's expectations: 1.4999999999999998 is the 1.5
			// the review shows as 2, not a 1 that reads on track.
			a.Expected = DropFloatNoiseAt(cal.expectedByNow(g, plan, x, values, s, a.Date, complete == nil), Decimals(g))
		}
		expected, actual := ShownFigures(g, a.Expected, a.Actual)
		a.Progress = ProgressToDate(g, expected, actual)
		a.Ratio = PerformanceRatio(g.Kind, ratioOrigin(g), expected, actual)
	}
	if ended {
		a.Status = th.verdict(a)
		if unknown {
			a.Status = StatusNotReported
		}
		return a
	}
	var crosses bool
	if IsStay(g.Kind) {
		a.Ratio, crosses = stayOutlook(cal, g, plan, values, asOf, a.Progress)
	}
	a.Status = th.Classify(a.Ratio)
	if a.Status == StatusOnTrack && (crosses || behindPlan(g, a) && levelOutOfReach(cal, g, plan, values, asOf, th)) {
		a.Status = StatusAtRisk
	}
	return a
}

// behindPlan reports whether a's actual is behind its expected, as both
// are shown: a goal exactly on its plan is on track, wherever the plan
// lands.
func behindPlan(g Goal, a Assessment) bool {
	expected, actual := ShownFigures(g, a.Expected, a.Actual)
	if g.Kind == KindDecrease {
		return actual > expected
	}
	return actual < expected
}

// levelOutOfReach reports whether level goal g, graded from its baseline
// (ProgressOrigin), is projected to land short of the at-risk share of the
// way to its target. Its ratio compares levels: 101 against the 103 a
// climb from 100 to 106 plans by June is 0.98, on track, beside a
// projection of 104, two thirds of the way. Like a stay goal's, its
// status never says more than its projection.
func levelOutOfReach(cal Calendar, g Goal, plan []PeriodTarget, values []PeriodValue, asOf Date, th Thresholds) bool {
	if g.Aggregation != AggLevel || IsStay(g.Kind) || g.Kind == KindMilestone {
		return false
	}
	if _, graded := ProgressOrigin(g); !graded {
		return false
	}
	pr := Project(cal, g, plan, values, asOf)
	return pr.OK && pr.Attainment < th.AtRisk
}

// expectedByNow is the plan of running goal g to day d, less the plan of
// its periods whose value is unknown (unknownPeriods) when values are its
// values, s as Series orders them, rather than totals standing for them
// (which TotalsSuffice keeps to goals without such periods). x is g's
// expectation, or nil to prepare it here.
func (cal Calendar) expectedByNow(g Goal, plan []PeriodTarget, x *Expectation, values []PeriodValue, s []periodValue, d Date, eachValue bool) float64 {
	if x == nil {
		e := cal.ExpectationWith(g, plan, values)
		x = &e
	}
	expected := x.At(d.DayNumber())
	if eachValue {
		expected -= cal.planned(*x, cal.unknownPeriods(g, s))
	}
	return ClampFinite(expected)
}

// assessWithoutValues is the assessment of g with no value counted by
// asOf: not checked in once its verdict is due and its span holds a
// check-in period, as its review rows read then, no data yet before. An
// ended goal nobody reported on read "no data yet" on its card while the
// review of its year said it was never checked in.
func (cal Calendar) assessWithoutValues(g Goal, asOf Date) Assessment {
	if cal.verdictDue(g, asOf, false) {
		if n, _ := checkInSpan(cal, g); n > 0 {
			return Assessment{Status: StatusNotReported, Date: g.End, NoValues: true}
		}
	}
	return Assessment{Status: StatusNoData, Date: asOf, NoValues: true}
}

// verdict is the final status of a goal that has ended: achieved when its
// progress reaches 1, partial when its ratio reaches t.AtRisk, missed
// otherwise.
func (t Thresholds) verdict(a Assessment) Status {
	switch {
	case a.Progress >= 1:
		return StatusAchieved
	case a.Ratio >= t.AtRisk:
		return StatusPartial
	}
	return StatusMissed
}

// stayOutlook is a running stay goal's ratio, the share of its periods
// on target so far (passed) or, when less, the share its projection
// (Project) lands at, and whether the projection crosses its line: its
// value at the goal's end, as shown, on the wrong side. A stay goal
// measured by its past alone read "on track" beside a rising cost
// projected above its cap, the mirror of an increase goal whose pace
// falls short: the status of either never says more than the projection
// beside it.
func stayOutlook(cal Calendar, g Goal, plan []PeriodTarget, values []PeriodValue, asOf Date, passed float64) (ratio float64, crosses bool) {
	pr := Project(cal, g, plan, values, asOf)
	crosses = len(pr.Needs) > 0 && Progress(g.Kind, 0, g.Target, RoundValue(pr.EndValue, Decimals(g))) < 1
	return min(passed, pr.Attainment), crosses
}

// endState reports whether g's verdict is due on asOf (verdictDue), and
// whether it is unknown then: a check-in period never reported where that
// leaves no verdict (gapLeavesNoVerdict).
func (cal Calendar) endState(g Goal, s []periodValue, asOf Date, complete *bool) (due, unknown bool) {
	if !hasEnded(g, asOf) { // asked first: only an ended goal lists its periods
		return false, false
	}
	in := cal.allIn(g, s, complete)
	due = cal.verdictDue(g, asOf, in)
	return due, due && !in && gapLeavesNoVerdict(g)
}

// gapLeavesNoVerdict reports whether an ended goal with a check-in period
// never reported has no verdict, "not checked in": a sum that should fall
// (missingIsUnknown), and a stay goal, whose every period is judged on
// its own, so that a month not reported is not a month on target, as a
// month of costs not reported is not a month saved. A stay goal with only
// January and December reported read achieved on "2 of 12".
func gapLeavesNoVerdict(g Goal) bool {
	return missingIsUnknown(g) || IsStay(g.Kind)
}

// missingIsUnknown reports whether a check-in period of g never reported
// leaves g's result unknown rather than short: a sum that should fall
// (costs, returns), where a month counted as nothing reads as a month
// saved. A sum that should rise counts it as nothing, which can only
// understate it; a level counts its latest value; a stay goal counts the
// periods reported while it runs, and has no verdict with one missing
// (gapLeavesNoVerdict).
func missingIsUnknown(g Goal) bool {
	return g.Kind == KindDecrease && g.Aggregation == AggFlow
}

// Ended reports whether s is given only once a goal's verdict is due: a
// verdict, or not checked in (a period of a falling sum never reported).
func (s Status) Ended() bool {
	return s.Final() || s == StatusNotReported
}

// Final reports whether s is a verdict on a goal that has ended
// (achieved, partly achieved, missed) rather than a status on its way.
func (s Status) Final() bool {
	return s == StatusAchieved || s == StatusPartial || s == StatusMissed
}

// StatusOf is Assess(...).Status.
func StatusOf(cal Calendar, g Goal, plan []PeriodTarget, values []PeriodValue, asOf Date, th Thresholds) Status {
	return Assess(cal, g, plan, values, asOf, th).Status
}

// ratioOrigin is the origin PerformanceRatio falls back to: 0 for a flow
// goal, whose sum starts at zero, otherwise the baseline. A flow's
// baseline is a whole year's sum: measured from last year's 100 costs,
// 5 spent by March against a cap of 0 read 95 % and on track beside a
// projection already 5 over the cap.
func ratioOrigin(g Goal) *float64 {
	if (g.Kind == KindIncrease || g.Kind == KindDecrease) && g.Aggregation == AggFlow {
		zero := 0.0
		return &zero
	}
	return g.Baseline
}

// ShownFigures are expected and actual as goal g shows them, each rounded
// to its decimals as FormatValue writes them (RoundValue). Every status
// and gap is judged on these: judged on the figures unrounded, a count
// expected at 1.378 and met by 1 read "1 expected, 1 actual, gap 0" beside
// "Off track". Binary noise is dropped first (DropFloatNoiseAt), as the
// review drops it from its figures: a plan to date of 1.4999999999999998
// is 1.5, shown as 2 on the card, the projection and the review alike.
// NaN and infinities are returned unchanged.
func ShownFigures(g Goal, expected, actual float64) (shownExpected, shownActual float64) {
	d := Decimals(g)
	return RoundValue(DropFloatNoiseAt(expected, d), d), RoundValue(DropFloatNoiseAt(actual, d), d)
}
