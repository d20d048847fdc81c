package agreement

import (
	"strconv"
	"testing"

	"pacer/app"
)

// TestTotalsAgreeInTheLastPeriod is TestDashboardTotalsAgreeWithCheckIns
// seen while each goal's last period, checked in, runs on, when the rest
// of it is what is projected, and on its last day and after, when the
// projection is final: the paces from the store's totals are those from
// every check-in, needs and all.
func TestTotalsAgreeInTheLastPeriod(t *testing.T) {
	seeds := seedCount(16)
	open := 0
	for seed := range seeds {
		t.Run(strconv.Itoa(seed), func(t *testing.T) {
			w := newWorld(t, uint64(seed)+2000)
			for i := range 1 + w.rng.IntN(3) {
				w.addGoal(i)
			}
			w.asOf = w.goals()[0].End
			for range 4 + w.rng.IntN(10) {
				w.totalsStep()
			}
			for _, g := range w.goals() {
				w.checkInLast(g)
			}
			open += w.checkLastPeriod()
		})
	}
	if open == 0 {
		t.Error("no goal was seen with its last period under way")
	}
}

// checkInLast checks g in for its last period.
func (w *world) checkInLast(g app.Goal) {
	ps := app.CheckInPeriods(w.cal, g)
	if len(ps) == 0 {
		return
	}
	p := ps[len(ps)-1]
	c := app.CheckIn{GoalID: g.ID, PeriodKey: p.Key(), Value: w.value(g, p), Confidence: 5}
	if err := w.s.PutCheckIn(w.ctx, &c); err != nil {
		w.fatal("check in %s: %v", c.PeriodKey, err)
	}
	w.note("check-in goal %d %s = %v (its last period)", g.ID, c.PeriodKey, c.Value)
}

// checkLastPeriod compares the paces from totals with those from every
// check-in on days of the first goal's last period and after its end. It
// returns how many goals were seen projecting the rest of a last period.
func (w *world) checkLastPeriod() (open int) {
	w.t.Helper()
	g := w.goals()[0]
	ps := app.CheckInPeriods(w.cal, g)
	first, end := w.cal.FirstDay(ps[len(ps)-1]), g.End.DayNumber()
	for _, day := range []int{first, first + w.rng.IntN(end-first+1), end - 1, end, end + 1} {
		asOf := app.DateOfDayNumber(day)
		snap, err := w.s.Snapshot(w.ctx, app.GoalFilter{})
		if err != nil {
			w.fatal("snapshot: %v", err)
		}
		d, err := w.s.Dashboard(w.ctx, app.GoalFilter{}, w.cal, asOf)
		if err != nil {
			w.fatal("dashboard: %v", err)
		}
		slow, fast := app.Paces(w.cal, snap, asOf, w.th), app.PacesFrom(w.cal, d, asOf, w.th)
		for i := range slow {
			if msg := paceDiff(slow[i], fast[i]); msg != "" {
				_, fromTotals := d.Totals[slow[i].Goal.ID]
				w.fatal("as of %s, goal %d (from totals: %v): %s", asOf, slow[i].Goal.ID, fromTotals, msg)
			}
			pr := slow[i].Projection
			if len(pr.Needs) == 1 && pr.Needs[0].PeriodKey == pr.Periods[len(pr.Periods)-1] {
				open++ // the latest period checked in is the last and runs on
			}
			if day > slow[i].Goal.End.DayNumber() && (len(pr.Needs) > 0 || !app.IsStay(slow[i].Goal.Kind) && pr.Method != app.MethodFinal) {
				w.fatal("as of %s, after goal %d ended: projected by %s, needs %+v", asOf, slow[i].Goal.ID, pr.Method, pr.Needs)
			}
		}
	}
	return open
}
