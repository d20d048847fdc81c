package importer

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"pacer/app"
)

// TestPlanImportIssueFile is the file of the issue: 10,000 rows, the
// 9,000th (row 9,001 with the header) holding 待定 in October 2023, whose
// value is already stored. October is left out, not written 100 short,
// and the plan is refused by default.
func TestPlanImportIssueFile(t *testing.T) {
	goals := []app.Goal{{ID: 1, Title: "Sales", Aggregation: app.AggFlow, Cadence: app.CadenceMonth,
		PlanBy: app.CadenceMonth, Start: app.NewDate(2021, time.December, 1), End: app.NewDate(2023, time.December, 31)}}
	tab := issueTable(t)
	existing := app.Snapshot{CheckIns: map[int64][]app.CheckIn{1: {{GoalID: 1, PeriodKey: "2023-10", Value: 123_456}}}}
	m := Mapping{DateColumn: 0, GoalColumn: 1, ValueColumn: 2, SkipHeader: true, GoalByName: map[string]int64{"sales": 1}}
	p, err := PlanImport(context.Background(), app.Calendar{}, tab, m, goals, existing, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := importRejections(p); !slices.Equal(got, rowMessages(9001, msgImportBadNumber)) || p.Rejected[0].Args["Text"] != "待定" {
		t.Fatalf("rejected %q", got)
	}
	if got, want := importLeftOutOf(p), []string{"1 2023-10 rows [9001], 399 values stored 123456"}; !slices.Equal(got, want) {
		t.Fatalf("left out %q, want %q", got, want)
	}
	if len(p.CheckIns) != 24 || p.Values != 9600 || p.Replaced != 0 {
		t.Fatalf("%d check-ins, %d values, %d replaced; want 24, 9,600, 0", len(p.CheckIns), p.Values, p.Replaced)
	}
	if i := slices.IndexFunc(p.CheckIns, func(c app.CheckIn) bool { return c.PeriodKey == "2023-10" || c.Value != 40_000 }); i >= 0 {
		t.Fatalf("check-in %+v", p.CheckIns[i])
	}
	if imp := p.Import(false); imp.Rejected != 1 || imp.WithoutRejected {
		t.Fatalf("by default the store is told of %d rejected rows, without %v", imp.Rejected, imp.WithoutRejected)
	}
	if imp := p.Import(true); !imp.WithoutRejected || !slices.Equal(imp.LeftOut, []app.ImportGap{{GoalID: 1, PeriodKey: "2023-10"}}) {
		t.Fatalf("without the rows: %+v", imp.LeftOut)
	}
}

// issueTable is the issue's file: 10,000 rows of 100, 400 a month from
// December 2021, the 9,000th holding 待定.
func issueTable(t *testing.T) Table {
	t.Helper()
	var b strings.Builder
	b.WriteString("date,goal,amount\n")
	for i := range 10_000 {
		amount := "100"
		if i == 8999 {
			amount = "待定"
		}
		fmt.Fprintf(&b, "%s,Sales,%s\n", time.Date(2021, time.Month(12+i/400), i%400%28+1, 0, 0, 0, 0, time.UTC).Format("2006-01-02"), amount)
	}
	tab, err := ReadTable(strings.NewReader(b.String()), "sales.csv")
	if err != nil {
		t.Fatal(err)
	}
	return tab
}

// TestPlanImportSkipsOtherGoals checks that rows for goals not chosen are
// counted apart, whatever they hold, and are never rejected.
func TestPlanImportSkipsOtherGoals(t *testing.T) {
	csv := "Date,Goal,Value\n" +
		"2023-01-05,Sales,10\n" +
		"2023-01-05,Europe sales,20\n" +
		"bad date,Europe sales,待定\n" +
		"2023-01-06, europe SALES ,1.2345\n" +
		"2023-01-07,Asia,5\n" +
		"2023-01-31,Sales,20\n"
	m := importLongMapping
	p := importPlanOf(t, csv, m, app.Snapshot{})
	if len(p.Rejected) != 0 || len(p.LeftOut) != 0 || p.Skipped != 4 || p.Rows != 6 {
		t.Fatalf("rejected %q, left out %q, skipped %d, rows %d", importRejections(p), importLeftOutOf(p), p.Skipped, p.Rows)
	}
	if !slices.Equal(p.SkippedNames, []string{"Europe sales", "Asia"}) {
		t.Fatalf("skipped names %q", p.SkippedNames)
	}
	if got := importPeriodsOf(p); !slices.Equal(got, []string{"1 2023-01 = 30 (2) partial"}) {
		t.Fatalf("periods %q", got)
	}
	if imp := p.Import(false); imp.Rejected != 0 || len(imp.CheckIns) != 1 {
		t.Fatalf("import %+v", imp)
	}
}

// TestPlanImportRowWithoutGoal checks that a row with an empty goal cell
// (a merged cell, say) could be any chosen goal's: its period is left out
// for each goal the file has values for in it, and with no date, every
// period; a row with neither goal nor value holds nothing to leave out.
func TestPlanImportRowWithoutGoal(t *testing.T) {
	head := "Date,Goal,Value\n" +
		"2023-01-05,Sales,10\n2023-02-05,Sales,10\n" +
		"2023-02-06,Share,5\n" +
		"2023-01-09,Visits,3\n"
	for _, tc := range []struct {
		name, row string
		leftOut   []string
		periods   int
	}{
		{"Dated", "2023-02-10,,7\n", []string{"1 2023-02 rows [6], 1 values", "2 2023-02 rows [6], 1 values"}, 2},
		{"Undated", "someday,,7\n", []string{"1 all rows [6], 2 values", "2 all rows [6], 1 values", "3 all rows [6], 1 values"}, 0},
		{"NoValue", "2023-02-10,,\n", nil, 4},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := importPlanOf(t, head+tc.row, importLongMapping, app.Snapshot{})
			if got := importLeftOutOf(p); !slices.Equal(got, tc.leftOut) || len(p.Periods) != tc.periods || p.RejectedRows() != 1 {
				t.Fatalf("left out %q, want %q; %d periods, want %d", got, tc.leftOut, len(p.Periods), tc.periods)
			}
		})
	}
}

// TestPlanImportCheckInCadence checks that an import makes only check-ins
// of each goal's cadence: a month or a quarter for a weekly goal, a quarter
// for a monthly one, or a quarter reaching from before a goal's start into
// it, is rejected as spanning several check-in periods, and leaves out the
// periods of the file it overlaps.
func TestPlanImportCheckInCadence(t *testing.T) {
	goals := importGoals()
	goals = append(goals, app.Goal{ID: 5, Title: "Late", Aggregation: app.AggFlow, Cadence: app.CadenceMonth,
		PlanBy: app.CadenceMonth, Start: app.NewDate(2023, time.February, 1), End: app.NewDate(2023, time.December, 31)})
	csv := "Date,Goal,Value\n" +
		"2023-01-09,Visits,1\n2023-01-16,Visits,2\n2023-02-13,Visits,3\n" +
		"2023-01,Visits,10\n" + // row 5: a month for a weekly goal
		"2023-Q2,Visits,10\n" + // row 6: a quarter for a weekly goal
		"2023-Q3,Sales,10\n2023-07-01,Sales,4\n" + // row 7: a quarter for a monthly goal
		"2023-Q1,Late,10\n2023-03-03,Late,4\n" // row 9: a quarter from before the start into it
	tab, err := ReadTable(strings.NewReader(csv), "c.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := importLongMapping
	m.GoalByName = map[string]int64{"sales": 1, "visits": 3, "late": 5}
	p, err := PlanImport(context.Background(), app.Calendar{}, tab, m, goals, app.Snapshot{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	checkImportRejected(t, p)
	want := rowMessages(5, msgImportTooCoarse, 6, msgImportTooCoarse, 7, msgImportTooCoarse, 9, msgImportTooCoarse)
	if got := importRejections(p); !slices.Equal(got, want) {
		t.Fatalf("rejected %q, want %q", got, want)
	}
	wantOut := []string{"1 2023-07 rows [7], 1 values", "3 2023-W02 rows [5], 1 values", "3 2023-W03 rows [5], 1 values",
		"5 2023-03 rows [9], 1 values"}
	if got := importLeftOutOf(p); !slices.Equal(got, wantOut) {
		t.Fatalf("left out %q, want %q", got, wantOut)
	}
	if got := importPeriodsOf(p); !slices.Equal(got, []string{"3 2023-W07 = 3 (1) partial"}) {
		t.Fatalf("periods %q", got)
	}
	checkCadences(t, p, goals)
}

// checkCadences checks that every check-in of p is for a period of its
// goal's cadence.
func checkCadences(t *testing.T, p ImportPlan, goals []app.Goal) {
	t.Helper()
	for _, c := range p.CheckIns {
		per, err := app.ParsePeriodKey(c.PeriodKey)
		g := goals[slices.IndexFunc(goals, func(g app.Goal) bool { return g.ID == c.GoalID })]
		if err != nil || per.Cadence != g.Cadence {
			t.Errorf("check-in %s for goal %d, checked in %s", c.PeriodKey, c.GoalID, g.Cadence)
		}
	}
}
