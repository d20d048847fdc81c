package app

import (
	"errors"
	"slices"
	"testing"

	"pacer/data"
)

func TestParseDate(t *testing.T) {
	for _, tc := range []struct {
		in    string
		order DayMonthOrder
		want  string
		prec  DatePrecision
	}{
		{"2023-01-31", DayFirst, "2023-01-31", PrecisionDay},
		{" 2023/1/31 ", DayFirst, "2023-01-31", PrecisionDay},
		{"2023.1.31", DayFirst, "2023-01-31", PrecisionDay},
		{"20230131", DayFirst, "2023-01-31", PrecisionDay},
		{"31/01/2023", DayFirst, "2023-01-31", PrecisionDay},
		{"31/01/2023", MonthFirst, "2023-01-31", PrecisionDay}, // 31 cannot be a month
		{"01/31/2023", DayFirst, "2023-01-31", PrecisionDay},
		{"02/03/2023", DayFirst, "2023-03-02", PrecisionDay},
		{"02/03/2023", MonthFirst, "2023-02-03", PrecisionDay},
		{"02-03-2023", MonthFirst, "2023-02-03", PrecisionDay},
		{"02.03.2023", MonthFirst, "2023-03-02", PrecisionDay}, // dots are day first
		{"31.01.2023", DayFirst, "2023-01-31", PrecisionDay},
		{"2023/1/31 0:00", DayFirst, "2023-01-31", PrecisionDay},
		{"2023-01-31T10:15:00", DayFirst, "2023-01-31", PrecisionDay},
		{"1/31/2023 13:05:00", MonthFirst, "2023-01-31", PrecisionDay},
		{"44957", DayFirst, "2023-01-31", PrecisionDay},
		{"44957.75", DayFirst, "2023-01-31", PrecisionDay},
		{"31 Jan 2023", DayFirst, "2023-01-31", PrecisionDay},
		{"Jan 31, 2023", DayFirst, "2023-01-31", PrecisionDay},
		{"31-Jan-2023", DayFirst, "2023-01-31", PrecisionDay},
		{"2023年1月31日", DayFirst, "2023-01-31", PrecisionDay},
		{"2023年1月31号", DayFirst, "2023-01-31", PrecisionDay},
		{"２０２３－０１－３１", DayFirst, "2023-01-31", PrecisionDay},
		{"2024-02-29", DayFirst, "2024-02-29", PrecisionDay},
		{"2023-01", DayFirst, "2023-01-31", PrecisionMonth},
		{"2023/2", DayFirst, "2023-02-28", PrecisionMonth},
		{"2023年1月", DayFirst, "2023-01-31", PrecisionMonth},
		{"2023 年 12 月", DayFirst, "2023-12-31", PrecisionMonth},
		{"Jan 2023", DayFirst, "2023-01-31", PrecisionMonth},
		{"September 2023", DayFirst, "2023-09-30", PrecisionMonth},
		{"sept-2023", DayFirst, "2023-09-30", PrecisionMonth},
		{"2023-Q1", DayFirst, "2023-03-31", PrecisionQuarter},
		{"2023 Q2", DayFirst, "2023-06-30", PrecisionQuarter},
		{"2023q3", DayFirst, "2023-09-30", PrecisionQuarter},
		{"Q4 2023", DayFirst, "2023-12-31", PrecisionQuarter},
		{"Q1-2023", DayFirst, "2023-03-31", PrecisionQuarter},
		{"2023年1季度", DayFirst, "2023-03-31", PrecisionQuarter},
		{"2023年第1季度", DayFirst, "2023-03-31", PrecisionQuarter},
		{"2023年第二季度", DayFirst, "2023-06-30", PrecisionQuarter},
	} {
		d, prec, err := ParseDate(tc.in, tc.order)
		if err != nil || d.String() != tc.want || prec != tc.prec {
			t.Errorf("ParseDate(%q, %d) = %s, %d, %v; want %s, %d", tc.in, tc.order, d, prec, err, tc.want, tc.prec)
		}
	}
}

func TestParseDateRejects(t *testing.T) {
	for _, in := range []string{
		"", "abc", "2023", "23/01/31", "1/31/23", "2023-13-01", "2023-02-30", "2023-02-29",
		"31/31/2023", "2023-Q5", "Q0 2023", "2023年5季度", "2023年13月", "Foo 2023",
		"12345678901", "1234567", "00000", "2023-01-31 lunch", "1,234", "2023--",
		"2023-01-31-01", "+44957", "2023年1月31日2",
	} {
		d, _, err := ParseDate(in, DayFirst)
		if err == nil {
			t.Errorf("ParseDate(%q) = %s, want an error", in, d)
			continue
		}
		if !errors.Is(err, ErrDate) || data.ErrorCode(err) != data.EInvalid ||
			!slices.Contains(ImportMessages, data.ErrorMessage(err)) {
			t.Errorf("ParseDate(%q) error = %v (%s)", in, err, data.ErrorMessage(err))
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
		{2958465, "9999-12-31"},
		{60, ""}, {0, ""}, {-1, ""}, {2958466, ""},
	} {
		d, ok := DateFromSerial(tc.serial)
		if got := d.String(); got != tc.want || ok != (tc.want != "") {
			t.Errorf("DateFromSerial(%v) = %s, %v; want %q", tc.serial, got, ok, tc.want)
		}
	}
}

func TestDetectDayMonth(t *testing.T) {
	for _, tc := range []struct {
		name      string
		values    []string
		order     DayMonthOrder
		ambiguous bool
	}{
		{"DayOver12", []string{"01/02/2023", "13/02/2023", "Total"}, DayFirst, false},
		{"MonthFirst", []string{"01/02/2023", "02/13/2023 0:00"}, MonthFirst, false},
		{"Undecided", []string{"01/02/2023", "03/04/2023"}, DayFirst, true},
		{"NoneApply", []string{"2023-01-31", "31.01.2023", "01.02.2023", "Total"}, DayFirst, false},
		{"SameDayAndMonth", []string{"01/01/2023", "12/12/2023"}, DayFirst, false},
		{"OneUndecided", []string{"01/01/2023", "03/04/2023"}, DayFirst, true},
		{"NeitherCanBeAMonth", []string{"13/14/2023"}, DayFirst, false},
		{"Contradicting", []string{"13/01/2023", "14/01/2023", "01/13/2023"}, DayFirst, true},
		{"Empty", nil, DayFirst, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			order, amb := DetectDayMonth(tc.values)
			if order != tc.order || amb != tc.ambiguous {
				t.Fatalf("DetectDayMonth = %d, %v; want %d, %v", order, amb, tc.order, tc.ambiguous)
			}
		})
	}
}
