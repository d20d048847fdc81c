package importer

import (
	"slices"
	"strings"
	"testing"

	"pacer/app"
)

// TestPlanImportEuropeanLongDates imports a CSV whose dates a German,
// French, Spanish, Italian, Portuguese and Dutch spreadsheet wrote in its
// long and abbreviated formats: none is refused, each counts in its
// month, and the date column is found.
func TestPlanImportEuropeanLongDates(t *testing.T) {
	csv := "Datum;Ziel;Wert\n" +
		"Donnerstag, 5. Januar 2023;Sales;1\n" +
		"jeudi 5 janvier 2023;Sales;2\n" +
		"5 de enero de 2023;Sales;3\n" +
		"05-Jan-2023;Sales;4\n" +
		"1 febbraio 2023;Sales;5\n" +
		"quarta-feira, 1 de fevereiro de 2023;Sales;6\n" +
		"1 feb. 2023;Sales;7\n" +
		"März 2023;Sales;8\n"
	tab, err := ReadTable(strings.NewReader(csv), "x.csv")
	if err != nil {
		t.Fatal(err)
	}
	if got := GuessDateColumn(tab); got != 0 {
		t.Errorf("GuessDateColumn = %d, want 0", got)
	}
	p := importPlanOf(t, csv, importLongMapping, app.Snapshot{})
	if len(p.Rejected) > 0 || p.Values != 8 {
		t.Fatalf("values %d, rejected %v", p.Values, importRejections(p))
	}
	want := []string{"1 2023-01 = 10 (4) partial", "1 2023-02 = 18 (3) partial", "1 2023-03 = 8 (1)"}
	if got := importPeriodsOf(p); !slices.Equal(got, want) {
		t.Fatalf("periods\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
