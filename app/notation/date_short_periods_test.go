package notation_test

import (
	"testing"

	"pacer/app/notation"
)

// TestParseDateShortYearPeriods reads quarters and halves with a two-digit
// year, as analysts' and ERP reports label them (Q1-24, 1Q24, 24Q1,
// Q1'24): they were refused, or read in the year 24.
func TestParseDateShortYearPeriods(t *testing.T) {
	for in, want := range map[string]string{
		"Q1 24": "2024-03-31", "Q1-24": "2024-03-31", "q3-23": "2023-09-30", "1Q24": "2024-03-31",
		"4Q 23": "2023-12-31", "24Q1": "2024-03-31", "Q2'24": "2024-06-30", "Q4 ’23": "2023-12-31",
		"H1 24": "2024-06-30", "H2-23": "2023-12-31", "24H2": "2024-12-31",
	} {
		d, _, err := notation.ParseDate(in, notation.DayFirst)
		if err != nil || d.String() != want {
			t.Errorf("ParseDate(%q) = %v, %v; want %s", in, d, err, want)
		}
	}
}

// TestParseDateApostropheYear reads a month with its two-digit year after
// an apostrophe (Mar'24, Jan ’23) as that month of 20yy, and leaves a
// text without a letter before it (12'50) no date.
func TestParseDateApostropheYear(t *testing.T) {
	for in, want := range map[string]string{"Mar'24": "2024-03-31", "Jan ’23": "2023-01-31", "Feb '24": "2024-02-29"} {
		d, _, err := notation.ParseDate(in, notation.DayFirst)
		if err != nil || d.String() != want {
			t.Errorf("ParseDate(%q) = %v, %v; want %s", in, d, err, want)
		}
	}
	for _, in := range []string{"12'50", "Q5 24", "Q1 5", "Q12 24"} {
		if d, _, ok := notation.ReadDate(in, notation.DayFirst); ok {
			t.Errorf("ReadDate(%q) = %v, want refused", in, d)
		}
	}
}

// TestReadWeek reads the ISO weeks reports write (2024 W13, W13 2024,
// Week 13, 2024, 2024年第13周) as the week Pacer numbers so, and refuses
// a week 53 of a year of 52 and a week without its year.
func TestReadWeek(t *testing.T) {
	for in, want := range map[string]string{
		"2024-W02": "2024-W02", "2024W2": "2024-W02", "2024 W13": "2024-W13", "2024-wk13": "2024-W13",
		"W13 2024": "2024-W13", "Wk 13-2024": "2024-W13", "Week 13, 2024": "2024-W13", "2024 Week 13": "2024-W13",
		"2024年第13周": "2024-W13", "2024年 第5週": "2024-W05", "2020-W53": "2020-W53",
	} {
		p, ok := notation.ReadWeek(in)
		if !ok || p.Key() != want {
			t.Errorf("ReadWeek(%q) = %v, %v; want %s", in, p.Key(), ok, want)
		}
	}
	for _, in := range []string{"2023-W53", "第13周", "W13", "2024-W00", "Wednesday 2024", "2024-03-01"} {
		if p, ok := notation.ReadWeek(in); ok {
			t.Errorf("ReadWeek(%q) = %v, want refused", in, p.Key())
		}
	}
}
