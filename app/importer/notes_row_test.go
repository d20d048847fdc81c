package importer

import (
	"bytes"
	"context"
	"slices"
	"strings"
	"testing"

	"pacer/app"
)

// TestImportRealNotesRow reads testdata/real/libreoffice_notes_zh.xlsx and
// .csv, a yearly report as Kingdee lays it out, which LibreOffice 7.4.7.2
// wrote (make_notes_zh.py): a title and 单位：元 above the header, a 合计
// row, and below it the line 制表人：张三　审核：李四 in the date column.
// That line holds no value: it was refused as no date, and the import
// stopped on it. Every amount imports, brackets negative.
func TestImportRealNotesRow(t *testing.T) {
	want := []string{
		"1 2023-01 = 29212.57 (1) partial", "1 2023-02 = 58619.01 (1) partial", "1 2023-04 = 6612.02 (1) partial",
		"1 2023-05 = 48275.79 (1) partial", "1 2023-07 = 5314.1 (1) partial", "1 2023-08 = 45718.47 (1) partial",
		"1 2023-09 = 3470.86 (1) partial", "1 2023-11 = 6380 (1) partial",
		"2 2023-01 = -452.55 (1) partial", "2 2023-02 = 0 (1) partial", "2 2023-04 = 0 (1) partial",
		"2 2023-05 = -1097.07 (1) partial", "2 2023-07 = -5414.35 (1) partial", "2 2023-08 = 0 (1) partial",
		"2 2023-09 = -1300.94 (1) partial", "2 2023-11 = 0 (1) partial",
	}
	goals := importGoals()[:1]
	goals = append(goals, goals[0])
	goals[1].ID, goals[1].Title = 2, "退款"
	for _, file := range []string{"libreoffice_notes_zh.xlsx", "libreoffice_notes_zh.csv"} {
		tab, err := ReadTable(bytes.NewReader(readReal(t, file)), file)
		if err != nil {
			t.Fatal(err)
		}
		m := Mapping{DateColumn: GuessDateColumn(tab), GoalColumn: -1, ValueColumns: map[int]int64{1: 1, 2: 2},
			HeaderRow: tab.HeaderRow, SkipHeader: tab.HasHeader}
		p, err := PlanImport(context.Background(), app.Calendar{}, tab, m, goals, app.Snapshot{}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if got := importPeriodsOf(p); !slices.Equal(got, want) || len(p.Rejected) > 0 || p.Totals != 1 {
			t.Errorf("%s: header row %d, periods\n%q\nrejected %q, %d totals; want\n%q", file, tab.HeaderRow, got,
				importRejections(p), p.Totals, want)
		}
	}
}

// TestImportNoteRows: a row whose goal and value cells are all empty
// holds nothing to import, whatever note its other cells hold; a row
// with a value and no date is still refused.
func TestImportNoteRows(t *testing.T) {
	wide := Mapping{DateColumn: 0, GoalColumn: -1, ValueColumns: map[int]int64{1: 1}, SkipHeader: true}
	long := Mapping{DateColumn: 0, GoalColumn: 1, ValueColumn: 2, SkipHeader: true,
		GoalByName: map[string]int64{"sales": 1}}
	for name, tc := range map[string]struct {
		csv      string
		m        Mapping
		rejected []string
	}{
		"wide note in the date column": {"Date,Sales,Memo\n2023-01-05,100,\nPrepared by Ann,,\n", wide, nil},
		"wide note beside":             {"Date,Sales,Memo\n2023-01-05,100,\n,,Figures exclude VAT\n", wide, nil},
		"wide value without a date":    {"Date,Sales,Memo\n2023-01-05,100,\n,5,\n", wide, rowMessages(3, msgImportNoDate)},
		"long note":                    {"Date,Goal,Value\n2023-01-05,Sales,100\nNote: excl. VAT,,\n", long, nil},
		"long value without a goal":    {"Date,Goal,Value\n2023-01-05,Sales,100\n2023-01-06,,5\n", long, rowMessages(3, msgImportNoGoal)},
	} {
		t.Run(name, func(t *testing.T) {
			tab, err := ReadTable(strings.NewReader(tc.csv), "x.csv")
			if err != nil {
				t.Fatal(err)
			}
			p, err := PlanImport(context.Background(), app.Calendar{}, tab, tc.m, importGoals(), app.Snapshot{}, nil)
			if err != nil {
				t.Fatal(err)
			}
			if got := importRejections(p); !slices.Equal(got, tc.rejected) {
				t.Errorf("rejected %q, want %q", got, tc.rejected)
			}
			// A long row skipped as a note is counted, so that no row goes
			// unexplained; a wide row without a value is a day without sales.
			if notes := p.Notes; notes != boolCount(name == "long note") {
				t.Errorf("%d rows counted as notes", notes)
			}
		})
	}
}

// boolCount is 1 for true, 0 for false.
func boolCount(b bool) int {
	if b {
		return 1
	}
	return 0
}
