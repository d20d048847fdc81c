package importer

import (
	"slices"
	"testing"

	"pacer/app"
)

// TestPlanImportExtraCells checks that a row of a text file with more
// filled cells than the header has columns (an unquoted 1,200) is rejected
// with its reason in both layouts, while trailing empty cells are not.
func TestPlanImportExtraCells(t *testing.T) {
	for _, tc := range []struct {
		name, csv string
		m         Mapping
	}{
		{"Long", "Date,Goal,Value\n2023-01-15,Sales,100\n2023-01-31,Sales,1,200\n2023-02-05,Sales,5,,\n", importLongMapping},
		{"Wide", "Date,Sales\n2023-01-15,100\n2023-01-31,1,200\n2023-02-05,5,,\n",
			Mapping{DateColumn: 0, GoalColumn: -1, ValueColumns: map[int]int64{1: 1}, SkipHeader: true}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := importPlanOf(t, tc.csv, tc.m, app.Snapshot{})
			if want := rowMessages(3, msgImportExtraCells); !slices.Equal(importRejections(p), want) {
				t.Fatalf("rejected %q, want %q", importRejections(p), want)
			}
			if got := p.Rejected[0].Args["Text"]; got != "1,200" {
				t.Errorf("text %q, want 1,200", got)
			}
			if want := []string{"1 2023-02 = 5 (1) partial"}; !slices.Equal(importPeriodsOf(p), want) {
				t.Errorf("periods %q, want %q", importPeriodsOf(p), want)
			}
			if want := []string{"1 2023-01 rows [3], 1 values"}; !slices.Equal(importLeftOutOf(p), want) {
				t.Errorf("left out %q, want %q", importLeftOutOf(p), want)
			}
		})
	}
}
