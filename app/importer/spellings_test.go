package importer

import (
	"slices"
	"strings"
	"testing"

	"pacer/app"
	"pacer/app/notation"
)

// TestPlanImportExportSpellings imports a CSV written the ways Excel (US
// locale, General and Accounting formats), .NET, databases and SAP write
// dates and numbers: no cell is refused, and every value is exact.
func TestPlanImportExportSpellings(t *testing.T) {
	csv := "Date,Goal,Value\n" +
		"1/5/23,Sales,1.2E+06\n" +
		"1/31/2023 12:00:00 AM,Sales,\"$ -\"\n" +
		"2023-01-20T23:00:00-05:00,Sales,\"1,200-\"\n" +
		"5-Feb-23,Sales,1.23457E+11\n" +
		"2023-02-28 00:00:00,Sales,-\n" +
		"Mar-23,Share, - \n" +
		"2023-01-31T02:00:00Z,Share,\"¥ -\"\n" +
		"2023-02-28 13:30:00,Share,8.5E+00\n"
	m := importLongMapping
	m.DayMonth = notation.MonthFirst
	p := importPlanOf(t, csv, m, app.Snapshot{})
	if len(p.Rejected) > 0 || p.Values != 8 {
		t.Fatalf("values %d, rejected %v", p.Values, importRejections(p))
	}
	want := []string{"1 2023-01 = 1.1988e+06 (3) partial", "1 2023-02 = 1.23457e+11 (2) partial",
		"2 2023-01 = 0 (1) partial", "2 2023-02 = 8.5 (1) partial", "2 2023-03 = 0 (1)"}
	if got := importPeriodsOf(p); !slices.Equal(got, want) {
		t.Fatalf("periods\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if v := p.Periods[1].Value; v != 123457000000 {
		t.Errorf("1.23457E+11 imported as %v", v)
	}
	tab, err := ReadTable(strings.NewReader(csv), "x.csv")
	if err != nil {
		t.Fatal(err)
	}
	// 1/31/2023 12:00:00 AM decides the order that 1/5/23 needs.
	if order, amb := notation.DetectDayMonth(ColumnTexts(tab, 0)); order != notation.MonthFirst || amb {
		t.Errorf("DetectDayMonth = %d, %v; want month first", order, amb)
	}
}

// TestPlanImportDecimalCommaSpellings is the same with a decimal comma,
// as a German Excel or SAP writes it, and the look-alikes still refused;
// 1e5, an exponent without its sign, reads in a value column (its
// period is left out for the NaN beside it).
func TestPlanImportDecimalCommaSpellings(t *testing.T) {
	csv := "Date;Goal;Value\n" +
		"05-Jan-23;Sales;1,2E+06\n" +
		"31.01.23;Sales;1.200,50-\n" +
		"31.01.23;Sales;- €\n" +
		"2023-03-31;Visits;1.2E+06\n" + // a thousands point in a mantissa
		"2023-03-31;Visits;-abc\n" +
		"2023-03-31;Visits;--\n" +
		"2023-03-31;Visits;-1.200-\n" +
		"2023-03-31;Visits;1e5\n" + // an exponent without its sign: a value column reads it
		"2023-03-31;Visits;NaN\n" +
		"Jan 23;Visits;1\n"
	m := importLongMapping
	m.NumberFormat = notation.NumberFormat{DecimalComma: true}
	p := importPlanOf(t, csv, m, app.Snapshot{})
	var rows []int
	for _, r := range p.Rejected {
		rows = append(rows, r.Row)
	}
	if want := []int{5, 6, 7, 8, 10, 11}; !slices.Equal(rows, want) {
		t.Errorf("rejected rows %v, want %v: %v", rows, want, importRejections(p))
	}
	if got, want := importPeriodsOf(p), []string{"1 2023-01 = 1.1987995e+06 (3) partial"}; !slices.Equal(got, want) {
		t.Errorf("periods %v, want %v", got, want)
	}
}
