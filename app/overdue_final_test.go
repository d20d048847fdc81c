package app_test

import (
	"testing"

	"pacer/app"
	"pacer/app/internal/testkit"
)

// TestOverdueLastCheckInMakesTheVerdictFinal checks goals that end inside
// their last check-in period, that period never reported: the day the
// Check-ins screen calls its check-in overdue (the grace counted from the
// goal's end, the day it fell due), the goal's verdict is final and its
// review rows are closed, and not a day before. Before, the verdict and
// the review waited for the grace after the period's own end: a monthly
// goal ending 15 November read "overdue" from 23 November while the
// dashboard still awaited November until 8 December.
func TestOverdueLastCheckInMakesTheVerdictFinal(t *testing.T) {
	cal, th := app.Calendar{}, app.DefaultThresholds
	for _, tt := range []struct {
		name    string
		cadence app.Cadence
		end     string
		reviews []string
	}{
		{"monthly to 15 November", app.CadenceMonth, "2026-11-15", []string{"2026", "2026-Q4", "2026-11"}},
		{"quarterly to 15 August", app.CadenceQuarter, "2026-08-15", []string{"2026", "2026-Q3"}},
		{"weekly to Thursday 31 December", app.CadenceWeek, "2026-12-31", []string{"2026", "2026-Q4", "2026-12"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			g := testkit.EffectGoal(app.KindIncrease, app.AggFlow, tt.cadence, 1000, 0)
			g.Start, g.End = testkit.Day(t, "2026-01-01"), testkit.Day(t, tt.end)
			ps := app.CheckInPeriods(cal, g)
			snap := app.NewSnapshot()
			snap.Goals = []app.Goal{g}
			for _, p := range ps[:len(ps)-1] {
				snap.CheckIns[1] = append(snap.CheckIns[1], app.CheckIn{GoalID: 1, PeriodKey: p.Key(), Value: 10})
			}
			reported := app.ReportedPeriods(snap.CheckIns[1])
			for n := g.End.DayNumber(); n <= g.End.DayNumber()+40; n++ {
				day := app.DateOfDayNumber(n)
				dues := app.DueCheckIns(cal, g, reported, day)
				overdue := len(dues) > 0 && dues[len(dues)-1].Overdue
				if final := app.Paces(cal, snap, day, th)[0].Assessment.Status.Final(); final != overdue {
					t.Fatalf("on %s the last check-in is overdue %v, the verdict final %v", day, overdue, final)
				}
				for _, key := range tt.reviews {
					if r := app.ReviewRows(cal, snap, testkit.Key(t, key), day, th)[0]; r.Closed != overdue {
						t.Fatalf("on %s the last check-in is overdue %v, the review of %s closed %v", day, overdue, key, r.Closed)
					}
				}
			}
		})
	}
}
