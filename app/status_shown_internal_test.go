package app

import (
	"math"
	"math/rand/v2"
	"testing"
)

// randomShownValues are values of g's cadence at its decimals, for some of
// its periods that have started by asOf, around the size of its target.
func randomShownValues(r *rand.Rand, cal Calendar, g Goal, asOf Date) []PeriodValue {
	scale := math.Max(1, math.Abs(g.Target)) / 4
	var values []PeriodValue
	for _, p := range cal.Periods(g.Cadence, g.Start, asOf) {
		if r.IntN(4) == 0 {
			continue
		}
		v := RoundValue(math.Abs(r.NormFloat64())*scale, g.Decimals)
		if g.Kind == KindMilestone {
			v = float64(r.IntN(2))
		}
		values = append(values, PeriodValue{PeriodKey: p.Key(), Value: v})
	}
	return values
}

// meetShownPlan changes the latest of values so that g's actual as shown
// is its expected as shown, or a few units of the last place past it in
// its favour: where rounding decides a status.
func meetShownPlan(r *rand.Rand, g Goal, a Assessment, values []PeriodValue) {
	if len(values) == 0 || g.Kind == KindMilestone {
		return
	}
	unit := math.Pow10(-g.Decimals)
	if LowerIsBetter(g.Kind) {
		unit = -unit
	}
	want := RoundValue(a.Expected, g.Decimals) + float64(r.IntN(3))*unit
	last := &values[len(values)-1]
	if g.Aggregation == AggFlow {
		want = last.Value + want - RoundValue(a.Actual, g.Decimals)
	}
	last.Value = RoundValue(want, g.Decimals)
}

// smallGoal scales a goal and its plan down a thousandfold: figures of a
// few units, where the last place weighs most.
func smallGoal(g Goal, plan []PeriodTarget) (Goal, []PeriodTarget) {
	g.Target = RoundValue(g.Target/1000, g.Decimals)
	if g.Baseline != nil {
		b := RoundValue(*g.Baseline/1000, g.Decimals)
		g.Baseline = &b
	}
	small := make([]PeriodTarget, len(plan))
	for i, t := range plan {
		small[i] = PeriodTarget{PeriodKey: t.PeriodKey, Target: t.Target / 1000}
	}
	return g, small
}

// baselineBehind reports whether g's baseline, if any, lies behind its
// target, as the SMART check asks (MsgMNotAbove, MsgMNotBelow): a cost
// to bring down from 200 to 1,500 reads a spend of nothing as going the
// wrong way, a story of its own.
func baselineBehind(g Goal) bool {
	switch {
	case g.Baseline == nil:
		return true
	case g.Kind == KindIncrease:
		return g.Target > *g.Baseline
	case g.Kind == KindDecrease:
		return g.Target < *g.Baseline
	}
	return true
}

// atLeastAsPlanned reports whether a shown gap to plan is none, or one in
// the goal's favour.
func atLeastAsPlanned(g Goal, gap float64) bool {
	if LowerIsBetter(g.Kind) {
		return gap <= 0
	}
	return gap >= 0
}

// TestStatusNeverContradictsTheShownGap checks the product rule that a
// status and a gap never tell different stories, on random goals of up to
// six decimals: a goal whose figures, as shown, are at or past its plan is
// on track while it runs, and a review row at or past its plan is on
// track, or achieved once closed.
func TestStatusNeverContradictsTheShownGap(t *testing.T) {
	r := rand.New(rand.NewPCG(17, 31))
	th := DefaultThresholds
	for i := range 3000 {
		cal := randomCalendar(r)
		g, plan := randomOracleGoal(r, cal)
		g.ID, g.Decimals = 1, r.IntN(MaxGoalDecimals+1)
		if g.End.IsZero() || g.Kind == KindMilestone && g.Aggregation == AggFlow || !baselineBehind(g) {
			continue
		}
		if r.IntN(2) == 0 {
			g, plan = smallGoal(g, plan)
		}
		span := g.End.DayNumber() - g.Start.DayNumber() + 1
		asOf := DateOfDayNumber(g.Start.DayNumber() + r.IntN(span))
		values := randomShownValues(r, cal, g, asOf)
		meetShownPlan(r, g, Assess(cal, g, plan, values, asOf, th), values)
		a := Assess(cal, g, plan, values, asOf, th)
		if !IsStay(g.Kind) && !a.Status.Final() && a.Status != StatusNoData {
			gap := ShownVariance(g, a.Expected, a.Actual).Abs
			if atLeastAsPlanned(g, gap) && a.Status != StatusOnTrack {
				t.Fatalf("#%d %+v: expected %v, actual %v, gap %v shown, status %s", i, g, a.Expected, a.Actual, gap, a.Status)
			}
		}
		snap := NewSnapshot()
		snap.Goals, snap.Plans[1] = []Goal{g}, plan
		for _, v := range values {
			snap.CheckIns[1] = append(snap.CheckIns[1], CheckIn{GoalID: 1, PeriodKey: v.PeriodKey, Value: v.Value})
		}
		for _, row := range ReviewRows(cal, snap, cal.PeriodOf(g.Cadence, asOf), asOf, th) {
			checkRowStory(t, i, row)
		}
	}
}

// checkRowStory fails when a review row at or past its plan as shown has
// a status that says otherwise.
func checkRowStory(t *testing.T, i int, row ReviewRow) {
	t.Helper()
	if row.Status == StatusNoData || !atLeastAsPlanned(row.Goal, row.VsPlan.Abs) {
		return
	}
	if row.Status != StatusOnTrack && row.Status != StatusAchieved {
		t.Fatalf("#%d %+v: row expects %v, has %v, gap %v shown, status %s",
			i, row.Goal, row.ExpectedCovered, row.Actual, row.VsPlan.Abs, row.Status)
	}
}
