package importer

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

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

// subtotalGoals are a quarterly sum goal, Sales, a quarterly level goal,
// Share, and a yearly sum goal, Year.
func subtotalGoals() []app.Goal {
	g := func(id int64, title string, agg app.Aggregation, cad app.Cadence) app.Goal {
		return app.Goal{ID: id, Title: title, Aggregation: agg, Cadence: cad, PlanBy: cad,
			Start: app.NewDate(2023, time.January, 1), End: app.NewDate(2023, time.December, 31)}
	}
	return []app.Goal{g(1, "Sales", app.AggFlow, app.CadenceQuarter), g(2, "Share", app.AggLevel, app.CadenceQuarter),
		g(3, "Year", app.AggFlow, app.CadenceYear)}
}

// planSubtotals plans the import of tab, a column of periods and one of
// values, into subtotalGoals' goal id.
func planSubtotals(t *testing.T, tab Table, id int64) ImportPlan {
	t.Helper()
	m := Mapping{DateColumn: 0, GoalColumn: -1, ValueColumns: map[int]int64{1: id}, SkipHeader: true}
	p, err := PlanImport(context.Background(), app.Calendar{}, tab, m, subtotalGoals(), app.Snapshot{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	checkImportRejected(t, p)
	return p
}

// csvTable reads csv, failing on errors.
func csvTable(t *testing.T, csv string) Table {
	t.Helper()
	tab, err := ReadTable(strings.NewReader(csv), "x.csv")
	if err != nil {
		t.Fatal(err)
	}
	return tab
}

// TestPlanImportRefusesAQuartersSubtotal: a quarter row holding the sum of
// the month rows above it, or of months and days, is refused as their
// subtotal and its quarter left out; it was counted too, Q1 600 imported
// as 1,200. A quarter row that is no such sum is counted with its months,
// and a level goal's rows are left alone.
func TestPlanImportRefusesAQuartersSubtotal(t *testing.T) {
	csv := "期间,销售额\n" +
		"2023年1月,100\n2023年2月,200\n2023年3月,300\n2023年第一季度,600\n" +
		"2023年4月,100\n2023年5月,100\n2023年6月,100\n2023年第二季度,300\n" +
		"2023年7月,100\n2023年第三季度,50\n" +
		"2023年10月,70\n2023-11-05,30\n2023年第四季度,100\n"
	p := planSubtotals(t, csvTable(t, csv), 1)
	want := rowMessages(5, msgImportSpanSubtotal, 9, msgImportSpanSubtotal, 14, msgImportSpanSubtotal)
	if got := importRejections(p); !slices.Equal(got, want) {
		t.Fatalf("rejected\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if args := p.Rejected[0].Args; args["Text"] != "2023年第一季度" || args["Goal"] != "Sales" {
		t.Errorf("args %v", args)
	}
	if got := importPeriodsOf(p); !slices.Equal(got, []string{"1 2023-Q3 = 150 (2)"}) {
		t.Errorf("periods %v", got)
	}
	want = []string{"1 2023-Q1 rows [5], 4 values", "1 2023-Q2 rows [9], 4 values", "1 2023-Q4 rows [14], 3 values"}
	if got := importLeftOutOf(p); !slices.Equal(got, want) {
		t.Errorf("left out %q; want %q", got, want)
	}
	if level := planSubtotals(t, csvTable(t, csv), 2); len(level.Rejected) > 0 {
		t.Errorf("a level goal: rejected %v", importRejections(level))
	}
	// A month row, the sum of its days, is their subtotal; so is the
	// quarter row after it, the sum of the same days, not of the month.
	days := "期间,销售额\n2023-01-05,100\n2023-01-20,200\n2023年1月,300\n2023年一季度,300\n"
	p = planSubtotals(t, csvTable(t, days), 1)
	if got, want := importRejections(p), rowMessages(4, msgImportSubtotal, 5, msgImportSubtotal); !slices.Equal(got, want) {
		t.Errorf("days: rejected\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// Weeks (as Pacer's exports write them) inside a month are its parts too.
	weeks := "期间,销售额\n2023-W02,40\n2023-W03,60\n2023年1月,100\n"
	p = planSubtotals(t, csvTable(t, weeks), 1)
	if got, want := importRejections(p), rowMessages(4, msgImportSpanSubtotal); !slices.Equal(got, want) {
		t.Errorf("weeks: rejected\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestPlanImportRefusesNestedSubtotals: a year's months with a subtotal
// row after each quarter and the year's total at the end: the quarter rows
// and the year row are refused, not the months. The year row is the sum
// of the months, not of the months and the quarters.
func TestPlanImportRefusesNestedSubtotals(t *testing.T) {
	var csv strings.Builder
	csv.WriteString("期间,销售额\n")
	var want []string
	row := 1
	for q := 1; q <= 4; q++ {
		for m := 3*q - 2; m <= 3*q; m++ {
			csv.WriteString("2023年" + strconv.Itoa(m) + "月," + strconv.Itoa(10*m) + "\n")
			row++
		}
		csv.WriteString("2023年第" + "一二三四"[3*(q-1):3*q] + "季度," + strconv.Itoa(90*q-30) + "\n")
		row++
		want = append(want, rowMessages(row, msgImportSpanSubtotal)...)
	}
	csv.WriteString("2023,780\n")
	want = append(want, rowMessages(row+1, msgImportSpanSubtotal)...)
	p := planSubtotals(t, csvTable(t, csv.String()), 3)
	if got := importRejections(p); !slices.Equal(got, want) {
		t.Fatalf("rejected\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(p.Periods) > 0 || len(p.LeftOut) != 1 || p.LeftOut[0].PeriodKey != "2023" {
		t.Errorf("periods %v, left out %q", importPeriodsOf(p), importLeftOutOf(p))
	}
}

// TestPlanImportRefusesAQuartersSubtotalInAWorkbook: a workbook whose
// quarter rows are =SUM formulas of the month rows above them, with their
// results saved, as LibreOffice and Excel save them.
func TestPlanImportRefusesAQuartersSubtotalInAWorkbook(t *testing.T) {
	b := xlsxOf(t, func(f *excelize.File) error {
		rows := [][]any{{"期间", "销售额"}, {"2023年1月", 100}, {"2023年2月", 200}, {"2023年3月", 300}, {"2023年第一季度", 600},
			{"2023年4月", 100}, {"2023年5月", 100}, {"2023年6月", 100}, {"2023年第二季度", 300}}
		if err := xlsxRows(f, 0, rows...); err != nil {
			return err
		}
		for cell, formula := range map[string]string{"B5": "SUM(B2:B4)", "B9": "SUM(B6:B8)"} {
			if err := f.SetCellFormula("Sheet1", cell, formula); err != nil {
				return err
			}
		}
		return nil
	})
	tab := readXLSXTable(t, b)
	if c := tab.Cell(4, 1); c.Kind != CellNumber || c.Number != 600 {
		t.Fatalf("B5 = %+v; want its saved result, 600", c)
	}
	p := planSubtotals(t, tab, 1)
	if got, want := importRejections(p), rowMessages(5, msgImportSpanSubtotal, 9, msgImportSpanSubtotal); !slices.Equal(got, want) {
		t.Fatalf("rejected\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(p.Periods) > 0 || len(p.LeftOut) != 2 {
		t.Errorf("periods %v, left out %q", importPeriodsOf(p), importLeftOutOf(p))
	}
}
