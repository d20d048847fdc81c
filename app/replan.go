package app

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

// Spread says how RespreadRemaining shares what is left of a target among
// the periods that remain.
type Spread string

// The spreads.
const (
	// SpreadEven gives every remaining period the same share (a level goal
	// the same step).
	SpreadEven Spread = "even"
	// SpreadPlan keeps the shape of the old plan: each remaining period's
	// share in proportion to its old value (a level goal the same
	// fractions of the way), so that a strong fourth quarter stays strong.
	SpreadPlan Spread = "plan"
)

// The errors RespreadRemaining and ReviseTarget wrap, for the UI to word.
var (
	// ErrNoRemaining: every period of the plan has ended; there is nothing
	// left to re-plan.
	ErrNoRemaining = errors.New("no period of the plan remains")
	// ErrMissingActual: an ended period has no check-in (or, for a flow
	// goal, lacks some), so what is left of the target is unknown.
	ErrMissingActual = errors.New("an ended period has no check-in")
	// ErrTargetPassed: the ended periods of a flow goal already pass the
	// target, so the remaining ones would have to be negative.
	ErrTargetPassed = errors.New("the ended periods already pass the target")
)

// MissingActualsError is the ErrMissingActual a re-plan returns, with the
// check-in periods that ended without a value, so that the UI can name
// them: "Nov 2026 has ended without a check-in".
type MissingActualsError struct {
	GoalID  int64
	Periods []string // period keys, oldest first
}

// Error names the goal and the periods without a check-in.
func (e *MissingActualsError) Error() string {
	return fmt.Sprintf("re-plan goal %d: %s: %v", e.GoalID, strings.Join(e.Periods, ", "), ErrMissingActual)
}

// Unwrap makes errors.Is(err, ErrMissingActual) hold.
func (e *MissingActualsError) Unwrap() error { return ErrMissingActual }

// RespreadRemaining is a new plan revision after a review: it keeps the
// goal's target and spreads what is left over the periods of plan that
// have not ended by the end of day asOf. Ended periods keep their
// original plan values (the record of what was planned, with their
// floors); only the remaining ones change, keeping their floors.
//   - flow: what is left is the target − the actuals of the ended periods,
//     shared by spread; the values are rounded to the goal's decimals with
//     the remainder on the last period (splitTotalBy), so that the ended periods' actuals
//     and the new remaining values add up to the target exactly. Every
//     check-in period of the goal inside an ended plan period must have a
//     value (ErrMissingActual), and what is left must not be negative
//     while the old plan has no negative value (ErrTargetPassed).
//   - level: the remaining periods form a path from the latest actual (the
//     baseline without one) to the target, in even steps or in the old
//     plan's fractions of the way; the last is the target.
//   - stay: the remaining periods get the target; milestone: unchanged.
//
// Values count as in Assess: those of the goal's cadence whose period has
// started by asOf. A goal without a plan is re-planned from SplitEven.
// With no period remaining it is ErrNoRemaining. The result, in period
// order, is ready for data.Store.AddPlanRevision, which keeps the earlier
// revisions; the caller adds the note.
func RespreadRemaining(cal Calendar, g Goal, plan []PeriodTarget, values []PeriodValue, asOf Date, spread Spread) ([]PeriodTarget, error) {
	slots, err := cal.planSlots(g, plan)
	if err != nil {
		return nil, err
	}
	closed, remaining := cal.splitSlots(slots, asOf)
	if len(remaining) == 0 {
		return nil, fmt.Errorf("re-plan goal %d after %s: %w", g.ID, asOf, ErrNoRemaining)
	}
	closed, remaining = cal.closeAtSplit(g, closed, remaining)
	s := cal.StartedBy(Series(values, g.Cadence), asOf)
	var news []float64
	switch {
	case IsStay(g.Kind):
		news = repeat(RoundValue(g.Target, g.Decimals), len(remaining))
	case g.Kind == KindMilestone:
		news = targets(remaining)
	case g.Aggregation == AggFlow:
		done, err := cal.closedActuals(g, slots, len(closed), s)
		if err != nil {
			return nil, err
		}
		if news, err = spreadFlow(g, g.Target-done, remaining, spread, nonNegative(slots)); err != nil {
			return nil, err
		}
	default:
		from, ok := g.Baseline, g.Baseline != nil
		if len(s) > 0 {
			from, ok = &s[len(s)-1].Value, true
		}
		if !ok {
			news = repeat(RoundValue(g.Target, g.Decimals), len(remaining))
			break
		}
		old := levelOrigin(g, closed)
		news = levelPath(*from, g.Target, shape(remaining, old, spread), g.Decimals)
	}
	return withValues(closed, remaining, news), nil
}

// ReviseTarget is a new plan revision for a new target: the periods that
// have not ended by the end of day asOf (all of them, when none has) are
// scaled so that the plan adds up to newTarget (flow: the ended periods'
// plan values plus the new remaining ones) or ends at it (level: a path
// from the last ended period's plan value, the baseline when none has
// ended, in the old plan's fractions of the way; without either, the old
// values scaled by newTarget/old end). Rounding is to the goal's decimals
// with the remainder on the last period (splitTotalBy). Stay goals' remaining periods get
// newTarget; a milestone's plan is unchanged. Ended periods keep their
// values, and every period its floor.
//
// It measures the plan, not the actuals: to change the target and spread
// what the actuals leave of it, call RespreadRemaining with the goal's new
// target. The errors are those of RespreadRemaining (ErrNoRemaining,
// ErrTargetPassed when the ended periods' plan already passes newTarget).
// The caller saves the goal's new target and records the plan with
// data.Store.AddPlanRevision and Plan.Target = newTarget.
func ReviseTarget(cal Calendar, g Goal, plan []PeriodTarget, asOf Date, newTarget float64) ([]PeriodTarget, error) {
	if !IsFinite(newTarget) {
		return nil, fmt.Errorf("revise target of goal %d: %v is not a number", g.ID, newTarget)
	}
	slots, err := cal.planSlots(g, plan)
	if err != nil {
		return nil, err
	}
	closed, remaining := cal.splitSlots(slots, asOf)
	if len(remaining) == 0 {
		return nil, fmt.Errorf("revise target of goal %d after %s: %w", g.ID, asOf, ErrNoRemaining)
	}
	var news []float64
	switch {
	case IsStay(g.Kind):
		news = repeat(RoundValue(newTarget, g.Decimals), len(remaining))
	case g.Kind == KindMilestone:
		news = targets(remaining)
	case g.Aggregation == AggFlow:
		g.Target = newTarget
		if news, err = spreadFlow(g, newTarget-sum(targets(closed)), remaining, SpreadPlan, nonNegative(slots)); err != nil {
			return nil, err
		}
	default:
		from := levelOrigin(g, closed)
		if from == nil {
			oldEnd := remaining[len(remaining)-1].t.Target
			ratios := repeat(1, len(remaining))
			if oldEnd != 0 {
				for i, sl := range remaining {
					ratios[i] = sl.t.Target / oldEnd
				}
			}
			news = levelPath(0, newTarget, ratios, g.Decimals)
			break
		}
		news = levelPath(*from, newTarget, shape(remaining, from, SpreadPlan), g.Decimals)
	}
	return withValues(closed, remaining, news), nil
}

// planSlot is a plan period with its key parsed.
type planSlot struct {
	p Period
	t PeriodTarget
}

// planSlots parses a plan (SplitEven when empty) into period order.
func (cal Calendar) planSlots(g Goal, plan []PeriodTarget) ([]planSlot, error) {
	if len(plan) == 0 {
		plan = SplitEven(cal, g, "")
	}
	if len(plan) == 0 {
		return nil, fmt.Errorf("re-plan goal %d: no plan periods: %w", g.ID, ErrNoRemaining)
	}
	slots := make([]planSlot, len(plan))
	for i, t := range plan {
		p, err := ParsePeriodKey(strings.TrimSpace(t.PeriodKey))
		if err != nil {
			return nil, fmt.Errorf("re-plan goal %d: %w", g.ID, err)
		}
		t.PeriodKey = p.Key()
		slots[i] = planSlot{p, t}
	}
	sort.SliceStable(slots, func(i, j int) bool { return cal.FirstDay(slots[i].p) < cal.FirstDay(slots[j].p) })
	return slots, nil
}

// splitSlots parts slots into those ended by the end of day asOf and the
// rest, each in order.
func (cal Calendar) splitSlots(slots []planSlot, asOf Date) (closed, remaining []planSlot) {
	for _, sl := range slots {
		if cal.LastDay(sl.p) <= asOf.DayNumber() {
			closed = append(closed, sl)
		} else {
			remaining = append(remaining, sl)
		}
	}
	return closed, remaining
}

// closedActuals is the sum of the values s (started by asOf) that count
// in the first n of slots, the ended plan periods, as a review counts them
// (CountsFor: a week in the period that holds its last day; a longer
// check-in period in the last it overlaps), so that the re-plan asks of the
// remaining periods what the review will hold them to. Every check-in
// period of the goal that counts there must have a value; each has ended
// with the plan period it counts in.
func (cal Calendar) closedActuals(g Goal, slots []planSlot, n int, s []periodValue) (float64, error) {
	in := func(p Period) bool {
		i := cal.slotOf(g, slots, p)
		return i >= 0 && i < n
	}
	have := map[Period]bool{}
	total := 0.0
	for _, v := range s {
		if in(v.Period) {
			have[v.Period] = true
			total += v.Value
		}
	}
	var missing []string
	for _, p := range CheckInPeriods(cal, g) {
		if in(p) && !have[p] {
			missing = append(missing, p.Key())
		}
	}
	if len(missing) > 0 {
		return 0, &MissingActualsError{GoalID: g.ID, Periods: missing}
	}
	return ClampFinite(total), nil
}

// spreadFlow shares left among the remaining periods by spread (by the old
// plan only when its remaining values are not negative and add up to more
// than zero; evenly otherwise). With noNegative, a negative left is
// ErrTargetPassed.
func spreadFlow(g Goal, left float64, remaining []planSlot, spread Spread, noNegative bool) ([]float64, error) {
	left = RoundValue(ClampFinite(left), g.Decimals)
	if left < 0 && noNegative {
		return nil, fmt.Errorf("re-plan goal %d: %s left of %s: %w", g.ID, FormatValue(left, g.Decimals, UnitCount, ""),
			FormatValue(g.Target, g.Decimals, UnitCount, ""), ErrTargetPassed)
	}
	n := len(remaining)
	weights := repeat(1/float64(n), n)
	if total := sum(targets(remaining)); spread == SpreadPlan && total > 0 && nonNegative(remaining) {
		for i, sl := range remaining {
			weights[i] = sl.t.Target / total
		}
	}
	return splitTotal(left, weights, g.Decimals), nil
}

// levelOrigin is where the old plan's remaining path starts: the last
// ended period's plan value, else the baseline; nil when neither is known.
func levelOrigin(g Goal, closed []planSlot) *float64 {
	if len(closed) > 0 {
		v := closed[len(closed)-1].t.Target
		return &v
	}
	return g.Baseline
}

// shape is the fraction of the way each remaining period is to reach: even
// steps, or with SpreadPlan the old plan's fractions from old (its
// origin) to its last value, when both are known and differ.
func shape(remaining []planSlot, old *float64, spread Spread) []float64 {
	n := len(remaining)
	out := make([]float64, n)
	end := remaining[n-1].t.Target
	byPlan := spread == SpreadPlan && old != nil && end != *old
	for i, sl := range remaining {
		out[i] = float64(i+1) / float64(n)
		if byPlan {
			out[i] = ClampFinite((sl.t.Target - *old) / (end - *old))
		}
	}
	return out
}

// withValues is the new plan: the ended periods as they were and the
// remaining ones with values news.
func withValues(closed, remaining []planSlot, news []float64) []PeriodTarget {
	out := make([]PeriodTarget, 0, len(closed)+len(remaining))
	for _, sl := range closed {
		out = append(out, sl.t)
	}
	for i, sl := range remaining {
		t := sl.t
		t.Target = ClampFinite(news[i])
		out = append(out, t)
	}
	return out
}

func targets(slots []planSlot) []float64 {
	out := make([]float64, len(slots))
	for i, sl := range slots {
		out[i] = sl.t.Target
	}
	return out
}

func nonNegative(slots []planSlot) bool {
	for _, sl := range slots {
		if sl.t.Target < 0 {
			return false
		}
	}
	return true
}

func repeat(v float64, n int) []float64 {
	out := make([]float64, n)
	for i := range out {
		out[i] = v
	}
	return out
}

func sum(vs []float64) float64 {
	total := 0.0
	for _, v := range vs {
		total += v
	}
	return ClampFinite(total)
}
