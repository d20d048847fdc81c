package agreement

import (
	"math"
	"reflect"
	"strconv"
	"testing"
	"time"

	"pacer/app"
	"pacer/app/chart"
	"pacer/data"
)

// oddCases are the unusual but real cases an odd world draws on top of
// the usual ones: a goal year other than 2023 (one holding a leap day, or
// a 53-week year), refunds, a zero target, four decimals and plans by a
// period other than the check-ins'.
type oddCases struct {
	year int
}

// year is the calendar year the world's goals' fiscal year starts in.
func (w *world) year() int {
	if w.odd == nil {
		return 2023
	}
	return w.odd.year
}

// oddGoal changes g into one of the odd cases, now and then.
func (w *world) oddGoal(g *app.Goal) {
	if w.odd == nil {
		return
	}
	r := w.rng
	switch r.IntN(5) {
	case 0:
		g.Cadence, g.PlanBy = app.CadenceQuarter, app.CadenceMonth
	case 1:
		g.Cadence, g.PlanBy = app.CadenceWeek, app.CadenceWeek
	}
	if r.IntN(4) == 0 && g.Kind != app.KindMilestone && g.Unit != app.UnitPercent && g.Target < 1e11 {
		g.Decimals = 4
		w.note("four decimals")
	}
	if r.IntN(5) == 0 && (g.Kind == app.KindDecrease || g.Kind == app.KindStayBelow) {
		g.Target = 0
		w.note("zero target")
	}
}

// TestEveryScreenAgreesInOddCases is TestEveryScreenGivesTheSameNumber
// over fiscal years starting in January, April, July or October of a
// year with a leap day or 53 ISO weeks near it, with refunds, zero
// targets, four decimals, monthly plans checked in by quarter and weekly
// plans, on a period's first or last day; and that a flow goal's review
// of a month, quarter, half or year adds up its own periods' rows.
func TestEveryScreenAgreesInOddCases(t *testing.T) {
	seeds := seedCount(32)
	years := []int{2019, 2020, 2025, 2026}
	for seed := range seeds {
		t.Run(strconv.Itoa(seed), func(t *testing.T) {
			w := newWorld(t, uint64(1000+seed))
			w.odd = &oddCases{year: years[seed%len(years)]}
			fiscal := time.Month(1 + 3*w.rng.IntN(4))
			if err := w.s.SetSetting(w.ctx, data.SettingFiscalStart, strconv.Itoa(int(fiscal))); err != nil {
				t.Fatal(err)
			}
			w.cal = app.Calendar{FiscalStart: fiscal}
			w.note("odd: fiscal year starts in %s %d", fiscal, w.odd.year)
			for i := range 1 + w.rng.IntN(3) {
				w.addGoal(i)
			}
			g := w.goals()[0]
			w.asOf = app.DateOfDayNumber(g.Start.DayNumber() + 20 + w.rng.IntN(385))
			if w.rng.IntN(2) == 0 { // a period's first or last day
				p := w.cal.PeriodOf(g.Cadence, w.asOf)
				w.asOf = app.DateOfDayNumber([]int{w.cal.FirstDay(p), w.cal.LastDay(p)}[w.rng.IntN(2)])
			}
			w.note("as of %s", w.asOf)
			for range 4 + w.rng.IntN(12) {
				w.step()
				w.check()
				w.checkCoarse()
			}
		})
	}
}

// checkBehind checks that a goal off track is not projected to land on
// its target, and that its needs do not say the target is reached.
func (w *world) checkBehind(pc app.Pace, ratio float64) {
	g, a, pr := pc.Goal, pc.Assessment, pc.Projection
	if a.Status != app.StatusOffTrack || app.IsStay(g.Kind) || pr.Method == app.MethodFinal {
		return
	}
	if ratio >= w.th.OnTrack {
		w.fatal("goal %d: off track (ratio %.3f) but projected at %v, %.3f of target %v (%s)", g.ID, a.Ratio, pr.EndValue, ratio, g.Target, pr.Method)
	}
	total := 0.0
	for _, n := range pr.Needs {
		total += n.Amount
	}
	// A loss to hold to behind its plan still needs a loss to come, but
	// less of one than its plan leaves.
	least := 0.0
	if app.IsLossLimit(g) {
		least = g.Target - a.Expected
	}
	if g.Aggregation == app.AggFlow && g.Kind == app.KindIncrease && len(pr.Needs) > 0 && total <= least {
		w.fatal("goal %d: off track (ratio %.3f) but needs %v more (the plan leaves %v)", g.ID, a.Ratio, total, g.Target-a.Expected)
	}
}

// checkCoarse compares each flow goal's review of a quarter, half or year
// with the review rows of its own check-in periods counting in it: the
// actual is their sum, the plan the sum of theirs.
func (w *world) checkCoarse() {
	snap, err := w.s.Snapshot(w.ctx, app.GoalFilter{})
	if err != nil {
		w.fatal("snapshot: %v", err)
	}
	for _, c := range []app.Cadence{app.CadenceMonth, app.CadenceQuarter, app.CadenceHalf, app.CadenceYear} {
		for _, p := range app.ReviewPeriods(w.cal, snap.Goals, c, w.asOf) {
			for _, r := range app.ReviewRows(w.cal, snap, p, w.asOf, w.th) {
				w.checkCoarseRow(snap, r)
			}
		}
	}
}

func (w *world) checkCoarseRow(snap app.Snapshot, r app.ReviewRow) {
	g := r.Goal
	if app.IsStay(g.Kind) || g.Cadence == r.Period.Cadence || g.Kind == app.KindMilestone {
		return
	}
	var inner []app.Period
	for _, q := range app.CheckInPeriods(w.cal, g) {
		if w.cal.CountsFor(g, r.Period, q) && w.cal.FirstDay(q) <= w.asOf.DayNumber() {
			inner = append(inner, q)
		}
	}
	if len(inner) == 0 {
		return
	}
	if g.Aggregation != app.AggFlow {
		w.checkCoarseLevel(snap, r, inner)
		return
	}
	actual, has, expected := w.addUp(snap, g, inner)
	if has != r.HasActual || !same(actual, r.Actual) {
		w.fatal("goal %d %s: actual %v (%v), its %d periods add up to %v (%v)", g.ID, r.Period.Key(), r.Actual, r.HasActual, len(inner), actual, has)
	}
	if last := inner[len(inner)-1]; w.cal.LastDay(last) >= w.cal.LastDay(r.Period) && r.HasExpected && !same(expected, r.Expected) {
		w.fatal("goal %d %s: plan %v (covered %v, %d of %d, complete %v), its %d periods add up to %v", g.ID, r.Period.Key(), r.Expected, r.ExpectedCovered, r.Reported, r.Periods, r.Complete, len(inner), expected)
	}
}

// addUp is the sum of g's review rows of periods ps: their actuals,
// whether any has one, and their plans.
func (w *world) addUp(snap app.Snapshot, g app.Goal, ps []app.Period) (actual float64, has bool, expected float64) {
	for _, q := range ps {
		f := rowOf(app.ReviewRows(w.cal, snap, q, w.asOf, w.th), g.ID)
		if f.HasActual {
			actual, has = actual+f.Actual, true
		}
		expected += f.Expected
	}
	return actual, has, expected
}

// checkCoarseLevel checks that a level goal's row of a longer period than
// its own holds the latest of its periods' actuals, measured against the
// plan at that period's end until the row is closed.
func (w *world) checkCoarseLevel(snap app.Snapshot, r app.ReviewRow, inner []app.Period) {
	g := r.Goal
	for i := len(inner) - 1; i >= 0; i-- {
		f := rowOf(app.ReviewRows(w.cal, snap, inner[i], w.asOf, w.th), g.ID)
		if !f.HasActual {
			continue
		}
		// Once closed the row is measured against the plan at its end.
		if !r.HasActual || !same(f.Actual, r.Actual) || !r.Closed && !same(f.ExpectedCovered, r.ExpectedCovered) {
			w.fatal("goal %d %s: %v against %v (%s), its latest %s %v against %v (%s)", g.ID, r.Period.Key(), r.Actual, r.ExpectedCovered, r.Status,
				inner[i].Key(), f.Actual, f.ExpectedCovered, f.Status)
		}
		return
	}
	if r.HasActual {
		w.fatal("goal %d %s: actual %v, none of its periods has one", g.ID, r.Period.Key(), r.Actual)
	}
}

// notFinite names the first float inside v (its fields, elements and
// pointers followed) that is NaN or infinite, or is "".
func notFinite(v reflect.Value, path string) string {
	switch v.Kind() {
	case reflect.Float32, reflect.Float64:
		if f := v.Float(); math.IsNaN(f) || math.IsInf(f, 0) {
			return path
		}
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			return notFinite(v.Elem(), path)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if bad := notFinite(v.Field(i), path+"."+v.Type().Field(i).Name); bad != "" {
				return bad
			}
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			if bad := notFinite(v.Index(i), path+"["+strconv.Itoa(i)+"]"); bad != "" {
				return bad
			}
		}
	}
	return ""
}

// checkFinite fails when any figure a screen or export shows of v is NaN
// or infinite.
func (w *world) checkFinite(what string, v any) {
	if bad := notFinite(reflect.ValueOf(v), what); bad != "" {
		w.fatal("%s is not a number", bad)
	}
}

// TestNotFiniteFindsNaN checks that checkFinite can fail: a NaN deep in a
// pace's projection is named by its path.
func TestNotFiniteFindsNaN(t *testing.T) {
	pc := app.Pace{Projection: app.Projection{Needs: []app.PeriodNeed{{PeriodKey: "2023-01"}, {PeriodKey: "2023-02", Amount: math.Inf(1)}}}}
	if got := notFinite(reflect.ValueOf(pc), "pace"); got != "pace.Projection.Needs[1].Amount" {
		t.Fatalf("notFinite = %q", got)
	}
	if got := notFinite(reflect.ValueOf(app.Pace{}), "pace"); got != "" {
		t.Fatalf("notFinite of an empty pace = %q", got)
	}
}

// checkChartEnds compares the goal chart's lines with the dashboard's
// figures: its projection ends on the projected end value, and a sum's
// actual line (not a stay goal's, which draws each period's) on its
// actual, each at the goal's decimals.
func (w *world) checkChartEnds(pc app.Pace) {
	g, a, pr := pc.Goal, pc.Assessment, pc.Projection
	s, err := chart.CumulativeInput{Calendar: w.cal, Goal: g, Plan: pc.Plan, Values: pc.Values, AsOf: w.asOf}.Series()
	if err != nil {
		return // a goal the chart cannot draw, which checkPace reports
	}
	shown := func(v float64) float64 { return app.RoundValue(v, app.Decimals(g)) }
	if end := lastOf(s.Projection); !math.IsNaN(end) && !same(end, shown(pr.EndValue)) {
		w.fatal("goal %d: the chart's projection ends at %v, the dashboard projects %v", g.ID, end, pr.EndValue)
	}
	if end := lastOf(s.Actual); g.Aggregation == app.AggFlow && !app.IsStay(g.Kind) && !a.NoValues && !math.IsNaN(end) && !same(end, shown(a.Actual)) {
		w.fatal("goal %d: the chart's actual ends at %v, the dashboard's actual is %v", g.ID, end, a.Actual)
	}
}

// lastOf is the last number of line that is not NaN, or NaN.
func lastOf(line []float64) float64 {
	for i := len(line) - 1; i >= 0; i-- {
		if !math.IsNaN(line[i]) {
			return line[i]
		}
	}
	return math.NaN()
}
