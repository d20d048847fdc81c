package notation

import (
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"pacer/app"
)

// dateText is s as the date tokenizer reads it in order: normalised,
// without a time of day or a weekday, and with a two-digit year written
// out.
func dateText(s string, order DayMonthOrder) string {
	s, _ = cutWeekday(plainDateText(s))
	return yearText(s, order)
}

// yearText is the plain date text s with its two-digit year, if any,
// written out as order reads it, or before 年 whatever the order.
func yearText(s string, order DayMonthOrder) string {
	if head, ok := apostropheYear(s); ok {
		return head // Q1'24, Mar '24
	}
	if order == YearFirst && shortYearFirst(s) || len(s) > 2 && allDigits(s[:2]) && strings.HasPrefix(s[2:], "年") {
		return "20" + s // 23/01/31 in a column that writes its year first, or 23年1月5日
	}
	return expandShortYear(s)
}

// apostropheYear is s with a two-digit year written after an apostrophe
// at its end written out as 20yy (Q1'24 is Q1 2024, Mar ’24 March 2024),
// as reports and charts label periods; ok is false when s has none, or
// no letter before it (12'50 is no date).
func apostropheYear(s string) (string, bool) {
	for _, mark := range []string{"'", "’"} {
		head, yy, found := strings.Cut(s, mark)
		if found && strings.IndexFunc(head, unicode.IsLetter) >= 0 && len(yy) == 2 && allDigits(yy) {
			return head + " 20" + yy, true
		}
	}
	return s, false
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

// monthYear reads a month before its year (01.2023, 1/2023, 01-2023), as
// German and other month formats show months. Only years from 1900 to
// 2099 are read, so that a decimal such as 3.1415 is no month.
func monthYear(n []int, _ int, _ DayMonthOrder, _ bool) (app.Date, DatePrecision, bool) {
	if n[1] < 1900 || n[1] > 2099 {
		return app.Date{}, 0, false
	}
	return monthDate(n[1], n[0])
}

// chineseWeekdays are the characters that end 星期一, 周日 or 礼拜天.
var chineseWeekdays = map[string]time.Weekday{"一": time.Monday, "二": time.Tuesday, "三": time.Wednesday,
	"四": time.Thursday, "五": time.Friday, "六": time.Saturday, "日": time.Sunday, "天": time.Sunday}

// cutWeekday is s without the weekday that a long date format shows
// before a European date ("Monday, June 15, 2026", "Wed 15/07/2026",
// "Donnerstag, 5. März 2026", "quinta-feira, 5 de março de 2026") or
// after a Chinese one ("2026年6月15日 星期一", "2026年6月15日(周一)"),
// and the weekdays it may name, one bit each (weekdayWord); days is 0,
// and s unchanged, when it has none.
func cutWeekday(s string) (rest string, days int) {
	if rest, wd, ok := cutChineseWeekday(s); ok {
		return rest, 1 << wd
	}
	end := strings.IndexFunc(s, func(r rune) bool { return !isWordLetter(r) && r != '-' })
	if end < 2 || !strings.ContainsRune(", .", rune(s[end])) {
		return s, 0
	}
	if days, ok := weekdayWord(strings.ToLower(s[:end])); ok {
		return strings.TrimLeft(s[end:], ", ."), days
	}
	return s, 0
}

// cutChineseWeekday cuts a Chinese weekday, in brackets or not, from the
// end of s; in brackets it may be its character alone, as LibreOffice's
// short weekday shows it ("2026年6月15日(一)").
func cutChineseWeekday(s string) (string, time.Weekday, bool) {
	t := strings.TrimRight(s, ")）")
	if last, _ := utf8.DecodeLastRuneInString(t); chineseWeekdays[string(last)] == 0 && last != '日' && last != '天' {
		return s, 0, false // ends in no weekday: most dates, read a million times in an import
	}
	bracketed := len(t) < len(s)
	for _, day := range []string{"星期", "礼拜", "周", ""} {
		if day == "" && !bracketed {
			break // 日 alone ends 15日
		}
		for ch, wd := range chineseWeekdays {
			if rest, ok := strings.CutSuffix(t, day+ch); ok && (!bracketed || strings.HasSuffix(rest, "(") || strings.HasSuffix(rest, "（")) {
				rest = strings.TrimSpace(strings.TrimRight(rest, "(（"))
				return rest, wd, rest != ""
			}
		}
	}
	return s, 0, false
}

// cutTime is s without the time of day after its date ("1/31/2023
// 12:00:00 AM" is 1/31/2023, "2023/1/5 下午 3:30" is 2023/1/5), or s
// when it has none.
func cutTime(s string) string {
	date, _, _ := splitTime(s)
	return date
}

// splitTime is s cut into its date and the time of day after it ("2023/1/5
// 下午 3:30" into 2023/1/5 and 3:30, "2023-01-05T10:30:00+08:00" into
// 2023-01-05 and 10:30:00+08:00), without AM, PM, 上午 or 下午 and a
// zone word after the time (halfDay tells them); ok is false, and date
// s, when it has none.
func splitTime(s string) (date, clock string, ok bool) {
	t := cutZoneWord(cutHalfDay(s))
	if u := strings.ToUpper(t); strings.HasSuffix(u, "AM") || strings.HasSuffix(u, "PM") {
		t = strings.TrimSpace(t[:len(t)-2])
	}
	if i := importTimeStart(t); i > 0 {
		return strings.TrimSpace(t[:i]), t[i+1:], true
	}
	// A time right after 日, with no space: 2023年1月5日10:30.
	if before, after, ok := strings.Cut(t, "日"); ok && isTimeOfDay(after) {
		return before + "日", after, true
	}
	return s, "", false
}

// cutZoneWord is s without a zone set off by a space after its time of
// day, or after the AM or PM after it ("2023-01-05 10:30:00 +0800", "…
// UTC", "… GMT-07:00", Amazon's "Jan 7, 2023 10:00:00 AM PST"), or s
// when it has none.
func cutZoneWord(s string) string {
	i := strings.LastIndexByte(s, ' ')
	if i <= 0 || !isZoneWord(s[i+1:]) {
		return s
	}
	head := s[:i]
	if u := strings.ToUpper(head); strings.HasSuffix(u, " AM") || strings.HasSuffix(u, " PM") {
		head = head[:len(head)-3]
	}
	if j := strings.LastIndexByte(head, ' '); j > 0 && isTimeOfDay(head[j+1:]) {
		return s[:i]
	}
	return s
}

// isZoneWord reports whether s names a time zone as exports write it
// after a time: UTC or GMT, alone or with an offset (GMT+8, UTC-07:00),
// an offset alone (+0800), or an abbreviation of three to five capitals
// ending in T (PST, CEST, AEDT) or MSK.
func isZoneWord(s string) bool {
	for _, utc := range []string{"UTC", "GMT"} {
		if rest, ok := strings.CutPrefix(s, utc); ok && (rest == "" || isZoneOffset(rest)) {
			return true
		}
	}
	if isZoneOffset(s) || s == "MSK" {
		return true
	}
	return len(s) >= 3 && len(s) <= 5 && s[len(s)-1] == 'T' && strings.Trim(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == ""
}

// isZoneOffset reports whether s is an offset cutZone reads (+08:00,
// -0500, +08), or one of a single hour (+8).
func isZoneOffset(s string) bool {
	if s == "" || s[0] != '+' && s[0] != '-' {
		return false
	}
	return cutZone("0"+s) == "0" || len(s) == 2 && isDigit(rune(s[1]))
}

// cutHalfDay is s with the 上午 or 下午 (morning, afternoon) that Chinese
// Excel, WPS and Windows write before a time of day, or after it, as a
// space ("2023/1/5 上午 10:30:00", "2023-01-31 下午11:59:59"), so that
// importTimeStart finds the time; s when it has neither.
func cutHalfDay(s string) string {
	for _, half := range []string{"上午", "下午"} {
		if before, after, ok := strings.Cut(s, half); ok {
			return strings.TrimSpace(strings.TrimSpace(before) + " " + strings.TrimSpace(after))
		}
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

// isTimeOfDay reports whether s is a time such as 10:00, 0:00:00.000,
// 02:00:00Z, or in Chinese 10时30分, 10时30分05秒 or 9点.
func isTimeOfDay(s string) bool {
	if s != "" && isDigit(rune(s[0])) && (strings.Contains(s, "时") || strings.Contains(s, "点")) {
		s = strings.NewReplacer("时", ":", "点", ":", "分", ":", "秒", "").Replace(s)
	}
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

// isMonthWord reports whether s is a month name or abbreviation of
// monthNames.
func isMonthWord(s string) bool {
	for _, r := range s {
		if !isWordLetter(r) {
			return false
		}
	}
	return importMonthWord(strings.ToLower(s)) != 0
}

// chineseNumerals are the digits of a date written in Chinese numerals, as
// the [DBNum1] formats of Excel and WPS show it (二〇二三年一月五日): ○ is
// how excelize shows 〇, and 零 is also written for it.
var chineseNumerals = map[rune]int{'〇': 0, '○': 0, '零': 0, '一': 1, '二': 2, '三': 3, '四': 4,
	'五': 5, '六': 6, '七': 7, '八': 8, '九': 9}

// isChineseNumeral reports whether r is a Chinese digit or 十 (ten).
func isChineseNumeral(r rune) bool {
	_, ok := chineseNumerals[r]
	return ok || r == '十'
}

// readChineseNumber reads a run of Chinese numerals as a date's number: a
// year digit by digit (二〇二三 is 2023, four digits), a month or day with
// 十 for ten (十二 is 12, 二十 is 20, 三十一 is 31: two digits). ok is
// false for a run that is no number (十十, 〇十).
func readChineseNumber(rs []rune) (tok dateToken, ok bool) {
	ten := slices.Index(rs, '十')
	if ten < 0 {
		n := 0
		for _, r := range rs {
			n = n*10 + chineseNumerals[r]
		}
		return dateToken{kind: tokNumber, num: n, digits: len(rs)}, true
	}
	tens, units := rs[:ten], rs[ten+1:]
	if len(tens) > 1 || len(units) > 1 || slices.Contains(units, '十') {
		return dateToken{}, false
	}
	n := 10
	if len(tens) == 1 {
		n = 10 * chineseNumerals[tens[0]]
	}
	if len(units) == 1 {
		if chineseNumerals[units[0]] == 0 {
			return dateToken{}, false
		}
		n += chineseNumerals[units[0]]
	}
	return dateToken{kind: tokNumber, num: n, digits: 2}, n >= 10
}
