package app

import (
	"strconv"
	"strings"
	"time"
)

// SplitPeriodKey reads a period key in its canonical form: "2026-W05"
// (ISO week), "2026-03" (month), "2026-Q1" (fiscal quarter), "2026-H1"
// (fiscal half) or "2026" (fiscal year). It returns the cadence, the year
// and the period's number within it (1 for a year); ok is false for any
// other text. It does not check that the period exists ("2026-13" splits).
func SplitPeriodKey(key string) (c Cadence, year, index int, ok bool) {
	if len(key) < 4 {
		return "", 0, 0, false
	}
	year, ok = digits(key[:4])
	rest, dash := strings.CutPrefix(key[4:], "-")
	switch {
	case !ok:
		return "", 0, 0, false
	case key[4:] == "":
		return CadenceYear, year, 1, true
	case !dash:
		return "", 0, 0, false
	}
	switch {
	case len(rest) == 2 && rest[0] == 'Q':
		c, rest = CadenceQuarter, rest[1:]
	case len(rest) == 2 && rest[0] == 'H':
		c, rest = CadenceHalf, rest[1:]
	case len(rest) == 3 && rest[0] == 'W':
		c, rest = CadenceWeek, rest[1:]
	case len(rest) == 2:
		c = CadenceMonth
	default:
		return "", 0, 0, false
	}
	index, ok = digits(rest)
	return c, year, index, ok
}

// digits parses s when it is made of ASCII digits only; strconv.Atoi alone
// would also take signs.
func digits(s string) (int, bool) {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
	}
	n, err := strconv.Atoi(s)
	return n, err == nil
}

// PeriodDays is the first and last day of the period named by key, with
// quarters, halves and years counted from the month fiscalStart (January
// when it is not a month). ok is false when key names no period, such as
// "2026-13" or "2025-W53". Package app's Calendar does the same arithmetic
// for the screens; a test there checks that the two agree.
func PeriodDays(key string, fiscalStart time.Month) (first, last Date, ok bool) {
	f, l, ok := PeriodTimes(key, fiscalStart)
	return Date{f}, Date{l}, ok
}

func PeriodTimes(key string, fiscalStart time.Month) (first, last time.Time, ok bool) {
	c, year, index, ok := SplitPeriodKey(key)
	if !ok || year < 1 || index < 1 {
		return time.Time{}, time.Time{}, false
	}
	if c == CadenceWeek {
		// ISO week 1 holds 4 January; 28 December is always in the last week.
		if _, weeks := time.Date(year, 12, 28, 0, 0, 0, 0, time.UTC).ISOWeek(); index > weeks {
			return time.Time{}, time.Time{}, false
		}
		jan4 := time.Date(year, 1, 4, 0, 0, 0, 0, time.UTC)
		first = jan4.AddDate(0, 0, -(int(jan4.Weekday())+6)%7+7*(index-1))
		return first, first.AddDate(0, 0, 6), true
	}
	months, count := map[Cadence]int{CadenceMonth: 1, CadenceQuarter: 3, CadenceHalf: 6, CadenceYear: 12}[c], 0
	if months > 0 {
		count = 12 / months
	}
	if index > count {
		return time.Time{}, time.Time{}, false
	}
	startMonth := time.Month(1)
	if c != CadenceMonth && fiscalStart >= time.January && fiscalStart <= time.December {
		startMonth = fiscalStart
	}
	first = time.Date(year, startMonth+time.Month(months*(index-1)), 1, 0, 0, 0, 0, time.UTC)
	return first, first.AddDate(0, months, -1), true
}
