package importer

import (
	"fmt"
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
// the rows around it are read, also where most rows are split and their
// pushed regions fill the padding.
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
		{"padded, most rows split", "Date,Revenue,Region,\n2023-03-31,1,200,North\n2023-03-31,1,234,567,South\n2023-04-30,900,South,\n",
			byRegion, []string{"1,200", "1,234,567"}, []string{"1 2023-04 = 900 (1) partial"}, nil},
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

// TestPlanImportExtraCellsMonthsAcross reads a report whose months run
// across its columns, as accounting programs export a profit and loss by
// month, with an amount split at its unquoted thousands separator:
// January read 1, February 200 and so on, and the last month's figure
// fell into the Total column, without a word. Every month of that row
// from the split number on is refused, naming the row and the number;
// the months before it and the other rows are read.
func TestPlanImportExtraCellsMonthsAcross(t *testing.T) {
	tab, ok := TurnMonths(readCSV(t, "Account,Jan-23,Feb-23,Mar-23,Total\nRevenue,900,1,200,300,2400\nCost,500,600,700,1800\n"+
		"Rent,1,234,567,100,100,1234767\n"))
	if !ok {
		t.Fatal("not turned")
	}
	p := planTurned(t, tab, turnCase{})
	var rejected []string
	for _, r := range p.Rejected {
		rejected = append(rejected, fmt.Sprintf("row %d “%s” column %d: %s (%s)", r.Row, r.Month, r.Column+1, r.Args["Text"], r.Args["Columns"]))
	}
	want := []string{"row 2 “Feb-23” column 3: 1,200 (5)", "row 2 “Mar-23” column 4: 1,200 (5)",
		"row 4 “Jan-23” column 2: 1,234,567 (5)", "row 4 “Feb-23” column 3: 1,234,567 (5)", "row 4 “Mar-23” column 4: 1,234,567 (5)"}
	if !slices.Equal(rejected, want) || !slices.ContainsFunc(p.Rejected, func(r RejectedRow) bool { return r.Message == msgImportExtraCells }) {
		t.Errorf("rejected %q, want %q", rejected, want)
	}
	for name, want := range map[string]string{"Revenue": "2023-01=900", "Cost": "2023-01=500 2023-02=600 2023-03=700", "Rent": ""} {
		if got := turnedPeriods(p, tab, name); got != want {
			t.Errorf("%s: %s, want %s", name, got, want)
		}
	}
}

// TestPlanImportNoteAfterTheTotalKeepsItsMonths: a months-across report
// whose Revenue row has a note after its total, plain or quoted with a
// comma, has no split number among its months: its months import, as
// before the split check, rather than being refused as split.
func TestPlanImportNoteAfterTheTotalKeepsItsMonths(t *testing.T) {
	for _, note := range []string{"estimated", `"rev, incl. VAT"`} {
		tab, ok := TurnMonths(readCSV(t, "Account,Jan-23,Feb-23,Mar-23,Total\nRevenue,900,1000,1100,3000,"+note+"\nCost,500,600,700,1800\n"))
		if !ok {
			t.Fatal("not turned")
		}
		p := planTurned(t, tab, turnCase{})
		if len(p.Rejected) > 0 {
			t.Errorf("note %s: rejected %+v", note, p.Rejected)
		}
		if got, want := turnedPeriods(p, tab, "Revenue"), "2023-01=900 2023-02=1000 2023-03=1100"; got != want {
			t.Errorf("note %s: Revenue %s, want %s", note, got, want)
		}
	}
}
