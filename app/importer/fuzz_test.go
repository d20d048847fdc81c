package importer

import (
	"bytes"
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
