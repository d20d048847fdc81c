package importer

import (
	"slices"
	"testing"

	"pacer/app"
)

// TestPlanImportExtraCellsWithoutHeader checks the same in a text file
// without a header, which has no header's columns to count: a row wider
// than most rows, whose value cell and the cell after it read as a number
// cut at its thousands separator (1 | 234.50), is rejected; it was read
// as 1 without a word. A row wider for a note is not.
func TestPlanImportExtraCellsWithoutHeader(t *testing.T) {
	m := importLongMapping
	m.SkipHeader = false
	csv := "2023-01-05,Sales,1,234.50\n2023-01-06,Sales,500\n2023-02-06,Sales,600,paid in cash\n2023-02-07,Sales,7\n"
	p := importPlanOf(t, csv, m, app.Snapshot{})
	if want := rowMessages(1, msgImportExtraCellsNoHeader); !slices.Equal(importRejections(p), want) {
		t.Fatalf("rejected %q, want %q", importRejections(p), want)
	}
	if got := p.Rejected[0].Args["Text"]; got != "1,234.50" {
		t.Errorf("text %q, want 1,234.50", got)
	}
	if want := []string{"1 2023-02 = 607 (2) partial"}; !slices.Equal(importPeriodsOf(p), want) {
		t.Errorf("periods %q, want %q", importPeriodsOf(p), want)
	}
}
