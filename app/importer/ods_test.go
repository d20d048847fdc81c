package importer

import (
	"bytes"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"
)

// odsTwins are the real .ods files and the .xlsx LibreOffice saved of the
// same source: both must read alike.
var odsTwins = [][2]string{
	{"libreoffice_en.ods", "libreoffice_en.xlsx"},
	{"libreoffice_zh.ods", "libreoffice_zh.xlsx"},
	{"libreoffice_features_zh.ods", "libreoffice_features_zh.xlsx"},
	{"libreoffice_merged_zh.ods", "libreoffice_merged_zh.xlsx"},
	{"libreoffice_sales_zh.ods", "libreoffice_sales_zh.xlsx"},
	{"libreoffice_text_zh.ods", "libreoffice_text_zh.xlsx"},
}

// TestReadODSAsXLSX reads each .ods file and its .xlsx twin, every sheet,
// and checks the tables are the same, cell by cell.
func TestReadODSAsXLSX(t *testing.T) {
	for _, twin := range odsTwins {
		t.Run(twin[0], func(t *testing.T) {
			ods, xlsx := readReal(t, twin[0]), readReal(t, twin[1])
			want, err := ReadTable(bytes.NewReader(xlsx), twin[1])
			if err != nil {
				t.Fatal(err)
			}
			for _, sheet := range append([]string{""}, want.Sheets...) {
				got, err := ReadSheet(bytes.NewReader(ods), twin[0], sheet)
				if err != nil {
					t.Fatalf("sheet %q: %v", sheet, err)
				}
				w, err := ReadSheet(bytes.NewReader(xlsx), twin[1], sheet)
				if err != nil {
					t.Fatal(err)
				}
				if diff := odsDiff(got, w); diff != "" {
					t.Errorf("sheet %q: %s", sheet, diff)
				}
			}
		})
	}
}

// odsDiff says how two tables differ, but for their encoding.
func odsDiff(got, want Table) string {
	if fmt.Sprint(got.Sheet, got.Sheets, got.Hidden, got.HeaderRow, got.HasHeader, got.Columns) !=
		fmt.Sprint(want.Sheet, want.Sheets, want.Hidden, want.HeaderRow, want.HasHeader, want.Columns) {
		return fmt.Sprintf("sheet %q of %q hidden %v header %d %v, %d columns; want %q of %q, %v, %d %v, %d",
			got.Sheet, got.Sheets, got.Hidden, got.HeaderRow, got.HasHeader, got.Columns,
			want.Sheet, want.Sheets, want.Hidden, want.HeaderRow, want.HasHeader, want.Columns)
	}
	if len(got.Rows) != len(want.Rows) {
		return fmt.Sprintf("%d rows, want %d", len(got.Rows), len(want.Rows))
	}
	for i := range want.Rows {
		for j := range max(len(got.Rows[i]), len(want.Rows[i])) {
			g, w := got.Cell(i, j), want.Cell(i, j)
			// LibreOffice's .xlsx drops the tab of 早班<tab>晚班, which its
			// .ods keeps (TestReadODSText), and writes 12:30 as
			// 0.520833333333333, to 15 digits.
			g.Text = strings.ReplaceAll(g.Text, "\t", "")
			if g != w && !(math.Abs(g.Number-w.Number) < 1e-12 && g.Text == w.Text && g.Kind == w.Kind) {
				return fmt.Sprintf("cell %d,%d = %+v, want %+v", i, j, g, w)
			}
		}
	}
	return ""
}

// TestReadODSText checks the texts of cells typed with runs of spaces, a
// leading space, a tab and line breaks, which LibreOffice saves as text:s,
// text:tab and one paragraph a line.
func TestReadODSText(t *testing.T) {
	tab, err := ReadTable(bytes.NewReader(readReal(t, "libreoffice_text_zh.ods")), "libreoffice_text_zh.ods")
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{{"门店", "备注", "销售额"}, {"北京  朝阳", "早班\t晚班", "100"},
		{" 上海", "第一行\n第二行", "200"}, {"广州   天河", "周末\n休息\n盘点", "300"}}
	got := importTexts(tab)
	if !slices.EqualFunc(got, want, slices.Equal) {
		t.Fatalf("texts %q, want %q", got, want)
	}
}
