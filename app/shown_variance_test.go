package app_test

import (
	"testing"

	"pacer/app"
	"pacer/app/internal/testkit"
)

// TestVarianceOfTheShownFigures checks a monthly review of a goal planned
// by quarter: Q1's plan of $0.45 gives January 31/90 of it, $0.155, shown
// $0.16; January brought $1.00. The gap shown must be $1.00 − $0.16 =
// $0.84, the figures of the row as read, not $0.845 rounded on its own to
// $0.85, a cent off what the row's own figures subtract to. So in the
// review table's cells: expected + variance = actual, to the cent.
func TestVarianceOfTheShownFigures(t *testing.T) {
	cal, th := app.Calendar{}, app.DefaultThresholds
	g := app.Goal{ID: 1, Title: "Tips", Kind: app.KindIncrease, Unit: app.UnitCurrency, UnitLabel: "USD", Decimals: 2,
		Aggregation: app.AggFlow, Cadence: app.CadenceMonth, PlanBy: app.CadenceQuarter, Target: 1.80,
		Start: testkit.Day(t, "2026-01-01"), End: testkit.Day(t, "2026-12-31")}
	snap := app.NewSnapshot()
	snap.Goals = []app.Goal{g}
	snap.Plans[1] = testkit.Plan("2026-Q1", 0.45, "2026-Q2", 0.45, "2026-Q3", 0.45, "2026-Q4", 0.45)
	snap.CheckIns[1] = testkit.CheckIns(1, "2026-01", 1.00)
	r := app.ReviewRows(cal, snap, testkit.Key(t, "2026-01"), testkit.Day(t, "2026-03-01"), th)[0]
	shown := func(v float64) string { return app.FormatValue(v, g.Decimals, g.Unit, g.UnitLabel) }
	if got := shown(r.ExpectedCovered); got != shown(0.16) {
		t.Fatalf("January expects %s (%v), want %s", got, r.ExpectedCovered, shown(0.16))
	}
	if got, want := shown(r.VsPlan.Abs), shown(0.84); got != want {
		t.Errorf("gap shown %s (%v), want %s: $1.00 − $0.16", got, r.VsPlan.Abs, want)
	}
	table := app.ReviewTable{Rows: []app.ReviewRow{r}}
	e, a, v := table.Cell(app.ColumnExpected, r).Value, table.Cell(app.ColumnActual, r).Value, table.Cell(app.ColumnVariance, r).Value
	if e+v != a || a-e != v {
		t.Errorf("table cells: expected %v + variance %v ≠ actual %v", e, v, a)
	}
	if rel := r.VsPlan.Rel; !testkit.Near(rel, 0.84/0.16) {
		t.Errorf("relative gap %v, want %v: of the shown plan", rel, 0.84/0.16)
	}
	// Where the gap comes from shares the same 0.84 out by region.
	ds := []app.DimensionValue{{GoalID: 1, PeriodKey: "2026-01", Dimension: "Region", Value: "North", Amount: 0.60},
		{GoalID: 1, PeriodKey: "2026-01", Dimension: "Region", Value: "South", Amount: 0.40}}
	gcs := app.ReviewContributors(cal, r, ds, nil)
	if len(gcs) != 1 {
		t.Fatalf("%d dimensions, want Region", len(gcs))
	}
	for _, gc := range gcs {
		units := int64(0)
		for _, c := range gc.Values {
			u, _ := app.ValueUnits(c.Gap, 2)
			units += u
		}
		if got := app.UnitsValue(units, 2); got != r.VsPlan.Abs {
			t.Errorf("%s: the values' gaps add up to %v, the row's gap is %v", gc.Dimension, got, r.VsPlan.Abs)
		}
	}
}
