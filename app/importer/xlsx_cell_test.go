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

// TestXLSXCellRoundedNumber reads a number whose text is a rounding of it
// (a sum of decimals, a scaled or shortened format) as a number without
// asking for its number format: only a date shown as digits (01.2026, far
// from its serial) needs that, and asking made excelize parse the whole
// sheet for every such cell's first.
func TestXLSXCellRoundedNumber(t *testing.T) {
	noFormat := func() bool { t.Fatal("format asked"); return false }
	for text, raw := range map[string]string{"1,234.57": "1234.5678", "2,000": "1999.6", "81.5": "81.49999999999999",
		"1.2M": "1234567.891", "-0.5": "-0.49"} {
		if c := xlsxCell(text, raw, 0, noFormat); c.Kind != CellNumber {
			t.Errorf("%q over %s: kind %v, want a number", text, raw, c.Kind)
		}
	}
	if c := xlsxCell("01.2026", "46023", 0, func() bool { return true }); c.Kind != CellDate || c.Number != 46023 {
		t.Errorf("01.2026 with a date format: %+v, want a date cell", c)
	}
}
