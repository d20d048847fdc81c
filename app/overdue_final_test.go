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

// TestOverdueMonthCountsAsNothingEverywhere checks a monthly sales goal
// of 1,200,000 for 2026, January to August checked in at its plan and
// September never: until September's check-in is overdue (8 October) the
// card, from its check-ins or its running totals, and the year's and the
// half's rows measure it through August, on track; from that day all of
// them measure it through September, counting it as nothing, as the
// closed third quarter does, and the needs no longer ask September for
// anything. Before, the card and the open rows read on track through
// August while the third quarter read missed.
func TestOverdueMonthCountsAsNothingEverywhere(t *testing.T) {
	cal, th := app.Calendar{}, app.DefaultThresholds
	g := testkit.EffectGoal(app.KindIncrease, app.AggFlow, app.CadenceMonth, 1_200_000, 2)
	g.Start, g.End = testkit.Day(t, "2026-01-01"), testkit.Day(t, "2026-12-31")
	snap := app.NewSnapshot()
	snap.Goals, snap.Plans[1] = []app.Goal{g}, app.SplitEven(cal, g, app.CadenceMonth)
	for m := 1; m <= 8; m++ {
		key := app.Period{Cadence: app.CadenceMonth, Year: 2026, Index: m}.Key()
		snap.CheckIns[1] = append(snap.CheckIns[1], app.CheckIn{GoalID: 1, PeriodKey: key, Value: 100_000})
	}
	d := app.DashboardData{Snapshot: app.NewSnapshot(), Totals: map[int64]app.ValueTotals{
		1: {Count: 8, Sum: 800_000, Last: app.PeriodValue{PeriodKey: "2026-08", Value: 100_000}}}}
	d.Goals, d.Plans[1] = snap.Goals, snap.Plans[1]
	for _, tt := range []struct {
		asOf     string
		expected float64
		status   app.Status
	}{
		{"2026-10-01", 800_000, app.StatusOnTrack},
		{"2026-10-07", 800_000, app.StatusOnTrack},
		{"2026-10-08", 900_000, app.StatusAtRisk},
		{"2026-10-31", 900_000, app.StatusAtRisk},
	} {
		asOf := testkit.Day(t, tt.asOf)
		slow, fast := app.Paces(cal, snap, asOf, th)[0], app.PacesFrom(cal, d, asOf, th)[0]
		for _, p := range []app.Pace{slow, fast} {
			if p.Assessment.Expected != tt.expected || p.Assessment.Status != tt.status {
				t.Errorf("as of %s the card expects %v, %s; want %v, %s", tt.asOf, p.Assessment.Expected, p.Assessment.Status, tt.expected, tt.status)
			}
			if overdue := tt.expected == 900_000; len(p.Projection.Needs) == 0 || (p.Projection.Needs[0].PeriodKey == "2026-09") == overdue {
				t.Errorf("as of %s the needs are %v", tt.asOf, p.Projection.Needs)
			}
		}
		if n := len(slow.Projection.Periods); n != 8 {
			t.Errorf("as of %s projected from %d periods, want the 8 checked in", tt.asOf, n)
		}
		if slow.Projection.EndValue != fast.Projection.EndValue {
			t.Errorf("as of %s projected %v from check-ins, %v from totals", tt.asOf, slow.Projection.EndValue, fast.Projection.EndValue)
		}
		year := app.ReviewRows(cal, snap, testkit.Key(t, "2026"), asOf, th)[0]
		half := app.ReviewRows(cal, snap, testkit.Key(t, "2026-H2"), asOf, th)[0]
		if year.ExpectedCovered != tt.expected || year.Status != tt.status || half.ExpectedCovered != tt.expected-600_000 {
			t.Errorf("as of %s the year's row expects %v (%s), the half's %v; want %v (%s)", tt.asOf,
				year.ExpectedCovered, year.Status, half.ExpectedCovered, tt.expected, tt.status)
		}
	}
}
