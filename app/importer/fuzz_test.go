package importer

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"text/template"

	"pacer/app"
	"pacer/app/internal/testkit"
)

func TestImportMessagesAreTemplates(t *testing.T) {
	seen := map[string]bool{}
	for _, m := range ImportMessages {
		if strings.TrimSpace(m) == "" || seen[m] || slices.Contains(app.Messages, m) {
			t.Errorf("message %q is empty, listed twice or also in Messages", m)
		}
		seen[m] = true
		if _, err := template.New("").Option("missingkey=error").Parse(m); err != nil {
			t.Errorf("message %q is not a template: %v", m, err)
		}
		for _, a := range testkit.AnyAction.FindAllString(m, -1) {
			if !testkit.PlainAction.MatchString(a) {
				t.Errorf("message %q uses %s", m, a)
			}
		}
	}
}

// FuzzReadTable checks that ReadTable never panics and returns rows or an
// error with a message.
func FuzzReadTable(f *testing.F) {
	f.Add([]byte(importChineseCSV), "a.csv")
	f.Add([]byte("a;b\n\"x\ny\";2\n"), "a.txt")
	f.Add([]byte("\xFF\xFEa\x00\t\x00b\x00\n\x00"), "u.txt")
	f.Add([]byte("\xb0\xa1,\xb0\xa2\n"), "g.csv")
	f.Add(importWorkbook(f), "w.xlsx")
	f.Add(odsFile(f, odsTwoCells, nil), "w.ods")
	if b, err := os.ReadFile(filepath.Join("testdata", "real", "libreoffice_zh.xls")); err == nil {
		f.Add(b, "w.xls")
	}
	f.Fuzz(func(t *testing.T, b []byte, name string) {
		tab, err := ReadTable(bytes.NewReader(b), name)
		if err != nil {
			if !slices.Contains(ImportMessages, app.ErrorMessage(err)) {
				t.Fatalf("error %v has no import message", err)
			}
			return
		}
		if len(tab.Rows) == 0 || tab.Columns == 0 {
			t.Fatalf("table without rows: %+v", tab)
		}
		_ = LayoutKey(tab)
	})
}

// FuzzReadODS checks that the .ods reader never panics on the content of a
// spreadsheet, which the archive's checksum keeps FuzzReadTable from
// changing, and returns rows or an error with a message.
func FuzzReadODS(f *testing.F) {
	f.Add(odsTwoCells)
	f.Add(`<table:table-row table:number-rows-repeated="3"><table:table-cell table:number-rows-spanned="2" office:value-type="date" office:date-value="2026-01-15"><text:p>a<text:s text:c="3"/>b</text:p></table:table-cell><table:covered-table-cell table:number-columns-repeated="2"/></table:table-row>`)
	f.Add(`<table:table-row><table:table-cell office:value-type="time" office:time-value="-P1DT2H"/><table:table-cell office:value-type="percentage" office:value="0.5"><text:p>50%</text:p><office:annotation><text:p>n</text:p></office:annotation></table:table-cell></table:table-row>`)
	f.Add(odsStylesSeed + `<table:table-column table:number-columns-repeated="2" table:default-cell-style-name="m"/><table:table-row><table:table-cell table:style-name="child" office:value-type="float" office:value="400"><text:p>0</text:p></table:table-cell></table:table-row>`)
	f.Fuzz(func(t *testing.T, body string) {
		tab, err := ReadTable(bytes.NewReader(odsFile(t, body, nil)), "a.ods")
		if err != nil {
			if !slices.Contains(ImportMessages, app.ErrorMessage(err)) {
				t.Fatalf("error %v has no import message", err)
			}
			return
		}
		if len(tab.Rows) == 0 || tab.Columns == 0 || len(tab.Rows) > odsMaxRows || tab.Columns > odsMaxColumns {
			t.Fatalf("table of %d rows, %d columns", len(tab.Rows), tab.Columns)
		}
	})
}
