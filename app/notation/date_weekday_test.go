package notation_test

import (
	"testing"

	"pacer/app/notation"
)

// TestParseDateLongFormats covers what long date formats and month formats
// show, as LibreOffice and Excel save them as shown in CSV: a weekday
// before an English date or after a Chinese one, and a month before its
// year (German MM.YYYY, American M/YYYY).
func TestParseDateLongFormats(t *testing.T) {
	for _, tc := range []struct {
		in    string
		order notation.DayMonthOrder
		want  string
		prec  notation.DatePrecision
	}{
		{"Thursday, January 15, 2026", notation.DayFirst, "2026-01-15", notation.PrecisionDay},
		{"Thu, 15 Jan 2026", notation.MonthFirst, "2026-01-15", notation.PrecisionDay},
		{"Mon 16/02/2026", notation.DayFirst, "2026-02-16", notation.PrecisionDay},
		{"Wed 15/07/26", notation.DayFirst, "2026-07-15", notation.PrecisionDay},
		{"Mon, 15.06.2026 14:30", notation.DayFirst, "2026-06-15", notation.PrecisionDay},
		{"2026年5月15日 星期五", notation.DayFirst, "2026-05-15", notation.PrecisionDay},
		{"2026年6月15日(一)", notation.DayFirst, "2026-06-15", notation.PrecisionDay},
		{"2026年6月14日（周日）", notation.DayFirst, "2026-06-14", notation.PrecisionDay},
		{"2026年6月14日 礼拜天", notation.DayFirst, "2026-06-14", notation.PrecisionDay},
		{"03.2026", notation.DayFirst, "2026-03-31", notation.PrecisionMonth},
		{"4/2026", notation.MonthFirst, "2026-04-30", notation.PrecisionMonth},
		{"12-1999", notation.DayFirst, "1999-12-31", notation.PrecisionMonth},
	} {
		d, prec, err := notation.ParseDate(tc.in, tc.order)
		if err != nil || d.String() != tc.want || prec != tc.prec {
			t.Errorf("ParseDate(%q, %d) = %s, %d, %v; want %s, %d", tc.in, tc.order, d, prec, err, tc.want, tc.prec)
		}
	}
}

// TestParseDateLongFormatLookalikes are refused: a weekday that is not
// the date's own says the date is misread, a month has no weekday, and a
// decimal is no month of a far year.
func TestParseDateLongFormatLookalikes(t *testing.T) {
	for _, in := range []string{
		"Tuesday, January 15, 2026", // the 15th is a Thursday
		"2026年6月15日 星期二",            // a Monday
		"Monday, June 2026",         // a month has no weekday
		"Funday, June 15, 2026",
		"Mon", "Mon 2026", "星期一", "(一)",
		"3.1415", "1.2100", "13.2026", "0/2026",
		"2026年6月15日 星期八",
	} {
		if d, _, err := notation.ParseDate(in, notation.DayFirst); err == nil {
			t.Errorf("ParseDate(%q) = %s, want an error", in, d)
		}
	}
}
