package deck

import (
	"testing"

	"pacer/app"
)

// TestGapMeasureDoneByItsPlan: the deck's Done column ticks a gap measure
// its action plan did, as the review and the report do.
func TestGapMeasureDoneByItsPlan(t *testing.T) {
	b := &builder{}
	done := app.Measure{Text: "Call distributors", Plan: &app.MeasurePlan{Status: app.ActionDone, Done: true}}
	if got := b.measureRow(done)[3].text; got != "✓" {
		t.Errorf("Done cell of a measure its plan did = %q, want ✓", got)
	}
	open := app.Measure{Text: "Cut prices", Plan: &app.MeasurePlan{Status: app.ActionInProgress}}
	if got := b.measureRow(open)[3].text; got != "" {
		t.Errorf("Done cell of a measure open on its plan = %q, want none", got)
	}
}
