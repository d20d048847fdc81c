package importer

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"pacer/app"
)

// TestPlanImportRepeatedRowsAreEachRead plans rows that repeat a date, as
// a file of many rows a day does: the date read and the period found for
// one row are those of the next row of the same text and goal, and a
// refusal is each row's own, whether the same date is refused for one
// goal and taken by another, or is no date at all.
func TestPlanImportRepeatedRowsAreEachRead(t *testing.T) {
	goals := []app.Goal{
		{ID: 1, Title: "Sales", Aggregation: app.AggFlow, Cadence: app.CadenceMonth, PlanBy: app.CadenceMonth,
			Start: app.NewDate(2023, time.January, 1), End: app.NewDate(2023, time.June, 30)},
		{ID: 2, Title: "Visits", Aggregation: app.AggFlow, Cadence: app.CadenceWeek, PlanBy: app.CadenceMonth,
			Start: app.NewDate(2023, time.January, 1), End: app.NewDate(2023, time.December, 31)},
	}
	dated := []string{
		"2023-01-05,10,1",
		"2023-01-05,20,2",
		"05/01/2023,30,3", // the same day, written otherwise
		"2023-07-05,40,4", // after Sales ends
		"2023-07-05,50,5",
		"2023-01-06,80,8",
	}
	p := planRows(t, goals, dated)
	want := []string{"1 2023-01 = 140 (4) partial", "2 2023-W01 = 14 (4) partial", "2 2023-W27 = 9 (2) partial"}
	if got := importPeriodsOf(p); !slices.Equal(got, want) {
		t.Errorf("periods %q, want %q", got, want)
	}
	if got, want := rejectedRows(p), []int{4, 5}; !slices.Equal(got, want) {
		t.Errorf("rejected rows %v, want %v: %q", got, want, importRejections(p))
	}
	undated := slices.Insert(dated, 5, "no date,60,6", "no date,70,7")
	if got, want := rejectedRows(planRows(t, goals, undated)), []int{4, 5, 6, 7}; !slices.Equal(got, want) {
		t.Errorf("with two rows of no date, rejected rows %v, want %v", got, want)
	}
}

// planRows plans the import of CSV rows, a value for goal 1 then goal 2.
func planRows(t *testing.T, goals []app.Goal, rows []string) ImportPlan {
	t.Helper()
	tab, err := ReadTable(strings.NewReader(strings.Join(rows, "\n")), "daily.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := Mapping{DateColumn: 0, GoalColumn: -1, ValueColumns: map[int]int64{1: 1, 2: 2}}
	p, err := PlanImport(context.Background(), app.Calendar{}, tab, m, goals, app.Snapshot{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// rejectedRows are the rows p rejects, in order.
func rejectedRows(p ImportPlan) []int {
	var rows []int
	for _, r := range p.Rejected {
		rows = append(rows, r.Row)
	}
	return rows
}
