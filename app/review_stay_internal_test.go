package app

import (
	"math"
	"math/rand/v2"
	"testing"
)

// stayGoalInPeriod is a stay goal of any cadence, direction and decimals
// whose whole span lies inside one review period (a month, quarter, half
// or year of any fiscal calendar, at least as long as its cadence): the
// whole period, or a part of it that starts and ends on any day.
func stayGoalInPeriod(r *rand.Rand, cal Calendar) (Goal, Period) {
	cads := []Cadence{CadenceWeek, CadenceMonth, CadenceQuarter, CadenceHalf, CadenceYear}
	i := r.IntN(len(cads))
	rows := []Cadence{CadenceMonth, CadenceQuarter, CadenceHalf, CadenceYear}
	by := rows[max(0, i-1)+r.IntN(len(rows)-max(0, i-1))]
	g := Goal{ID: 1, Kind: []Kind{KindStayAbove, KindStayBelow}[r.IntN(2)], Aggregation: AggLevel,
		Cadence: cads[i], Decimals: r.IntN(3)}
	g.Target = RoundValue(r.NormFloat64()*100, g.Decimals)
	p := cal.PeriodOf(by, DateOfDayNumber(NewDate(2016+r.IntN(10), 1, 1).DayNumber()+r.IntN(366)))
	first, last := cal.FirstDay(p), cal.LastDay(p)
	if r.IntN(2) == 0 { // a part of the period
		first += r.IntN(last - first + 1)
		last -= r.IntN(last - first + 1)
	}
	g.Start, g.End = DateOfDayNumber(first), DateOfDayNumber(last)
	return g, p
}

// stayValues are values for most of g's check-in periods, each on either
// side of its line or on it as the goal shows it.
func stayValues(r *rand.Rand, cal Calendar, g Goal) []PeriodValue {
	unit := math.Pow10(-g.Decimals)
	var values []PeriodValue
	for _, p := range CheckInPeriods(cal, g) {
		if r.IntN(6) == 0 {
			continue
		}
		v := g.Target + float64(r.IntN(9)-2)*unit // mostly on the right side
		if g.Kind == KindStayBelow {
			v = g.Target - float64(r.IntN(9)-2)*unit
		}
		if r.IntN(3) == 0 { // a digit past the goal's decimals, rounded away when shown
			v += (r.Float64() - 0.5) * unit
		}
		values = append(values, PeriodValue{PeriodKey: p.Key(), Value: v})
	}
	return values
}

// TestStayReviewRowOfTheSpanIsTheVerdict checks the product rule for stay
// goals: once a goal's year is known (its last check-in period's grace
// over), the review row of a period holding its whole span (its fiscal
// year, or the quarter it runs in) has the status and the ratio of the
// goal's own verdict (Assess), for goals of every cadence, with check-ins
// missing, at several thresholds.
func TestStayReviewRowOfTheSpanIsTheVerdict(t *testing.T) {
	r := rand.New(rand.NewPCG(23, 11))
	for i := range 3000 {
		cal := randomCalendar(r)
		g, p := stayGoalInPeriod(r, cal)
		values := stayValues(r, cal, g)
		th := Thresholds{OnTrack: 0.95, AtRisk: []float64{0.8, 0.75, 0.5, 2.0 / 3}[r.IntN(4)]}
		ps := CheckInPeriods(cal, g)
		asOf := DateOfDayNumber(cal.LastDay(ps[len(ps)-1]) + Grace(g.Cadence) + 1 + r.IntN(400))
		a := Assess(cal, g, nil, values, asOf, th)
		rows := ReviewRows(cal, snapshotOf(g, values), p, asOf, th)
		if len(rows) != 1 {
			t.Fatalf("#%d %+v: %d rows of %s", i, g, len(rows), p.Key())
		}
		row := rows[0]
		if a.Status == StatusNoData && row.Status == StatusNotReported {
			continue // the goal never checked in: its closed row says so, as the goal has no verdict
		}
		if row.Status != a.Status || (a.Status != StatusNoData && row.Ratio != a.Ratio) {
			t.Fatalf("#%d %+v, calendar %v, as of %s: row of %s %s (ratio %v, %d of %d reported, closed %v), goal %s (ratio %v); values %v",
				i, g, cal.FiscalStart, asOf, p.Key(), row.Status, row.Ratio, row.Reported, row.Periods, row.Closed, a.Status, a.Ratio, values)
		}
	}
}

// snapshotOf is a snapshot of g alone with values as its check-ins.
func snapshotOf(g Goal, values []PeriodValue) Snapshot {
	snap := NewSnapshot()
	snap.Goals = []Goal{g}
	for _, v := range values {
		snap.CheckIns[g.ID] = append(snap.CheckIns[g.ID], CheckIn{GoalID: g.ID, PeriodKey: v.PeriodKey, Value: v.Value})
	}
	return snap
}
