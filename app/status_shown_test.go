package app_test

import (
	"testing"

	"pacer/app"
	"pacer/app/internal/testkit"
)

// TestDashboardStatusOfTheShownFigures checks the dashboard's story of a
// count expected at 1.378 by now, shown "1", and met by 1: judged
// unrounded that was 73 % of plan, off track, beside "expected 1, actual
// 1, gap 0".
func TestDashboardStatusOfTheShownFigures(t *testing.T) {
	cal, th := app.Calendar{}, app.DefaultThresholds
	snap := testkit.CountOnPlanAsShown(t)
	g, asOf := snap.Goals[0], testkit.Day(t, "2026-02-10")
	totals := app.DashboardData{Snapshot: snap, Totals: map[int64]app.ValueTotals{
		1: {Count: 1, Sum: 1, Last: app.PeriodValue{PeriodKey: "2026-01", Value: 1}}}}
	for name, p := range map[string]app.Pace{
		"Paces":     app.Paces(cal, snap, asOf, th)[0],
		"PacesFrom": app.PacesFrom(cal, totals, asOf, th)[0],
		"PaceMemo":  new(app.PaceMemo).PacesFrom(cal, totals, asOf, th)[0],
		"StatusOf":  {Assessment: app.Assess(cal, g, snap.Plans[1], app.ValuesFromCheckIns(snap.CheckIns[1]), asOf, th)},
	} {
		a := p.Assessment
		shown := func(v float64) string { return app.FormatValue(v, g.Decimals, g.Unit, "") }
		if shown(a.Expected) != "1" || shown(a.Actual) != "1" {
			t.Fatalf("%s: expected %s (%v), actual %s, want 1 and 1", name, shown(a.Expected), a.Expected, shown(a.Actual))
		}
		if a.Status != app.StatusOnTrack {
			t.Errorf("%s: expected 1, actual 1, gap 0 is %s, want on track", name, a.Status)
		}
		// On plan as shown, it is projected to land on its target, not at
		// 1/1.378 of it, 12 of 16.
		if pr := p.Projection; pr.OK && shown(pr.EndValue) != "16" {
			t.Errorf("%s: on track, projected %s (%v) of 16 by %s", name, shown(pr.EndValue), pr.EndValue, pr.Method)
		}
	}
}

// TestReviewStatusOfTheShownFigures is the same story in a review row.
func TestReviewStatusOfTheShownFigures(t *testing.T) {
	cal, th := app.Calendar{}, app.DefaultThresholds
	snap := testkit.CountOnPlanAsShown(t)
	// The last day of January: the month still runs, its status is not final.
	r := app.ReviewRows(cal, snap, testkit.Key(t, "2026-01"), testkit.Day(t, "2026-01-31"), th)[0]
	table := app.ReviewTable{Rows: []app.ReviewRow{r}}
	e, a, v := table.Cell(app.ColumnExpected, r).Value, table.Cell(app.ColumnActual, r).Value, table.Cell(app.ColumnVariance, r).Value
	if e != 1 || a != 1 || v != 0 {
		t.Fatalf("row shows expected %v, actual %v, gap %v; want 1, 1, 0", e, a, v)
	}
	if r.Status != app.StatusOnTrack {
		t.Errorf("expected 1, actual 1, gap 0 is %s, want on track", r.Status)
	}
	if got := table.Cell(app.ColumnStatus, r).Text; got != string(app.StatusOnTrack) {
		t.Errorf("status column %q, want %q", got, app.StatusOnTrack)
	}
	// From the store's sums, as the review screen reads a large file.
	d := app.ReviewData{Snapshot: snap, Sums: map[int64]app.ReviewSums{1: {{Count: 1, Sum: 1}}}}
	if got := app.ReviewRowsFrom(cal, d, r.Period, testkit.Day(t, "2026-01-31"), th)[0]; got.Status != r.Status || got.VsPlan != r.VsPlan {
		t.Errorf("from sums: %s, gap %v; from check-ins: %s, gap %v", got.Status, got.VsPlan.Abs, r.Status, r.VsPlan.Abs)
	}
}

// TestStatusOfShownMoney is the same story in cents, with a business
// that wants all of its plan to be on track: a plan of $1.004 shows as
// $1.00, and an actual of $1.00 is on plan, not at risk; so is a cost of
// $1.00 against $0.996 allowed, shown $1.00.
func TestStatusOfShownMoney(t *testing.T) {
	cal, th := app.Calendar{}, app.Thresholds{OnTrack: 1, AtRisk: 0.5}
	for _, tt := range []struct {
		kind     app.Kind
		expected float64
	}{{app.KindIncrease, 1.004}, {app.KindDecrease, 0.996}} {
		g := app.Goal{ID: 1, Kind: tt.kind, Unit: app.UnitCurrency, UnitLabel: "USD", Decimals: 2,
			Aggregation: app.AggLevel, Cadence: app.CadenceMonth, Target: tt.expected,
			Start: testkit.Day(t, "2026-01-01"), End: testkit.Day(t, "2026-12-31")}
		plan := testkit.Plan("2026-01", tt.expected)
		a := app.Assess(cal, g, plan, testkit.Vals("2026-01", 1.00), testkit.Day(t, "2026-01-20"), th)
		if got := app.FormatValue(a.Expected, 2, app.UnitCount, ""); got != "1.00" {
			t.Fatalf("%s: expected %s (%v), want 1.00", tt.kind, got, a.Expected)
		}
		if a.Status != app.StatusOnTrack {
			t.Errorf("%s: $1.00 against $1.00 expected is %s (ratio %v), want on track", tt.kind, a.Status, a.Ratio)
		}
	}
}

// TestShownStatusOfLowerIsBetter checks a cost to hold down: 0.6
// allowed by now shows as 1, and a cost of 1 is on plan, not off track.
func TestShownStatusOfLowerIsBetter(t *testing.T) {
	cal, th := app.Calendar{}, app.DefaultThresholds
	g := app.Goal{ID: 1, Kind: app.KindDecrease, Unit: app.UnitCount, Decimals: 0, Aggregation: app.AggFlow,
		Cadence: app.CadenceMonth, PlanBy: app.CadenceQuarter, Target: 2, Baseline: testkit.Ptr(4),
		Start: testkit.Day(t, "2026-01-01"), End: testkit.Day(t, "2026-12-31")}
	snap := app.NewSnapshot()
	snap.Goals = []app.Goal{g}
	snap.Plans[1] = testkit.Plan("2026-Q1", 1.8, "2026-Q2", 0, "2026-Q3", 0, "2026-Q4", 0.2)
	snap.CheckIns[1] = testkit.CheckIns(1, "2026-01", 1)
	p := app.Paces(cal, snap, testkit.Day(t, "2026-02-10"), th)[0]
	if got := app.FormatValue(p.Assessment.Expected, 0, app.UnitCount, ""); got != "1" {
		t.Fatalf("expected %s (%v), want 1", got, p.Assessment.Expected)
	}
	if p.Assessment.Status != app.StatusOnTrack {
		t.Errorf("a cost of 1 against 1 allowed is %s, want on track", p.Assessment.Status)
	}
}

// TestShownStatusOfNothingExpected checks a count whose plan to date,
// 0.4, shows as 0: nothing checked in is on plan as shown, not off track.
func TestShownStatusOfNothingExpected(t *testing.T) {
	g := app.Goal{ID: 1, Kind: app.KindIncrease, Unit: app.UnitCount, Aggregation: app.AggLevel,
		Cadence: app.CadenceMonth, Target: 5, Start: testkit.Day(t, "2026-01-01"), End: testkit.Day(t, "2026-12-31")}
	a := app.Assess(app.Calendar{}, g, testkit.Plan("2026-01", 0.4), testkit.Vals("2026-01", 0), testkit.Day(t, "2026-01-20"), app.DefaultThresholds)
	if a.Status != app.StatusOnTrack {
		t.Errorf("0 against 0.4 expected, shown 0, is %s (ratio %v), want on track", a.Status, a.Ratio)
	}
}
