package notation_test

import (
	"errors"
	"slices"
	"testing"

	"pacer/app"
	"pacer/app/importer"
	"pacer/app/notation"
)

func TestParseDate(t *testing.T) {
	for _, tc := range []struct {
		in    string
		order notation.DayMonthOrder
		want  string
		prec  notation.DatePrecision
	}{
		{"2023-01-31", notation.DayFirst, "2023-01-31", notation.PrecisionDay},
		{" 2023/1/31 ", notation.DayFirst, "2023-01-31", notation.PrecisionDay},
		{"2023.1.31", notation.DayFirst, "2023-01-31", notation.PrecisionDay},
		{"20230131", notation.DayFirst, "2023-01-31", notation.PrecisionDay},
		{"31/01/2023", notation.DayFirst, "2023-01-31", notation.PrecisionDay},
		{"31/01/2023", notation.MonthFirst, "2023-01-31", notation.PrecisionDay}, // 31 cannot be a month
		{"01/31/2023", notation.DayFirst, "2023-01-31", notation.PrecisionDay},
		{"02/03/2023", notation.DayFirst, "2023-03-02", notation.PrecisionDay},
		{"02/03/2023", notation.MonthFirst, "2023-02-03", notation.PrecisionDay},
		{"02-03-2023", notation.MonthFirst, "2023-02-03", notation.PrecisionDay},
		{"02.03.2023", notation.MonthFirst, "2023-03-02", notation.PrecisionDay}, // dots are day first
		{"31.01.2023", notation.DayFirst, "2023-01-31", notation.PrecisionDay},
		{"2023/1/31 0:00", notation.DayFirst, "2023-01-31", notation.PrecisionDay},
		{"2023-01-31T10:15:00", notation.DayFirst, "2023-01-31", notation.PrecisionDay},
		{"1/31/2023 13:05:00", notation.MonthFirst, "2023-01-31", notation.PrecisionDay},
		{"44957", notation.DayFirst, "2023-01-31", notation.PrecisionDay},
		{"44957.75", notation.DayFirst, "2023-01-31", notation.PrecisionDay},
		{"31 Jan 2023", notation.DayFirst, "2023-01-31", notation.PrecisionDay},
		{"Jan 31, 2023", notation.DayFirst, "2023-01-31", notation.PrecisionDay},
		{"31-Jan-2023", notation.DayFirst, "2023-01-31", notation.PrecisionDay},
		{"2023年1月31日", notation.DayFirst, "2023-01-31", notation.PrecisionDay},
		{"2023年1月31号", notation.DayFirst, "2023-01-31", notation.PrecisionDay},
		{"２０２３－０１－３１", notation.DayFirst, "2023-01-31", notation.PrecisionDay},
		{"2024-02-29", notation.DayFirst, "2024-02-29", notation.PrecisionDay},
		{"2023-01", notation.DayFirst, "2023-01-31", notation.PrecisionMonth},
		{"2023/2", notation.DayFirst, "2023-02-28", notation.PrecisionMonth},
		{"2023年1月", notation.DayFirst, "2023-01-31", notation.PrecisionMonth},
		{"2023 年 12 月", notation.DayFirst, "2023-12-31", notation.PrecisionMonth},
		{"Jan 2023", notation.DayFirst, "2023-01-31", notation.PrecisionMonth},
		{"September 2023", notation.DayFirst, "2023-09-30", notation.PrecisionMonth},
		{"sept-2023", notation.DayFirst, "2023-09-30", notation.PrecisionMonth},
		{"2023-Q1", notation.DayFirst, "2023-03-31", notation.PrecisionQuarter},
		{"2023 Q2", notation.DayFirst, "2023-06-30", notation.PrecisionQuarter},
		{"2023q3", notation.DayFirst, "2023-09-30", notation.PrecisionQuarter},
		{"Q4 2023", notation.DayFirst, "2023-12-31", notation.PrecisionQuarter},
		{"Q1-2023", notation.DayFirst, "2023-03-31", notation.PrecisionQuarter},
		{"2023年1季度", notation.DayFirst, "2023-03-31", notation.PrecisionQuarter},
		{"2023年第1季度", notation.DayFirst, "2023-03-31", notation.PrecisionQuarter},
		{"2023年第二季度", notation.DayFirst, "2023-06-30", notation.PrecisionQuarter},
	} {
		d, prec, err := notation.ParseDate(tc.in, tc.order)
		if err != nil || d.String() != tc.want || prec != tc.prec {
			t.Errorf("ParseDate(%q, %d) = %s, %d, %v; want %s, %d", tc.in, tc.order, d, prec, err, tc.want, tc.prec)
		}
	}
}

func TestParseDateRejects(t *testing.T) {
	for _, in := range []string{
		"", "abc", "2023", "2023-13-01", "2023-02-30", "2023-02-29",
		"31/31/2023", "2023-Q5", "Q0 2023", "2023年5季度", "2023年13月", "Foo 2023",
		"12345678901", "1234567", "00000", "2023-01-31 lunch", "1,234", "2023--",
		"2023-01-31-01", "+44957", "2023年1月31日2",
	} {
		d, _, err := notation.ParseDate(in, notation.DayFirst)
		if err == nil {
			t.Errorf("ParseDate(%q) = %s, want an error", in, d)
			continue
		}
		if !errors.Is(err, notation.ErrDate) || app.ErrorCode(err) != app.EInvalid ||
			!slices.Contains(importer.ImportMessages, app.ErrorMessage(err)) {
			t.Errorf("ParseDate(%q) error = %v (%s)", in, err, app.ErrorMessage(err))
		}
	}
}

func TestDateFromSerial(t *testing.T) {
	for _, tc := range []struct {
		serial float64
		want   string
	}{
		{61, "1900-03-01"}, // after Excel's phantom 29 February 1900
		{25569, "1970-01-01"},
		{44957, "2023-01-31"},
		{45351.999, "2024-02-29"},
		{44957.9999999884, "2023-01-31"},  // 23:59:59.999, the day's last millisecond
		{44957.99999999999, "2023-02-01"}, // midnight, a float's width short, as DATE()+TIME() may sum it
		{2958465, "9999-12-31"},
		{60, ""}, {0, ""}, {-1, ""}, {2958466, ""},
	} {
		d, ok := notation.DateFromSerial(tc.serial)
		if got := d.String(); got != tc.want || ok != (tc.want != "") {
			t.Errorf("DateFromSerial(%v) = %s, %v; want %q", tc.serial, got, ok, tc.want)
		}
	}
}

func TestDetectDayMonth(t *testing.T) {
	for _, tc := range []struct {
		name      string
		values    []string
		order     notation.DayMonthOrder
		ambiguous bool
	}{
		{"DayOver12", []string{"01/02/2023", "13/02/2023", "Total"}, notation.DayFirst, false},
		{"MonthFirst", []string{"01/02/2023", "02/13/2023 0:00"}, notation.MonthFirst, false},
		{"Undecided", []string{"01/02/2023", "03/04/2023"}, notation.DayFirst, true},
		{"NoneApply", []string{"2023-01-31", "31.01.2023", "01.02.2023", "Total"}, notation.DayFirst, false},
		{"SameDayAndMonth", []string{"01/01/2023", "12/12/2023"}, notation.DayFirst, false},
		{"OneUndecided", []string{"01/01/2023", "03/04/2023"}, notation.DayFirst, true},
		{"NeitherCanBeAMonth", []string{"13/14/2023"}, notation.DayFirst, false},
		{"Contradicting", []string{"13/01/2023", "14/01/2023", "01/13/2023"}, notation.DayFirst, true},
		{"Empty", nil, notation.DayFirst, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			order, amb := notation.DetectDayMonth(tc.values)
			if order != tc.order || amb != tc.ambiguous {
				t.Fatalf("DetectDayMonth = %d, %v; want %d, %v", order, amb, tc.order, tc.ambiguous)
			}
		})
	}
}
