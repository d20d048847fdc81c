package importer

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"pacer/app"
)

// planOneGoal imports tab, a date column and a value column, into goal g.
func planOneGoal(t *testing.T, tab Table, g app.Goal) ImportPlan {
	t.Helper()
	m := Mapping{DateColumn: 0, GoalColumn: -1, ValueColumns: map[int]int64{1: g.ID}, SkipHeader: true}
	p, err := PlanImport(context.Background(), app.Calendar{}, tab, m, []app.Goal{g}, app.Snapshot{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

var cnySales = app.Goal{ID: 1, Title: "Sales", Aggregation: app.AggFlow, Unit: app.UnitCurrency, UnitLabel: "CNY", Decimals: 2,
	Cadence: app.CadenceMonth, PlanBy: app.CadenceMonth,
	Start: app.NewDate(2023, time.January, 1), End: app.NewDate(2023, time.December, 31)}

// TestPlanImportWorkbookCurrencyCells: a workbook's currency cells show
// their currency through their format ($1,234.00, 1,500.00 €): for a goal
// in CNY they are refused as the same text in a CSV is; they were taken
// as yuan. A cell shown in yuan, or bare, counts.
func TestPlanImportWorkbookCurrencyCells(t *testing.T) {
	cell := func(v float64, text string) Cell { return Cell{Kind: CellNumber, Number: v, Text: text} }
	tab := Table{Rows: [][]Cell{
		{{Text: "Date"}, {Text: "Sales"}},
		{{Text: "2023-01-31"}, cell(1234, "$1,234.00")},
		{{Text: "2023-02-28"}, cell(1500, "1,500.00 €")},
		{{Text: "2023-03-31"}, cell(1200, "¥1,200.00")},
		{{Text: "2023-04-30"}, cell(800, "800")},
	}}
	tab.finish()
	p := planOneGoal(t, tab, cnySales)
	if got, want := importRejections(p), rowMessages(2, msgImportOtherCurrency, 3, msgImportOtherCurrency); !slices.Equal(got, want) {
		t.Fatalf("rejected\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if got := importPeriodsOf(p); !slices.Equal(got, []string{"1 2023-03 = 1200 (1) partial", "1 2023-04 = 800 (1) partial"}) {
		t.Errorf("periods %v", got)
	}
}

// TestPlanImportRefusesPercentForMoney: a money goal refuses a value in
// per cent (12.5% in a CSV, 8% shown by a workbook's format): it was taken
// as an amount of yuan. A bank's debit beside unmarked amounts (1,234.00
// DR) is no unit but a reversal (ownSide), read as −1,234.
func TestPlanImportRefusesPercentForMoney(t *testing.T) {
	csv := "Date,Sales\n2023-01-31,12.5%\n2023-02-28,\"1,234.00 DR\"\n2023-03-31,\"1,200.00\"\n"
	p := planOneGoal(t, readCSV(t, csv), cnySales)
	if got, want := importRejections(p), rowMessages(2, msgImportPercentNotCounted); !slices.Equal(got, want) {
		t.Fatalf("rejected\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if got := importPeriodsOf(p); !slices.Contains(got, "1 2023-02 = -1234 (1) partial") {
		t.Errorf("periods %q, want February's debit read as -1234", got)
	}
	tab := Table{Rows: [][]Cell{{{Text: "Date"}, {Text: "Sales"}}, {{Text: "2023-01-31"}, {Kind: CellNumber, Number: 0.08, Text: "8%", Percent: true}}}}
	tab.finish()
	p = planOneGoal(t, tab, cnySales)
	if got, want := importRejections(p), rowMessages(2, msgImportPercentNotCounted); !slices.Equal(got, want) {
		t.Errorf("a workbook's 8%%: rejected %v", got)
	}
}

// TestPlanImportRefusesABareFractionAmongPercentTexts: a CSV column of
// 85% and 105% with a plain 0.92, where one cell lost its format before
// the export, is refused for a goal in per cent as in a workbook; it was
// read as 0.92 %.
func TestPlanImportRefusesABareFractionAmongPercentTexts(t *testing.T) {
	share := app.Goal{ID: 2, Title: "Rate", Aggregation: app.AggLevel, Unit: app.UnitPercent, Decimals: 2,
		Cadence: app.CadenceMonth, PlanBy: app.CadenceMonth,
		Start: app.NewDate(2023, time.January, 1), End: app.NewDate(2023, time.December, 31)}
	p := planOneGoal(t, readCSV(t, "月份,完成率\n2023年1月,85%\n2023年2月,0.92\n2023年3月,105%\n"), share)
	if got, want := importRejections(p), rowMessages(3, msgImportBareFraction); !slices.Equal(got, want) {
		t.Fatalf("rejected\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	p = planOneGoal(t, readCSV(t, "月份,完成率\n2023年1月,85\n2023年2月,0.92\n"), share)
	if len(p.Rejected) > 0 {
		t.Errorf("no cell in per cent: rejected %v", importRejections(p))
	}
	// A % in the header names the column.
	for _, csv := range []string{"Month,Churn %\n2023-01,0.8\n2023-02,1.2\n2023-03,0.5\n", "月份,流失率%\n2023-01,0.8\n2023-02,1.2\n"} {
		if p = planOneGoal(t, readCSV(t, csv), share); len(p.Rejected) > 0 {
			t.Errorf("%q: rejected %v", csv, importRejections(p))
		}
	}
}

// TestPlanImportWorkbookMagnitudeFormat: a workbook cell holding 12.34
// formatted 0.00"万元" shows 12.34万元, which is 123,400 yuan, and counts
// so, exactly, even where the format rounds what it shows (0.0"万元"
// showing 12.3万元); it was read as 12.34. Under a header that states the
// scale too, 销售额(万元), such a cell is refused as one stating its own
// unit, as the same text in a CSV is.
func TestPlanImportWorkbookMagnitudeFormat(t *testing.T) {
	rows := [][]any{{"Date", "Sales"}, {"2023-01-31", 12.34}, {"2023-02-28", 12.34}}
	tab := readXLSXTable(t, formattedColumnXLSX(t, rows, []string{`0.00"万元"`, `0.0"万元"`}))
	if got := tab.Cell(1, 1).Text + " " + tab.Cell(2, 1).Text; got != "12.34万元 12.3万元" {
		t.Fatalf("the cells show %q", got)
	}
	p := planOneGoal(t, tab, cnySales)
	if got, want := importPeriodsOf(p), []string{"1 2023-01 = 123400 (1) partial", "1 2023-02 = 123400 (1) partial"}; !slices.Equal(got, want) || len(p.Rejected) > 0 {
		t.Fatalf("periods %q, rejected %q; want %q", got, importRejections(p), want)
	}
	tab.Rows[0][1].Text = "销售额(万元)"
	tab.finish()
	p = planOneGoal(t, tab, cnySales)
	if got, want := importRejections(p), rowMessages(2, msgImportOwnUnit, 3, msgImportOwnUnit); !slices.Equal(got, want) {
		t.Errorf("under 销售额(万元): rejected %q, periods %q", got, importPeriodsOf(p))
	}
}

// TestPlanImportRefusesPercentForCounts: a goal counting orders, or kg,
// refuses a value in per cent (12% in a CSV, 8% shown by a workbook's
// format) as a money goal does: 12 件, 12% and 7 had been imported as
// 12, 12 and 7 orders. A goal in per cent refuses a value in a unit (12
// 件 among 85%), as one of two units.
func TestPlanImportRefusesPercentForCounts(t *testing.T) {
	orders := cnySales
	orders.Title, orders.Unit, orders.UnitLabel, orders.Decimals = "Orders", app.UnitCount, "", 0
	kg := orders
	kg.Unit, kg.UnitLabel = app.UnitCustom, "kg"
	rate := orders
	rate.Unit, rate.Decimals = app.UnitPercent, 1
	workbook := Table{Rows: [][]Cell{{{Text: "Date"}, {Text: "Orders"}},
		{{Text: "2023-01-31"}, {Kind: CellNumber, Number: 0.08, Text: "8%", Percent: true}}, {{Text: "2023-02-28"}, {Text: "7"}}}}
	workbook.finish()
	for _, tc := range []struct {
		name     string
		tab      Table
		g        app.Goal
		rejected []string
		periods  []string
	}{
		{"count", readCSV(t, "Date,Orders\n2023-01-31,12 件\n2023-02-28,12%\n2023-03-31,7\n"), orders,
			rowMessages(3, msgImportPercentNotCount), []string{"1 2023-01 = 12 (1) partial", "1 2023-03 = 7 (1) partial"}},
		{"count, a workbook's 8%", workbook, orders, rowMessages(2, msgImportPercentNotCount), []string{"1 2023-02 = 7 (1) partial"}},
		{"kg", readCSV(t, "Date,Weight\n2023-01-31,12%\n2023-02-28,3 kg\n"), kg,
			rowMessages(2, msgImportPercentNotCount), []string{"1 2023-02 = 3 (1) partial"}},
		{"per cent", readCSV(t, "Date,Rate\n2023-01-31,85%\n2023-02-28,12 件\n"), rate,
			rowMessages(3, msgImportOtherUnit), []string{"1 2023-01 = 85 (1) partial"}},
	} {
		p := planOneGoal(t, tc.tab, tc.g)
		if got := importRejections(p); !slices.Equal(got, tc.rejected) {
			t.Errorf("%s: rejected\n%s\nwant\n%s", tc.name, strings.Join(got, "\n"), strings.Join(tc.rejected, "\n"))
		}
		if got := importPeriodsOf(p); !slices.Equal(got, tc.periods) {
			t.Errorf("%s: periods %q, want %q", tc.name, got, tc.periods)
		}
	}
}
