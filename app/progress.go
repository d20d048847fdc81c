package app

import (
	"math"
)

// Progress is how far actual has come from baseline to target, as a
// fraction that is not capped (1.5 means 150 %):
//   - increase: (actual−baseline)/(target−baseline);
//   - decrease: (baseline−actual)/(baseline−target);
//   - stay_above: 1 if actual ≥ target, else 0;
//   - stay_below: 1 if actual ≤ target, else 0;
//   - milestone: 1 if actual ≥ 1, else 0.
//
// When target equals baseline there is no distance to cover, so increase and
// decrease become all-or-nothing: 1 if actual is at or past the target in
// the goal's direction, else 0. Negative values need no special case: a loss
// reduced from −100 to −20 is an increase, and actual −60 is 0.5. An unknown
// kind gives 0. The result is never NaN or infinite: NaN inputs give 0 and
// overflow is held at ±math.MaxFloat64.
func Progress(kind Kind, baseline, target, actual float64) float64 {
	var p float64
	switch kind {
	case KindIncrease:
		if target == baseline {
			p = pass(actual >= target)
		} else {
			p = (actual - baseline) / (target - baseline)
		}
	case KindDecrease:
		if target == baseline {
			p = pass(actual <= target)
		} else {
			p = (baseline - actual) / (baseline - target)
		}
	case KindStayAbove:
		p = pass(actual >= target)
	case KindStayBelow:
		p = pass(actual <= target)
	case KindMilestone:
		p = pass(actual >= 1)
	}
	return ClampFinite(p)
}

// CapForDisplay clamps a progress value to 0..1 for bars and rings; NaN
// gives 0.
func CapForDisplay(p float64) float64 {
	switch {
	case math.IsNaN(p) || p < 0:
		return 0
	case p > 1:
		return 1
	}
	return p
}

// GoalProgress is the goal's progress for its actual value (from GoalActual).
//
// The origin the distance is measured from:
//   - increase, flow: 0, because a sum starts at zero every span (a sales
//     goal of 60M with last year's 50M as baseline is 0.5 at 30M); a
//     negative target (a loss to hold to −1.2M) is measured by how far
//     the sum is above it instead (shortOfNegative), as a loss of 1.8M
//     is no step towards it; this reads a year's sum, and a running one
//     is read by ProgressToDate;
//   - increase, level: the baseline; when it is unknown, 0 if the target is
//     positive (progress is then actual/target), otherwise there is no
//     sensible origin and progress is all-or-nothing (actual ≥ target);
//   - decrease, flow or level: the baseline, because a sum that must stay
//     under a cap does not shrink from zero; when it is unknown, progress
//     is all-or-nothing (actual ≤ target). For a flow decrease goal the
//     value only means something at the end of the span: mid-span, a low
//     running total reads as more than done. Status uses expected-to-date
//     instead.
//
// Stay and milestone goals give Progress of the single value; use
// GoalProgressFrom for the share of periods that pass.
func GoalProgress(g Goal, actual float64) float64 {
	switch g.Kind {
	case KindIncrease:
		if IsLossLimit(g) {
			return shortOfNegative(0, g.Target, actual)
		}
		if g.Aggregation == AggFlow {
			return Progress(g.Kind, 0, g.Target, actual)
		}
		if g.Baseline != nil {
			return Progress(g.Kind, *g.Baseline, g.Target, actual)
		}
		if g.Target > 0 {
			return Progress(g.Kind, 0, g.Target, actual)
		}
		return Progress(KindStayAbove, 0, g.Target, actual)
	case KindDecrease:
		if g.Baseline != nil {
			return Progress(g.Kind, *g.Baseline, g.Target, actual)
		}
		return Progress(KindStayBelow, 0, g.Target, actual)
	}
	return Progress(g.Kind, 0, g.Target, actual)
}

// GoalProgressFrom is the goal's progress from its period values. For
// stay_above and stay_below goals it is the share of recorded periods whose
// value passes the target (3 of 4 is 0.75); for other kinds it is
// GoalProgress of GoalActual. ok is false when there is no usable value
// (see GoalActual).
func GoalProgressFrom(g Goal, values []PeriodValue) (progress float64, ok bool) {
	s := Series(values, g.Cadence)
	if len(s) == 0 {
		return 0, false
	}
	if IsStay(g.Kind) {
		return passShare(g, s), true
	}
	return GoalProgress(g, goalActual(g, s)), true
}

// passShare is the share of the values in s that pass a stay goal's target,
// each value as the goal shows it (ShownFigures); s must not be empty.
func passShare(g Goal, s []periodValue) float64 {
	passed := 0
	for _, v := range s {
		if holdsLine(g, v.Value) {
			passed++
		}
	}
	return float64(passed) / float64(len(s))
}

// holdsLine reports whether v is on the right side of stay goal g's
// line, both rounded to the goal's decimals as it shows them
// (ShownFigures): the test each period passes in passShare and in a
// review row's Passed alike, so that no status contradicts a gap of 0
// shown beside it.
func holdsLine(g Goal, v float64) bool {
	line, shown := ShownFigures(g, g.Target, v)
	return Progress(g.Kind, 0, line, shown) >= 1
}

// IsStay reports whether a goal of kind k keeps its value on one side of
// the target (stay at or above, stay at or below) rather than moving it.
func IsStay(k Kind) bool {
	return k == KindStayAbove || k == KindStayBelow
}

func pass(ok bool) float64 {
	if ok {
		return 1
	}
	return 0
}

// IsFinite reports whether x is neither NaN nor infinite.
func IsFinite(x float64) bool {
	return !math.IsNaN(x) && !math.IsInf(x, 0)
}

// ClampFinite replaces NaN by 0 and infinities by the largest finite
// values, so that no division leaks NaN or Inf to the screens.
func ClampFinite(x float64) float64 {
	switch {
	case math.IsNaN(x):
		return 0
	case math.IsInf(x, 1):
		return math.MaxFloat64
	case math.IsInf(x, -1):
		return -math.MaxFloat64
	}
	return x
}

// ProgressOrigin is the value GoalProgress measures a goal's distance
// from (see GoalProgress): 0 for a flow increase goal, otherwise the
// baseline, or 0 for a level increase goal without one whose target is
// positive. ok is false where progress is all-or-nothing, as for stay and
// milestone goals: there it never falls below the start.
func ProgressOrigin(g Goal) (origin float64, ok bool) {
	switch g.Kind {
	case KindIncrease:
		switch {
		case g.Aggregation == AggFlow:
			return 0, true
		case g.Baseline != nil:
			return *g.Baseline, true
		}
		return 0, g.Target > 0
	case KindDecrease:
		if g.Baseline != nil {
			return *g.Baseline, true
		}
	}
	return 0, false
}

// shortOfNegative measures an increase goal whose target lies below its
// origin (a flow sum that starts at 0 and must end no lower than a loss of
// −1.2M): 1 at the target, less the further below it, by the distance
// from the origin (−1.8M is 0.5, −0.6M is 1.5). Progress's distance from
// the origin would read a bigger loss as more done.
func shortOfNegative(origin, target, actual float64) float64 {
	return ClampFinite(1 + (actual-target)/(origin-target))
}
