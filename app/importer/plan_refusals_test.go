package importer

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"pacer/app"
)

// TestPlanImportRefusesAnotherCurrency: a goal counted in CNY takes
// amounts written bare, in yuan or with ¥, and refuses one written in
// dollars, euros or won, naming the goal's currency; each was taken as
// yuan.
func TestPlanImportRefusesAnotherCurrency(t *testing.T) {
	csv := "Date,Goal,Amount\n" +
		"2023-01-05,Sales,\"USD 1,234.00\"\n" +
		"2023-01-06,Sales,\"1,234 美元\"\n" +
		"2023-01-07,Sales,€12\n" +
		"2023-01-08,Sales,\"₩1,234\"\n" +
		"2023-01-09,Sales,$5\n" +
		"2023-02-05,Sales,\"¥1,200\"\n" +
		"2023-02-06,Sales,1200元\n" +
		"2023-02-07,Sales,\"CNY 1,200\"\n" +
		"2023-02-08,Sales,1200\n"
	tab, err := ReadTable(strings.NewReader(csv), "x.csv")
	if err != nil {
		t.Fatal(err)
	}
	sales := app.Goal{ID: 1, Title: "Sales", Aggregation: app.AggFlow, Unit: app.UnitCurrency, UnitLabel: "CNY",
		Cadence: app.CadenceMonth, PlanBy: app.CadenceMonth,
		Start: app.NewDate(2023, time.January, 1), End: app.NewDate(2023, time.December, 31)}
	m := Mapping{DateColumn: 0, GoalColumn: 1, ValueColumn: 2, SkipHeader: true, GoalByName: map[string]int64{"sales": 1}}
	p, err := PlanImport(context.Background(), app.Calendar{}, tab, m, []app.Goal{sales}, app.Snapshot{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	checkImportRejected(t, p)
	want := rowMessages(2, msgImportOtherCurrency, 3, msgImportOtherCurrency, 4, msgImportOtherCurrency,
		5, msgImportOtherCurrency, 6, msgImportOtherCurrency)
	if got := importRejections(p); !slices.Equal(got, want) {
		t.Fatalf("rejected\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if args := p.Rejected[0].Args; args["Currency"] != "CNY" || args["Goal"] != "Sales" {
		t.Errorf("args %v", args)
	}
	if got := importPeriodsOf(p); !slices.Equal(got, []string{"1 2023-02 = 4800 (4) partial"}) {
		t.Errorf("periods %v", got)
	}
}

// TestPlanImportRefusesAMonthsSubtotal: a month row (2023年1月) holding
// the sum of January's daily rows, a subtotal with no 合计 beside it, is
// refused and January left out; it was counted too, doubling January. A
// month row that is no such sum is counted with the days.
func TestPlanImportRefusesAMonthsSubtotal(t *testing.T) {
	csv := "日期,目标,销售额\n" +
		"2023-01-05,Sales,1000\n" +
		"2023-01-20,Sales,3062\n" +
		"2023年1月,Sales,4062\n" +
		"2023-02-03,Sales,500\n" +
		"2023年2月,Sales,700\n"
	p := importPlanOf(t, csv, importLongMapping, app.Snapshot{})
	if got, want := importRejections(p), rowMessages(4, msgImportSubtotal); !slices.Equal(got, want) {
		t.Fatalf("rejected\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if args := p.Rejected[0].Args; args["Text"] != "2023年1月" || args["Goal"] != "Sales" {
		t.Errorf("args %v", args)
	}
	if got := importPeriodsOf(p); !slices.Equal(got, []string{"1 2023-02 = 1200 (2)"}) {
		t.Errorf("periods %v", got)
	}
	if len(p.LeftOut) != 1 || p.LeftOut[0].PeriodKey != "2023-01" {
		t.Errorf("left out %+v", p.LeftOut)
	}
	// A level's rows are states, which no row adds up: a month's 12.5 beside
	// its last day's 12.5 is no subtotal.
	level := importPlanOf(t, "日期,目标,占有率\n2023-01-31,Share,12.5\n2023年1月,Share,12.5\n", importLongMapping, app.Snapshot{})
	if len(level.Rejected) > 0 {
		t.Errorf("a level goal's month row: rejected %v", importRejections(level))
	}
}

// TestPlanImportRefusesABareFractionAmongPercents: in a workbook column of
// cells formatted in per cent (85%, 87.5%), a plain 0.9 for a goal in per
// cent could be 0.9 % or 90 %: it is refused, saying both; it was read
// as 0.9 %. A column with no cell in per cent reads 0.9 as it is.
func TestPlanImportRefusesABareFractionAmongPercents(t *testing.T) {
	cell := func(v float64, text string, pct bool) Cell {
		return Cell{Kind: CellNumber, Number: v, Text: text, Percent: pct}
	}
	tab := Table{Rows: [][]Cell{
		{{Text: "Date"}, {Text: "Share"}},
		{{Text: "2023-01-31"}, cell(0.85, "85%", true)},
		{{Text: "2023-02-28"}, cell(0.9, "0.9", false)},
		{{Text: "2023-03-31"}, cell(0.875, "87.5%", true)},
	}}
	tab.finish()
	share := app.Goal{ID: 2, Title: "Share", Aggregation: app.AggLevel, Unit: app.UnitPercent, Decimals: 1,
		Cadence: app.CadenceMonth, PlanBy: app.CadenceMonth,
		Start: app.NewDate(2023, time.January, 1), End: app.NewDate(2023, time.December, 31)}
	m := Mapping{DateColumn: 0, GoalColumn: -1, ValueColumns: map[int]int64{1: 2}, SkipHeader: true}
	p, err := PlanImport(context.Background(), app.Calendar{}, tab, m, []app.Goal{share}, app.Snapshot{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	checkImportRejected(t, p)
	if got, want := importRejections(p), rowMessages(3, msgImportBareFraction); !slices.Equal(got, want) {
		t.Fatalf("rejected\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if args := p.Rejected[0].Args; args["Percent"] != "90%" {
		t.Errorf("args %v", args)
	}
	tab.Rows[1][1], tab.Rows[3][1] = cell(0.8, "0.8", false), cell(0.7, "0.7", false)
	p, err = PlanImport(context.Background(), app.Calendar{}, tab, m, []app.Goal{share}, app.Snapshot{}, nil)
	if err != nil || len(p.Rejected) > 0 {
		t.Errorf("no cell in per cent: %v, rejected %v", err, importRejections(p))
	}
}

// TestPlanImportRefusesMonthSubtotalsInAQuarter: a quarterly goal's daily
// rows with a =SUM row after each month: each month row is the sum of its
// own month's days, not the quarter's, and is refused all the same.
func TestPlanImportRefusesMonthSubtotalsInAQuarter(t *testing.T) {
	csv := "Date,Goal,Sales\n2023-01-05,Q,100\n2023-01-20,Q,50\n2023年1月,Q,150\n2023-02-03,Q,70\n2023年2月,Q,70\n"
	tab, err := ReadTable(strings.NewReader(csv), "x.csv")
	if err != nil {
		t.Fatal(err)
	}
	q := app.Goal{ID: 1, Title: "Q", Aggregation: app.AggFlow, Cadence: app.CadenceQuarter, PlanBy: app.CadenceQuarter,
		Start: app.NewDate(2023, time.January, 1), End: app.NewDate(2023, time.December, 31)}
	m := Mapping{DateColumn: 0, GoalColumn: 1, ValueColumn: 2, SkipHeader: true, GoalByName: map[string]int64{"q": 1}}
	p, err := PlanImport(context.Background(), app.Calendar{}, tab, m, []app.Goal{q}, app.Snapshot{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := importRejections(p), rowMessages(4, msgImportSubtotal, 6, msgImportSubtotal); !slices.Equal(got, want) {
		t.Errorf("rejected\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
