package importer

import (
	"context"
	"slices"
	"strings"
	"testing"

	"pacer/app"
)

// TestPlanImportLevelLatestMoment: a level goal's period takes the value
// at its latest moment, the time of day counted when the date has one,
// whatever the rows' order; of rows of the same moment, the last in the
// file, or the first when the file's dates run newest first, as a bank
// statement's do. Read by their days alone, the last row of the day in
// the file won, the earliest balance of a statement newest first.
func TestPlanImportLevelLatestMoment(t *testing.T) {
	for _, tc := range []struct {
		name string
		rows []string // date,balance
		want string   // January's period
	}{
		{"NewestFirstWithTimes", []string{"2023-02-01 09:15:02,13000", "2023-01-31 17:40:11,10000",
			"2023-01-31 11:02:45,8000", "2023-01-31 08:30:00,13000", "2023-01-15 10:00:00,12000"}, "2 2023-01 = 10000 (4) partial"},
		{"OldestFirstWithTimes", []string{"2023-01-15 10:00:00,12000", "2023-01-31 08:30:00,13000",
			"2023-01-31 11:02:45,8000", "2023-01-31 17:40:11,10000", "2023-02-01 09:15:02,13000"}, "2 2023-01 = 10000 (4) partial"},
		{"TimesOutOfOrder", []string{"2023-01-15 10:00,12000", "2023-01-31 17:40,10000",
			"2023-01-31 8:30,13000", "2023-02-01 9:15,13000"}, "2 2023-01 = 10000 (3) partial"},
		{"TwelveHourClock", []string{"1/15/2023 10:00 AM,12000", "1/31/2023 5:40 PM,10000",
			"1/31/2023 11:02 AM,8000", "2/13/2023 9:15 AM,13000"}, "2 2023-01 = 10000 (3) partial"},
		{"NewestFirstDaysOnly", []string{"2023-02-01,13000", "2023-01-31,10000", "2023-01-31,8000",
			"2023-01-31,13000", "2023-01-15,12000"}, "2 2023-01 = 10000 (4) partial"},
		{"OldestFirstDaysOnly", []string{"2023-01-15,12000", "2023-01-31,13000", "2023-01-31,8000",
			"2023-01-31,10000", "2023-02-01,13000"}, "2 2023-01 = 10000 (4) partial"},
		{"NewestFirstSameSecond", []string{"2023-02-01 09:15:02,13000", "2023-01-31 17:40:11,10000",
			"2023-01-31 17:40:11,9000", "2023-01-15 10:00:00,12000"}, "2 2023-01 = 10000 (3) partial"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			csv := "Date,Balance\n" + strings.Join(tc.rows, "\n") + "\n"
			m := Mapping{DateColumn: 0, GoalColumn: -1, ValueColumns: map[int]int64{1: 2}, SkipHeader: true}
			p := importPlanOf(t, csv, m, app.Snapshot{})
			if got := importPeriodsOf(p); len(got) != 2 || got[0] != tc.want || len(p.Rejected) > 0 {
				t.Fatalf("periods %q, rejected %q; want January %q", got, importRejections(p), tc.want)
			}
		})
	}
}

// TestPlanImportLevelLatestSerial: a workbook's date cell shown as a day
// keeps its time in its serial's fraction, which says which of a day's
// rows is the latest, in any order.
func TestPlanImportLevelLatestSerial(t *testing.T) {
	const jan31 = 44957 // 2023-01-31
	day := func(serial float64) Cell { return Cell{Kind: CellDate, Number: serial, Text: "2023-01-31"} }
	num := func(v float64, text string) Cell { return Cell{Kind: CellNumber, Number: v, Text: text} }
	tab := Table{Columns: 2, HasHeader: true, Rows: [][]Cell{
		{{Text: "Date"}, {Text: "Balance"}},
		{day(jan31 + 8.5/24), num(13000, "13000")},
		{day(jan31 + (17+40.0/60)/24), num(10000, "10000")},
		{day(jan31 + 11.0/24), num(8000, "8000")},
	}}
	m := Mapping{DateColumn: 0, GoalColumn: -1, ValueColumns: map[int]int64{1: 2}, SkipHeader: true}
	p, err := PlanImport(context.Background(), app.Calendar{}, tab, m, importGoals(), app.Snapshot{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"2 2023-01 = 10000 (3) partial"}
	if got := importPeriodsOf(p); !slices.Equal(got, want) || len(p.Rejected) > 0 {
		t.Fatalf("periods %q, rejected %q; want %q", got, importRejections(p), want)
	}
}
