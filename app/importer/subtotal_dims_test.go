package importer

import (
	"context"
	"slices"
	"strings"
	"testing"

	"pacer/app"
)

// TestPlanImportSubtotalsByStore: with a store column, a store's quarter
// row is compared with that store's months only: South's 60 is no
// subtotal of North's 10, 20 and 30, and both count (it was refused and
// the whole quarter left out). North's own quarter row equal to its months
// is refused; so is a row with no store that totals every store.
func TestPlanImportSubtotalsByStore(t *testing.T) {
	plan := func(csv string) ImportPlan {
		t.Helper()
		m := Mapping{DateColumn: 0, GoalColumn: -1, SkipHeader: true, Dimensions: []int{1}, Sources: []Source{{GoalID: 1, ValueColumn: 2}}}
		p, err := PlanImport(context.Background(), app.Calendar{}, csvTable(t, csv), m, subtotalGoals(), app.Snapshot{}, nil)
		if err != nil {
			t.Fatal(err)
		}
		checkImportRejected(t, p)
		return p
	}
	p := plan("Month,Store,Sales\n2023-01,North,10\n2023-02,North,20\n2023-03,North,30\n2023-Q1,South,60\n")
	if len(p.Rejected) > 0 || !slices.Equal(importPeriodsOf(p), []string{"1 2023-Q1 = 120 (4)"}) {
		t.Errorf("another store's quarter: rejected %q, periods %q", importRejections(p), importPeriodsOf(p))
	}
	p = plan("Month,Store,Sales\n2023-01,North,10\n2023-02,North,20\n2023-03,North,30\n2023-Q1,North,60\n2023-Q1,South,5\n")
	if got, want := importRejections(p), rowMessages(5, msgImportSpanSubtotal); !slices.Equal(got, want) {
		t.Errorf("North's own quarter: rejected\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	p = plan("Month,Store,Sales\n2023-01,North,10\n2023-02,South,20\n2023-Q1,,30\n")
	if got, want := importRejections(p), rowMessages(4, msgImportSpanSubtotal); !slices.Equal(got, want) {
		t.Errorf("every store's total: rejected\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
