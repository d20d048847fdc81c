package importer

import (
	"bytes"
	"slices"
	"testing"
)

// TestReadEmptyFirstSheet reads testdata/real/libreoffice_empty_first_zh,
// LibreOffice's .xlsx, .xls and .ods of empty_first_zh.fods: an empty
// Sheet1, the one a workbook opens on, before the data's sheet 销售, as
// old Excel's three default sheets leave a workbook. Each opens on 销售,
// offering the others; the .xls and .ods were refused as holding no rows,
// and their import never opened to choose another sheet.
func TestReadEmptyFirstSheet(t *testing.T) {
	for _, file := range []string{"libreoffice_empty_first_zh.xlsx", "libreoffice_empty_first_zh.xls", "libreoffice_empty_first_zh.ods"} {
		tab, err := ReadTable(bytes.NewReader(readReal(t, file)), file)
		if err != nil {
			t.Errorf("%s: %v", file, err)
			continue
		}
		if tab.Sheet != "销售" || !slices.Equal(tab.Sheets, []string{"Sheet1", "销售", "Sheet3"}) {
			t.Errorf("%s: sheet %q of %q, want 销售", file, tab.Sheet, tab.Sheets)
		}
		if !slices.Equal(tab.Header, []string{"日期", "销售额"}) || len(tab.Rows) != 3 {
			t.Errorf("%s: header %q, %d rows", file, tab.Header, len(tab.Rows))
		}
		if c := tab.Cell(2, 0); c.Kind != CellDate || c.Number != 46063 {
			t.Errorf("%s: A3 = %+v, want the date cell 2026/2/10", file, c)
		}
		if _, err := ReadSheet(bytes.NewReader(readReal(t, file)), file, "Sheet1"); err == nil {
			t.Errorf("%s: the empty Sheet1, chosen, was read", file)
		}
	}
}
