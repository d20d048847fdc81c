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

// TestPlanImportAdjustmentPeriodLeavesItsYear imports a ledger of two
// years with 2023's adjustments after closing (2023年第13期) for goals
// of 2024, which take 2023 as history, and of 2023 to 2024. The refused
// row falls in 2023 only: the values of 2023's months are left out with
// it, 2024's are imported, where the whole goal was left out.
func TestPlanImportAdjustmentPeriodLeavesItsYear(t *testing.T) {
	csv := "会计期间,收入\n2023年第11期,100\n2023年第12期,50\n2023年第13期,7\n2024年第1期,10\n2024年第2期,5\n"
	goal := func(id int64, from int) app.Goal {
		return app.Goal{ID: id, Title: "g", Aggregation: app.AggFlow, Cadence: app.CadenceMonth, PlanBy: app.CadenceMonth,
			Start: app.NewDate(from, time.January, 1), End: app.NewDate(2024, time.December, 31)}
	}
	for _, tc := range []struct {
		goal    app.Goal
		leftOut []string
	}{
		{goal(1, 2024), []string{"1 2023-11 history [4]", "1 2023-12 history [4]"}},
		{goal(2, 2023), []string{"2 2023-11 [4]", "2 2023-12 [4]"}},
	} {
		tab, err := ReadTable(strings.NewReader(csv), "ledger.csv")
		if err != nil {
			t.Fatal(err)
		}
		m := Mapping{DateColumn: 0, GoalColumn: -1, ValueColumns: map[int]int64{1: tc.goal.ID}, SkipHeader: true}
		p, err := PlanImport(context.Background(), app.Calendar{}, tab, m, []app.Goal{tc.goal}, app.Snapshot{}, nil)
		if err != nil {
			t.Fatal(err)
		}
		var leftOut []string
		for _, lo := range p.LeftOut {
			s := fmt.Sprintf("%d %s", lo.GoalID, lo.PeriodKey)
			if lo.History {
				s += " history"
			}
			leftOut = append(leftOut, fmt.Sprintf("%s %v", s, lo.Rows))
		}
		if !slices.Equal(leftOut, tc.leftOut) {
			t.Errorf("goal from %v: left out %q, want %q", tc.goal.Start, leftOut, tc.leftOut)
		}
		imp := p.Import(true)
		var written []string
		for _, c := range imp.CheckIns {
			if !slices.ContainsFunc(imp.LeftOut, func(g app.ImportGap) bool { return g.PeriodKey == c.PeriodKey && !g.History }) {
				written = append(written, fmt.Sprintf("%s=%v", c.PeriodKey, c.Value))
			}
		}
		if want := []string{"2024-01=10", "2024-02=5"}; !slices.Equal(written, want) {
			t.Errorf("goal from %v: check-ins written %q, want %q", tc.goal.Start, written, want)
		}
	}
}

// TestPlanImportOpeningBalanceLeavesTheCloseBefore imports a ledger whose
// 2024 opens with its balances (2024年第0期): refused as no month, the row
// holds back 2024's periods and 2023's December, whose close an opening
// balance is, but not 2023's November.
func TestPlanImportOpeningBalanceLeavesTheCloseBefore(t *testing.T) {
	csv := "会计期间,收入\n2023年第11期,100\n2023年第12期,50\n2024年第0期,150\n2024年第1期,10\n"
	g := app.Goal{ID: 1, Title: "g", Aggregation: app.AggFlow, Cadence: app.CadenceMonth, PlanBy: app.CadenceMonth,
		Start: app.NewDate(2023, time.January, 1), End: app.NewDate(2024, time.December, 31)}
	tab, err := ReadTable(strings.NewReader(csv), "ledger.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := Mapping{DateColumn: 0, GoalColumn: -1, ValueColumns: map[int]int64{1: 1}, SkipHeader: true}
	p, err := PlanImport(context.Background(), app.Calendar{}, tab, m, []app.Goal{g}, app.Snapshot{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var leftOut []string
	for _, lo := range p.LeftOut {
		leftOut = append(leftOut, lo.PeriodKey)
	}
	if want := []string{"2023-12", "2024-01"}; !slices.Equal(leftOut, want) {
		t.Errorf("left out %q, want %q", leftOut, want)
	}
}
