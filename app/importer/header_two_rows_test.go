package importer

import (
	"bytes"
	"context"
	"slices"
	"strings"
	"testing"

	"pacer/app"
)

// twoRowGoals are n flow goals of 2023, checked in monthly, IDs 1 to n.
func twoRowGoals(n int) []app.Goal {
	goals := make([]app.Goal, n)
	for i := range goals {
		goals[i] = importGoals()[0]
		goals[i].ID = int64(i + 1)
	}
	return goals
}

// planTwoRows reads file and plans its value columns cols, in order, into
// goals 1, 2 and so on, with the header ReadTable guessed.
func planTwoRows(t *testing.T, file string, cols ...int) (Table, ImportPlan) {
	t.Helper()
	tab, err := ReadTable(bytes.NewReader(readReal(t, file)), file)
	if err != nil {
		t.Fatal(err)
	}
	m := Mapping{DateColumn: 0, GoalColumn: -1, ValueColumns: map[int]int64{}, HeaderRow: tab.HeaderRow, SkipHeader: tab.HasHeader}
	for i, c := range cols {
		m.ValueColumns[c] = int64(i + 1)
	}
	p, err := PlanImport(context.Background(), app.Calendar{}, tab, m, twoRowGoals(len(cols)), app.Snapshot{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return tab, p
}

// TestReadTwoRowHeaderCSV reads the ledgers LibreOffice saved as CSV with
// a header of two rows (make_group_header_zh.py): 收入 and 支出 each over
// 数量 and 金额, 日期 in the first row or in the second. The second row was
// taken for data and refused as no date; now the table starts there and
// each column is named by both rows, so every row imports.
func TestReadTwoRowHeaderCSV(t *testing.T) {
	want := []string{"日期", "收入 · 数量", "收入 · 金额", "支出 · 数量", "支出 · 金额"}
	for _, file := range []string{"libreoffice_group_header_zh.csv", "libreoffice_group_header_row2_zh.csv"} {
		tab, p := planTwoRows(t, file, 2, 4)
		if tab.HeaderRow != 1 || !tab.HasHeader || !slices.Equal(tab.Header, want) {
			t.Errorf("%s: header row %d (%v) %q, want 1 %q", file, tab.HeaderRow, tab.HasHeader, tab.Header, want)
		}
		if len(p.Rejected) > 0 || p.Values == 0 {
			t.Errorf("%s: %d values, rejected %q", file, p.Values, importRejections(p))
		}
	}
}

// TestReadTwoRowHeaderWorkbook reads the ledger as Excel users lay it out,
// saved by LibreOffice as .xlsx, .xls and .ods: 日期 and 备注 merged down
// over both header rows, 收入 and 支出 merged across two columns each, 退货
// over one. Each value column imports under its two-row name, and what
// each goal gets adds up to the sheet's own 合计 row of SUM formulas.
func TestReadTwoRowHeaderWorkbook(t *testing.T) {
	want := []string{"日期", "收入 · 数量", "收入 · 金额", "支出 · 数量", "支出 · 金额", "退货 · 数量", "备注"}
	for _, ext := range []string{"xlsx", "xls", "ods"} {
		file := "libreoffice_group_header_merged_zh." + ext
		tab, p := planTwoRows(t, file, 1, 2, 3, 4, 5)
		if tab.HeaderRow != 1 || !tab.HasHeader || !slices.Equal(tab.Header, want) {
			t.Errorf("%s: header row %d (%v) %q, want 1 %q", file, tab.HeaderRow, tab.HasHeader, tab.Header, want)
		}
		if len(p.Rejected) > 0 || p.Totals != 1 {
			t.Errorf("%s: rejected %q, %d rows of totals", file, importRejections(p), p.Totals)
		}
		total := tab.Rows[len(tab.Rows)-1]
		if strings.TrimSpace(total[0].Text) != "合计" {
			t.Fatalf("%s: last row %q is no 合计 row", file, total[0].Text)
		}
		sums := map[int64]float64{}
		for _, pp := range p.Periods {
			sums[pp.GoalID] += pp.Value
		}
		for col := 1; col <= 5; col++ {
			if got, sheet := sums[int64(col)], total[col].Number; got != sheet || sheet == 0 {
				t.Errorf("%s: column %d adds up to %v, the sheet's 合计 says %v", file, col+1, got, sheet)
			}
		}
	}
}

// TestTitleAboveHeaderIsNoGroupRow: a title over the date column and a
// unit further right are two cells above a header row with blanks between,
// as a group row has; a group never spans the dates, so the header stays
// the one row below them.
func TestTitleAboveHeaderIsNoGroupRow(t *testing.T) {
	csv := "2023年收支明细,,,单位：元\n日期,北京,上海,广州\n2023-01-05,1,2,3\n2023-02-05,4,5,6\n"
	tab, err := ReadTable(strings.NewReader(csv), "a.csv")
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"日期", "北京", "上海", "广州"}; tab.HeaderRow != 1 || !slices.Equal(tab.Header, want) {
		t.Errorf("header row %d %q, want 1 %q", tab.HeaderRow, tab.Header, want)
	}
}
