package agreement

import (
	"math"
	"reflect"
	"strconv"
	"testing"

	"pacer/app"
)

// TestReviewSumsAgreeWithCheckIns is the property of issue 17 for the
// review: after any sequence of the operations that
// TestDashboardTotalsAgreeWithCheckIns applies, and check-ins of values that are not whole numbers (whose sums
// the running totals cannot give exactly), the review rows of months,
// quarters and years worked out from the store's sums (data.Store.Review,
// app.ReviewRowsFrom) are those worked out from every check-in (Snapshot,
// ReviewRows), as of several days. It also checks that the sums were
// used, sums with cents among them, so that it cannot pass by reading
// check-ins alone.
func TestReviewSumsAgreeWithCheckIns(t *testing.T) {
	seeds := seedCount(16)
	fromSums, cents := 0, 0
	for seed := range seeds {
		t.Run(strconv.Itoa(seed), func(t *testing.T) {
			w := newWorld(t, uint64(seed)+2000)
			for i := range 1 + w.rng.IntN(3) {
				w.addGoal(i)
			}
			g := w.goals()[0]
			w.asOf = app.DateOfDayNumber(g.Start.DayNumber() + 20 + w.rng.IntN(385))
			w.note("as of %s", w.asOf)
			for range 6 + w.rng.IntN(14) {
				if w.rng.IntN(6) == 0 {
					w.fractionalCheckIn()
				} else {
					w.totalsStep()
				}
				for _, asOf := range []app.Date{w.asOf, app.DateOfDayNumber(g.Start.DayNumber() + w.rng.IntN(420))} {
					n, c := w.checkReviewSums(asOf)
					fromSums, cents = fromSums+n, cents+c
				}
			}
		})
	}
	if fromSums == 0 || cents == 0 {
		t.Fatalf("review rows worked out from sums: %d, from sums with cents: %d", fromSums, cents)
	}
}

// fractionalCheckIn checks a flow goal in with a value that is not a
// whole number, first giving the goal decimals if it has none.
func (w *world) fractionalCheckIn() {
	gs := w.goals()
	g := gs[w.rng.IntN(len(gs))]
	ps := w.started(g)
	if len(ps) == 0 || g.Aggregation != app.AggFlow {
		return
	}
	if g.Decimals == 0 {
		g.Decimals = 2
		if err := w.s.UpdateGoal(w.ctx, &g); err != nil {
			w.fatal("give goal %d decimals: %v", g.ID, err)
		}
		w.note("goal %d now has 2 decimals", g.ID)
	}
	p := ps[w.rng.IntN(len(ps))]
	c := app.CheckIn{GoalID: g.ID, PeriodKey: p.Key(), Value: w.value(g, p) + 0.1, Confidence: 5}
	if err := w.s.PutCheckIn(w.ctx, &c); err != nil {
		w.fatal("check in %s %s: %v", c.PeriodKey, strconv.FormatFloat(c.Value, 'f', -1, 64), err)
	}
	w.note("check-in goal %d %s = %v", g.ID, c.PeriodKey, c.Value)
}

// checkReviewSums compares the review rows of the latest months, quarters
// and years started by asOf, from sums and from every check-in, and says
// how many goals' rows came from sums, and how many of those sums had cents.
func (w *world) checkReviewSums(asOf app.Date) (used, cents int) {
	w.t.Helper()
	snap, err := w.s.Snapshot(w.ctx, app.GoalFilter{})
	if err != nil {
		w.fatal("snapshot: %v", err)
	}
	for _, c := range []app.Cadence{app.CadenceMonth, app.CadenceQuarter, app.CadenceYear} {
		ps := app.ReviewPeriods(w.cal, snap.Goals, c, asOf)
		for _, p := range ps[:min(len(ps), 3)] {
			d, err := w.s.Review(w.ctx, app.GoalFilter{}, w.cal, p, asOf)
			if err != nil {
				w.fatal("review: %v", err)
			}
			slow := app.ReviewRows(w.cal, snap, p, asOf, w.th)
			fast := app.ReviewRowsFrom(w.cal, d, p, asOf, w.th)
			if w.reviewMemos[p] == nil {
				w.reviewMemos[p] = new(app.ReviewMemo)
			}
			if kept := w.reviewMemos[p].RowsFrom(w.cal, d, p, asOf, w.th); !reflect.DeepEqual(kept, fast) {
				w.fatal("as of %s, %s: the memo's rows\n%+v\ndiffer from ReviewRowsFrom's\n%+v", asOf, p.Key(), kept, fast)
			}
			if len(slow) != len(fast) {
				w.fatal("as of %s, %s: %d rows from check-ins, %d from sums", asOf, p.Key(), len(slow), len(fast))
			}
			for i := range slow {
				if !reflect.DeepEqual(slow[i], fast[i]) {
					_, sums := d.Sums[slow[i].Goal.ID]
					w.fatal("as of %s, %s, goal %d (from sums: %v):\nfrom check-ins %+v\nfrom sums      %+v",
						asOf, p.Key(), slow[i].Goal.ID, sums, slow[i], fast[i])
				}
			}
			used += len(d.Sums)
			for _, s := range d.Sums {
				if s[0].Sum != math.Trunc(s[0].Sum) || s[1].Sum != math.Trunc(s[1].Sum) || s[2].Sum != math.Trunc(s[2].Sum) {
					cents++
				}
			}
		}
	}
	return used, cents
}
