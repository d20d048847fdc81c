package importer

import (
	"bytes"
	"context"
	"slices"
	"testing"

	"pacer/app"
)

// TestReadXLSXLastSecondOfDay reads testdata/real/libreoffice_last_second.xlsx
// and .xls, which LibreOffice saved of last_second.fods: sales at
// 2023-01-31 23:59:59.999 and 2023-02-05 23:59:59.5, shown as days (yyyy/m/d)
// and as date-times (yyyy-mm-dd hh:mm:ss). Their text was rounded to the
// second, into the next day: the preview showed 2023/2/1 for a sale the
// import counted on 31 January. Both show and import the day the serial
// holds.
func TestReadXLSXLastSecondOfDay(t *testing.T) {
	for _, file := range []string{"libreoffice_last_second.xlsx", "libreoffice_last_second.xls"} {
		tab, err := ReadTable(bytes.NewReader(readReal(t, file)), file)
		if err != nil {
			t.Fatal(err)
		}
		want := [][]string{{"2023/1/31", "2023-01-31 23:59:59"}, {"2023/2/5", "2023-02-05 23:59:59"}}
		for i, w := range want {
			if got := []string{tab.Cell(i+1, 0).Text, tab.Cell(i+1, 1).Text}; !slices.Equal(got, w) {
				t.Errorf("%s row %d shows %q, want %q", file, i+2, got, w)
			}
		}
		for col := range 2 {
			m := Mapping{DateColumn: col, GoalColumn: -1, ValueColumns: map[int]int64{2: 1}, SkipHeader: true}
			p, err := PlanImport(context.Background(), app.Calendar{}, tab, m, importGoals(), app.Snapshot{}, nil)
			if err != nil {
				t.Fatal(err)
			}
			want := []string{"1 2023-01 = 5 (1) partial", "1 2023-02 = 7 (1) partial"}
			if got := importPeriodsOf(p); !slices.Equal(got, want) || p.Periods[0].Through.String() != "2023-01-31" {
				t.Errorf("%s column %d: periods %q, want %q", file, col+1, got, want)
			}
		}
	}
}
