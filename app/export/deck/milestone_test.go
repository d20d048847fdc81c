package deck

import (
	"testing"

	"pacer/app"
)

// TestDeckNotesWriteAMilestoneDoneOrNot: the speaker notes of a
// milestone due in the year and not done read "Not done against a plan
// of Done (Missed).", not "0 against a plan of 1, 100.0% below plan",
// and its slide's gap reads behind plan.
func TestDeckNotesWriteAMilestoneDoneOrNot(t *testing.T) {
	g := app.Goal{ID: 1, Title: "Open the Shenzhen store", Kind: app.KindMilestone, Unit: app.UnitCount, Aggregation: app.AggLevel,
		Target: 1, Start: app.NewDate(2026, 1, 1), End: app.NewDate(2026, 12, 31), Cadence: app.CadenceMonth, PlanBy: app.CadenceMonth}
	r := app.ReviewRow{Goal: g, Period: app.Period{Cadence: app.CadenceYear, Year: 2026}, Status: app.StatusMissed,
		Expected: 1, ExpectedCovered: 1, HasExpected: true, Actual: 0, HasActual: true, Periods: 12, Reported: 2,
		VsPlan: app.VarianceResult{Abs: -1, Rel: -1, RelOK: true}}
	b := &builder{in: Input{Table: app.ReviewTable{Rows: []app.ReviewRow{r}, StatusLabels: map[app.Status]string{app.StatusMissed: "Missed"}}},
		w: func(s string) string { return s }}
	f := b.figures(r)
	if f.Plan != "Done" || f.Actual != "Not done" || f.Gap != "Behind plan" {
		t.Errorf("figures plan %q, actual %q, gap %q", f.Plan, f.Actual, f.Gap)
	}
	if s, want := DefaultSentence(f), "Open the Shenzhen store: Not done against a plan of Done (Missed)."; s != want {
		t.Errorf("speaker notes %q, want %q", s, want)
	}
}
