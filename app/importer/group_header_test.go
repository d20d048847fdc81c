package importer

import (
	"bytes"
	"context"
	"slices"
	"testing"

	"pacer/app"
)

// TestImportGroupHeaderCSV reads testdata/real/libreoffice_group_header_zh.csv,
// which LibreOffice 7.4.7.2 saved of a ledger whose header is two rows
// (make_group_header_zh.py): 收入 merged over 数量 and 金额, 支出 over the
// next two. Its first line, "日期","收入",,"支出", names four columns and
// pads a fifth, as a spreadsheet pads every line to the sheet's width;
// every data row fills the fifth. Below that first line each was refused
// as an unquoted thousands separator ("80,"), which a spreadsheet never
// writes; only the second header line, 数量 and 金额 without a date, is.
// From the second line on, every amount imports.
func TestImportGroupHeaderCSV(t *testing.T) {
	const file = "libreoffice_group_header_zh.csv"
	tab, err := ReadTable(bytes.NewReader(readReal(t, file)), file)
	if err != nil {
		t.Fatal(err)
	}
	goals := importGoals()[:1]
	goals = append(goals, goals[0])
	goals[1].ID = 2
	m := Mapping{DateColumn: 0, GoalColumn: -1, ValueColumns: map[int]int64{2: 1, 4: 2}, SkipHeader: true}
	p, err := PlanImport(context.Background(), app.Calendar{}, tab, m, goals, app.Snapshot{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := importRejections(p), rowMessages(2, msgImportNoDate); !slices.Equal(got, want) {
		t.Errorf("header row 1: rejected %q, want %q", got, want)
	}
	m.HeaderRow = 1
	if p, err = PlanImport(context.Background(), app.Calendar{}, tab, m, goals, app.Snapshot{}, nil); err != nil {
		t.Fatal(err)
	}
	want := []string{"1 2023-01 = 300.5 (1) partial", "1 2023-02 = 500 (1) partial", "1 2023-03 = 410 (1) partial",
		"2 2023-01 = 80 (1) partial", "2 2023-02 = 120.25 (1) partial", "2 2023-03 = 600 (1) partial"}
	if got := importPeriodsOf(p); !slices.Equal(got, want) || len(p.Rejected) > 0 {
		t.Errorf("header row 2: periods\n%q\nrejected %q; want\n%q", got, importRejections(p), want)
	}
}

// TestPlanImportExtraCellsTrailingSeparator: a program that ends every
// line with a separator pads its header line too, yet a row it splits at
// a thousands separator has more fields than that line, and is refused.
func TestPlanImportExtraCellsTrailingSeparator(t *testing.T) {
	m := Mapping{DateColumn: 0, GoalColumn: -1, ValueColumns: map[int]int64{1: 1}, SkipHeader: true}
	p := importPlanOf(t, "Date,Sales,\n2023-01-15,100,\n2023-01-31,1,200,\n", m, app.Snapshot{})
	if want := rowMessages(3, msgImportExtraCells); !slices.Equal(importRejections(p), want) {
		t.Errorf("rejected %q, want %q", importRejections(p), want)
	}
}
