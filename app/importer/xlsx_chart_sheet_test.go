package importer

import (
	"bytes"
	"testing"

	"github.com/xuri/excelize/v2"
)

// TestReadTableXLSXSavedOnAChartSheet reads a workbook saved with its
// chart sheet shown, as Excel saves one whose chart was looked at last:
// its data sheet is read, not the chart's, which holds no cells and made
// the whole workbook "hold no rows", with no Sheet choice to pick another.
// A sheet asked for by name is still the one read.
func TestReadTableXLSXSavedOnAChartSheet(t *testing.T) {
	b := xlsxOf(t, func(f *excelize.File) error {
		if err := xlsxRows(f, 0, []any{"Date", "Sales"}, []any{"2023-01-05", 100}); err != nil {
			return err
		}
		chart := &excelize.Chart{Type: excelize.Col, Series: []excelize.ChartSeries{
			{Name: "Sheet1!$B$1", Categories: "Sheet1!$A$2", Values: "Sheet1!$B$2"}}}
		if err := f.AddChartSheet("Chart1", chart); err != nil {
			return err
		}
		idx, err := f.GetSheetIndex("Chart1")
		f.SetActiveSheet(idx)
		return err
	})
	tab := readXLSXTable(t, b)
	if tab.Sheet != "Sheet1" || len(tab.Rows) != 2 || tab.Cell(1, 1).Number != 100 {
		t.Errorf("read sheet %q of %q, %d rows; want Sheet1's 2", tab.Sheet, tab.Sheets, len(tab.Rows))
	}
	if _, err := ReadSheet(bytes.NewReader(b), "book.xlsx", "Chart1"); err == nil {
		t.Error("the chart sheet asked for reads; want its error")
	}
}
