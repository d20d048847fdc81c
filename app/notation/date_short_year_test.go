package notation_test

import (
	"testing"

	"pacer/app/notation"
)

// TestParseDateShortYearFirst: YearFirst reads a two-digit year that
// comes first (23/01/31 is 2023-01-31, with / or -), 2000 plus it as
// a year last is; a date whose year comes last still reads, day first;
// one that is no day year first is refused, not read year last.
func TestParseDateShortYearFirst(t *testing.T) {
	for _, tc := range []struct {
		in    string
		order notation.DayMonthOrder
		want  string // "" for refused
	}{
		{"23/01/31", notation.YearFirst, "2023-01-31"},
		{"23-1-31", notation.YearFirst, "2023-01-31"},
		{"31.1.23", notation.YearFirst, "2023-01-31"}, // dots are day first, year last
		{"23/1/5 0:00", notation.YearFirst, "2023-01-05"},
		{"99/12/31", notation.YearFirst, "2099-12-31"},  // 2000+yy, as a year last is
		{"23/01/31", notation.DayFirst, "2031-01-23"},   // year last, as Excel writes d/m/yy
		{"23/01/31", notation.MonthFirst, "2031-01-23"}, // 23 is no month: the day
		{"1/5/23", notation.YearFirst, "2023-05-01"},    // a year is never one digit: year last, day first
		{"31/01/2023", notation.YearFirst, "2023-01-31"},
		{"2023/01/31", notation.YearFirst, "2023-01-31"},
		{"23/02/30", notation.YearFirst, ""}, // 30 February, not 23 February 2030
		{"23/1/5", notation.DayFirst, ""},    // a one-digit year last
		{"23/01/31/5", notation.YearFirst, ""},
	} {
		d, _, err := notation.ParseDate(tc.in, tc.order)
		switch {
		case tc.want == "" && err == nil:
			t.Errorf("ParseDate(%q, %d) = %s, want refused", tc.in, tc.order, d)
		case tc.want != "" && (err != nil || d.String() != tc.want):
			t.Errorf("ParseDate(%q, %d) = %s, %v; want %s", tc.in, tc.order, d, err, tc.want)
		}
	}
}

// TestDetectYearFirst: a column's other dates tell where its two-digit
// years stand, as they tell day from month.
func TestDetectYearFirst(t *testing.T) {
	for _, tc := range []struct {
		name             string
		values           []string
		first, ambiguous bool
	}{
		{"FourDigitYearFirst", []string{"2023/01/15", "23/01/31"}, true, false},
		{"FourDigitYearLast", []string{"15/01/2023", "23/01/31"}, false, false},
		{"OneDigitDay", []string{"23/1/5", "23/01/31"}, true, false},
		{"OneDigitFirstPart", []string{"1/5/23", "23/01/31"}, false, false},
		{"NoDayYearLast", []string{"23/02/30", "23/01/31"}, false, false}, // 2023-02-30 is no day
		{"NoDayYearFirst", []string{"45/01/15", "23/01/31"}, true, false}, // 15 January 2045 reads; 45 January does not
		{"YearChangesLeast", []string{"23/01/05", "23/01/31", "23/02/14"}, true, false},
		{"DayChangesMost", []string{"05/01/23", "31/01/23", "14/02/23"}, false, false},
		{"Alone", []string{"23/01/31"}, false, true},
		{"Both", []string{"2023/01/15", "15/01/2023", "23/01/31"}, false, true},
		{"NoShortYear", []string{"2023/01/15", "15/01/2023", "1/5/23"}, false, false},
		{"ISOSaysNothing", []string{"2023-01-15", "23/01/31"}, false, true},
		{"DotsAreDayFirst", []string{"2023/01/15", "31.01.23"}, false, false},
		{"SameEitherWay", []string{"23/01/23"}, false, false},
		{"Empty", nil, false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			first, amb := notation.DetectYearFirst(tc.values)
			if first != tc.first || amb != tc.ambiguous {
				t.Fatalf("DetectYearFirst = %v, %v; want %v, %v", first, amb, tc.first, tc.ambiguous)
			}
		})
	}
}

// TestDetectDayMonthYearFirst: the dates of a column that writes its
// year first say nothing of day and month (12/01/05 is 2012-01-05, not a
// doubt between 12 January and 1 December).
func TestDetectDayMonthYearFirst(t *testing.T) {
	order, amb := notation.DetectDayMonth([]string{"2012/01/01", "12/01/05", "12/03/04"})
	if order != notation.DayFirst || amb {
		t.Errorf("DetectDayMonth = %d, %v; want DayFirst, not in doubt", order, amb)
	}
}

// TestShortYearEither names both days a date of a column in doubt could
// be.
func TestShortYearEither(t *testing.T) {
	first, last, either := notation.ShortYearEither("23/01/31", notation.DayFirst)
	if !either || first.String() != "2023-01-31" || last.String() != "2031-01-23" {
		t.Errorf("ShortYearEither(23/01/31) = %s, %s, %v", first, last, either)
	}
	for _, s := range []string{"23/01/23", "1/5/23", "23/02/30", "2023/01/31", "31/01/23 x"} {
		if _, _, either := notation.ShortYearEither(s, notation.DayFirst); either {
			t.Errorf("ShortYearEither(%q) reads two days", s)
		}
	}
}
