package importer

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"pacer/app"
)

// historyMonths writes the rows of 2022's months, 100 each, as a
// spreadsheet saved as CSV writes a month (2022-01), below the lines
// before.
func historyMonths(before string, months int) string {
	var b strings.Builder
	b.WriteString("Month,Sales\n" + before)
	for m := 1; m <= months; m++ {
		fmt.Fprintf(&b, "2022-%02d,100.00\n", m)
	}
	return b.String()
}

// TestPlanImportHistoryTotalsBesideMonths reads history files that hold a
// year's or a half's total above the months of the same year, as sheets
// summing their months do. The total's history period (2022, 2022-H1)
// is not the months' (their months, or quarters for a goal planned by
// quarter), so the months' subtotal rule never saw them together and
// both were imported: two figures for the same days. The total equal to
// its months is refused as their subtotal; one that differs from them is
// refused as a second figure; a total beside only some of its months is
// the only figure for the whole year and kept.
func TestPlanImportHistoryTotalsBesideMonths(t *testing.T) {
	months := func(planBy app.Cadence) []string {
		if planBy == app.CadenceQuarter {
			return []string{"1 2022-Q1 = 300 (3) history", "1 2022-Q2 = 300 (3) history", "1 2022-Q3 = 300 (3) history", "1 2022-Q4 = 300 (3) history"}
		}
		var out []string
		for m := 1; m <= 12; m++ {
			out = append(out, fmt.Sprintf("1 2022-%02d = 100 (1) history", m))
		}
		return out
	}
	for _, tc := range []struct {
		name     string
		planBy   app.Cadence
		csv      string
		rejected []string
		periods  []string
		leftOut  []string
	}{
		{"year by quarters", app.CadenceQuarter, historyMonths("2022,\"1,200.00\"\n", 12),
			rowMessages(2, msgImportSpanSubtotal), months(app.CadenceQuarter), []string{"1 2022 rows [2], 1 values history"}},
		{"year by months", app.CadenceMonth, historyMonths("2022,\"1,200.00\"\n", 12),
			rowMessages(2, msgImportSpanSubtotal), months(app.CadenceMonth), []string{"1 2022 rows [2], 1 values history"}},
		{"halves", app.CadenceMonth, historyMonths("2022-H1,600.00\n2022-H2,650.00\n", 12),
			rowMessages(2, msgImportSpanSubtotal, 3, msgImportHistoryTotal), months(app.CadenceMonth),
			[]string{"1 2022-H1 rows [2], 1 values history", "1 2022-H2 rows [3], 1 values history"}},
		{"year and halves", app.CadenceMonth, historyMonths("2022,\"1,200.00\"\n2022-H1,600.00\n2022-H2,600.00\n", 12),
			rowMessages(2, msgImportSpanSubtotal, 3, msgImportSpanSubtotal, 4, msgImportSpanSubtotal), months(app.CadenceMonth),
			[]string{"1 2022-H1 rows [3], 1 values history", "1 2022-H2 rows [4], 1 values history", "1 2022 rows [2], 1 values history"}},
		{"some months", app.CadenceMonth, historyMonths("2022,\"1,200.00\"\n", 6), nil,
			append(months(app.CadenceMonth)[:6:6], "1 2022 = 1200 (1) history"), nil},
	} {
		g := importGoals()[0]
		g.PlanBy = tc.planBy
		m := Mapping{DateColumn: 0, GoalColumn: -1, ValueColumns: map[int]int64{1: 1}, SkipHeader: true}
		p := importPlanFor(t, tc.csv, m, []app.Goal{g}, app.Snapshot{})
		if got := importRejections(p); !slices.Equal(got, tc.rejected) {
			t.Errorf("%s: rejected %q, want %q", tc.name, got, tc.rejected)
		}
		for _, r := range p.Rejected {
			if r.Message == msgImportHistoryTotal && (r.Args["Value"] != "650" || r.Args["Sum"] != "600" || r.Args["Text"] != "2022-H2") {
				t.Errorf("%s: row %d says %v, want 2022-H2's 650 beside its months' 600", tc.name, r.Row, r.Args)
			}
		}
		if got := importPeriodsOf(p); !slices.Equal(got, tc.periods) {
			t.Errorf("%s: periods %q, want %q", tc.name, got, tc.periods)
		}
		if got := importLeftOutOf(p); !slices.Equal(got, tc.leftOut) {
			t.Errorf("%s: left out %q, want %q", tc.name, got, tc.leftOut)
		}
	}
}
