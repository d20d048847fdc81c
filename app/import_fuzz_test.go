package app

import (
	"bytes"
	"slices"
	"strings"
	"testing"
	"text/template"

	"pacer/data"
)

func TestImportMessagesAreTemplates(t *testing.T) {
	seen := map[string]bool{}
	for _, m := range ImportMessages {
		if strings.TrimSpace(m) == "" || seen[m] || slices.Contains(Messages, m) {
			t.Errorf("message %q is empty, listed twice or also in Messages", m)
		}
		seen[m] = true
		if _, err := template.New("").Option("missingkey=error").Parse(m); err != nil {
			t.Errorf("message %q is not a template: %v", m, err)
		}
		for _, a := range anyAction.FindAllString(m, -1) {
			if !plainAction.MatchString(a) {
				t.Errorf("message %q uses %s", m, a)
			}
		}
	}
}

// FuzzParseDate checks that ParseDate never panics, and that what it
// accepts is a real day, stable and consistent with its precision.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2023-01-31", "31/01/2023", "44957", "2023年第1季度", "Jan 2023", "Q1 2023", "2023/1/31 0:00"} {
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, s string, monthFirst bool) {
		order := DayFirst
		if monthFirst {
			order = MonthFirst
		}
		d, prec, err := ParseDate(s, order)
		if err != nil {
			if data.ErrorMessage(err) != msgImportBadDate {
				t.Fatalf("ParseDate(%q) error %v", s, err)
			}
			return
		}
		if d.Year() < 1 || d.Year() > 9999 {
			t.Fatalf("ParseDate(%q) = %s", s, d)
		}
		again, _, err := ParseDate(d.String(), order)
		if err != nil || again != d {
			t.Fatalf("ParseDate(%q) = %s does not read back: %s, %v", s, d, again, err)
		}
		if next := d.AddDate(0, 0, 1); prec != PrecisionDay && next.Day() != 1 {
			t.Fatalf("ParseDate(%q) = %s with precision %d is not a month's last day", s, d, prec)
		}
	})
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
			if !slices.Contains(ImportMessages, data.ErrorMessage(err)) {
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
