package importer

import (
	"context"
	"slices"
	"testing"

	"github.com/xuri/excelize/v2"

	"pacer/app"
)

// formattedColumnXLSX is a workbook of rows from A1 down, the cells of
// column B below the header in the number formats codes, one a row.
func formattedColumnXLSX(t *testing.T, rows [][]any, codes []string) []byte {
	t.Helper()
	return xlsxOf(t, func(f *excelize.File) error {
		for i, row := range rows {
			if err := f.SetSheetRow("Sheet1", "A"+string(rune('1'+i)), &row); err != nil {
				return err
			}
		}
		for i, code := range codes {
			st, err := f.NewStyle(&excelize.Style{CustomNumFmt: &code})
			if err != nil {
				return err
			}
			cell := "B" + string(rune('2'+i))
			if err := f.SetCellStyle("Sheet1", cell, cell, st); err != nil {
				return err
			}
		}
		return nil
	})
}

// TestPlanImportXLSXPercentAsText checks that a % a number format shows as
// text (0"%", 0.0\%) leaves the number as shown, 85 for "85%", while a
// real percent format (0.00%) still reads 0.85 shown as "85.00%" as 85.
func TestPlanImportXLSXPercentAsText(t *testing.T) {
	rows := [][]any{{"Date", "Sales"}, {"2023-01-31", 85}, {"2023-02-28", 92.5}, {"2023-03-31", 0.85}}
	tab := readXLSXTable(t, formattedColumnXLSX(t, rows, []string{`0"%"`, `0.0\%`, `0.00%`}))
	for i, want := range []string{"85%", "92.5%", "85.00%"} {
		if got := tab.Cell(i+1, 1).Text; got != want {
			t.Fatalf("B%d shows %q, want %q", i+2, got, want)
		}
	}
	p := planXLSX(t, tab, xlsxWide)
	want := []string{"1 2023-01 = 85 (1) partial", "1 2023-02 = 92.5 (1) partial", "1 2023-03 = 85 (1) partial"}
	if got := importPeriodsOf(p); !slices.Equal(got, want) || len(p.Rejected) > 0 {
		t.Errorf("periods %q, rejected %q; want %q", got, importRejections(p), want)
	}
}

// TestPlanImportXLSXBooleanIsNoNumber checks that a TRUE cell in a value
// column is refused as not a number, not read as 1 (the value a workbook
// stores under it) or as a date.
func TestPlanImportXLSXBooleanIsNoNumber(t *testing.T) {
	b := xlsxOf(t, func(f *excelize.File) error {
		if err := f.SetSheetRow("Sheet1", "A1", &[]any{"Date", "Sales"}); err != nil {
			return err
		}
		if err := f.SetCellValue("Sheet1", "A2", "2023-01-31"); err != nil {
			return err
		}
		return f.SetCellBool("Sheet1", "B2", true)
	})
	tab := readXLSXTable(t, b)
	if c := tab.Cell(1, 1); c.Kind != CellText || c.Text != "TRUE" {
		t.Fatalf("B2 reads as %+v, want the text TRUE", c)
	}
	if p := planXLSX(t, tab, xlsxWide); len(p.Periods) != 0 || len(p.Rejected) != 1 {
		t.Errorf("a TRUE cell: periods %q, rejected %q; want it refused", importPeriodsOf(p), importRejections(p))
	}
}

// TestPlanImportXLSXSaysWhatACellHolds checks that a value refused for its
// decimals is said as the workbook holds it when its format shows fewer
// (=100/3 shown as 33.33 for a goal of two decimals), and as shown when
// that is all there is.
func TestPlanImportXLSXSaysWhatACellHolds(t *testing.T) {
	b := xlsxOf(t, func(f *excelize.File) error {
		rows := [][]any{{"Date", "Sales"}, {"2023-01-31", 100.0 / 3}, {"2023-02-28", 12.345}}
		for i, row := range rows {
			if err := f.SetSheetRow("Sheet1", "A"+string(rune('1'+i)), &row); err != nil {
				return err
			}
		}
		code := "0.00"
		st, err := f.NewStyle(&excelize.Style{CustomNumFmt: &code})
		if err != nil {
			return err
		}
		return f.SetCellStyle("Sheet1", "B2", "B2", st)
	})
	tab := readXLSXTable(t, b)
	tab.Rows[2][1] = Cell{Text: "12.345"} // as a text file gives it
	goals := []app.Goal{{ID: 1, Title: "Sales", Aggregation: app.AggFlow, Decimals: 2, Cadence: app.CadenceMonth,
		Start: app.NewDate(2023, 1, 1), End: app.NewDate(2023, 12, 31)}}
	p, err := PlanImport(context.Background(), app.Calendar{}, tab, xlsxWide, goals, app.Snapshot{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Rejected) != 2 {
		t.Fatalf("rejected %q, want both values", importRejections(p))
	}
	if r := p.Rejected[0]; r.Message != msgImportDecimalsHidden || r.Args["Value"] != "33.33" || r.Args["Stored"] != "33.3333333333333" {
		t.Errorf("=100/3 shown as 33.33: %q %v", r.Message, r.Args)
	}
	if r := p.Rejected[1]; r.Message != msgImportDecimals || r.Args["Value"] != "12.345" {
		t.Errorf("12.345 typed: %q %v", r.Message, r.Args)
	}
}
