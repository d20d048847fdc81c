package importer

import (
	"bytes"
	"context"
	"slices"
	"strings"
	"testing"

	"pacer/app"
)

// TestImportRealDotMonth reads testdata/real/libreoffice_dot_month.*:
// months typed 2023.1 to 2023.12, which LibreOffice (as Excel and WPS)
// keeps as numbers, October's 2023.10 as 2023.1. Both 2023.1 rows were
// read as January (1,000 + 10,000) and October vanished without a word;
// each is now refused as January or October, and those two months are
// left out while the others import.
func TestImportRealDotMonth(t *testing.T) {
	for _, file := range []string{"libreoffice_dot_month.xlsx", "libreoffice_dot_month.ods", "libreoffice_dot_month.csv"} {
		t.Run(file, func(t *testing.T) {
			tab, err := ReadTable(bytes.NewReader(readReal(t, file)), file)
			if err != nil {
				t.Fatal(err)
			}
			m := Mapping{DateColumn: 0, GoalColumn: -1, ValueColumns: map[int]int64{1: 1}, SkipHeader: true}
			p, err := PlanImport(context.Background(), app.Calendar{}, tab, m, importGoals(), app.Snapshot{}, nil)
			if err != nil {
				t.Fatal(err)
			}
			checkImportRejected(t, p)
			if got, want := importRejections(p), rowMessages(2, msgImportDotMonth, 11, msgImportDotMonth); !slices.Equal(got, want) {
				t.Fatalf("rejected %q, want %q", got, want)
			}
			if r := p.Rejected[1]; r.Args["Text"] != "2023.1" || r.Args["Year"] != "2023" {
				t.Errorf("rejection args %v", r.Args)
			}
			var want []string
			for _, mo := range []string{"02", "03", "04", "05", "06", "07", "08", "09", "11", "12"} {
				want = append(want, "1 2023-"+mo+" = "+strings.TrimPrefix(mo, "0")+"000 (1)")
			}
			if got := importPeriodsOf(p); !slices.Equal(got, want) {
				t.Errorf("periods\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
			wantOut := []string{"1 2023-01 rows [2 11], 0 values", "1 2023-10 rows [2 11], 0 values"}
			if got := importLeftOutOf(p); !slices.Equal(got, wantOut) {
				t.Errorf("left out %q, want %q", got, wantOut)
			}
		})
	}
}
