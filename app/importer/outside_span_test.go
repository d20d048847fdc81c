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

// TestPlanImportLeavesOutDaysOutsideTheSpan imports daily rows for goals
// whose dates cut into their first or last check-in period: the days
// outside the span are not the goal's (its plan asks nothing of them), so
// its first and last check-ins hold only the days inside, and the rows
// left out are counted apart without stopping the import. Days before a
// goal's first week that a month of history holds whole go to history.
func TestPlanImportLeavesOutDaysOutsideTheSpan(t *testing.T) {
	goals := []app.Goal{
		{ID: 1, Title: "Sales", Aggregation: app.AggFlow, Cadence: app.CadenceMonth, PlanBy: app.CadenceMonth,
			Start: app.NewDate(2023, time.January, 25), End: app.NewDate(2023, time.February, 10)},
		{ID: 2, Title: "Visits", Aggregation: app.AggFlow, Cadence: app.CadenceWeek, PlanBy: app.CadenceMonth,
			Start: app.NewDate(2023, time.January, 1), End: app.NewDate(2023, time.December, 31)}, // a Sunday: 2022-W52 runs from 26 December
	}
	var csv strings.Builder
	for day := app.NewDate(2022, time.December, 1).DayNumber(); day <= app.NewDate(2023, time.February, 28).DayNumber(); day++ {
		fmt.Fprintf(&csv, "%s,100,1\n", app.DateOfDayNumber(day))
	}
	tab, err := ReadTable(strings.NewReader(csv.String()), "daily.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := Mapping{DateColumn: 0, GoalColumn: -1, ValueColumns: map[int]int64{1: 1, 2: 2}}
	p, err := PlanImport(context.Background(), app.Calendar{}, tab, m, goals, app.Snapshot{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var sales, visits []string
	for _, s := range importPeriodsOf(p) {
		switch {
		case strings.HasPrefix(s, "1 "):
			sales = append(sales, s)
		case strings.HasPrefix(s, "2 2022"):
			visits = append(visits, s)
		}
	}
	if want := []string{"1 2023-01 = 700 (7)", "1 2023-02 = 1000 (10)", "1 2022-12 = 3100 (31) history"}; !slices.Equal(sales, want) {
		t.Errorf("Sales, 25 January to 10 February: %q, want %q", sales, want)
	}
	if want := []string{"2 2022-W52 = 1 (1)", "2 2022-12 = 31 (31) history"}; !slices.Equal(visits, want) {
		t.Errorf("Visits in 2022: %q, want %q (2022-W52 holds 1 January, its first day; 26–31 December are December's history)", visits, want)
	}
	if want := 24 + 18; p.OutsideSpan != want { // Sales: 1–24 January, 11–28 February
		t.Errorf("%d values outside their goal's span, want %d", p.OutsideSpan, want)
	}
	if len(p.Rejected) != 0 {
		t.Errorf("rejected %v, want none", importRejections(p))
	}
}
