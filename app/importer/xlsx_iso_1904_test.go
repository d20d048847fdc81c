package importer

import (
	"bytes"
	"testing"
)

// TestReadSheetJS1904ISODates reads testdata/real/sheetjs_1904_dates.xlsx,
// which SheetJS 0.18.5 wrote (make_sheetjs_1904.js): a workbook in the
// 1904 date system whose dates are ISO 8601 date cells. Each shows the
// day it names, as Excel shows it, and holds that day's serial; the
// preview showed 2030-04-01 for 2026-03-31, four years and a day later,
// where the import counted 31 March 2026.
func TestReadSheetJS1904ISODates(t *testing.T) {
	const file = "sheetjs_1904_dates.xlsx"
	tab, err := ReadTable(bytes.NewReader(readReal(t, file)), file)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []struct {
		row    int
		text   string
		serial float64
	}{
		{1, "2026-03-31", 46112},
		{2, "2026-04-01 18:30", 46113 + 0.770833333333},
	} {
		c := tab.Cell(want.row, 0)
		if c.Kind != CellDate || c.Text != want.text || c.Number < want.serial-1e-6 || c.Number > want.serial+1e-6 {
			t.Errorf("row %d: %+v, want %s (%v)", want.row+1, c, want.text, want.serial)
		}
	}
}
