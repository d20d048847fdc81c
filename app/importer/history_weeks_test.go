package importer

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"pacer/app"
)

// TestWeeklyHistoryImported checks that three years of sales by ISO week
// ("2021-W05") before a goal are imported as weeks and read as three full
// years by the goal's history: a week that crosses a month end was
// refused as overlapping the goal's start, and its months were left out,
// so most years had holes and the history showed no growth.
func TestWeeklyHistoryImported(t *testing.T) {
	cal := app.Calendar{}
	var csv strings.Builder
	csv.WriteString("Week,Goal,Value\n")
	for _, w := range cal.Periods(app.CadenceWeek, app.NewDate(2020, 1, 1), app.NewDate(2022, 12, 31)) {
		if end := cal.End(w); end.Year() >= 2020 && end.Year() <= 2022 {
			fmt.Fprintf(&csv, "%s,Sales,%d\n", w.Key(), 100*(end.Year()-2019))
		}
	}
	p := importPlanOf(t, csv.String(), importLongMapping, app.Snapshot{})
	if len(p.Rejected) != 0 || len(p.LeftOut) != 0 || len(p.History) != 156 || p.History[0].PeriodKey != "2020-W01" {
		t.Fatalf("rejected %v, left out %v, %d history values from %v; want the 156 weeks", p.Rejected, p.LeftOut, len(p.History), p.History[:1])
	}
	h := app.AnalyzeHistory(cal, importGoals()[0], app.ValuesFromHistory(p.History))
	want := []app.YearValue{{Year: 2020, Value: 5200}, {Year: 2021, Value: 10400, Growth: 100, GrowthOK: true},
		{Year: 2022, Value: 15600, Growth: 50, GrowthOK: true}}
	if !slices.Equal(h.Years, want) || h.BestYear != 2021 {
		t.Errorf("years %+v, best year %d; want %+v, best 2021", h.Years, h.BestYear, want)
	}
}
