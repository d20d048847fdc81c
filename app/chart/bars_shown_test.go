package chart

import (
	"testing"

	"pacer/app"
)

// TestBarsNoteTheReviewsGap checks that the plan-and-actual chart labels
// an actual with the gap the review row shows (app.ShownVariance): a plan
// of $0.155, shown $0.16, and an actual of $1.00 are 525.0% ahead, 0.84
// of the 0.16 shown, not the 545.2% of the unrounded plan.
func TestBarsNoteTheReviewsGap(t *testing.T) {
	g := app.Goal{Kind: app.KindIncrease, Unit: app.UnitCurrency, UnitLabel: "USD", Decimals: 2, Aggregation: app.AggFlow}
	in := BarsInput{Goal: g, Periods: []string{"Jan"}, Plan: []float64{0.155}, Actual: []float64{1}, HasActual: []bool{true}}
	note := in.barChart().groups[0][1].note
	want := varianceNote(g, app.ShownVariance(g, 0.155, 1), newValueFormatter(g, false), "")
	if note != want || want != "+525.0%" {
		t.Errorf("note %q, want %q (+525.0%%)", note, want)
	}
}

// TestBarsFromRowsHoldTheTablesFigures checks that the plan-and-actual
// chart of review rows holds the figures of the review table's cells, at
// the goal's decimals: a plan of $0.155 for the part of a period reported
// is the table's $0.16, so that a native chart's workbook (the deck's)
// and a bar's height read what the table says.
func TestBarsFromRowsHoldTheTablesFigures(t *testing.T) {
	g := app.Goal{Kind: app.KindIncrease, Unit: app.UnitCurrency, UnitLabel: "USD", Decimals: 2, Aggregation: app.AggFlow}
	rows := []app.ReviewRow{
		{Goal: g, Expected: 0.455, ExpectedCovered: 0.155, HasExpected: true, Actual: 1, HasActual: true},
		{Goal: g, Expected: 0.305, ExpectedCovered: 0.305, HasExpected: true},
	}
	in := BarsFromRows(rows)
	want := []float64{0.16, 0.31}
	var table app.ReviewTable
	for i, r := range rows {
		cell := table.Cell(app.ColumnExpected, r)
		if in.Plan[i] != want[i] || cell.Value != want[i] {
			t.Errorf("row %d: chart plan %v, table %v, want %v", i, in.Plan[i], cell.Value, want[i])
		}
	}
}
