package app_test

import (
	"fmt"
	"testing"
	"time"

	"pacer/app"
)

// TestWeeksAddUpToTheDashboard checks a weekly flow goal, every week
// checked in, seen after its end: the goal detail's months add up to the
// dashboard's actual, and so do the review rows of its months, its
// quarters and its year, in calendar and fiscal years that start and end
// on any day of the week.
func TestWeeksAddUpToTheDashboard(t *testing.T) {
	th := app.DefaultThresholds
	for _, fiscal := range []time.Month{time.January, time.April, time.July, time.October} {
		cal := app.Calendar{FiscalStart: fiscal}
		for year := 2020; year <= 2027; year++ {
			start := app.NewDate(year, fiscal, 1)
			g := app.Goal{ID: 1, Title: "Weekly sales", Kind: app.KindIncrease, Unit: app.UnitCount, Aggregation: app.AggFlow,
				Target: 5200, Start: start, End: app.Date{Time: start.AddDate(1, 0, -1)}, Cadence: app.CadenceWeek, PlanBy: app.CadenceMonth}
			var cs []app.CheckIn
			for i, p := range app.CheckInPeriods(cal, g) {
				cs = append(cs, app.CheckIn{GoalID: 1, PeriodKey: p.Key(), Value: float64(100 + i)})
			}
			snap := app.Snapshot{Goals: []app.Goal{g}, Plans: map[int64][]app.PeriodTarget{1: app.SplitEven(cal, g, app.CadenceMonth)},
				CheckIns: map[int64][]app.CheckIn{1: cs}}
			asOf := app.Date{Time: g.End.AddDate(0, 2, 0)}
			pace := app.Paces(cal, snap, asOf, th)[0]
			what := fmt.Sprintf("fiscal start %s, %s to %s", fiscal, g.Start, g.End)
			detail := 0.0
			for _, d := range app.DetailRows(cal, pace, asOf, th) {
				detail += d.Actual
			}
			if detail != pace.Assessment.Actual {
				t.Errorf("%s: detail's months add up to %v, the dashboard says %v", what, detail, pace.Assessment.Actual)
			}
			for _, c := range []app.Cadence{app.CadenceMonth, app.CadenceQuarter, app.CadenceYear} {
				sum := 0.0
				for _, p := range cal.Periods(c, g.Start, g.End) {
					for _, r := range app.ReviewRows(cal, snap, p, asOf, th) {
						sum += r.Actual
					}
				}
				if sum != pace.Assessment.Actual {
					t.Errorf("%s: the reviews by %s add up to %v, the dashboard says %v", what, c, sum, pace.Assessment.Actual)
				}
			}
		}
	}
}
