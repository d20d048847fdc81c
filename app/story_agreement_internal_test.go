package app

import (
	"math"
	"math/rand/v2"
	"testing"
)

// storyGoal is a goal of any kind, direction, aggregation and cadence
// (randomOracleGoal) with a plan the SMART check lets it save: none, or
// its even split. Its target lies ahead of its baseline, and a flow
// increase or decrease goal's target is positive.
func storyGoal(r *rand.Rand, cal Calendar) (Goal, []PeriodTarget, bool) {
	g, _ := randomOracleGoal(r, cal)
	g.ID, g.Target = 1, RoundValue(math.Abs(g.Target)+10, g.Decimals)
	if r.IntN(4) == 0 {
		// A small count ("open 2 stores"): an even plan leaves periods at
		// 0, where a status of nothing against nothing read on track
		// beside a run rate of nothing.
		g.Target = float64(1 + r.IntN(4))
	}
	if g.End.IsZero() || g.Kind == KindMilestone || !baselineBehind(g) {
		return g, nil, false
	}
	var plan []PeriodTarget
	if r.IntN(2) == 0 && g.PlanBy != "" {
		plan = SplitEven(cal, g, g.PlanBy)
	}
	return g, plan, true
}

// replannedStory re-spreads g's plan after some of its periods, as a
// review does (RespreadRemaining), then lowers one of the values the
// re-plan was made from, as an edited check-in does; the periods after
// the re-plan keep to the new plan. ok is false where no re-plan can be
// made, or no period after it has ended by asOf: until one is checked in,
// the status measures the kept periods against what they planned.
func replannedStory(r *rand.Rand, cal Calendar, g Goal, plan []PeriodTarget, values []PeriodValue, asOf Date) ([]PeriodTarget, []PeriodValue, bool) {
	if g.Aggregation != AggFlow || IsStay(g.Kind) || len(values) < 2 {
		return nil, nil, false
	}
	p, err := ParsePeriodKey(values[len(values)/2].PeriodKey)
	if err != nil || cal.LastDay(p) >= asOf.DayNumber() {
		return nil, nil, false
	}
	replanAt := DateOfDayNumber(cal.LastDay(p) + 1)
	re, err := RespreadRemaining(cal, g, plan, values, replanAt, SpreadEven)
	if _, fits := ReplannedAfter(cal, g, re, values, replanAt); err != nil || !fits {
		return nil, nil, false // not a plan the SMART check lets the goal save
	}
	var kept []PeriodValue
	for _, v := range values {
		if q, _ := ParsePeriodKey(v.PeriodKey); !PeriodLess(p, q) {
			kept = append(kept, v)
		}
	}
	edit := &kept[r.IntN(len(kept))]
	edit.Value = RoundValue(edit.Value*r.Float64(), g.Decimals)
	x, n := cal.Expectation(g, re), len(kept)
	for _, q := range cal.Periods(g.Cadence, replanAt, asOf) {
		if cal.FirstDay(q) >= replanAt.DayNumber() && cal.LastDay(q) <= asOf.DayNumber() {
			kept = append(kept, PeriodValue{q.Key(), RoundValue(cal.expectedFor(x, q), g.Decimals)})
		}
	}
	return re, kept, len(kept) > n
}

// checkStory fails when the status of g tells another story than its
// projection: on track while the projection lands out of reach (below the
// at-risk share of the target, for a goal whose progress is graded from
// an origin), or a stay goal on track while its projected value is on the
// wrong side of its line.
func checkStory(t *testing.T, i int, g Goal, a Assessment, pr Projection, th Thresholds) {
	t.Helper()
	if a.Status != StatusOnTrack || !pr.OK {
		return
	}
	if _, graded := ProgressOrigin(g); graded && pr.Attainment < th.AtRisk {
		t.Errorf("#%d %+v: on track (ratio %v) while projected at %v (%v of target), needs %+v", i, g, a.Ratio, pr.EndValue, pr.Attainment, pr.Needs)
	}
	if IsStay(g.Kind) && len(pr.Needs) > 0 && Progress(g.Kind, 0, g.Target, RoundValue(pr.EndValue, Decimals(g))) < 1 {
		t.Errorf("#%d %+v: on track while projected at %v, past the line %v", i, g, pr.EndValue, g.Target)
	}
}

// TestStatusProjectionAndNeedsTellOneStory checks the product rule that a
// projection, a status and a "needs" line never tell different stories, on
// random goals of every kind, direction and cadence, some re-planned
// after a review with a value edited since, seen at any day of their
// span or soon after it; and that a verdict is final only once the year
// is known.
func TestStatusProjectionAndNeedsTellOneStory(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 8))
	th := DefaultThresholds
	for i := range 4000 {
		cal := randomCalendar(r)
		g, plan, ok := storyGoal(r, cal)
		if !ok {
			continue
		}
		span := g.End.DayNumber() - g.Start.DayNumber() + 1
		asOf := DateOfDayNumber(g.Start.DayNumber() + r.IntN(span))
		values := randomShownValues(r, cal, g, asOf)
		if re, edited, ok := replannedStory(r, cal, g, plan, values, asOf); ok && r.IntN(2) == 0 {
			plan, values = re, edited
		}
		if r.IntN(4) == 0 { // seen after its end, within its last period's grace or not
			asOf = DateOfDayNumber(g.End.DayNumber() + 1 + r.IntN(2*GraceLong))
		}
		a := Assess(cal, g, plan, values, asOf, th)
		checkStory(t, i, g, a, Project(cal, g, plan, values, asOf), th)
		checkVerdictKnown(t, i, cal, g, a, values, asOf)
		if t.Failed() {
			t.Fatalf("as of %s, plan %v, values %v", asOf, plan, values)
		}
	}
}

// checkVerdictKnown fails when a goal's status is final (achieved, partly
// achieved, missed) before its year is known: every period checked in (a
// level goal's last one), or its last period's late check-in no longer
// awaited (Grace from the day it fell due), as a review closes a period.
func checkVerdictKnown(t *testing.T, i int, cal Calendar, g Goal, a Assessment, values []PeriodValue, asOf Date) {
	t.Helper()
	if !a.Status.Final() {
		return
	}
	ps := CheckInPeriods(cal, g)
	in := map[string]bool{}
	for _, v := range values {
		in[v.PeriodKey] = true
	}
	missing := 0
	for j, p := range ps {
		if !in[p.Key()] && (j == len(ps)-1 || !latestCounts(g)) {
			missing++
		}
	}
	// The last check-in falls due on the period's last day or the goal's
	// end, whichever comes first, as the Check-ins screen counts it.
	dueDay := min(cal.LastDay(ps[len(ps)-1]), g.End.DayNumber())
	awaited := asOf.DayNumber() <= dueDay+Grace(g.Cadence)
	if missing > 0 && awaited {
		t.Fatalf("#%d %+v: %s on %s with %d of %d periods never checked in, the last one's still awaited",
			i, g, a.Status, asOf, missing, len(ps))
	}
}
