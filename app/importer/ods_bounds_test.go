package importer

import (
	"archive/zip"
	"bytes"
	"maps"
	"runtime"
	"slices"
	"strings"
	"testing"

	"pacer/app"
)

// odsFile is an .ods archive with the given content.xml body (the rows of
// one sheet, or several sheets when body starts with a table) and other
// parts, stored after the mimetype as the format asks.
func odsFile(t testing.TB, body string, parts map[string]string) []byte {
	t.Helper()
	if !strings.HasPrefix(body, "<table:table ") {
		body = `<table:table table:name="S">` + body + `</table:table>`
	}
	content := `<?xml version="1.0" encoding="UTF-8"?><office:document-content` +
		` xmlns:office="` + odsOfficeNS + `" xmlns:table="` + odsTableNS + `" xmlns:text="` + odsTextNS +
		`"><office:body><office:spreadsheet>` + body + `</office:spreadsheet></office:body></office:document-content>`
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.CreateHeader(&zip.FileHeader{Name: "mimetype", Method: zip.Store})
	if err == nil {
		_, err = w.Write([]byte(odsMimeType))
	}
	if err != nil {
		t.Fatal(err)
	}
	parts = maps.Clone(parts)
	if parts == nil {
		parts = map[string]string{}
	}
	if _, ok := parts["content.xml"]; !ok {
		parts["content.xml"] = content
	}
	for _, name := range slices.Sorted(maps.Keys(parts)) {
		w, err := zw.Create(name)
		if err == nil {
			_, err = w.Write([]byte(parts[name]))
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

const odsTwoCells = `<table:table-row><table:table-cell office:value-type="string"><text:p>Goal</text:p></table:table-cell>` +
	`<table:table-cell office:value-type="float" office:value="12"><text:p>12</text:p></table:table-cell></table:table-row>`

// TestReadODSTrailingRepeats checks that the empty rows and columns Calc
// writes to the sheet's end, 1,048,576 rows of 16,384 cells, are neither
// read nor kept.
func TestReadODSTrailingRepeats(t *testing.T) {
	body := `<table:table-row><table:table-cell office:value-type="string"><text:p>Goal</text:p></table:table-cell>` +
		`<table:table-cell table:number-columns-repeated="16382"/></table:table-row>` +
		`<table:table-row table:number-rows-repeated="1048575"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>`
	b := odsFile(t, body, nil)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	tab, err := ReadTable(bytes.NewReader(b), "a.ods")
	runtime.ReadMemStats(&after)
	if err != nil {
		t.Fatal(err)
	}
	if len(tab.Rows) != 1 || tab.Columns != 1 || tab.Encoding != "ods" {
		t.Fatalf("rows %q, %d columns", importTexts(tab), tab.Columns)
	}
	if n := after.TotalAlloc - before.TotalAlloc; n > 1<<20 {
		t.Errorf("reading took %d bytes", n)
	}
}

// TestReadODSTooLarge checks that cells repeated past a sheet's bounds or
// past the memory budget are refused as too large, not kept.
func TestReadODSTooLarge(t *testing.T) {
	cell := `<table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell>`
	for name, body := range map[string]string{
		"columns": `<table:table-row><table:table-cell table:number-columns-repeated="16384"/>` + cell + `</table:table-row>`,
		"rows":    `<table:table-row table:number-rows-repeated="1048576"/><table:table-row>` + cell + `</table:table-row>`,
		"memory": `<table:table-row table:number-rows-repeated="1048576">` +
			strings.Replace(cell, "<table:table-cell ", `<table:table-cell table:number-columns-repeated="16384" `, 1) + `</table:table-row>`,
	} {
		_, err := ReadTable(bytes.NewReader(odsFile(t, body, nil)), "a.ods")
		if app.ErrorMessage(err) != msgImportTooLarge {
			t.Errorf("%s: error %v, want too large", name, err)
		}
	}
}

// TestReadODSRefused checks the messages of .ods files Pacer cannot read:
// one saved with a password, whose manifest says so and whose content is
// ciphered, one cut short, and a file named .ods that is no archive.
func TestReadODSRefused(t *testing.T) {
	manifest := `<?xml version="1.0"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">` +
		`<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"><manifest:encryption-data manifest:checksum-type="SHA1/1K"/></manifest:file-entry></manifest:manifest>`
	good := odsFile(t, odsTwoCells, nil)
	for _, tc := range []struct {
		name string
		b    []byte
		want string
	}{
		{"password", odsFile(t, "", map[string]string{"META-INF/manifest.xml": manifest, "content.xml": "\x8f\x12\xa0"}), msgImportEncrypted},
		{"cut", good[:len(good)*2/3], msgImportBadXLSX},
		{"no content", odsFile(t, "", map[string]string{"content.xml": "<a>"}), msgImportBadXLSX},
		{"text", []byte("Goal,12\n"), msgImportBadXLSX},
	} {
		if _, err := ReadTable(bytes.NewReader(tc.b), "a.ods"); app.ErrorMessage(err) != tc.want {
			t.Errorf("%s: error %v, want %q", tc.name, err, tc.want)
		}
	}
}

// TestReadODSCells checks what Calc's real files rarely show: a line
// break, a comment, which is no part of the text, a formula whose result
// was not saved, a sheet asked for that is missing, and the sheet read
// when the one Calc opens on is hidden.
func TestReadODSCells(t *testing.T) {
	body := `<table:table-row><table:table-cell office:value-type="string"><text:p>a<text:line-break/>b</text:p>` +
		`<office:annotation><text:p>note</text:p></office:annotation></table:table-cell>` +
		`<table:table-cell table:formula="of:=1+1"/>` +
		`<table:table-cell office:value-type="date" office:date-value="2026-01-15T12:00:00"><text:p>15/01/2026 12:00</text:p></table:table-cell>` +
		`</table:table-row>`
	tab, err := ReadTable(bytes.NewReader(odsFile(t, body, nil)), "a.ods")
	if err != nil {
		t.Fatal(err)
	}
	if c := tab.Cell(0, 0); c.Text != "a\nb" {
		t.Errorf("text %q, want a, b", c.Text)
	}
	if c := tab.Cell(0, 1); c.Kind != CellFormula {
		t.Errorf("unsaved formula read as %+v", c)
	}
	if c := tab.Cell(0, 2); c.Kind != CellDate || c.Number != 46037.5 {
		t.Errorf("date and time read as %+v", c)
	}
	if _, err := ReadSheet(bytes.NewReader(odsFile(t, body, nil)), "a.ods", "T"); app.ErrorMessage(err) != msgImportNoSheet {
		t.Errorf("missing sheet: %v", err)
	}
	sheets := `<table:table table:name="Old" table:style-name="gone"><table:table-row><table:table-cell office:value-type="string"><text:p>old</text:p></table:table-cell></table:table-row></table:table>` +
		`<table:table table:name="New"><table:table-row><table:table-cell office:value-type="string"><text:p>new</text:p></table:table-cell></table:table-row></table:table>`
	content := `<?xml version="1.0"?><office:document-content xmlns:office="` + odsOfficeNS + `" xmlns:table="` + odsTableNS +
		`" xmlns:text="` + odsTextNS + `" xmlns:style="` + odsStyleNS + `"><office:automatic-styles>` +
		`<style:style style:name="gone" style:family="table"><style:table-properties table:display="false"/></style:style>` +
		`</office:automatic-styles><office:body><office:spreadsheet>` + sheets + `</office:spreadsheet></office:body></office:document-content>`
	settings := `<?xml version="1.0"?><office:document-settings xmlns:office="` + odsOfficeNS +
		`" xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0"><config:config-item config:name="ActiveTable" config:type="string">Old</config:config-item></office:document-settings>`
	tab, err = ReadTable(bytes.NewReader(odsFile(t, "", map[string]string{"content.xml": content, "settings.xml": settings})), "a.ods")
	if err != nil || tab.Sheet != "New" || !tab.Hidden["Old"] || tab.Cell(0, 0).Text != "new" {
		t.Errorf("read sheet %q of %q hidden %v, %v; want New", tab.Sheet, tab.Sheets, tab.Hidden, err)
	}
}
