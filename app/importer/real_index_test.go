package importer

import (
	"bytes"
	"context"
	"slices"
	"testing"

	"pacer/app"
)

// TestImportRealIndexUnderTitle reads testdata/real/xlsxwriter_index_zh.xlsx,
// which XlsxWriter 3.0.2 wrote (make_xlsxwriter_index_zh.py) as a script
// writes a pandas DataFrame under a report's title: the header's first
// cell, over the index, is blank, so the header names one column fewer
// than its rows fill. It is the header all the same, not the title.
func TestImportRealIndexUnderTitle(t *testing.T) {
	const file = "xlsxwriter_index_zh.xlsx"
	tab, err := ReadTable(bytes.NewReader(readReal(t, file)), file)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"", "日期", "门店", "销售额"}; tab.HeaderRow != 1 || !tab.HasHeader || !slices.Equal(tab.Header, want) {
		t.Fatalf("header row %d %v %q, want 1 %q", tab.HeaderRow, tab.HasHeader, tab.Header, want)
	}
	date := GuessDateColumn(tab)
	if date != 1 {
		t.Errorf("date column %d, want 1", date)
	}
	m := Mapping{DateColumn: date, GoalColumn: -1, ValueColumns: map[int]int64{3: 4}, HeaderRow: tab.HeaderRow, SkipHeader: true}
	p, err := PlanImport(context.Background(), app.Calendar{}, tab, m, realGoals(), app.Snapshot{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"4 2026-01 = 99999.93 (2) partial", "4 2026-02 = 1.00005e+06 (2) partial"}
	if got := importPeriodsOf(p); !slices.Equal(got, want) || len(p.Rejected) > 0 || p.Rows != 4 {
		t.Errorf("periods %q, rejected %q, rows %d; want %q, 4 rows", got, importRejections(p), p.Rows, want)
	}
}

// TestHeaderOverNotesCorner checks that only one blank column left of a
// row counts as the corner over an index: a line of two notes set to the
// right, over rows of four cells, is no header.
func TestHeaderOverNotesCorner(t *testing.T) {
	text := func(s ...string) []Cell {
		row := make([]Cell, len(s))
		for i, x := range s {
			row[i] = Cell{Text: x}
		}
		return row
	}
	body := [][]Cell{text("1", "2026-01-05", "A", "12"), text("2", "2026-01-06", "B", "13")}
	if headerOver(text("", "", "制表人：张三", "单位：元"), body) {
		t.Error("notes two columns in are a header")
	}
	if !headerOver(text("", "日期", "门店", "销售额"), body) {
		t.Error("a header with a blank corner is not one")
	}
}
