package export

import (
	"testing"

	"pacer/app"
)

// TestGapMeasureDoneByItsPlan: a gap measure whose action plan did it read
// open in the report and the workbook, while the review said done; the
// user's own tick still counts once the plan is reopened.
func TestGapMeasureDoneByItsPlan(t *testing.T) {
	ms := []app.Measure{
		{Text: "Done by its plan", Plan: &app.MeasurePlan{Status: app.ActionDone, Done: true}},
		{Text: "Ticked by the user, plan reopened", Done: true, Plan: &app.MeasurePlan{Status: app.ActionInProgress}},
		{Text: "Open on its plan", Plan: &app.MeasurePlan{Status: app.ActionInProgress}},
	}
	want := []bool{true, true, false}
	views := measureViews(ms, func(d app.Date) string { return d.String() })
	e := exporter{tr: Translator(func(s string) string { return s })}
	for i, m := range ms {
		if views[i].Done != want[i] {
			t.Errorf("report: %q done = %v, want %v", m.Text, views[i].Done, want[i])
		}
		if got := e.measureCells(m)[3].text; got != map[bool]string{true: "Yes", false: "No"}[want[i]] {
			t.Errorf("workbook: %q done = %q, want %v", m.Text, got, want[i])
		}
	}
}
