package importer

import (
	"slices"
	"testing"

	"pacer/app"
)

// TestPlanImportExtraCellsInMiddle reads files in which an amount split
// at its unquoted thousands separator sits in a column with named
// columns after it, as shop and accounting scripts write Date,Revenue,
// Region: the cells after it move one column on. Under a header line
// padded with an empty field (Date,Revenue,Region,) the row fits the
// padding, and 1 was imported with 200 as its region; a goal column
// after it read 200, a name of no goal, and the row was passed over; a
// filter on a column after it read 200 and left the row out. Each such
// row is refused naming the number, however many groups it has, while
// the rows around it are read.
func TestPlanImportExtraCellsInMiddle(t *testing.T) {
	byRegion := Mapping{DateColumn: 0, GoalColumn: -1, ValueColumns: map[int]int64{1: 1}, SkipHeader: true, Dimensions: []int{2}}
	north := Mapping{DateColumn: 0, GoalColumn: -1, SkipHeader: true,
		Sources: []Source{{GoalID: 1, ValueColumn: 1, Filter: []Condition{{Column: 2, Op: OpIs, Values: []string{"North"}}}}}}
	account := Mapping{DateColumn: 0, GoalColumn: 2, ValueColumn: 1, SkipHeader: true, GoalByName: importLongMapping.GoalByName}
	for _, tc := range []struct {
		name, csv string
		m         Mapping
		texts     []string // the numbers the rejected rows 2 and 3 name
		periods   []string
		skipped   []string
	}{
		{"padded header", "Date,Revenue,Region,\n2023-03-31,1,200,North\n2023-03-31,1,234,567,South\n2023-04-30,900,South,\n2023-05-31,800,North,\n",
			byRegion, []string{"1,200", "1,234,567"}, []string{"1 2023-04 = 900 (1) partial", "1 2023-05 = 800 (1) partial"}, nil},
		{"padded twice", "Date,Revenue,Region,,\n2023-03-31,1,200,North,\n2023-03-31,1,234,567,South\n2023-04-30,900,South,,\n2023-05-31,800,North,,\n",
			byRegion, []string{"1,200", "1,234,567"}, []string{"1 2023-04 = 900 (1) partial", "1 2023-05 = 800 (1) partial"}, nil},
		{"filter after it", "Date,Revenue,Region\n2023-03-31,1,200,North\n2023-03-31,2,345,678,North\n2023-04-30,900,North\n2023-05-31,3,100,South\n",
			north, []string{"1,200", "2,345,678"}, []string{"1 2023-04 = 900 (1) partial"}, nil},
		{"goal after it", "Date,Amount,Account\n2023-03-31,1,200,Sales\n2023-03-31,1,234,567,Sales\n2023-04-30,900,Sales\n2023-05-31,2,500,Rent\n",
			account, []string{"1,200", "1,234,567"}, []string{"1 2023-04 = 900 (1) partial"}, []string{"Rent"}},
	} {
		p := importPlanOf(t, tc.csv, tc.m, app.Snapshot{})
		if want := rowMessages(2, msgImportExtraCells, 3, msgImportExtraCells); !slices.Equal(importRejections(p), want) {
			t.Errorf("%s: rejected %q, want %q", tc.name, importRejections(p), want)
			continue
		}
		for k, want := range tc.texts {
			if got := p.Rejected[k].Args["Text"]; got != want || p.Rejected[k].Column != 1 {
				t.Errorf("%s: row %d names %q in column %d, want %q in column 1", tc.name, k+2, got, p.Rejected[k].Column, want)
			}
		}
		if got := importPeriodsOf(p); !slices.Equal(got, tc.periods) {
			t.Errorf("%s: periods %q, want %q", tc.name, got, tc.periods)
		}
		if want := []string{"1 2023-03 rows [2 3], 0 values"}; tc.m.GoalColumn < 0 && !slices.Equal(importLeftOutOf(p), want) {
			t.Errorf("%s: left out %q, want %q", tc.name, importLeftOutOf(p), want)
		}
		if !slices.Equal(p.SkippedNames, tc.skipped) {
			t.Errorf("%s: rows of no chosen goal %q, want %q", tc.name, p.SkippedNames, tc.skipped)
		}
	}
}
