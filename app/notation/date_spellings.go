package notation

import (
	"strings"

	"pacer/app"
)

// dateText is s as the date tokenizer reads it in order: normalised,
// without a time of day, and with a two-digit year written out.
func dateText(s string, order DayMonthOrder) string {
	s = plainDateText(s)
	if order == YearFirst && shortYearFirst(s) {
		return "20" + s
	}
	return expandShortYear(s)
}

// plainDateText is s normalised and without a time of day.
func plainDateText(s string) string {
	return cutTime(strings.TrimSpace(app.NormalizeNumber(s)))
}

// shortYearFirst reports whether s is an all-numeric date that could
// start with a two-digit year: 23/01/31 or 23-1-31 (one separator, twice,
// and a month and day of one or two digits). Dotted dates (31.01.23) are
// day first, as ParseDate reads them whatever the order, so their year
// is last.
func shortYearFirst(s string) bool {
	if len(s) < 6 || !allDigits(s[:2]) || !strings.ContainsRune("/-", rune(s[2])) {
		return false
	}
	month, day, ok := strings.Cut(s[3:], s[2:3])
	return ok && isDayDigits(month) && isDayDigits(day)
}

// cutTime is s without the time of day after its date ("1/31/2023
// 12:00:00 AM" is 1/31/2023), or s when it has none.
func cutTime(s string) string {
	t := s
	if u := strings.ToUpper(s); strings.HasSuffix(u, "AM") || strings.HasSuffix(u, "PM") {
		t = strings.TrimSpace(s[:len(s)-2])
	}
	if i := importTimeStart(t); i > 0 {
		return strings.TrimSpace(t[:i])
	}
	return s
}

// importTimeStart is the index of a time of day after a date ("2023/1/31 0:00",
// "2023-01-31T10:00:00", "2023-01-31T10:00:00+08:00"), or -1.
func importTimeStart(s string) int {
	i := strings.LastIndexAny(s, " T")
	if i <= 0 || !isTimeOfDay(cutZone(s[i+1:])) {
		return -1
	}
	return i
}

// isTimeOfDay reports whether s is a time such as 10:00, 0:00:00.000 or
// 02:00:00Z.
func isTimeOfDay(s string) bool {
	if !strings.Contains(s, ":") {
		return false
	}
	for _, r := range s {
		if !(isDigit(r) || r == ':' || r == '.' || r == 'Z') {
			return false
		}
	}
	return true
}

// cutZone is a time without its zone offset (+08:00, -0500, +08): the
// day is taken as written, as spreadsheets show it.
func cutZone(s string) string {
	i := strings.LastIndexAny(s, "+-")
	if i <= 0 {
		return s
	}
	z := strings.Replace(s[i+1:], ":", "", 1)
	if (len(z) != 2 && len(z) != 4) || !allDigits(z) {
		return s
	}
	return s[:i]
}

// expandShortYear writes out the two-digit year that ends 1/5/23, 1.5.23,
// 5-Jan-23, 5 Jan 23 or Jan-23 as 20yy; s is returned unchanged otherwise.
// Other shapes ending in two digits (2023-01-23, Jan 23, Q1-23) are left
// alone: there the digits are a day, or not a year Excel writes so.
func expandShortYear(s string) string {
	i := len(s) - 3
	if i < 1 || !allDigits(s[i+1:]) || !shortYearHead(s[:i], s[i]) {
		return s
	}
	return s[:i+1] + "20" + s[i+1:]
}

// shortYearHead reports whether head, the date before sep and its
// two-digit year, is a day and month (1/5, 5-Jan) or a month (Jan).
func shortYearHead(head string, sep byte) bool {
	first, second, two := strings.Cut(head, string(sep))
	switch {
	case !two:
		return sep == '-' && isMonthWord(head)
	case !isDayDigits(first):
		return false
	case isDayDigits(second):
		return sep == '/' || sep == '-' || sep == '.'
	}
	return (sep == '-' || sep == ' ') && isMonthWord(second)
}

// isDayDigits reports whether s is one or two ASCII digits.
func isDayDigits(s string) bool {
	return len(s) >= 1 && len(s) <= 2 && allDigits(s)
}

// isMonthWord reports whether s is an English month name or abbreviation.
func isMonthWord(s string) bool {
	for _, r := range s {
		if !isASCIILetter(r) {
			return false
		}
	}
	return importMonthWord(strings.ToLower(s)) != 0
}
