package importer

import (
	"context"
	"slices"
	"testing"

	"pacer/app"
)

// sameTitledGoals are importGoals with a second Sales, goal 5.
func sameTitledGoals() []app.Goal {
	goals := importGoals()
	second := goals[0]
	second.ID = 5
	return append(goals, second)
}

// TestImportSharedTitles reads rows of a title two goals have (Sales, 1
// and 5), which the goal map left to the file (SharedTitles). With
// Pacer's goal ID column each row goes to the goal its ID names; a row
// whose ID names neither, as in a file from another computer, and every
// row of a file without IDs, is rejected naming the title, and the
// periods it falls in are left out for both goals. Before, every row
// went to the goal the map guessed, both goals' values added up.
func TestImportSharedTitles(t *testing.T) {
	shared := Mapping{DateColumn: 2, GoalColumn: 1, ValueColumn: 3, SkipHeader: true,
		GoalByName: map[string]int64{"share": 2}, SharedTitles: []string{"Sales"}, IDColumn: 1}
	noIDs := shared
	noIDs.DateColumn, noIDs.GoalColumn, noIDs.ValueColumn, noIDs.IDColumn = 0, 1, 2, 0
	for name, tc := range map[string]struct {
		csv                      string
		m                        Mapping
		periods, rejected, taken []string
	}{
		"own export": {
			"Goal ID,Goal,Period,Value\n1,Sales,2023-01,100\n5,Sales,2023-01,200\n5,Sales,2023-02,300\n2,Share,2023-01,8\n", shared,
			[]string{"1 2023-01 = 100 (1)", "2 2023-01 = 8 (1)", "5 2023-01 = 200 (1)", "5 2023-02 = 300 (1)"}, nil, nil},
		"another computer's IDs": {
			"Goal ID,Goal,Period,Value\n1,Sales,2023-01,100\n7,Sales,2023-02,200\n2,Sales,2023-01,300\n5,Sales,2023-03,400\n", shared,
			[]string{"5 2023-03 = 400 (1)"}, rowMessages(3, msgImportSharedTitleID, 4, msgImportSharedTitleID),
			[]string{"1 2023-01"}},
		"another program's file": {
			"Date,Goal,Value\n2023-01-10,Sales,100\n2023-01-20,Share,8\n", noIDs,
			[]string{"2 2023-01 = 8 (1) partial"}, rowMessages(2, msgImportSharedTitle), nil},
	} {
		t.Run(name, func(t *testing.T) {
			p, err := PlanImport(context.Background(), app.Calendar{}, readCSV(t, tc.csv), tc.m, sameTitledGoals(), app.Snapshot{}, nil)
			if err != nil {
				t.Fatal(err)
			}
			var left []string
			for _, lo := range p.LeftOut {
				left = append(left, fmtLeftOut(lo))
			}
			if got := importPeriodsOf(p); !slices.Equal(got, tc.periods) || !slices.Equal(importRejections(p), tc.rejected) || !slices.Equal(left, tc.taken) {
				t.Errorf("periods %q, rejected %q, left out %q; want %q, %q, %q", got, importRejections(p), left, tc.periods, tc.rejected, tc.taken)
			}
		})
	}
}

// fmtLeftOut writes a left-out period as "goal period".
func fmtLeftOut(lo LeftOutPeriod) string {
	return string(rune('0'+lo.GoalID)) + " " + lo.PeriodKey
}

// TestGuessIDColumn finds Pacer's goal ID column by its header, English or
// Chinese, holding whole numbers only, and no other.
func TestGuessIDColumn(t *testing.T) {
	for _, tc := range []struct {
		csv        string
		goal, want int
	}{
		{"Goal ID,Goal,Period,Value\n1,Sales,2023-01,100\n5,Sales,2023-02,200\n", 1, 1},
		{"目标,目标编号,周期,数值\n销售额,3,2023-01,100\n销售额,4,2023-02,200\n", 0, 2},
		{"Goal ID,Goal,Period,Value\nA1,Sales,2023-01,100\n5,Sales,2023-02,200\n", 1, 0},
		{"Date,Goal,Value\n2023-01-10,Sales,100\n", 1, 0},
	} {
		if got := GuessIDColumn(readCSV(t, tc.csv), tc.goal); got != tc.want {
			t.Errorf("%q: %d, want %d", tc.csv, got, tc.want)
		}
	}
}

// TestImportSplitName reads Pacer's export of two goals titled Sales, 1
// and 5, after goal 5 was renamed Sales 2027: Sales goes to goal 1, the
// one goal of that title, but the file's IDs tell its rows apart, so the
// rows of goal 5 are rejected, naming their ID, rather than added to goal
// 1's. A name chosen for a goal of another title keeps all its rows.
func TestImportSplitName(t *testing.T) {
	goals := sameTitledGoals()
	goals[len(goals)-1].Title = "Sales 2027"
	csv := "Goal ID,Goal,Period,Value\n1,Sales,2023-01,100\n5,Sales,2023-01,200\n1,Sales,2023-02,300\n"
	m := Mapping{DateColumn: 2, GoalColumn: 1, ValueColumn: 3, SkipHeader: true, GoalByName: map[string]int64{"sales": 1}, IDColumn: 1}
	p, err := PlanImport(context.Background(), app.Calendar{}, readCSV(t, csv), m, goals, app.Snapshot{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"1 2023-02 = 300 (1)"}
	if got := importPeriodsOf(p); !slices.Equal(got, want) || !slices.Equal(importRejections(p), rowMessages(3, msgImportSplitName)) ||
		len(p.LeftOut) != 1 || p.Rejected[0].Args["ID"] != "5" {
		t.Errorf("periods %q, rejected %+v, left out %+v; want %q and row 3 rejected", got, p.Rejected, p.LeftOut, want)
	}
	m.GoalByName = map[string]int64{"sales": 5}
	p, err = PlanImport(context.Background(), app.Calendar{}, readCSV(t, csv), m, goals, app.Snapshot{}, nil)
	if got := importPeriodsOf(p); err != nil || len(p.Rejected) > 0 || !slices.Equal(got, []string{"5 2023-01 = 300 (2)", "5 2023-02 = 300 (1)"}) {
		t.Errorf("Sales chosen for Sales 2027: periods %q, rejected %q (%v)", got, importRejections(p), err)
	}
}
