package importer

import (
	"bytes"
	"encoding/binary"
	"math"
	"slices"
	"testing"

	"github.com/xuri/excelize/v2"
)

// hiddenColumnsRows are a ledger as an ERP exports it, one value a row:
// last year's dates (A) and the cost (D) beside the sales are hidden, as
// are a helper column of categories (F) and a blank one past it (G).
var hiddenColumnsRows = [][]any{
	{"去年日期", "日期", "门店", "成本", "销售额", "辅助"},
	{"2025-01-05", "2026-01-05", "北京店", 60, 100, "甲"},
	{"2025-01-06", "2026-01-06", "上海店", 120, 200, "乙"},
	{"2025-01-07", "2026-01-07", "北京店", 180, 300, "甲"},
	{"2025-01-08", "2026-01-08", "上海店", 240, 400, "乙"},
}

// hiddenColumnsXLSX builds hiddenColumnsRows as Excel saves them: A and
// D hidden one by one, F:G as one range, and H of zero width.
func hiddenColumnsXLSX(t *testing.T) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	for i, r := range hiddenColumnsRows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow("Sheet1", cell, &r); err != nil {
			t.Fatal(err)
		}
	}
	for _, cols := range []string{"A", "D", "F:G"} {
		if err := f.SetColVisible("Sheet1", cols, false); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.SetColWidth("Sheet1", "H", "H", 0); err != nil {
		t.Fatal(err)
	}
	if err := f.SetCellValue("Sheet1", "H2", "x"); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestHiddenColumnsXLSX reads the columns a workbook hides, and guesses
// as the user sees the sheet: the shown 日期 is the date column, not last
// year's hidden one in A, and the hidden 成本 beside 销售额 does not make
// the table wide: it is read as one value a row, 门店 naming the goals.
func TestHiddenColumnsXLSX(t *testing.T) {
	tab, err := ReadTable(bytes.NewReader(hiddenColumnsXLSX(t)), "ledger.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	if want := []int{0, 3, 5, 6, 7}; !slices.Equal(tab.HiddenColumns, want) {
		t.Errorf("hidden columns %v, want %v", tab.HiddenColumns, want)
	}
	if want := []int{0, 3, 5, 7}; !slices.Equal(tab.HiddenFilledColumns(), want) {
		t.Errorf("hidden filled columns %v, want %v", tab.HiddenFilledColumns(), want)
	}
	date := GuessDateColumn(tab)
	if date != 1 {
		t.Errorf("date column %d, want 1 (日期)", date)
	}
	if goal, value, long := GuessLongLayout(tab, date); !long || goal != 2 || value != 4 {
		t.Errorf("long layout %v, goal %d, value %d; want 门店 (2) and 销售额 (4)", long, goal, value)
	}
	if got := GuessDimensionColumns(tab, date, 2, 4); len(got) != 0 {
		t.Errorf("dimensions %v, want not the hidden 辅助 (5)", got)
	}
}

// TestHiddenColumnsReal reads the column LibreOffice hid by hand in
// features_zh.fods, 备注 (E), from the workbooks it saved of it: .ods
// (table:visibility="collapse"), .xlsx (a col marked hidden) and .xls
// (the COLINFO record's hidden flag).
func TestHiddenColumnsReal(t *testing.T) {
	for _, name := range []string{"libreoffice_features_zh.ods", "libreoffice_features_zh.xlsx", "libreoffice_features_zh.xls"} {
		t.Run(name, func(t *testing.T) {
			tab, err := ReadSheet(bytes.NewReader(readReal(t, name)), name, "门店")
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(tab.HiddenColumns, []int{4}) || tab.Header[4] != "备注" || !tab.HiddenColumn(4) || tab.HiddenColumn(3) {
				t.Errorf("hidden columns %v of %q, want E (备注)", tab.HiddenColumns, tab.Header)
			}
		})
	}
}

// TestHiddenColumnsODS reads the columns an .ods hides, as LibreOffice
// writes them: collapsed or filtered out, repeated, and the trailing
// repeat up to the sheet's last column, of which only those within the
// table count.
func TestHiddenColumnsODS(t *testing.T) {
	cell := func(text string) string {
		return `<table:table-cell office:value-type="string"><text:p>` + text + `</text:p></table:table-cell>`
	}
	row := `<table:table-row>` + cell("a") + cell("b") + cell("c") + cell("d") + cell("e") + cell("f") + `</table:table-row>`
	body := `<table:table-column table:visibility="collapse"/>` +
		`<table:table-column table:number-columns-repeated="2"/>` +
		`<table:table-column table:visibility="filter" table:number-columns-repeated="2"/>` +
		`<table:table-column/>` +
		`<table:table-column table:visibility="collapse" table:number-columns-repeated="16378"/>` + row
	tab, err := ReadTable(bytes.NewReader(odsFile(t, body, nil)), "x.ods")
	if err != nil {
		t.Fatal(err)
	}
	if want := []int{0, 3, 4}; !slices.Equal(tab.HiddenColumns, want) || tab.Columns != 6 {
		t.Errorf("hidden columns %v of %d, want %v of 6", tab.HiddenColumns, tab.Columns, want)
	}
}

// TestHiddenColumnsXLS reads the columns an .xls hides, as its COLINFO
// records say (fHidden): B hidden, C:D hidden as one range, E shown.
func TestHiddenColumnsXLS(t *testing.T) {
	colInfo := func(first, last, flags uint16) []byte {
		d := binary.LittleEndian.AppendUint16(nil, first)
		d = binary.LittleEndian.AppendUint16(d, last)
		d = append(d, 0, 9, 15, 0)
		d = binary.LittleEndian.AppendUint16(d, flags)
		return biffRec(biffColInfo, append(d, 0, 0)...)
	}
	number := func(col uint16) []byte {
		d := []byte{0, 0}
		d = binary.LittleEndian.AppendUint16(d, col)
		d = append(d, 15, 0)
		return biffRec(biffNumber, binary.LittleEndian.AppendUint64(d, math.Float64bits(float64(col)))...)
	}
	sheet := [][]byte{biffRec(biffBOF, 0, 6, 0x10, 0), colInfo(1, 1, 1), colInfo(2, 3, 1), colInfo(4, 4, 0)}
	for col := range uint16(5) {
		sheet = append(sheet, number(col))
	}
	sheet = append(sheet, biffRec(biffEOF))
	b := &xlsBook{stream: biffStream(sheet...), sheets: []xlsSheetEntry{{name: "S"}}, formats: map[int]string{}}
	x, _, err := b.xlsx("S")
	if err != nil {
		t.Fatal(err)
	}
	tab, err := readXLSX(x, "S")
	if err != nil {
		t.Fatal(err)
	}
	tab.finish()
	if want := []int{1, 2, 3}; !slices.Equal(tab.HiddenColumns, want) {
		t.Errorf("hidden columns %v, want %v", tab.HiddenColumns, want)
	}
}

// TestColumnLetter names columns as Excel does.
func TestColumnLetter(t *testing.T) {
	for c, want := range map[int]string{0: "A", 2: "C", 25: "Z", 26: "AA", 701: "ZZ", 702: "AAA"} {
		if got := ColumnLetter(c); got != want {
			t.Errorf("column %d: %q, want %q", c, got, want)
		}
	}
}
