package notation

import (
	"testing"

	"pacer/app"
)

// FuzzParseDate checks that ParseDate never panics, and that what it
// accepts is a real day, stable and consistent with its precision.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2023-01-31", "31/01/2023", "44957", "2023年第1季度", "Jan 2023", "Q1 2023", "2023/1/31 0:00",
		"1/5/23", "Jan-23", "5-Jan-23", "1/31/2023 12:00:00 AM", "2023-01-31T10:00:00+08:00",
		"Donnerstag, 5. März 2026", "quinta-feira, 5 de março de 2026", "5-mrt-2026", "Mar 2026"} {
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, s string, monthFirst bool) {
		order := DayFirst
		if monthFirst {
			order = MonthFirst
		}
		d, prec, err := ParseDate(s, order)
		if err != nil {
			if app.ErrorMessage(err) != MsgImportBadDate {
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
