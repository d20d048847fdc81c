package importer

import (
	"slices"
	"testing"

	"pacer/app/notation"
)

// TestPlanImportLedgerYearToDate reads a 主营业务收入 ledger as Kingdee
// exports its 明细账: under each month's rows a 本月合计 row and a 本年累计
// row, the year to date, both dated the month's last day. The 本年累计 row
// was read as a day's revenue: January doubled, February 16,000 where it
// made 4,000, without a word. So were Yonyou's 当前累计 and a page's 过次页.
func TestPlanImportLedgerYearToDate(t *testing.T) {
	csv := "科目：6001 主营业务收入\n日期,凭证字号,摘要,借方,贷方,方向,余额\n" +
		"2023-01-01,,期初余额,,,平,0.00\n" +
		"2023-01-05,记-1,销售A产品,,\"5,000.00\",贷,\"5,000.00\"\n" +
		"2023-01-20,记-7,销售B产品,,\"3,000.00\",贷,\"8,000.00\"\n" +
		"2023-01-31,,本月合计,\"8,000.00\",\"8,000.00\",平,0.00\n" +
		"2023-01-31,,本年累计,\"8,000.00\",\"8,000.00\",平,0.00\n" +
		"2023-02-03,记-2,销售A产品,,\"4,000.00\",贷,\"4,000.00\"\n" +
		"2023-02-15,,过次页,,\"4,000.00\",贷,\"4,000.00\"\n" +
		"2023-02-15,,承前页,,\"4,000.00\",贷,\"4,000.00\"\n" +
		"2023-02-28,,当前合计,,\"4,000.00\",贷,\"4,000.00\"\n" +
		"2023-02-28,,当前累计,,\"12,000.00\",贷,\"4,000.00\"\n"
	tab := readCSV(t, csv)
	m := Mapping{DateColumn: 0, GoalColumn: -1, ValueColumns: map[int]int64{4: 1}, SkipHeader: true, HeaderRow: tab.HeaderRow}
	p := planXLSX(t, tab, m)
	want := []string{"1 2023-01 = 8000 (2) partial", "1 2023-02 = 4000 (1) partial"}
	if got := importPeriodsOf(p); !slices.Equal(got, want) || len(p.Rejected) > 0 || p.Totals != 6 {
		t.Errorf("periods %q, rejected %q, %d totals; want %q, 6 totals", got, importRejections(p), p.Totals, want)
	}
}

// TestPlanImportAccountTotals reads the transaction reports of QuickBooks
// and Xero, which close each account's rows with a row of its total
// without a date ("Total for Sales", "Total Sales") and tables with a row
// of averages. Refused as rows without a date, they kept every period of
// the goal from being written, "Import without these rows" included.
func TestPlanImportAccountTotals(t *testing.T) {
	quickBooks := "\"Transaction Detail by Account\"\n\"Craig's Design and Landscaping Services\"\n\"\"\n" +
		"\"\",\"Date\",\"Transaction Type\",\"Num\",\"Name\",\"Amount\"\n" +
		"\"Sales of Product Income\",,,,,\n" +
		"\"\",\"01/05/2023\",\"Invoice\",\"1001\",\"Amy's Bird Sanctuary\",\"5,000.00\"\n" +
		"\"\",\"02/03/2023\",\"Sales Receipt\",\"1003\",\"Cool Cars\",\"4,000.00\"\n" +
		"\"Total for Sales of Product Income\",,,,,\"$9,000.00\"\n" +
		"\"TOTAL\",,,,,\"$9,000.00\"\n"
	xero := "Account Transactions\nDemo Company (Global)\n\nDate,Source,Description,Credit\n" +
		"Sales,,,\nOpening Balance,,,\n" +
		"05 Jan 2023,Receivable Invoice,Amy's Bird Sanctuary,\"5,000.00\"\n" +
		"03 Feb 2023,Receive Money,Cool Cars,\"4,000.00\"\n" +
		"Total Sales,,,\"9,000.00\"\nAverage,,,\"4,500.00\"\n"
	for _, tc := range []struct {
		name      string
		csv       string
		date, val int
		totals    int
		order     notation.DayMonthOrder
	}{{"QuickBooks", quickBooks, 1, 5, 2, notation.MonthFirst}, {"Xero", xero, 0, 3, 2, notation.DayFirst}} {
		tab := readCSV(t, tc.csv)
		m := Mapping{DateColumn: tc.date, GoalColumn: -1, ValueColumns: map[int]int64{tc.val: 1}, SkipHeader: true,
			HeaderRow: tab.HeaderRow, DayMonth: tc.order}
		p := planXLSX(t, tab, m)
		want := []string{"1 2023-01 = 5000 (1) partial", "1 2023-02 = 4000 (1) partial"}
		if got := importPeriodsOf(p); !slices.Equal(got, want) || len(p.Rejected) > 0 || p.Totals != tc.totals {
			t.Errorf("%s: periods %q, rejected %q, %d totals; want %q, %d totals", tc.name, got, importRejections(p), p.Totals, want, tc.totals)
		}
	}
}

// TestPlanImportTotalPrefixDated keeps a dated row whose text starts like
// a total, a shop named Total Wine: only a row without a date is a total
// by such a label.
func TestPlanImportTotalPrefixDated(t *testing.T) {
	tab := readCSV(t, "日期,门店,销售额\n2023-01-05,Total Wine,100\n2023-01-06,Summe Markt,30\n")
	p := planXLSX(t, tab, Mapping{DateColumn: 0, GoalColumn: -1, ValueColumns: map[int]int64{2: 1}, SkipHeader: true})
	if got := importPeriodsOf(p); p.Totals != 0 || !slices.Equal(got, []string{"1 2023-01 = 130 (2) partial"}) {
		t.Errorf("%d totals, periods %q; want both rows read", p.Totals, got)
	}
}
