package notation

import (
	"errors"

	"pacer/app"
)

// ErrDate is wrapped by the errors ParseDate returns.
var ErrDate = errors.New("not a date")

// DayMonthOrder says how to read an all-numeric date whose year comes last,
// such as 02/03/2023. The zero value is DayFirst.
type DayMonthOrder int

// The day-month orders.
const (
	DayFirst   DayMonthOrder = iota // 02/03/2023 is 2 March (most of the world)
	MonthFirst                      // 02/03/2023 is 3 February (the United States)
	// YearFirst reads a two-digit year first, as China, Japan and Korea
	// write short dates: 23/01/31 is 2023-01-31. A date whose year comes
	// last (31/01/23, 02/03/2023) is read day first.
	YearFirst
)

// DatePrecision says what a parsed date stands for.
type DatePrecision int

// The precisions. A month, quarter, half or year is returned as its last
// day.
const (
	PrecisionDay DatePrecision = iota
	PrecisionMonth
	PrecisionQuarter
	PrecisionHalf
	// PrecisionYear is a fiscal year, read only where its label says so
	// (FY2023, 2023财年): a year alone (2023) is no date.
	PrecisionYear
)

// ParseDate reads a date or period as spreadsheets and people write them:
//   - days: 2023-01-31, 2023/1/31, 2023.1.31, 20230131, 31/01/2023 and
//     01/31/2023 (order decides when both parts are 12 or less; a part
//     over 12 is the day whatever order says), 31.01.2023 and 31-01-2023
//     (dots are always day first), 31 Jan 2023, Jan 31, 2023, 31-Jan-2023,
//     2023年1月31日, and the long and abbreviated dates of German, French,
//     Spanish, Italian, Portuguese and Dutch spreadsheets ("5. März
//     2026", "5 de marzo de 2026", "05-Mär-2026", "5-mrt-2026"), optionally followed by a time that is ignored, so
//     that the day is the one written: "2023/1/31 0:00", "1/31/2023
//     12:00:00 AM", "2023/1/31 下午 3:30", "2023-01-31 00:00:00", "2023-01-31T10:00:00+08:00",
//     "2023-01-31T02:00:00Z";
//   - a two-digit year, as Excel's short formats write it, is 2000 plus
//     it, wherever it stands: last in 1/5/23 (read in order, as 1/5/2023
//     is), 31.1.23, 5-Jan-23 and the month Jan-23; first in 23/01/31 and
//     23-1-31 (2023-01-31) only when order is YearFirst, since 23/01/31
//     is also 23 January 2031 (DetectDayMonth tells from a file's other
//     dates which one it writes). A year is never written with one
//     digit, so 1/5/23 is year last in any order;
//   - Excel serial numbers of five digits, with an optional fraction
//     (44957 is 2023-01-31), as a CSV saved from a date column may hold;
//   - months: 2023-01, 2023/1, 2023年1月, Jan 2023, January 2023, and
//     the same in those languages (März 2026, mars 2026, marzo de 2026);
//   - quarters: 2023-Q1, 2023 Q1, 2023Q1, Q1 2023, Q1-2023, 1Q 2023,
//     2023年Q1, 2023年1季度, 2023年第1季度, 2023年第一季度;
//   - halves: 2023-H1, 2023 H1, H1 2023, 1H 2023, 2023年H1, 2023年上半年,
//     上半年 2023, 2023下半年;
//   - a quarter, half or year labelled with its fiscal year: FY2023 Q4,
//     FY23 Q4, Q4 FY2023, FY2023 H1, FY2023, 2023财年第4季度, 2023财年
//     (readFiscal);
//   - accounting periods, as Kingdee and Yonyou ledgers write them:
//     2023年第1期, 2023年 第12期, 2023.1期, 2023-第3期 are months 1, 12, 1
//     and 3 of 2023 (AccountingPeriod tells periods 0 and 13 to 16,
//     which are refused, from other text). Years, months and days may be
//     written in Chinese numerals (二〇二三年十二月三十一日, 2023年五月);
//     A quarter, half or year here is the calendar one; PlanImport reads
//     it as the fiscal period of the same key, as Pacer writes period
//     keys and names fiscal years: FY2023 starts in 2023.
//
// Months, quarters, halves and years are returned as their last day, with
// their precision.
// Other years must have four digits; 0001-01-01, which is the zero data.Date
// ("not set"), is refused. Anything else is a *data.Error with code
// data.EInvalid wrapping ErrDate.
func ParseDate(s string, order DayMonthOrder) (app.Date, DatePrecision, error) {
	d, p, ok := ReadDate(s, order)
	if !ok {
		return app.Date{}, 0, ImportError(MsgImportBadDate, ErrDate, "Text", s)
	}
	return d, p, nil
}

// ReadDate is ParseDate without the error, for guessing what a column
// holds: ok is false for text it does not read as a date. A weekday
// beside the date ("Monday, June 15, 2026", "jeudi 5 mars 2026",
// "2026年6月15日 星期一"), as long date formats show one, must be the
// date's own.
func ReadDate(s string, order DayMonthOrder) (app.Date, DatePrecision, bool) {
	if isoDate(s) {
		// The common case, read before any normalising: an import reads a
		// million of them, and the weekday and short-year passes doubled
		// its time.
		return dayDate(importAtoi(s[:4]), importAtoi(s[5:7]), importAtoi(s[8:]))
	}
	plain := plainDateText(s)
	rest, days := cutWeekday(plain)
	if days == 0 {
		return readDateText(yearText(plain, order), order)
	}
	if d, p, ok := readDateText(yearText(rest, order), order); ok && p == PrecisionDay && hasWeekday(days, d.Weekday()) {
		return d, p, true
	}
	// A month may start like a weekday: "Mar 2026" is March, not a
	// Tuesday (French mardi) before 2026.
	return readDateText(yearText(plain, order), order)
}

// isoDate reports whether s is written 2023-01-31, digits and hyphens
// alone.
func isoDate(s string) bool {
	return len(s) == 10 && s[4] == '-' && s[7] == '-' && allDigits(s[:4]) && allDigits(s[5:7]) && allDigits(s[8:])
}

// readDateText is ReadDate of s as dateText has made it.
func readDateText(s string, order DayMonthOrder) (app.Date, DatePrecision, bool) {
	if isoDate(s) {
		return dayDate(importAtoi(s[:4]), importAtoi(s[5:7]), importAtoi(s[8:])) // the common case, fast
	}
	if d, ok := serialDate(s); ok {
		return d, PrecisionDay, true
	}
	toks, dots, ok := importTokenize(halfWords(s))
	if !ok || len(toks) == 0 || len(toks) > 6 {
		return app.Date{}, 0, false
	}
	toks, fiscal, ok := cutFiscalYear(toks)
	if !ok {
		return app.Date{}, 0, false
	}
	toks = widenPeriodYear(toks)
	shape, word, ok := dateShape(toks)
	if !ok {
		return app.Date{}, 0, false
	}
	if fiscal {
		return readFiscal(shape, numbersOf(toks))
	}
	return datePattern(shape, numbersOf(toks), word, order, dots)
}
