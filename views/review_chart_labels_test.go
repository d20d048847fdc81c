package views

import (
	"strings"
	"testing"

	"pacer/app"
)

// TestChartLabelsSayAPeriodUnderWayIsSoFar: a quarter whose plan bar is
// only October's, as its actual is, is "Q4 so far" on the chart's axis; a
// quarter reported whole, or without an actual, is named as it is.
func TestChartLabelsSayAPeriodUnderWayIsSoFar(t *testing.T) {
	test := func(key string) app.Period {
		p, err := app.ParsePeriodKey(key)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	g := app.Goal{Kind: app.KindDecrease, Aggregation: app.AggFlow, Unit: app.UnitCurrency}
	rows := []app.ReviewRow{
		{Goal: g, Period: test("2026-Q3"), Expected: 312000, ExpectedCovered: 312000, HasExpected: true, Actual: 337000, HasActual: true},
		{Goal: g, Period: test("2026-Q4"), Expected: 288000, ExpectedCovered: 96000, HasExpected: true, Actual: 118000, HasActual: true},
		{Goal: g, Period: test("2027-Q1"), Expected: 300000, ExpectedCovered: 300000, HasExpected: true},
	}
	labels := periodLabels(rows)
	for i, soFar := range []bool{false, true, false} {
		if strings.HasSuffix(labels[i], " so far") != soFar {
			t.Errorf("%s is labelled %q; so far: %v", rows[i].Period.Key(), labels[i], soFar)
		}
	}
}
