package importer

import (
	"bytes"
	"context"
	"slices"
	"testing"

	"pacer/app"
)

// TestImportRealGnumericHiddenActive reads
// testdata/real/gnumeric_hidden_first_zh.xls and .ods, which Gnumeric
// 1.12.55 saved (generate_gnumeric.sh) with the first sheet 说明 hidden
// and, in the .xls, yet the active one: each opens on 销售, the first
// visible sheet, and says 说明 is hidden; the formulas' results (利润)
// read as saved, and so do the percents (完成率), which the .ods holds as
// float values with a percentage style, as 12.5 for 12.5%.
func TestImportRealGnumericHiddenActive(t *testing.T) {
	for _, file := range []string{"gnumeric_hidden_first_zh.xls", "gnumeric_hidden_first_zh.ods"} {
		tab, err := ReadTable(bytes.NewReader(readReal(t, file)), file)
		if err != nil {
			t.Fatal(err)
		}
		if tab.Sheet != "销售" || !tab.Hidden["说明"] || len(tab.Hidden) != 1 || tab.HeaderRow != 1 {
			t.Fatalf("%s: sheet %q, hidden %v, header row %d; want 销售, 说明 hidden, 1", file, tab.Sheet, tab.Hidden, tab.HeaderRow)
		}
		m := Mapping{DateColumn: 0, GoalColumn: -1, ValueColumns: map[int]int64{3: 4, 4: 2}, HeaderRow: 1, SkipHeader: true}
		p, err := PlanImport(context.Background(), app.Calendar{}, tab, m, realGoals(), app.Snapshot{}, nil)
		if err != nil {
			t.Fatal(err)
		}
		want := []string{"2 2026-01 = 85.25 (2) partial", "2 2026-02 = 105 (1) partial", "2 2026-03 = 0 (1) partial",
			"4 2026-01 = -1000.07 (2) partial", "4 2026-02 = -50 (1) partial", "4 2026-03 = 1.23456788e+06 (1) partial"}
		if got := importPeriodsOf(p); !slices.Equal(got, want) || len(p.Rejected) > 0 {
			t.Errorf("%s: periods %q, rejected %q; want %q", file, got, importRejections(p), want)
		}
	}
}
