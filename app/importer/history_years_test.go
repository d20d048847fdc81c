package importer

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"pacer/app"
)

// TestPlanImportHistoryHalvesAndYears reads history by half and by year
// before a goal starts (2021, FY2020, 2022-H2, H1 2022), with a fiscal
// year starting in January or April. Such a row had no history period,
// and was refused as "in a period that overlaps the start", though none
// does; a fiscal year reaching past the start is refused as longer than
// a check-in period.
func TestPlanImportHistoryHalvesAndYears(t *testing.T) {
	for _, tc := range []struct {
		name     string
		cal      app.Calendar
		start    app.Date
		csv      string
		want     []string
		rejected []string
	}{
		{"calendar year", app.Calendar{}, app.NewDate(2023, time.January, 1),
			"Date,Sales\n2021,100\nFY2020,40\nH1 2022,30\n2022-H2,50\n2023-01-31,7\n",
			[]string{"1 2023-01 = 7 (1) partial", "1 2020 = 40 (1) history", "1 2021 = 100 (1) history",
				"1 2022-H1 = 30 (1) history", "1 2022-H2 = 50 (1) history"}, nil},
		{"fiscal year from April", app.Calendar{FiscalStart: time.April}, app.NewDate(2023, time.April, 1),
			"Date,Sales\nFY2022,100\nFY2022 H2,50\n2023-04-30,7\n",
			[]string{"1 2023-04 = 7 (1) partial", "1 2022-H2 = 50 (1) history", "1 2022 = 100 (1) history"}, nil},
		{"a fiscal year overlapping the start", app.Calendar{FiscalStart: time.April}, app.NewDate(2023, time.January, 1),
			"Date,Sales\nFY2022,100\nFY2021,80\n",
			[]string{"1 2021 = 80 (1) history"}, rowMessages(2, msgImportTooCoarse)},
	} {
		g := importGoals()[0]
		g.PlanBy, g.Start, g.End = app.CadenceMonth, tc.start, app.DateOfDayNumber(tc.start.DayNumber()+364)
		tab, err := ReadTable(strings.NewReader(tc.csv), "h.csv")
		if err != nil {
			t.Fatal(err)
		}
		m := Mapping{DateColumn: 0, GoalColumn: -1, ValueColumns: map[int]int64{1: 1}, SkipHeader: true}
		p, err := PlanImport(context.Background(), tc.cal, tab, m, []app.Goal{g}, app.Snapshot{}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if got := importPeriodsOf(p); !slices.Equal(got, tc.want) || !slices.Equal(importRejections(p), tc.rejected) {
			t.Errorf("%s: periods %q, rejected %q; want %q, rejected %q", tc.name, got, importRejections(p), tc.want, tc.rejected)
		}
	}
}
