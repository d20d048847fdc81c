package importer

import (
	"bytes"
	"fmt"
	"testing"
)

// xlsPairs are .xls files of testdata/real with the .xlsx LibreOffice
// saved of the same data (see its README.md).
var xlsPairs = []struct{ xls, xlsx string }{
	{"libreoffice_en.xls", "libreoffice_en.xlsx"},
	{"libreoffice_zh.xls", "libreoffice_zh.xlsx"},
	{"libreoffice_merged_zh.xls", "libreoffice_merged_zh.xlsx"},
	{"libreoffice_formats_1904.xls", "libreoffice_formats_1904.xlsx"},
	{"libreoffice_sales_zh.xls", "libreoffice_sales_zh.xlsx"},
	{"libreoffice_channels_zh.xls", "libreoffice_channels_zh.xlsx"},
	{"libreoffice_many_zh.xls", "libreoffice_many_zh.xlsx"},
}

// TestXLSReadsAsXLSX checks that every sheet of each .xls workbook reads
// as the same sheet of the .xlsx one: texts, numbers, dates, percents,
// merged cells, sheets and the sheet read first.
func TestXLSReadsAsXLSX(t *testing.T) {
	for _, p := range xlsPairs {
		t.Run(p.xls, func(t *testing.T) {
			old, xb := readReal(t, p.xls), readReal(t, p.xlsx)
			want, err := ReadTable(bytes.NewReader(xb), p.xlsx)
			if err != nil {
				t.Fatal(err)
			}
			for _, sheet := range append([]string{""}, want.Sheets...) {
				want, err := ReadSheet(bytes.NewReader(xb), p.xlsx, sheet)
				if err != nil {
					t.Fatal(err)
				}
				got, err := ReadSheet(bytes.NewReader(old), p.xls, sheet)
				if err != nil {
					t.Fatalf("sheet %q: %v", sheet, err)
				}
				if got.Encoding != "xls" {
					t.Errorf("encoding %q, want xls", got.Encoding)
				}
				got.Encoding = want.Encoding
				if diff := tableDiff(got, want); diff != "" {
					t.Errorf("sheet %q: %s", sheet, diff)
				}
			}
		})
	}
}

// tableDiff describes the first difference between two tables, or is "".
func tableDiff(got, want Table) string {
	g := fmt.Sprintf("%q %d %v %d %q %q %q %v", got.Header, got.HeaderRow, got.HasHeader, got.Columns, got.Sheet, got.Sheets, got.Encoding, got.Hidden)
	w := fmt.Sprintf("%q %d %v %d %q %q %q %v", want.Header, want.HeaderRow, want.HasHeader, want.Columns, want.Sheet, want.Sheets, want.Encoding, want.Hidden)
	if g != w {
		return fmt.Sprintf("table %s, want %s", g, w)
	}
	if len(got.Rows) != len(want.Rows) {
		return fmt.Sprintf("%d rows, want %d", len(got.Rows), len(want.Rows))
	}
	for i := range want.Rows {
		for j := range max(len(got.Rows[i]), len(want.Rows[i])) {
			if gc, wc := got.Cell(i, j), want.Cell(i, j); gc != wc {
				return fmt.Sprintf("cell %d,%d = %+v, want %+v", i+1, j+1, gc, wc)
			}
		}
	}
	return ""
}
