package deck

import (
	"strings"
	"testing"

	"pacer/app"
	"pacer/app/chart"
)

// TestDeckFiguresNameTheCountsUnit: a count's figures on its slide and in
// its speaker notes, read alone, name its unit ("40 customers"), and so
// does the note under its cumulative chart.
func TestDeckFiguresNameTheCountsUnit(t *testing.T) {
	g := app.Goal{ID: 1, Title: "Customers", Kind: app.KindIncrease, Unit: app.UnitCount, UnitLabel: "customers",
		Aggregation: app.AggFlow, Target: 200, Start: app.NewDate(2023, 1, 1), End: app.NewDate(2023, 12, 31),
		Cadence: app.CadenceQuarter, PlanBy: app.CadenceQuarter}
	r := app.ReviewRow{Goal: g, Period: app.Period{Cadence: app.CadenceQuarter, Year: 2023, Index: 1},
		Expected: 50, ExpectedCovered: 50, HasExpected: true, Actual: 40, HasActual: true, Periods: 1, Reported: 1, Complete: true}
	b := &builder{in: Input{Table: app.ReviewTable{Rows: []app.ReviewRow{r}}}, w: func(s string) string { return s }}
	f := b.figures(r)
	if f.Plan != "50 customers" || f.Actual != "40 customers" {
		t.Errorf("figures plan %q, actual %q", f.Plan, f.Actual)
	}
	if s := DefaultSentence(f); !strings.Contains(s, "40 customers against a plan of 50 customers") {
		t.Errorf("speaker notes %q", s)
	}
	in := chart.CumulativeInput{Title: "Customers", Goal: g, Values: []app.PeriodValue{{PeriodKey: "2023-Q1", Value: 40}}}
	_, note, err := b.cumulativeSpec(in)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(note, "Target: 200 customers") {
		t.Errorf("the chart's note %q", note)
	}
}
