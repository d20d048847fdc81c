package importer

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"pacer/app"
)

// headerPlan reads csv, guesses its mapping as the UI does (one value
// column, the one after the date) and plans its import.
func headerPlan(t *testing.T, tab Table) ImportPlan {
	t.Helper()
	date := GuessDateColumn(tab)
	m := Mapping{DateColumn: date, GoalColumn: -1, ValueColumns: map[int]int64{date + 1: 1},
		HeaderRow: tab.HeaderRow, SkipHeader: tab.HasHeader}
	p, err := PlanImport(context.Background(), app.Calendar{}, tab, m, importGoals(), app.Snapshot{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	checkImportRejected(t, p)
	return p
}

func readCSV(t *testing.T, csv string) Table {
	t.Helper()
	tab, err := ReadTable(strings.NewReader(csv), "x.csv")
	if err != nil {
		t.Fatal(err)
	}
	return tab
}

// TestHeaderRowBelowTitle reads reports whose header has a title, notes
// and blank rows above it: the header is found, the rows above are
// neither data nor rejected, and rows keep the file's numbers.
func TestHeaderRowBelowTitle(t *testing.T) {
	for name, tc := range map[string]struct {
		csv  string
		row  int
		want []string
	}{
		"title and blank": {"2023年销售报表\n\n日期,销售额\n2023/1/5,100\n2023/2/5,200\n", 2,
			[]string{"1 2023-01 = 100 (1) partial", "1 2023-02 = 200 (1) partial"}},
		"several title lines": {"某某贸易有限公司\n2023年销售报表\n期间: 2023-01-01 至 2023-12-31\n单位: 元\n\n日期,销售额,备注\n2023-01-31,100,\n2023-02-28,200,月底\n", 5,
			[]string{"1 2023-01 = 100 (1) partial", "1 2023-02 = 200 (1) partial"}},
		"bank statement": {"Account name:,Shop\nAccount number:,12345678\n\nDate,Amount,Balance,Note\n2023-01-05,100,1100,x\n2023-01-06,50,1150,y\n", 3,
			[]string{"1 2023-01 = 150 (2) partial"}},
	} {
		t.Run(name, func(t *testing.T) {
			tab := readCSV(t, tc.csv)
			if tab.HeaderRow != tc.row || !tab.HasHeader {
				t.Fatalf("header row %d (has header %v), want %d", tab.HeaderRow, tab.HasHeader, tc.row)
			}
			if GuessDateColumn(tab) != 0 {
				t.Errorf("date column %d", GuessDateColumn(tab))
			}
			p := headerPlan(t, tab)
			if got := importPeriodsOf(p); !slices.Equal(got, tc.want) || len(p.Rejected) > 0 {
				t.Errorf("periods %v rejected %v, want %v", got, importRejections(p), tc.want)
			}
			if p.Blank != 0 || p.Rows != len(tab.Rows)-tc.row-1 {
				t.Errorf("rows %d blank %d: the rows above the header counted", p.Rows, p.Blank)
			}
		})
	}
}

// TestHeaderRowRejectedRowNumbers checks that a rejected row below a
// title keeps its number in the file.
func TestHeaderRowRejectedRowNumbers(t *testing.T) {
	p := headerPlan(t, readCSV(t, "2023年销售报表\n\n日期,销售额\n2023/1/5,100\nbad,200\n"))
	if got := importRejections(p); len(got) != 1 || !strings.HasPrefix(got[0], "5:") {
		t.Errorf("rejected %v, want row 5", got)
	}
}

// TestHeaderRowXLSXColumnB reads a sheet with a merged title and its table
// from column B: the header row and the date column are found.
func TestHeaderRowXLSXColumnB(t *testing.T) {
	b := xlsxOf(t, func(f *excelize.File) error {
		if err := f.SetCellValue("Sheet1", "B1", "Monthly sales 2023"); err != nil {
			return err
		}
		if err := f.MergeCell("Sheet1", "B1", "C1"); err != nil {
			return err
		}
		if err := f.SetSheetRow("Sheet1", "B3", &[]any{"Date", "Sales"}); err != nil {
			return err
		}
		if err := f.SetSheetRow("Sheet1", "B4", &[]any{"2023-01-05", 100}); err != nil {
			return err
		}
		return f.SetSheetRow("Sheet1", "B5", &[]any{"2023-02-05", 200})
	})
	tab := readXLSXTable(t, b)
	if tab.HeaderRow != 2 || !tab.HasHeader || !slices.Equal(tab.Header, []string{"", "Date", "Sales"}) {
		t.Fatalf("header row %d %v %q", tab.HeaderRow, tab.HasHeader, tab.Header)
	}
	if d := GuessDateColumn(tab); d != 1 {
		t.Fatalf("date column %d, want 1 (B)", d)
	}
	if cols := FilledColumns(tab); !slices.Equal(cols, []int{1, 2}) {
		t.Errorf("filled columns %v", cols)
	}
	if g := GuessGoalColumn(tab, 1); g != 2 {
		t.Errorf("goal column %d: a blank column was taken", g)
	}
	p := headerPlan(t, tab)
	if got := importPeriodsOf(p); !slices.Equal(got, []string{"1 2023-01 = 100 (1) partial", "1 2023-02 = 200 (1) partial"}) || len(p.Rejected) > 0 {
		t.Errorf("periods %v rejected %v", got, importRejections(p))
	}
}

// TestHeaderRowFirstUnchanged checks that files whose first row is the
// header, or data, start at row 1 as before, and that a header row picked
// by hand re-reads the header.
func TestHeaderRowFirstUnchanged(t *testing.T) {
	for name, tc := range map[string]struct {
		csv    string
		header bool
	}{
		"header":           {"Date,Sales\n2023-01-05,100\n", true},
		"no header":        {"2023-01-05,100\n2023-02-05,200\n", false},
		"data then text":   {"2023-01-05,100\nTotal,x\nNotes,y\n", false},
		"year header":      {"Month,2023\n2023-01,100\n2023-02,200\n", false},
		"narrow header":    {"Date,Sales\n2023-01-05,100,a\n2023-01-06,100,b\n", true},
		"one-cell title":   {"Sales\n2023-01-05,100\n", true},
		"header then text": {"Date,Goal,Value\nTBD,Sales,N/A\n2023-01-05,Sales,100\n", true},
	} {
		t.Run(name, func(t *testing.T) {
			tab := readCSV(t, tc.csv)
			if tab.HeaderRow != 0 || tab.HasHeader != tc.header {
				t.Errorf("header row %d, has header %v", tab.HeaderRow, tab.HasHeader)
			}
		})
	}
	tab := readCSV(t, "Report\n2023-01-05,100\nDate,Sales\n2023-02-05,200\n").WithHeaderRow(2)
	if tab.HeaderRow != 2 || !tab.HasHeader || !slices.Equal(tab.Header, []string{"Date", "Sales"}) || LayoutKey(tab) != LayoutKey(readCSV(t, "Date,Sales\n")) {
		t.Errorf("picked row 3: %+v", tab)
	}
	if back := tab.WithHeaderRow(0); back.HeaderRow != 0 || !back.HasHeader || back.Header[0] != "Report" {
		t.Errorf("picked row 1: %+v", back)
	}
}

// TestGuessDateColumnSkipsBlankColumns checks that, with no column of
// dates, the date column guessed is the first that holds something.
func TestGuessDateColumnSkipsBlankColumns(t *testing.T) {
	tab := readCSV(t, ",Month,Sales\n,Jan,100\n,Feb,200\n")
	if d := GuessDateColumn(tab); d != 1 {
		t.Errorf("date column %d, want 1", d)
	}
	if d := GuessDateColumn(readCSV(t, "Month,Sales\nJan,100\n")); d != 0 {
		t.Errorf("date column %d, want 0", d)
	}
}
