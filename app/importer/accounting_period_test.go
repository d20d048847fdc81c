package importer

import (
	"slices"
	"testing"

	"pacer/app"
)

// TestPlanImportAccountingPeriods imports a ledger exported from Kingdee,
// one row an accounting period (2023年第1期): each period is its month. A
// period after the twelfth (第13期, the adjustments after closing) or
// period 0 (the opening balances) is no month: its row is refused saying
// so, where every row of the file was refused as no date.
func TestPlanImportAccountingPeriods(t *testing.T) {
	csv := "会计期间,收入\n2023年第1期,100\n2023年 第2期,50\n2023.3期,10\n2023-第12期,5\n"
	m := Mapping{DateColumn: 0, GoalColumn: -1, ValueColumns: map[int]int64{1: 1}, SkipHeader: true}
	p := importPlanOf(t, csv, m, app.Snapshot{})
	want := []string{"1 2023-01 = 100 (1)", "1 2023-02 = 50 (1)", "1 2023-03 = 10 (1)", "1 2023-12 = 5 (1)"}
	if got := importPeriodsOf(p); !slices.Equal(got, want) || len(p.Rejected) > 0 {
		t.Errorf("periods %q, rejected %q; want %q", got, importRejections(p), want)
	}
	p = importPlanOf(t, csv+"2023年第13期,7\n2023.0期,1\n", m, app.Snapshot{})
	if got, want := importRejections(p), rowMessages(6, msgImportAdjustPeriod, 7, msgImportAdjustPeriod); !slices.Equal(got, want) {
		t.Errorf("rejected %q, want %q", got, want)
	}
	if len(p.Rejected) == 2 && (p.Rejected[0].Args["Period"] != "13" || p.Rejected[1].Args["Year"] != "2023") {
		t.Errorf("args %v, %v", p.Rejected[0].Args, p.Rejected[1].Args)
	}
}
