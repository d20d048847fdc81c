package importer

import (
	"bytes"
	"context"
	"slices"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"pacer/app"
	"pacer/app/notation"
)

// xlsxOf writes the workbook build makes, or fails the test.
func xlsxOf(t testing.TB, build func(f *excelize.File) error) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	if err := build(f); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// readXLSXTable reads b as a workbook, failing on errors.
func readXLSXTable(t testing.TB, b []byte) Table {
	t.Helper()
	tab, err := ReadTable(bytes.NewReader(b), "book.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	return tab
}

// planXLSX plans the import of tab with m into importGoals, failing on errors.
func planXLSX(t testing.TB, tab Table, m Mapping) ImportPlan {
	t.Helper()
	p, err := PlanImport(context.Background(), app.Calendar{}, tab, m, importGoals(), app.Snapshot{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// xlsxRows writes rows to Sheet1 from A1 down, the first cell of each row
// after the first in dateStyle.
func xlsxRows(f *excelize.File, dateStyle int, rows ...[]any) error {
	for i, row := range rows {
		cell, err := excelize.CoordinatesToCellName(1, i+1)
		if err != nil {
			return err
		}
		if err := f.SetSheetRow("Sheet1", cell, &row); err != nil {
			return err
		}
		if i > 0 {
			if err := f.SetCellStyle("Sheet1", cell, cell, dateStyle); err != nil {
				return err
			}
		}
	}
	return nil
}

var xlsxWide = Mapping{DateColumn: 0, GoalColumn: -1, ValueColumns: map[int]int64{1: 1}, SkipHeader: true}

func TestReadTableXLSXDate1904(t *testing.T) {
	b := xlsxOf(t, func(f *excelize.File) error {
		yes := true
		if err := f.SetWorkbookProps(&excelize.WorkbookPropsOptions{Date1904: &yes}); err != nil {
			return err
		}
		iso := "yyyy-mm-dd"
		st, err := f.NewStyle(&excelize.Style{CustomNumFmt: &iso})
		if err != nil {
			return err
		}
		return xlsxRows(f, st, []any{"Date", "Sales"}, []any{43495, 100}, []any{43523, 200})
	})
	tab := readXLSXTable(t, b)
	for i, want := range []app.Date{app.NewDate(2023, time.January, 31), app.NewDate(2023, time.February, 28)} {
		row := i + 1
		c := tab.Cell(row, 0)
		d, ok := notation.DateFromSerial(c.Number)
		shown, _, tok := notation.ReadDate(c.Text, notation.MonthFirst)
		if c.Kind != CellDate || !ok || d != want || !tok || shown != want {
			t.Errorf("row %d: cell %+v reads as %v and shows %v; want %v", row+1, c, d, shown, want)
		}
	}
	p := planXLSX(t, tab, xlsxWide)
	want := []string{"1 2023-01 = 100 (1) partial", "1 2023-02 = 200 (1) partial"}
	if got := importPeriodsOf(p); !slices.Equal(got, want) || len(p.Rejected) > 0 {
		t.Errorf("periods %q, rejected %q; want %q", got, importRejections(p), want)
	}
}
