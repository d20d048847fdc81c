package importer

import (
	"context"
	"slices"
	"strings"
	"testing"

	"pacer/app"
)

// TestPlanImportWeekSpellings imports a weekly goal's values labelled
// with ISO weeks as reports write them (2024 W13, W14 2024, Week 15,
// 2024, 2024年第16周): the date column is found and each value lands in
// its week, where the column was not taken for dates and every row was
// refused as no date.
func TestPlanImportWeekSpellings(t *testing.T) {
	csv := "Week,Goal,Value\n2024 W13,Weekly,1\nW14 2024,Weekly,2\n\"Week 15, 2024\",Weekly,3\n2024年第16周,Weekly,4\n2024-W17,Weekly,5\n"
	tab, err := ReadTable(strings.NewReader(csv), "weeks.csv")
	if err != nil {
		t.Fatal(err)
	}
	if got := GuessDateColumn(tab); got != 0 {
		t.Fatalf("date column %d, want 0", got)
	}
	cal := app.Calendar{}
	g := app.Goal{ID: 1, Title: "Weekly", Aggregation: app.AggFlow, Cadence: app.CadenceWeek, PlanBy: app.CadenceWeek,
		Start: app.NewDate(2024, 1, 1), End: app.NewDate(2024, 12, 29)}
	m := Mapping{DateColumn: 0, GoalColumn: 1, ValueColumn: 2, SkipHeader: true, GoalByName: map[string]int64{"weekly": 1}}
	p, err := PlanImport(context.Background(), cal, tab, m, []app.Goal{g}, app.Snapshot{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"1 2024-W13 = 1 (1)", "1 2024-W14 = 2 (1)", "1 2024-W15 = 3 (1)", "1 2024-W16 = 4 (1)", "1 2024-W17 = 5 (1)"}
	got := importPeriodsOf(p)
	slices.Sort(got)
	if !slices.Equal(got, want) || len(p.Rejected) > 0 {
		t.Errorf("periods %q, rejected %q; want %q", got, importRejections(p), want)
	}
}

// TestPlanImportShortYearQuarters imports a quarterly goal's values
// labelled with two-digit years (Q1-24, 2Q24, 24Q3, Q4'24), which were
// refused as no date, or read in the year 24 as history.
func TestPlanImportShortYearQuarters(t *testing.T) {
	p := labelPlan(t, app.Calendar{}, "Period,Goal,Value\nQ1-24,Quarterly,1\n2Q24,Quarterly,2\n24Q3,Quarterly,3\nQ4'24,Quarterly,4\n")
	want := []string{"1 2024-Q1 = 1 (1)", "1 2024-Q2 = 2 (1)", "1 2024-Q3 = 3 (1)", "1 2024-Q4 = 4 (1)"}
	got := importPeriodsOf(p)
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Errorf("periods %q, want %q", got, want)
	}
}
