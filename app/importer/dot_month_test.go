package importer

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"testing"

	"pacer/app"
)

// TestPlanImportDotMonth: a month written with a dot is read as written
// where it cannot be October: text beside 2023.10, which a column of
// numbers never writes, any month but 2023.1, and a 2023.1 in a year with
// nothing after September. A 2023.1, a workbook number whatever its
// format shows or text, in a column whose year has November or December
// but no 2023.10 as text, or right after 2023.9 and starting no new run
// of months, could be January or October, and is refused.
func TestPlanImportDotMonth(t *testing.T) {
	num := func(v float64, text string) Cell { return Cell{Kind: CellNumber, Number: v, Text: text} }
	txt := func(text string) Cell { return Cell{Text: text} }
	for _, tc := range []struct {
		name     string
		dates    []Cell
		periods  []string
		rejected []string
	}{
		{"TextBesideOctober", []Cell{txt("2023.1"), txt("2023.9"), txt("2023.10")},
			[]string{"1 2023-01 = 1 (1)", "1 2023-09 = 2 (1)", "1 2023-10 = 3 (1)"}, nil},
		{"TextZeroPadded", []Cell{txt("2023.01"), txt("2023.09"), txt("2023.11")},
			[]string{"1 2023-01 = 1 (1)", "1 2023-09 = 2 (1)", "1 2023-11 = 3 (1)"}, nil},
		{"TextSavedFromNumbers", []Cell{txt("2023.1"), txt("2023.9"), txt("2023.11")},
			[]string{"1 2023-09 = 2 (1)", "1 2023-11 = 3 (1)"}, rowMessages(2, msgImportDotMonth)},
		{"TextDecimalComma", []Cell{txt("2023,1"), txt("2023,12"), txt("2023,2")},
			[]string{"1 2023-02 = 3 (1)", "1 2023-12 = 2 (1)"}, rowMessages(2, msgImportDotMonth)},
		{"NumberShownTwoDecimals", []Cell{num(2023.01, "2023.01"), num(2023.1, "2023.10"), num(2023.11, "2023.11")},
			[]string{"1 2023-11 = 3 (1)"}, rowMessages(3, msgImportDotMonth)}, // January left out with it
		// October is there: nothing says this 2023.1 is one.
		{"NumberBesideTextOctober", []Cell{num(2023.1, "2023.1"), txt("2023.10"), num(2023.2, "2023.2")},
			[]string{"1 2023-01 = 1 (1)", "1 2023-02 = 3 (1)", "1 2023-10 = 2 (1)"}, nil},
		// A year to date through September has no October to lose.
		{"TextYearToDate", []Cell{txt("2023.1"), txt("2023.2"), txt("2023.9")},
			[]string{"1 2023-01 = 1 (1)", "1 2023-02 = 2 (1)", "1 2023-09 = 3 (1)"}, nil},
		{"NumberYearToDate", []Cell{num(2023.1, "2023.1"), num(2023.2, "2023.2"), num(2023.9, "2023.9")},
			[]string{"1 2023-01 = 1 (1)", "1 2023-02 = 2 (1)", "1 2023-09 = 3 (1)"}, nil},
		// Through October: its 2023.1 comes after September, and so may January's.
		{"NumberThroughOctober", []Cell{num(2023.1, "2023.1"), num(2023.9, "2023.9"), num(2023.1, "2023.1")},
			[]string{"1 2023-09 = 2 (1)"}, rowMessages(2, msgImportDotMonth, 4, msgImportDotMonth)},
		// Two stores' runs of months: the second 2023.1 starts a run.
		{"TwoRuns", []Cell{num(2023.1, "2023.1"), num(2023.9, "2023.9"), num(2023.1, "2023.1"), num(2023.2, "2023.2")},
			[]string{"1 2023-01 = 4 (2)", "1 2023-02 = 4 (1)", "1 2023-09 = 2 (1)"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rows := [][]Cell{{txt("Month"), txt("Sales")}}
			for i, d := range tc.dates {
				rows = append(rows, []Cell{d, num(float64(i+1), strconv.Itoa(i+1))})
			}
			tab := Table{Rows: rows, Columns: 2, HasHeader: true}
			m := Mapping{DateColumn: 0, GoalColumn: -1, ValueColumns: map[int]int64{1: 1}, SkipHeader: true}
			p, err := PlanImport(context.Background(), app.Calendar{}, tab, m, importGoals(), app.Snapshot{}, nil)
			if err != nil {
				t.Fatal(err)
			}
			checkImportRejected(t, p)
			if got := importRejections(p); !slices.Equal(got, tc.rejected) {
				t.Fatalf("rejected %q, want %q", got, tc.rejected)
			}
			if got := importPeriodsOf(p); !slices.Equal(got, tc.periods) {
				t.Fatalf("periods\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tc.periods, "\n"))
			}
		})
	}
}
