package app_test

import (
	"slices"
	"testing"

	"pacer/app"
	"pacer/app/internal/testkit"
)

// fromMidApril is a monthly sales goal from 16 April 2026 whose 2025 was
// 250,000 every month, checked in at exactly that pace: half of it for
// its half of April, then 250,000 a month for the months given.
func fromMidApril(months ...string) app.Snapshot {
	cal := app.Calendar{}
	g := app.Goal{ID: 1, Title: "Sales", Kind: app.KindIncrease, Unit: app.UnitCurrency, UnitLabel: "CNY", Decimals: 2,
		Aggregation: app.AggFlow, Target: 2_125_000, Start: app.NewDate(2026, 4, 16), End: app.NewDate(2026, 12, 31),
		Cadence: app.CadenceMonth, PlanBy: app.CadenceMonth}
	var hs []app.HistoryValue
	for m := 1; m <= 12; m++ {
		hs = append(hs, app.HistoryValue{GoalID: 1, PeriodKey: app.Period{Cadence: app.CadenceMonth, Year: 2025, Index: m}.Key(), Value: 250_000})
	}
	cs := []app.CheckIn{{GoalID: 1, PeriodKey: "2026-04", Value: 125_000}}
	for _, k := range months {
		cs = append(cs, app.CheckIn{GoalID: 1, PeriodKey: k, Value: 250_000})
	}
	return rvSnap(g, app.SplitEven(cal, g, app.CadenceMonth), cs, hs)
}

// TestPartlyCoveredPeriodComparesItsPart reviews a goal from 16 April
// that keeps last year's pace to the day: every period it compares is the
// same part of its own, so none reads a change. Before, they were taken
// whole: Q3 (July reported) read +100% on its half of April, Q2 −16.7% on
// all of last year's Q2, and the closed year −5.6% on April–December 2025.
func TestPartlyCoveredPeriodComparesItsPart(t *testing.T) {
	running := fromMidApril("2026-05", "2026-06", "2026-07")
	closed := fromMidApril("2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11", "2026-12")
	cases := []struct {
		snap     app.Snapshot
		key      string
		asOf     app.Date
		compared float64 // the same part of the period before and a year earlier
		previous bool
	}{
		{running, "2026-04", app.NewDate(2026, 8, 20), 125_000, false},
		{running, "2026-05", app.NewDate(2026, 8, 20), 250_000, true},
		{running, "2026-Q2", app.NewDate(2026, 8, 20), 625_000, false},
		{running, "2026-Q3", app.NewDate(2026, 8, 20), 250_000, true},
		{running, "2026-H1", app.NewDate(2026, 8, 20), 625_000, true},
		{running, "2026", app.NewDate(2026, 8, 20), 875_000, true},
		{closed, "2026-Q2", app.NewDate(2027, 1, 20), 625_000, false},
		{closed, "2026", app.NewDate(2027, 1, 20), 2_125_000, true},
	}
	for _, c := range cases {
		r := onlyRowOf(t, c.snap, c.key, c.asOf)
		if !r.HasLastYear || r.LastYear != c.compared || r.VsLastYear.Abs != 0 {
			t.Errorf("%s: a year earlier %v (%v, %+v), want %v, no change", c.key, r.LastYear, r.HasLastYear, r.VsLastYear, c.compared)
		}
		if r.HasPrevious != c.previous || c.previous && (r.Previous != c.compared || r.VsPrevious.Abs != 0) {
			t.Errorf("%s: the period before %v (%v, %+v), want %v (%v), no change", c.key, r.Previous, r.HasPrevious, r.VsPrevious, c.compared, c.previous)
		}
	}
}

// TestReviewSumsDoNotServeAPartlyCoveredPeriod: a row compares the part of
// a period a goal's span covers, which its sums do not give, when that
// period is the row's, the one before or a year earlier; the quarters
// after them are worked out from sums.
func TestReviewSumsDoNotServeAPartlyCoveredPeriod(t *testing.T) {
	snap := fromMidApril("2026-05", "2026-06", "2026-07", "2026-08", "2026-09")
	full := app.ReviewSums{{Count: 3, Sum: 750_000}, {Count: 3, Sum: 750_000}, {Count: 0}}
	for key, needed := range map[string]bool{"2026-Q2": true, "2026-Q3": true, "2026-Q4": false} {
		sums := map[int64]app.ReviewSums{1: full}
		_, need := app.ReviewSumsSuffice(app.Calendar{}, snap.Goals, snap.Plans, testkit.Key(t, key), sums)
		if got := slices.Contains(need, 1); got != needed {
			t.Errorf("%s: values needed %v, want %v", key, got, needed)
		}
	}
}

// TestPartlyCoveredQuarterComparesPartOfATypedQuarter: last year typed by
// quarter, the goal from 16 April holds two and a half months of its Q2,
// and compares as much of last year's: 750,000 × 2.5 / 3.
func TestPartlyCoveredQuarterComparesPartOfATypedQuarter(t *testing.T) {
	snap := fromMidApril("2026-05", "2026-06")
	snap.History[1] = rvHistory(1, "2025-Q1", 750_000, "2025-Q2", 750_000, "2025-Q3", 750_000, "2025-Q4", 750_000)
	r := onlyRowOf(t, snap, "2026-Q2", app.NewDate(2026, 8, 20))
	if !r.HasLastYear || r.LastYear != 625_000 || r.VsLastYear.Abs != 0 {
		t.Errorf("a year earlier %v (%v, %+v), want 625,000, no change", r.LastYear, r.HasLastYear, r.VsLastYear)
	}
}
