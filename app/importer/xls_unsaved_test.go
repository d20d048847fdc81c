package importer

import (
	"bytes"
	"context"
	"slices"
	"testing"

	"pacer/app"
)

// TestImportRealXlwtFormulas reads testdata/real/xlwt_formulas_zh.xls,
// which xlwt 1.3.0 wrote (make_xlwt_formulas_zh.py): it saves every
// formula with an empty string for its result and no RECALCID, and Excel
// works them out on opening. 合计 (=C4*2) is refused as a formula whose
// result was not saved; it was read as empty cells, its values left out
// without a word. The typed 销售额 reads as it is.
func TestImportRealXlwtFormulas(t *testing.T) {
	const file = "xlwt_formulas_zh.xls"
	tab, err := ReadTable(bytes.NewReader(readReal(t, file)), file)
	if err != nil {
		t.Fatal(err)
	}
	if tab.HeaderRow != 2 || !slices.Equal(tab.Header, []string{"日期", "门店", "销售额", "合计", "备注"}) {
		t.Fatalf("header row %d %q", tab.HeaderRow, tab.Header)
	}
	for _, at := range []cellAt{{3, 3}, {5, 3}, {3, 4}} {
		if c := tab.Cell(at.row, at.col); c.Kind != CellFormula {
			t.Errorf("cell %v = %+v, want a formula without its result", at, c)
		}
	}
	m := Mapping{DateColumn: 0, GoalColumn: -1, ValueColumns: map[int]int64{2: 4, 3: 1}, HeaderRow: 2, SkipHeader: true}
	p, err := PlanImport(context.Background(), app.Calendar{}, tab, m, realGoals(), app.Snapshot{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"4 2026-03 = 1234.5 (1) partial", "4 2026-04 = -50 (1) partial", "4 2026-05 = 100000 (1) partial"}
	if got := importPeriodsOf(p); !slices.Equal(got, want) {
		t.Errorf("periods %q, want %q", got, want)
	}
	rejected := rowMessages(4, msgImportFormula, 5, msgImportFormula, 6, msgImportFormula)
	if got := importRejections(p); !slices.Equal(got, rejected) {
		t.Errorf("rejected %q, want %q", got, rejected)
	}
}

// TestXLSUnsavedFormulas: a formula saved with an empty string is an empty
// cell in a workbook an engine calculated (RECALCID) or a sheet whose
// other formulas saved results, as a formula returning "" is; else its
// result was never worked out.
func TestXLSUnsavedFormulas(t *testing.T) {
	for _, tc := range []struct {
		name                string
		calculated, results bool
		want                []cellAt
	}{
		{"NeverWorkedOut", false, false, []cellAt{{3, 3}}},
		{"RecalcID", true, false, nil},
		{"OtherResults", false, true, nil},
	} {
		s := &xlsSheet{results: tc.results, cells: []xlsCell{
			{row: 3, col: 2, value: xlsNumber, number: 5},
			{row: 3, col: 3, value: xlsNoResult},
		}}
		if got := s.unsaved(tc.calculated); !slices.Equal(got, tc.want) {
			t.Errorf("%s: unsaved %v, want %v", tc.name, got, tc.want)
		}
		if len(s.cells) != 1 || s.cells[0].value != xlsNumber {
			t.Errorf("%s: cells %+v, want the number alone", tc.name, s.cells)
		}
	}
}
