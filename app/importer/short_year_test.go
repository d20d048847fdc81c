package importer

import (
	"slices"
	"strings"
	"testing"

	"pacer/app"
)

// TestPlanImportShortYear: where a file writes a two-digit year is told
// by its other dates. 23/01/31 among 2023/01/15's is 2023-01-31 (it was
// read as 23 January 2031, after the goal); 31/01/23 among dates whose
// first part changes most is year last; a 23/01/31 that nothing decides
// is refused naming both days, not guessed.
func TestPlanImportShortYear(t *testing.T) {
	for _, tc := range []struct {
		name     string
		dates    []string
		periods  []string
		rejected []string
	}{
		{"YearFirstFile", []string{"2023/01/15", "23/01/31", "23/02/01"},
			[]string{"1 2023-01 = 3 (2) partial", "1 2023-02 = 5 (1) partial"}, nil},
		{"DaysChangeMost", []string{"05/01/23", "31/01/23", "14/02/23"},
			[]string{"1 2023-01 = 3 (2) partial", "1 2023-02 = 5 (1) partial"}, nil},
		{"YearsChangeLeast", []string{"23/01/05", "23/01/31", "23/02/14"},
			[]string{"1 2023-01 = 3 (2) partial", "1 2023-02 = 5 (1) partial"}, nil},
		{"Undecided", []string{"2023-01-15", "23/01/31", "2023-02-01"},
			nil, rowMessages(3, msgImportShortYear)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			csv := "Date,Goal,Value\n"
			for i, d := range tc.dates {
				csv += d + ",Sales," + []string{"1", "2", "5"}[i] + "\n"
			}
			p := importPlanOf(t, csv, importLongMapping, app.Snapshot{})
			if got := importRejections(p); !slices.Equal(got, tc.rejected) {
				t.Fatalf("rejected %q, want %q", got, tc.rejected)
			}
			if tc.rejected != nil {
				if r := p.Rejected[0]; r.Args["Text"] != "23/01/31" || r.Args["First"] != "2023-01-31" || r.Args["Last"] != "2031-01-23" {
					t.Errorf("rejection %+v", r)
				}
				return
			}
			if got := importPeriodsOf(p); !slices.Equal(got, tc.periods) {
				t.Fatalf("periods\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tc.periods, "\n"))
			}
		})
	}
}
