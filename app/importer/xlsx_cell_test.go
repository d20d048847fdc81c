package importer

import "testing"

// TestXLSXCellAccountingZero reads a zero shown by Excel's Accounting
// format (a dash) as the number 0 in workbooks of both date systems; in a
// 1904-system one, serial 0 is also a day Excel can show (1 January 1904),
// and the cell once came in as that date.
func TestXLSXCellAccountingZero(t *testing.T) {
	for _, offset := range []float64{0, 1462} {
		for _, text := range []string{" $ -   ", " ¥ - ", "-"} {
			c := xlsxCell(text, "0", offset, func() bool { return false })
			if c.Kind != CellNumber || c.Number != 0 {
				t.Errorf("offset %v, %q: kind %v number %v, want the number 0", offset, text, c.Kind, c.Number)
			}
		}
	}
	if c := xlsxCell("1904-01-01", "0", 1462, func() bool { return true }); c.Kind != CellDate || c.Number != 1462 {
		t.Errorf("a date cell of serial 0 in a 1904 workbook: kind %v number %v", c.Kind, c.Number)
	}
}
