package importer

import (
	"bytes"
	"slices"
	"testing"

	"pacer/app"
)

// TestImportRealMisnamed reads what web and accounting systems hand out as
// an "Excel export": testdata/real/libreoffice_zh_tab_gb18030.xls is the
// tab-separated GB18030 text LibreOffice 7.4.7.2 saves of
// libreoffice_zh.xlsx, and libreoffice_zh_html.xls the web page it saves
// of it, each under an .xls name, which Excel opens all the same. Both
// were refused as "not a workbook". The text now reads as
// libreoffice_zh_gb18030.csv does; the web page is refused with a
// message saying how to convert it.
func TestImportRealMisnamed(t *testing.T) {
	const file = "libreoffice_zh_tab_gb18030.xls"
	tab, err := ReadTable(bytes.NewReader(readReal(t, file)), file)
	if err != nil {
		t.Fatal(err)
	}
	csv, err := ReadTable(bytes.NewReader(readReal(t, "libreoffice_zh_gb18030.csv")), "libreoffice_zh_gb18030.csv")
	if err != nil {
		t.Fatal(err)
	}
	if tab.Encoding != "gb18030" || tab.Separator != '\t' || !slices.Equal(tab.Header, csv.Header) {
		t.Errorf("%s: %s, %q, header %q; want gb18030, tab, %q", file, tab.Encoding, tab.Separator, tab.Header, csv.Header)
	}
	for col := range csv.Columns {
		if got, want := realColumn(tab, col), realColumn(csv, col); !slices.Equal(got, want) {
			t.Errorf("%s: column %d %q, want %q", file, col, got, want)
		}
	}
	const page = "libreoffice_zh_html.xls"
	if _, err := ReadTable(bytes.NewReader(readReal(t, page)), page); app.ErrorMessage(err) != msgImportWebPage {
		t.Errorf("%s: %v, want the web page message", page, err)
	}
}

// TestReadMisnamedJunk still refuses, as no workbook, a file named .xls
// that is neither a workbook nor text nor a web page.
func TestReadMisnamedJunk(t *testing.T) {
	if _, err := ReadTable(bytes.NewReader([]byte("\x00\x01\x02junk\xff")), "junk.xls"); app.ErrorMessage(err) != msgImportBadXLSX {
		t.Errorf("%v, want the no-workbook message", err)
	}
}
