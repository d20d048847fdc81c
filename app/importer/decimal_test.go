package importer

import (
	"strings"
	"testing"
)

func TestDetectDecimals(t *testing.T) {
	for _, tc := range []struct {
		name, csv            string
		want                 DecimalEvidence
		clear, comma         bool
		written              bool    // whether the numbers alone say it (Written), as Clear's comma
		ambiguousWithSetting [2]bool // Ambiguous(false), Ambiguous(true)
	}{
		// Only the separator says decimal commas: either choice is flagged,
		// as LibreOffice writes semicolons beside decimal points too.
		{"GermanSemicolons", "Datum;Umsatz\n05.01.2023;12.500\n05.02.2023;8.250\n", DecimalEvidence{Either: 2, Separator: ';'},
			true, true, false, [2]bool{true, true}},
		{"EnglishSemicolons", "Date;Sales\n2023-01-05;12,000\n2023-02-05;15,000\n", DecimalEvidence{Either: 2, Separator: ';'},
			true, true, false, [2]bool{true, true}},
		{"GermanQuoted", "Datum,Umsatz\n05.01.2023,\"1.234,56\"\n05.02.2023,\"12.500\"\n", DecimalEvidence{Comma: 1, Either: 1, Separator: ','},
			true, true, true, [2]bool{true, false}},
		{"USQuoted", "Date,Sales\n2023-01-05,\"1,500\"\n2023-02-05,\"2,250\"\n", DecimalEvidence{Either: 2, Separator: ','},
			false, false, false, [2]bool{false, true}},
		{"USUnambiguousSemicolons", "Date;Sales\n2023-01-05;1,234.56\n2023-02-05;1,500\n", DecimalEvidence{Point: 1, Either: 1, Separator: ';'},
			true, false, true, [2]bool{false, true}},
		{"Mixed", "Date;A;B\n2023-01-05;1,5;1.5\n2023-02-05;1,500;2,5\n", DecimalEvidence{Point: 1, Comma: 2, Either: 1, Separator: ';'},
			false, false, false, [2]bool{true, false}},
		{"PlainTabs", "Date\tSales\n2023-01-05\t1500\n2023-02-05\t1.500\n", DecimalEvidence{Either: 1, Separator: '\t'},
			false, false, false, [2]bool{true, true}},
		{"DatesAndNamesSayNothing", "Datum,Ziel,Wert\n05.01.2023,Umsatz,100\n", DecimalEvidence{Separator: ','},
			false, false, false, [2]bool{false, false}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tab, err := ReadTable(strings.NewReader(tc.csv), "a.csv")
			if err != nil {
				t.Fatal(err)
			}
			e := DetectDecimals(tab, GuessDateColumn(tab))
			if e != tc.want {
				t.Fatalf("evidence %+v; want %+v", e, tc.want)
			}
			if comma, clear := e.Clear(); clear != tc.clear || comma != tc.comma {
				t.Errorf("Clear() = %v, %v; want %v, %v", comma, clear, tc.comma, tc.clear)
			}
			if comma, ok := e.Written(); ok != tc.written || ok && comma != tc.comma {
				t.Errorf("Written() = %v, %v; want the numbers to say %v: %v", comma, ok, tc.comma, tc.written)
			}
			if got := [2]bool{e.Ambiguous(false), e.Ambiguous(true)}; got != tc.ambiguousWithSetting {
				t.Errorf("Ambiguous(false), Ambiguous(true) = %v; want %v", got, tc.ambiguousWithSetting)
			}
		})
	}
}

func TestDetectDecimalsWorkbookNumbersSayNothing(t *testing.T) {
	tab := readXLSXTable(t, importWorkbook(t))
	e := DetectDecimals(tab, 0)
	// B4 is "1,500.25" typed as text; the other numbers are workbook numbers.
	if want := (DecimalEvidence{Point: 1}); e != want {
		t.Errorf("evidence %+v; want %+v", e, want)
	}
}
