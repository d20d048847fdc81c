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

// TestAMonthOfWeeksIsPlannedByItsWeeks checks a weekly flow goal's months,
// each counting the weeks that end in it (CountsFor): a month's plan is the plan of
// those weeks, so that the plans of the weeks add up to it, and a week
// never reported counts as nothing once the month is closed, judged as a
// week checked in at 0 is. Planned by the month's own days, March 2026's
// five weeks (35 days) were measured against 31 days of plan once one of
// them was missing, and February's four against 28 days of another span.
func TestAMonthOfWeeksIsPlannedByItsWeeks(t *testing.T) {
	th := app.DefaultThresholds
	for _, fiscal := range []time.Month{time.January, time.April, time.July} {
		cal := app.Calendar{FiscalStart: fiscal}
		year := 2025 // a fiscal year holding February and March 2026
		if fiscal == time.January {
			year = 2026
		}
		start := app.NewDate(year, fiscal, 1)
		g := app.Goal{ID: 1, Title: "Weekly sales", Kind: app.KindIncrease, Unit: app.UnitCount, Aggregation: app.AggFlow,
			Target: 5300, Start: start, End: app.Date{Time: start.AddDate(1, 0, -1)}, Cadence: app.CadenceWeek, PlanBy: app.CadenceMonth}
		plan := app.SplitEven(cal, g, app.CadenceMonth)
		asOf := app.Date{Time: g.End.AddDate(0, 2, 0)}
		for _, month := range []string{"2026-02", "2026-03"} {
			p, _ := app.ParsePeriodKey(month)
			weeks, planned := 0, 0.0
			var cs, zero []app.CheckIn
			for _, w := range app.CheckInPeriods(cal, g) {
				if !cal.CountsFor(g, p, w) {
					continue
				}
				planned += app.ExpectedForPeriod(cal, g, plan, w)
				v := app.ExpectedForPeriod(cal, g, plan, w)
				if weeks++; weeks == 2 {
					zero = append(zero, app.CheckIn{GoalID: 1, PeriodKey: w.Key(), Value: 0})
					continue
				}
				cs = append(cs, app.CheckIn{GoalID: 1, PeriodKey: w.Key(), Value: v})
				zero = append(zero, app.CheckIn{GoalID: 1, PeriodKey: w.Key(), Value: v})
			}
			row := func(cs []app.CheckIn) app.ReviewRow {
				snap := app.Snapshot{Goals: []app.Goal{g}, Plans: map[int64][]app.PeriodTarget{1: plan}, CheckIns: map[int64][]app.CheckIn{1: cs}}
				return app.ReviewRows(cal, snap, p, asOf, th)[0]
			}
			missing, zeroed := row(cs), row(zero)
			what := fmt.Sprintf("fiscal start %s, %s (%d weeks)", fiscal, month, weeks)
			if missing.Expected != planned || zeroed.Expected != planned {
				t.Errorf("%s: plan %v with a week missing, %v with it at 0; its weeks' plans add up to %v", what, missing.Expected, zeroed.Expected, planned)
			}
			if missing.ExpectedCovered != zeroed.ExpectedCovered || missing.Ratio != zeroed.Ratio || missing.Status != zeroed.Status {
				t.Errorf("%s: a week missing is measured against %v (ratio %.3f, %s), the week at 0 against %v (ratio %.3f, %s)", what,
					missing.ExpectedCovered, missing.Ratio, missing.Status, zeroed.ExpectedCovered, zeroed.Ratio, zeroed.Status)
			}
		}
	}
}
