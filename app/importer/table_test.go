package importer

import (
	"bytes"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"

	"pacer/app"
)

// importEncode writes s in e, or fails the test.
func importEncode(t testing.TB, e encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := e.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encode: %v", err)
	}
	return b
}

// importTexts is a table's cell texts.
func importTexts(tab Table) [][]string {
	out := make([][]string, len(tab.Rows))
	for i, row := range tab.Rows {
		out[i] = []string{}
		for _, c := range row {
			out[i] = append(out[i], c.Text)
		}
	}
	return out
}

const importChineseCSV = "日期,目标,销售额\r\n2023/1/31,销售,\"1,234.50\"\r\n2023/2/28,销售,￥800万\r\n"

func TestReadTableText(t *testing.T) {
	want := [][]string{{"日期", "目标", "销售额"}, {"2023/1/31", "销售", "1,234.50"}, {"2023/2/28", "销售", "￥800万"}}
	tabbed := strings.NewReplacer(",销", "\t销", ",\"", "\t", "\"\r", "\r", ",￥", "\t￥", ",目", "\t目", ",销售额", "\t销售额").Replace(importChineseCSV)
	for _, tc := range []struct {
		name, file, enc string
		b               []byte
		sep             rune
		want            [][]string
	}{
		{"UTF8", "a.csv", "utf-8", []byte(importChineseCSV), ',', want},
		{"UTF8BOM", "a.csv", "utf-8-bom", append([]byte("\xEF\xBB\xBF"), importChineseCSV...), ',', want},
		{"GBK", "a.csv", "gbk", importEncode(t, simplifiedchinese.GBK, importChineseCSV), ',', want},
		{"UTF16LE", "a.txt", "utf-16le", importEncode(t, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), tabbed), '\t', want},
		{"UTF16BE", "a.txt", "utf-16be", importEncode(t, unicode.UTF16(unicode.BigEndian, unicode.UseBOM), tabbed), '\t', want},
		{"UTF16LENoBOM", "a.txt", "utf-16le", importEncode(t, unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), tabbed), '\t', want},
		{"Windows1252Semicolon", "a.csv", "windows-1252",
			importEncode(t, charmap.Windows1252, "Datum;Kunde;Umsatz\n31.01.2023;Müller;1.234,50 €\n28.02.2023;Café Ärger;987,00 €\n"), ';',
			[][]string{{"Datum", "Kunde", "Umsatz"}, {"31.01.2023", "Müller", "1.234,50 €"}, {"28.02.2023", "Café Ärger", "987,00 €"}}},
		{"SemicolonDecimalCommaNoHeader", "a.csv", "utf-8", []byte("2023-01-31;1234,5\n2023-02-28;99,25\n"), ';',
			[][]string{{"2023-01-31", "1234,5"}, {"2023-02-28", "99,25"}}},
		{"QuotedNewlinesAndBlankLines", "a.csv", "utf-8",
			[]byte("date,note,value\n\n2023-01-31,\"two\nlines, \"\"quoted\"\"\",5\r\n\r\n2023-02-28,plain,6\n\n\n"), ',',
			[][]string{{"date", "note", "value"}, {}, {"2023-01-31", "two\nlines, \"quoted\"", "5"}, {}, {"2023-02-28", "plain", "6"}}},
		{"OneColumn", "a.txt", "utf-8", []byte("value\n1\n2\n"), ',', [][]string{{"value"}, {"1"}, {"2"}}},
		{"UTF8WithOneStray1252Byte", "a.csv", "utf-8",
			[]byte("日期,门店,销售额\n2023/1/31,北京朝阳店,5\n2023/1/31,Caf\xe9 上海,6\n"), ',',
			[][]string{{"日期", "门店", "销售额"}, {"2023/1/31", "北京朝阳店", "5"}, {"2023/1/31", "Café 上海", "6"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tab, err := ReadTable(bytes.NewReader(tc.b), tc.file)
			if err != nil {
				t.Fatal(err)
			}
			if got := importTexts(tab); !slices.EqualFunc(got, tc.want, slices.Equal) {
				t.Fatalf("rows = %q\nwant %q", got, tc.want)
			}
			if tab.Encoding != tc.enc || tab.Separator != tc.sep {
				t.Fatalf("encoding %s, separator %q; want %s, %q", tab.Encoding, tab.Separator, tc.enc, tc.sep)
			}
		})
	}
}

func TestReadTableHeader(t *testing.T) {
	for _, tc := range []struct {
		in     string
		header bool
	}{
		{"date,sales\n2023-01-31,5\n", true},
		{"2023-01-31,5\n2023-02-28,6\n", false},
		{"Jan 2023,5\n", false},
		{",\n1,2\n", false},
	} {
		tab, err := ReadTable(strings.NewReader(tc.in), "x.csv")
		if err != nil || tab.HasHeader != tc.header {
			t.Errorf("%q: HasHeader = %v, %v; want %v", tc.in, tab.HasHeader, err, tc.header)
		}
	}
}

func TestReadTableErrors(t *testing.T) {
	for _, tc := range []struct {
		name, file string
		b          []byte
		msg        string
	}{
		{"Empty", "a.csv", nil, msgImportEmpty},
		{"OnlyBlank", "a.csv", []byte("\n\r\n , \n"), msgImportEmpty},
		{"BrokenXLS", "a.xls", []byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest"), msgImportBadXLSX},
		{"BrokenXLSNamedCSV", "a.csv", []byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest"), msgImportBadXLSX},
		{"NotAWorkbook", "a.xlsx", []byte("date,value\n"), msgImportBadXLSX},
		{"BrokenZip", "a.xlsx", []byte("PK\x03\x04broken"), msgImportBadXLSX},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ReadTable(bytes.NewReader(tc.b), tc.file)
			if app.ErrorMessage(err) != tc.msg || !slices.Contains(ImportMessages, tc.msg) {
				t.Fatalf("error = %v, want %q", err, tc.msg)
			}
		})
	}
}

// importWorkbook writes an XLSX file as Excel would: a date column with a date
// format, numbers with thousands and percent formats, a text column and a
// second sheet.
func importWorkbook(t testing.TB) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	sh := "Sheet1"
	dateStyle, _ := f.NewStyle(&excelize.Style{NumFmt: 14})
	thousands, _ := f.NewStyle(&excelize.Style{NumFmt: 4}) // #,##0.00
	percent, _ := f.NewStyle(&excelize.Style{NumFmt: 10})  // 0.00%
	set := func(cell string, v any, style int) {
		if err := f.SetCellValue(sh, cell, v); err != nil {
			t.Fatal(err)
		}
		if style != 0 {
			if err := f.SetCellStyle(sh, cell, cell, style); err != nil {
				t.Fatal(err)
			}
		}
	}
	set("A1", "日期", 0)
	set("B1", "销售额", 0)
	set("C1", "毛利率", 0)
	set("D1", "备注", 0)
	set("A2", 44957, dateStyle) // 2023-01-31 as a serial
	set("B2", 1234.5, thousands)
	set("C2", 0.0825, percent)
	set("D2", "first", 0)
	set("A3", time.Date(2023, 2, 28, 0, 0, 0, 0, time.UTC), dateStyle)
	set("B3", 2000, 0)
	set("C3", 0.09, percent)
	set("A4", "2023-03", 0)
	set("B4", "1,500.25", 0) // typed as text
	set("A5", 2023, 0)       // a year is not a serial date
	set("B5", 1, 0)
	if _, err := f.NewSheet("Other"); err != nil {
		t.Fatal(err)
	}
	if err := f.SetCellValue("Other", "A1", "only"); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestReadTableXLSX(t *testing.T) {
	b := importWorkbook(t)
	tab, err := ReadTable(bytes.NewReader(b), "sales.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	if tab.Encoding != "xlsx" || tab.Sheet != "Sheet1" || !slices.Equal(tab.Sheets, []string{"Sheet1", "Other"}) ||
		!tab.HasHeader || !slices.Equal(tab.Header, []string{"日期", "销售额", "毛利率", "备注"}) || tab.Columns != 4 {
		t.Fatalf("table = %+v", tab)
	}
	for _, tc := range []struct {
		row, col int
		kind     CellKind
		number   float64
		text     string
	}{
		{1, 0, CellDate, 44957, ""},
		{2, 0, CellDate, 44985, ""},
		{1, 1, CellNumber, 1234.5, "1,234.50"},
		{1, 2, CellNumber, 0.0825, "8.25%"},
		{2, 1, CellNumber, 2000, "2000"},
		{1, 3, CellText, 0, "first"},
		{3, 0, CellText, 0, "2023-03"},
		{3, 1, CellText, 0, "1,500.25"},
	} {
		c := tab.Cell(tc.row, tc.col)
		if c.Kind != tc.kind || c.Number != tc.number || (tc.text != "" && c.Text != tc.text) {
			t.Errorf("cell %d,%d = %+v; want kind %d number %v text %q", tc.row, tc.col, c, tc.kind, tc.number, tc.text)
		}
	}
	if c := tab.Cell(9, 9); c != (Cell{}) {
		t.Errorf("cell beyond the table = %+v", c)
	}
	if got := tab.Preview(2); len(got) != 2 {
		t.Errorf("preview has %d rows", len(got))
	}

	t.Run("NamedSheet", func(t *testing.T) {
		tab, err := ReadSheet(bytes.NewReader(b), "sales.bin", "Other")
		if err != nil || tab.Sheet != "Other" || len(tab.Rows) != 1 || tab.Rows[0][0].Text != "only" {
			t.Fatalf("table = %+v, %v", tab, err)
		}
	})
	t.Run("ErrNoSheet", func(t *testing.T) {
		_, err := ReadSheet(bytes.NewReader(b), "sales.xlsx", "Missing")
		if app.ErrorMessage(err) != msgImportNoSheet || app.ErrorArgs(err)["Sheet"] != "Missing" {
			t.Fatalf("error = %v", err)
		}
	})
}

func TestLayoutKey(t *testing.T) {
	read := func(s string) Table {
		tab, err := ReadTable(strings.NewReader(s), "a.csv")
		if err != nil {
			t.Fatal(err)
		}
		return tab
	}
	a := LayoutKey(read("Date,Sales\n2023-01-31,1\n"))
	if b := LayoutKey(read(" date ;SALES\n2024-01-31;2\n")); a != b {
		t.Errorf("same columns, keys %s and %s", a, b)
	}
	if b := LayoutKey(read("Date,Sales,Goal\n2023-01-31,1,x\n")); a == b {
		t.Errorf("different columns share key %s", a)
	}
	if b, c := LayoutKey(read("2023-01-31,1\n")), LayoutKey(read("2024-01-31,7\n")); b != c || b == a {
		t.Errorf("headerless keys %s, %s", b, c)
	}
}
