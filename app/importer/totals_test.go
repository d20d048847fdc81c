package importer

import (
	"slices"
	"testing"

	"pacer/app"
)

// TestPlanImportSkipsTotalRows reads reports with rows of totals: a
// 合计 row a day among its stores', Excel's subtotals (北京 汇总, 总计,
// Beijing Total, Grand Total) and a footer's 合计. Counted as a store, a
// day's 合计 doubled the day's sales without a word; as a row without a
// date, a footer's 合计 kept every period of its goal from being written.
// They are skipped on purpose and counted.
func TestPlanImportSkipsTotalRows(t *testing.T) {
	wide := "日期,门店,销售额\n2023-01-05,北京店,100\n2023-01-05,上海店,50\n2023-01-05,合计,150\n" +
		"2023-02-05,北京店,200\n2023-02-05,小 计：,200\n,北京 汇总,300\n,Beijing Total,300\n,Grand Total,350\n总计,,350\n"
	tab := readCSV(t, wide)
	p := planXLSX(t, tab, Mapping{DateColumn: 0, GoalColumn: -1, ValueColumns: map[int]int64{2: 1}, SkipHeader: true})
	want := []string{"1 2023-01 = 150 (2) partial", "1 2023-02 = 200 (1) partial"}
	if got := importPeriodsOf(p); !slices.Equal(got, want) || len(p.Rejected) > 0 || p.Totals != 6 || p.TotalLabel != "合计" {
		t.Errorf("periods %q, rejected %q, %d totals (%q); want %q, 6 totals (合计)", got, importRejections(p), p.Totals, p.TotalLabel, want)
	}
	long := "Date,Goal,Value\n2023-01-05,Sales,100\n2023-01-06,Total,100\nTotal,,100\n"
	p = importPlanOf(t, long, importLongMapping, app.Snapshot{})
	if got := importPeriodsOf(p); !slices.Equal(got, []string{"1 2023-01 = 100 (1) partial"}) || len(p.Rejected) > 0 || p.Totals != 2 {
		t.Errorf("long layout: periods %q, rejected %q, %d totals; want 100 in January, 2 totals", got, importRejections(p), p.Totals)
	}
}

// TestPlanImportTotalLookalikes are rows that only look like totals: a
// goal of the long layout named Total, and cells that merely hold the
// word (合计金额, Totally, Dim Sum).
func TestPlanImportTotalLookalikes(t *testing.T) {
	m := importLongMapping
	m.GoalByName = map[string]int64{"total": 1}
	p := importPlanOf(t, "Date,Goal,Value\n2023-01-05,Total,100\n", m, app.Snapshot{})
	if p.Totals != 0 || len(p.Periods) != 1 {
		t.Errorf("goal Total: %d totals, periods %q; want its row read", p.Totals, importPeriodsOf(p))
	}
	tab := readCSV(t, "日期,备注,销售额\n2023-01-05,合计金额,100\n2023-01-06,Totally,30\n2023-01-07,Dim Sum,20\n")
	p = planXLSX(t, tab, Mapping{DateColumn: 0, GoalColumn: -1, ValueColumns: map[int]int64{2: 1}, SkipHeader: true})
	if got := importPeriodsOf(p); p.Totals != 0 || !slices.Equal(got, []string{"1 2023-01 = 150 (3) partial"}) {
		t.Errorf("lookalikes: %d totals, periods %q; want both rows read", p.Totals, got)
	}
}

// TestPlanImportProductNamedTotal reads a product whose name ends in
// Total (Colgate Total, a toothpaste): any dated row labelled "X Total"
// had been skipped as a row of totals, January written as 50 where it
// sold 180 and the product missing from the breakdown. A label "X Total"
// is a total only when the rows around it say so: X is another row's
// cell of its column (Beijing Total under Beijing's rows), or its value
// is the sum of the rows of its date next to it (Day Total).
func TestPlanImportProductNamedTotal(t *testing.T) {
	m := Mapping{DateColumn: 0, GoalColumn: -1, ValueColumns: map[int]int64{2: 1}, SkipHeader: true, Dimensions: []int{1}}
	tab := readCSV(t, "Date,Product,Sales\n2023-01-05,Colgate Total,100\n2023-01-05,Crest Pro,50\n2023-01-06,Colgate Total,30\n")
	p := planXLSX(t, tab, m)
	want := []string{"1 2023-01 Product=Colgate Total 130 (2)", "1 2023-01 Product=Crest Pro 50 (1)"}
	if got := importPeriodsOf(p); p.Totals != 0 || !slices.Equal(got, []string{"1 2023-01 = 180 (3) partial"}) ||
		!slices.Equal(breakdownOf(p), want) {
		t.Errorf("%d totals (%q), periods %q, breakdown %q; want 180 in January, %q", p.Totals, p.TotalLabel, got, breakdownOf(p), want)
	}
	for _, tc := range []struct{ name, csv string }{
		{"group named", "Date,Store,Sales\n2023-01-05,Beijing,100\n2023-01-06,Beijing,20\n2023-01-06,Beijing Total,999\n2023-01-06,Shanghai,50\n"},
		{"sum above", "Date,Store,Sales\n2023-01-05,Beijing,100\n2023-01-06,Beijing,20\n2023-01-06,Shanghai,50\n2023-01-06,Day Total,70\n"},
		{"sum below", "Date,Store,Sales\n2023-01-05,Beijing,100\n2023-01-06,Day Total,70\n2023-01-06,Beijing,20\n2023-01-06,Shanghai,50\n"},
	} {
		p := planXLSX(t, readCSV(t, tc.csv), Mapping{DateColumn: 0, GoalColumn: -1, ValueColumns: map[int]int64{2: 1}, SkipHeader: true})
		if got := importPeriodsOf(p); p.Totals != 1 || !slices.Equal(got, []string{"1 2023-01 = 170 (3) partial"}) {
			t.Errorf("%s: %d totals, periods %q; want 170 in January, 1 total", tc.name, p.Totals, got)
		}
	}
	// A product whose figure equals the one row beside it is a product:
	// one row's sum is no evidence.
	lone := planXLSX(t, readCSV(t, "Date,Product,Sales\n2023-01-05,Crest,40\n2023-01-05,Colgate Total,40\n2023-01-06,Crest,10\n"), m)
	if got := importPeriodsOf(lone); lone.Totals != 0 || !slices.Equal(got, []string{"1 2023-01 = 90 (3) partial"}) {
		t.Errorf("a product equal to its neighbour: %d totals, periods %q; want 90 in January", lone.Totals, got)
	}
	// In the long layout, the rows of its goal: another goal's row between
	// them is no part of the sum.
	long := Mapping{DateColumn: 0, GoalColumn: 1, ValueColumn: 3, SkipHeader: true, GoalByName: importLongMapping.GoalByName}
	p = importPlanOf(t, "Date,Goal,Product,Value\n2023-01-05,Sales,A,10\n2023-01-05,Visits,A,3\n2023-01-05,Sales,B,20\n"+
		"2023-01-05,Sales,Day Total,30\n", long, app.Snapshot{})
	if got := importPeriodsOf(p); p.Totals != 1 || !slices.Contains(got, "1 2023-01 = 30 (2) partial") {
		t.Errorf("long layout: %d totals, periods %q; want Sales 30 in January, 1 total", p.Totals, got)
	}
}

// TestPlanImportDayTotalInGoalColumn reads a daily journal as accounting
// programs export it, one row an account and a "Day Total" under each
// day's rows in the account column. Its goal column was read as the
// total's goal, so no row of the day was its part: the row was listed
// among the names of no chosen goal. It adds up the day's rows of every
// goal, and is left out as a row of totals; one row's figure is still no
// evidence. So does a Day Total in a memo column whose goal cell is
// empty, which was refused as a row without its goal, every goal's day
// left out with it.
func TestPlanImportDayTotalInGoalColumn(t *testing.T) {
	csv := "Date,Account,Amount\n2023-01-05,Sales,120.00\n2023-01-05,Sales,80.50\n2023-01-05,Day Total,200.50\n" +
		"2023-01-06,Sales,70.00\n2023-01-06,Visits,5\n2023-01-06,Day Total,75.00\n2023-01-09,Sales,40.00\n2023-01-09,Day Total,40.00\n"
	p := importPlanOf(t, csv, importLongMapping, app.Snapshot{})
	want := []string{"1 2023-01 = 310.5 (4) partial", "3 2023-W01 = 5 (1) partial"}
	if got := importPeriodsOf(p); !slices.Equal(got, want) || len(p.Rejected) > 0 {
		t.Errorf("periods %q, rejected %q; want %q", got, importRejections(p), want)
	}
	if p.Totals != 2 || p.TotalLabel != "Day Total" || !slices.Equal(p.SkippedNames, []string{"Day Total"}) || p.Skipped != 1 {
		t.Errorf("%d totals (%q), %d rows of no chosen goal %q; want 2 totals (Day Total), the lone day's total of no goal",
			p.Totals, p.TotalLabel, p.Skipped, p.SkippedNames)
	}
	memo := Mapping{DateColumn: 0, GoalColumn: 1, ValueColumn: 3, SkipHeader: true, GoalByName: importLongMapping.GoalByName}
	p = importPlanOf(t, "Date,Account,Memo,Amount\n2023-01-05,Sales,Shop,120.00\n2023-01-05,Visits,Door,5\n2023-01-05,,Day Total,125.00\n"+
		"2023-01-06,Sales,Shop,70.00\n", memo, app.Snapshot{})
	want = []string{"1 2023-01 = 190 (2) partial", "3 2023-W01 = 5 (1) partial"}
	if got := importPeriodsOf(p); !slices.Equal(got, want) || len(p.Rejected) > 0 || p.Totals != 1 {
		t.Errorf("memo column: periods %q, rejected %q, %d totals; want %q, 1 total", got, importRejections(p), p.Totals, want)
	}
}
