package importer

import (
	"slices"
	"strings"
	"testing"

	"pacer/app"
)

func TestReadTableLineEnds(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		sep        rune
		want       [][]string
	}{
		{"MacCR", "Date,Sales\r2023-01-05,100\r2023-02-05,200\r", ',',
			[][]string{{"Date", "Sales"}, {"2023-01-05", "100"}, {"2023-02-05", "200"}}},
		{"MacCRNoFinalEnd", "Datum;Umsatz\r05.01.2023;1,5\r05.02.2023;2", ';',
			[][]string{{"Datum", "Umsatz"}, {"05.01.2023", "1,5"}, {"05.02.2023", "2"}}},
		{"MacCRBlankLine", "a,b\r\r1,2\r", ',', [][]string{{"a", "b"}, {}, {"1", "2"}}},
		{"MacCRQuotedLF", "Date,Note\r2023-01-05,\"two\nlines, \"\"quoted\"\"\"\r2023-02-05,x\r", ',',
			[][]string{{"Date", "Note"}, {"2023-01-05", "two\nlines, \"quoted\""}, {"2023-02-05", "x"}}},
		{"MacCRQuotedCR", "Date,Note\r2023-01-05,\"two\rlines\"\r", ',',
			[][]string{{"Date", "Note"}, {"2023-01-05", "two\rlines"}}},
		{"MacCRInchMark", "Item,Size\r12\" pipe,3\r9\" pipe,4\r", ',',
			[][]string{{"Item", "Size"}, {"12\" pipe", "3"}, {"9\" pipe", "4"}}},
		{"CRLF", "Date,Sales\r\n2023-01-05,100\r\n", ',', [][]string{{"Date", "Sales"}, {"2023-01-05", "100"}}},
		// DOS's end-of-file mark, which old POS and accounting programs
		// still append, is no row of the file.
		{"DOSEndOfFile", "Date,Sales\r\n2023-01-05,100\r\n\x1a", ',', [][]string{{"Date", "Sales"}, {"2023-01-05", "100"}}},
		{"DOSEndOfFileNoFinalEnd", "Datum;Umsatz\r\n05.01.2023;1,5\x1a\x1a\r\n", ';', [][]string{{"Datum", "Umsatz"}, {"05.01.2023", "1,5"}}},
		{"LFWithQuotedCR", "Date,Note\n2023-01-05,\"a\rb\"\n", ',', [][]string{{"Date", "Note"}, {"2023-01-05", "a\rb"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tab, err := ReadTable(strings.NewReader(tc.text), "a.csv")
			if err != nil {
				t.Fatal(err)
			}
			if got := importTexts(tab); !slices.EqualFunc(got, tc.want, slices.Equal) || tab.Separator != tc.sep {
				t.Fatalf("rows = %q, separator %q\nwant %q, %q", got, tab.Separator, tc.want, tc.sep)
			}
		})
	}
}

func TestPlanImportMacCSV(t *testing.T) {
	m := Mapping{DateColumn: 0, GoalColumn: -1, ValueColumns: map[int]int64{1: 1}, SkipHeader: true}
	p := importPlanOf(t, "Date,Sales\r2023-01-05,100\r2023-02-05,200\r2023-03-05,300\r", m, app.Snapshot{})
	want := []string{"1 2023-01 = 100 (1) partial", "1 2023-02 = 200 (1) partial", "1 2023-03 = 300 (1) partial"}
	if got := importPeriodsOf(p); !slices.Equal(got, want) {
		t.Errorf("periods %q, rejected %q; want %q", got, importRejections(p), want)
	}
}
