package export

import (
	"strings"
	"testing"

	"pacer/app"
)

// TestReportFactsNameTheCountsUnit: the report's facts of a count, read
// alone beside its chart, name its unit ("50 customers"), as the review
// screen does; its row of the table names it once, in the Unit column,
// and leaves the cells bare.
func TestReportFactsNameTheCountsUnit(t *testing.T) {
	table := sampleTable(t, "en")
	r := table.Rows[1]
	if r.Goal.Unit != app.UnitCount {
		t.Fatalf("row 1 is %q, not the customers count", r.Goal.Title)
	}
	r.Goal.UnitLabel = "customers"
	want := map[string]string{"Plan": "50 customers", "Actual": "40 customers", "Gap to plan": "−20.0%"}
	for _, f := range goalFacts(table, r, func(s string) string { return s }) {
		if w, ok := want[f.Label]; ok && f.Value != w {
			t.Errorf("%s reads %q, want %q", f.Label, f.Value, w)
		}
		delete(want, f.Label)
	}
	if len(want) > 0 {
		t.Errorf("the facts lack %v", want)
	}
	if got := table.Cell(app.ColumnUnit, r).Text; got != "customers" {
		t.Errorf("the Unit column reads %q", got)
	}
	if got := ReadableCell(table.Cell(app.ColumnActual, r), r.Goal, ""); got != "40" {
		t.Errorf("the Actual cell reads %q", got)
	}
	if got := FigureCell(app.TableCell{Kind: app.CellDelta, Value: -10}, r.Goal, ""); !strings.HasSuffix(got, "10 customers") {
		t.Errorf("a gap in customers reads %q", got)
	}
}
