package notation_test

import (
	"testing"

	"pacer/app/notation"
)

// TestParseDateSpellings covers the spellings of Excel (US, UK and CN
// locales), Google Sheets, .NET and databases exports.
func TestParseDateSpellings(t *testing.T) {
	for _, tc := range []struct {
		in    string
		order notation.DayMonthOrder
		want  string
		prec  notation.DatePrecision
	}{
		{"Jan-23", notation.DayFirst, "2023-01-31", notation.PrecisionMonth},
		{"Sep-99", notation.MonthFirst, "2099-09-30", notation.PrecisionMonth}, // 2000+yy
		{"5-Jan-23", notation.DayFirst, "2023-01-05", notation.PrecisionDay},
		{"05-Jan-23", notation.MonthFirst, "2023-01-05", notation.PrecisionDay},
		{"5 Jan 23", notation.DayFirst, "2023-01-05", notation.PrecisionDay},
		{"05-Jan-2023", notation.DayFirst, "2023-01-05", notation.PrecisionDay},
		{"1/5/23", notation.DayFirst, "2023-05-01", notation.PrecisionDay},
		{"1/5/23", notation.MonthFirst, "2023-01-05", notation.PrecisionDay},
		{"1-5-23", notation.MonthFirst, "2023-01-05", notation.PrecisionDay},
		{"1.5.23", notation.MonthFirst, "2023-05-01", notation.PrecisionDay}, // dots are day first
		{"1/31/23", notation.DayFirst, "2023-01-31", notation.PrecisionDay},  // 31 cannot be a month
		{"31/01/23", notation.MonthFirst, "2023-01-31", notation.PrecisionDay},
		{"23/01/31", notation.DayFirst, "2031-01-23", notation.PrecisionDay}, // day first, not yy/mm/dd
		{"1/5/23 0:00", notation.MonthFirst, "2023-01-05", notation.PrecisionDay},
		{"1/31/2023 12:00:00 AM", notation.MonthFirst, "2023-01-31", notation.PrecisionDay},
		{"1/31/2023 11:59:59 pm", notation.MonthFirst, "2023-01-31", notation.PrecisionDay},
		{"1/31/2023 1:05 PM", notation.DayFirst, "2023-01-31", notation.PrecisionDay},
		{"2023-01-31 00:00:00", notation.DayFirst, "2023-01-31", notation.PrecisionDay},
		{"2023-01-31 23:59:59.997", notation.DayFirst, "2023-01-31", notation.PrecisionDay},
		{"2023-01-31T10:00:00+08:00", notation.DayFirst, "2023-01-31", notation.PrecisionDay},
		{"2023-01-31T23:30:00-05:00", notation.DayFirst, "2023-01-31", notation.PrecisionDay}, // the day as written
		{"2023-01-31T00:30:00+0800", notation.DayFirst, "2023-01-31", notation.PrecisionDay},
		{"2023-01-31T02:00:00Z", notation.DayFirst, "2023-01-31", notation.PrecisionDay},
		{"2023-01-31T02:00:00.123Z", notation.DayFirst, "2023-01-31", notation.PrecisionDay},
	} {
		d, prec, err := notation.ParseDate(tc.in, tc.order)
		if err != nil || d.String() != tc.want || prec != tc.prec {
			t.Errorf("ParseDate(%q, %d) = %s, %d, %v; want %s, %d", tc.in, tc.order, d, prec, err, tc.want, tc.prec)
		}
	}
}

// TestParseDateSpellingLookalikes are texts close to the new spellings
// that are still refused.
func TestParseDateSpellingLookalikes(t *testing.T) {
	for _, in := range []string{
		"Jan 23",   // 23 January, in American writing
		"Jan-2",    // one digit is no year
		"Jan-123",  // nor are three
		"Foo-23",   // no month
		"5-Foo-23", // no month
		"5/Jan/23", // not a separator Excel writes there
		"1/5-23",   // mixed separators
		"1 5 23",   // spaces between numbers
		"1/5/2",    // one-digit year
		"123/5/23", // a day of three digits
		"29/02/23", // 2023 is no leap year
		"13/13/23", // neither part a month
		"2023-01-23-23",
		"1/31/2023 AM",              // a half of the day without a time
		"2023-01-31 12:00 XM",       // no such half
		"2023-01-31T10:00+08:00:00", // not a zone
		"2023-01-31T10:00:00+8",     // not a zone
		"2023-01-31T10:00:00 +08:00",
		"2023-01-31 noon",
		"AM", "PM", "Z", "-", "T", "1/5/23 lunch",
	} {
		if d, _, err := notation.ParseDate(in, notation.DayFirst); err == nil {
			t.Errorf("ParseDate(%q) = %s, want an error", in, d)
		}
		if d, _, err := notation.ParseDate(in, notation.MonthFirst); err == nil {
			t.Errorf("ParseDate(%q, MonthFirst) = %s, want an error", in, d)
		}
	}
}

// TestDetectDayMonthShortYear checks that a two-digit year decides, and
// warns about, the day-month order as a four-digit one does.
func TestDetectDayMonthShortYear(t *testing.T) {
	for _, tc := range []struct {
		name      string
		values    []string
		order     notation.DayMonthOrder
		ambiguous bool
	}{
		{"Undecided", []string{"1/5/23", "3/4/23"}, notation.DayFirst, true},
		{"MonthFirst", []string{"1/5/23", "1/31/23 12:00:00 AM"}, notation.MonthFirst, false},
		{"DayFirst", []string{"1/5/23", "31/1/23"}, notation.DayFirst, false},
		{"Mixed", []string{"1/5/23", "13/01/2023", "01/13/23"}, notation.DayFirst, true},
		{"NoneApply", []string{"5-Jan-23", "Jan-23", "1.5.23"}, notation.DayFirst, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			order, amb := notation.DetectDayMonth(tc.values)
			if order != tc.order || amb != tc.ambiguous {
				t.Fatalf("DetectDayMonth = %d, %v; want %d, %v", order, amb, tc.order, tc.ambiguous)
			}
		})
	}
}

// TestParseDateChineseHalfDay covers a date with a time of day marked 上午
// or 下午 (morning, afternoon), as Excel and WPS in Chinese show the format
// yyyy/m/d AM/PM h:mm:ss and as exports of Chinese Windows programs write
// it: the day is the one written, as for 1/31/2023 1:05 PM.
func TestParseDateChineseHalfDay(t *testing.T) {
	for _, tc := range []struct {
		in    string
		order notation.DayMonthOrder
		want  string
	}{
		{"2023/1/5 上午 10:30:00", notation.DayFirst, "2023-01-05"},
		{"2023/1/5 下午 3:30", notation.DayFirst, "2023-01-05"},
		{"2023-01-31 下午11:59:59", notation.DayFirst, "2023-01-31"},
		{"2023年1月31日 上午 9:00", notation.DayFirst, "2023-01-31"},
		{"1/31/2023 下午 1:05", notation.MonthFirst, "2023-01-31"},
		{"2023/1/5 10:30 上午", notation.DayFirst, "2023-01-05"},
	} {
		d, _, err := notation.ParseDate(tc.in, tc.order)
		if err != nil || d.String() != tc.want {
			t.Errorf("ParseDate(%q) = %s, %v; want %s", tc.in, d, err, tc.want)
		}
	}
	for _, in := range []string{"上午 10:30", "2023/1/5 上午", "2023/1/5 中午 12:00 下午"} {
		if d, _, err := notation.ParseDate(in, notation.DayFirst); err == nil {
			t.Errorf("ParseDate(%q) = %s; want an error", in, d)
		}
	}
}

// TestParseDateChineseNumerals covers dates written in Chinese numerals,
// as the [DBNum1] formats of Excel and WPS show them (二〇二三年一月五日)
// and as Chinese reports name their months (2023年十二月): every month
// reads, not only 一 to 四, which quarters use.
func TestParseDateChineseNumerals(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string
		prec notation.DatePrecision
	}{
		{"2023年五月", "2023-05-31", notation.PrecisionMonth},
		{"2023年十月", "2023-10-31", notation.PrecisionMonth},
		{"2023年十二月", "2023-12-31", notation.PrecisionMonth},
		{"二〇二三年一月五日", "2023-01-05", notation.PrecisionDay},
		{"二○二三年十二月三十一日", "2023-12-31", notation.PrecisionDay}, // ○, as excelize shows [DBNum1]
		{"二零二三年三月", "2023-03-31", notation.PrecisionMonth},
		{"2023年十月二十日", "2023-10-20", notation.PrecisionDay},
		{"2023年二月十九日", "2023-02-19", notation.PrecisionDay},
		{"二〇二三年一月五日 星期四", "2023-01-05", notation.PrecisionDay},
		{"2023年第三季度", "2023-09-30", notation.PrecisionQuarter},
	} {
		d, prec, err := notation.ParseDate(tc.in, notation.DayFirst)
		if err != nil || d.String() != tc.want || prec != tc.prec {
			t.Errorf("ParseDate(%q) = %s, %d, %v; want %s, %d", tc.in, d, prec, err, tc.want, tc.prec)
		}
	}
	for _, in := range []string{"2023年十三月", "2023年一月三十二日", "2023年二月三十日", "2023年十十月",
		"2023年三十月", "二三年一月", "2023年〇月", "2023年一月〇日", "一月", "2023年第五季度"} {
		if d, _, err := notation.ParseDate(in, notation.DayFirst); err == nil {
			t.Errorf("ParseDate(%q) = %s; want an error", in, d)
		}
	}
}

// TestParseDateChineseTimes covers a date with a time in Chinese (10时30分,
// as Excel's built-in h"时"mm"分" formats show it), a time right after
// 日 with no space, and a zone set off by a space, as logs and
// databases write it: the day is the one written.
func TestParseDateChineseTimes(t *testing.T) {
	for _, in := range []string{"2023年1月5日 10时30分", "2023年1月5日 10时30分05秒", "2023/1/5 9点", "2023年1月5日10:30",
		"2023年1月5日10时30分", "2023-01-05 10:30:00 +0800", "2023-01-05 10:30:00 +08:00", "2023-01-05 10:30:00 UTC"} {
		d, _, err := notation.ParseDate(in, notation.DayFirst)
		if err != nil || d.String() != "2023-01-05" {
			t.Errorf("ParseDate(%q) = %s, %v; want 2023-01-05", in, d, err)
		}
	}
	for _, in := range []string{"2023年1月5日 时分", "2023-01-05 +0800", "2023年1月5日 10时30分 下午 上午", "5日10:30"} {
		if d, _, err := notation.ParseDate(in, notation.DayFirst); err == nil {
			t.Errorf("ParseDate(%q) = %s; want an error", in, d)
		}
	}
}

// TestParseDateChineseShortYear covers a two-digit year before 年, as
// people and some Chinese programs write it (23年1月5日): 2000 plus it,
// as Excel reads a two-digit year; 年 says which part is the year.
func TestParseDateChineseShortYear(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"23年1月5日", "2023-01-05"}, {"23年1月", "2023-01-31"}, {"23年第1季度", "2023-03-31"}, {"99年12月31日", "2099-12-31"},
	} {
		d, _, err := notation.ParseDate(tc.in, notation.MonthFirst)
		if err != nil || d.String() != tc.want {
			t.Errorf("ParseDate(%q) = %s, %v; want %s", tc.in, d, err, tc.want)
		}
	}
	for _, in := range []string{"123年1月", "3年1月", "23年13月"} {
		if d, _, err := notation.ParseDate(in, notation.DayFirst); err == nil {
			t.Errorf("ParseDate(%q) = %s; want an error", in, d)
		}
	}
}
