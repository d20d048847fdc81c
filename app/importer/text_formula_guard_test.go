package importer

import (
	"slices"
	"testing"

	"pacer/app"
)

// TestPlanImportExcelTextGuard reads a CSV whose exporter wrapped cells in
// ="…", so that Excel keeps them as the text they are (="2023-01-05",
// ="001234"), as order and bank exports do, bare or quoted: Excel shows
// the text inside, and so does the import. They were refused as no dates
// and no numbers. A formula of any other shape stays as it is.
func TestPlanImportExcelTextGuard(t *testing.T) {
	csv := "Date,Goal,Value\n=\"2023-01-05\",Sales,=\"1234.50\"\n\"=\"\"2023-01-06\"\"\",=\"Sales\",\"=\"\"1,000.25\"\"\"\n"
	p := importPlanOf(t, csv, importLongMapping, app.Snapshot{})
	if got, want := importPeriodsOf(p), []string{"1 2023-01 = 2234.75 (2) partial"}; !slices.Equal(got, want) || len(p.Rejected) > 0 {
		t.Errorf("periods %q, rejected %q; want %q", got, importRejections(p), want)
	}
	for in, want := range map[string]string{`="a"b"`: `="a"b"`, `=SUM(A1:A2)`: `=SUM(A1:A2)`, `="`: `="`, `=""`: ``} {
		if got := unguarded(in); got != want {
			t.Errorf("unguarded(%q) = %q, want %q", in, got, want)
		}
	}
}
