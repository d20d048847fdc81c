package notation

import (
	"errors"
	"math"
	"strconv"
	"strings"
	"time"

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

// Excel serial dates: day 1 is 1900-01-01, and Excel counts a 29 February
// 1900 that never was (Lotus 1-2-3's leap-year bug), so serials from 61 on
// are one day ahead; serial 60 is that phantom day. Day 0 of the Unix
// calendar is serial 25569.
const (
	ExcelUnixDay   = 25569
	excelMaxSerial = 2958465 // 9999-12-31
)

// DateFromSerial is the day of an Excel serial date (the fraction, a time
// of day, is dropped); ok is false outside 1900-03-01..9999-12-31 (serials
// 61..2958465), where the 1900 leap-year bug makes days before March
// ambiguous. The time is first rounded to the millisecond, the finest a
// spreadsheet keeps: 23:59:59.999 stays on its day, while a midnight that
// a sum of a date and a time left a float's width short is the next day,
// as the spreadsheet shows it.
func DateFromSerial(serial float64) (d app.Date, ok bool) {
	if !(serial >= 0 && serial < excelMaxSerial+1) {
		return app.Date{}, false
	}
	day := math.Floor(math.Round(serial*msPerDay) / msPerDay)
	if day < 61 || day > excelMaxSerial {
		return app.Date{}, false
	}
	return app.DateOfDayNumber(int(day) - ExcelUnixDay), true
}

// msPerDay is the number of milliseconds in a day.
const msPerDay = 86_400_000

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

// tokenKind is what a piece of a date is.
type tokenKind int

// The kinds of date tokens. The tokenizer makes every number a tokNumber;
// a date's shape tells them apart by their digits.
const (
	tokNumber  tokenKind = iota + 1 // a number; in a shape, of one or two digits
	tokYear                         // in a shape: a four-digit number
	tokCompact                      // in a shape: an eight-digit number, 20230131
	tokWord                         // Latin letters; in a shape, a month name
	tokQ                            // the Q of "Q1"
	tokNian                         // 年, year
	tokYue                          // 月, month
	tokRi                           // 日 or 号, day
	tokJi                           // 季, quarter
	tokDi                           // 第, the ordinal of 第一季度
	tokQi                           // 期, an accounting period: 2023年第1期
	tokH                            // the H of "H1", a half-year
	tokCai                          // 财 of 财年, a fiscal year: 2023财年
)

// dateToken is a piece of a date: a number, a word, or a marker.
type dateToken struct {
	kind   tokenKind
	num    int
	digits int // digits in a number
	word   string
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

// dateShape is the shape of a date's tokens and the month its word names;
// ok is false for a word that is no month or a number of a length no
// date has. The fillers of Spanish and Portuguese dates (dateFillers)
// have no place in the shape, and go only with a month name.
func dateShape(toks []dateToken) (shape []tokenKind, word int, ok bool) {
	shape = make([]tokenKind, 0, len(toks))
	filler := false
	for _, t := range toks {
		if t.kind == tokWord && dateFillers[t.word] {
			filler = true
			continue
		}
		if t.kind == tokWord {
			if word = importMonthWord(t.word); word == 0 {
				return nil, 0, false
			}
		}
		k := shapeOf(t)
		if k == 0 {
			return nil, 0, false
		}
		shape = append(shape, k)
	}
	return shape, word, word != 0 || !filler
}

// shapeOf is the kind t stands for in a date's shape: numbers by their
// digits; 0 for a number of a length no date has.
func shapeOf(t dateToken) tokenKind {
	if t.kind != tokNumber {
		return t.kind
	}
	switch {
	case t.digits == 4:
		return tokYear
	case t.digits == 8:
		return tokCompact
	case t.digits <= 2:
		return tokNumber
	}
	return 0
}

// numbersOf lists the numbers among toks, in order.
func numbersOf(toks []dateToken) []int {
	var nums []int
	for _, t := range toks {
		if t.kind == tokNumber {
			nums = append(nums, t.num)
		}
	}
	return nums
}

// dateReader reads a date from the numbers of its tokens in order and
// the month of its word.
type dateReader func(n []int, word int, order DayMonthOrder, dots bool) (app.Date, DatePrecision, bool)

// datePatterns are the shapes of the dates ParseDate reads, each with its
// reader.
var datePatterns = []struct {
	shapes [][]tokenKind
	read   dateReader
}{
	{[][]tokenKind{{tokCompact}}, func(n []int, _ int, _ DayMonthOrder, _ bool) (app.Date, DatePrecision, bool) {
		return dayDate(n[0]/10000, n[0]/100%100, n[0]%100)
	}},
	{[][]tokenKind{ // 2023-01-31, 2023年1月31日, 2023年1月31
		{tokYear, tokNumber, tokNumber}, {tokYear, tokNian, tokNumber, tokYue, tokNumber, tokRi},
		{tokYear, tokNian, tokNumber, tokYue, tokNumber},
	}, func(n []int, _ int, _ DayMonthOrder, _ bool) (app.Date, DatePrecision, bool) {
		return dayDate(n[0], n[1], n[2])
	}},
	{[][]tokenKind{{tokNumber, tokNumber, tokYear}}, dayMonthYear},
	{[][]tokenKind{{tokYear, tokNumber}, {tokYear, tokNian, tokNumber, tokYue}}, // 2023-01, 2023年1月
		func(n []int, _ int, _ DayMonthOrder, _ bool) (app.Date, DatePrecision, bool) {
			return monthDate(n[0], n[1])
		}},
	{[][]tokenKind{{tokNumber, tokYear}}, monthYear}, // 01.2023, 1/2023
	{[][]tokenKind{{tokWord, tokYear}}, // Jan 2023
		func(n []int, word int, _ DayMonthOrder, _ bool) (app.Date, DatePrecision, bool) {
			return monthDate(n[0], word)
		}},
	{[][]tokenKind{{tokNumber, tokWord, tokYear}, {tokWord, tokNumber, tokYear}}, // 31 Jan 2023, Jan 31, 2023
		func(n []int, word int, _ DayMonthOrder, _ bool) (app.Date, DatePrecision, bool) {
			return dayDate(n[1], word, n[0])
		}},
	{[][]tokenKind{{tokYear, tokQ, tokNumber}, {tokYear, tokNian, tokQ, tokNumber}, {tokYear, tokNian, tokNumber, tokJi},
		{tokYear, tokNian, tokDi, tokNumber, tokJi}},
		func(n []int, _ int, _ DayMonthOrder, _ bool) (app.Date, DatePrecision, bool) {
			return quarterDate(n[0], n[1])
		}},
	{accountingShapes, accountingMonth}, // 2023年第1期
	{[][]tokenKind{{tokQ, tokNumber, tokYear}, {tokNumber, tokQ, tokYear}}, // Q1 2023, 1Q 2023
		func(n []int, _ int, _ DayMonthOrder, _ bool) (app.Date, DatePrecision, bool) {
			return quarterDate(n[1], n[0])
		}},
	{yearHalfShapes, func(n []int, _ int, _ DayMonthOrder, _ bool) (app.Date, DatePrecision, bool) {
		return halfDate(n[0], n[1])
	}},
	{halfYearShapes, func(n []int, _ int, _ DayMonthOrder, _ bool) (app.Date, DatePrecision, bool) {
		return halfDate(n[1], n[0])
	}},
}

// datePattern reads a date of the given shape with the reader of the
// pattern that has it.
func datePattern(shape []tokenKind, n []int, word int, order DayMonthOrder, dots bool) (app.Date, DatePrecision, bool) {
	for _, p := range datePatterns {
		if shapeIn(p.shapes, shape) {
			return p.read(n, word, order, dots)
		}
	}
	return app.Date{}, 0, false
}

// dayMonthYear reads 02/03/2023 in order: a part over 12 is the day, dots
// are always day first.
func dayMonthYear(n []int, _ int, order DayMonthOrder, dots bool) (app.Date, DatePrecision, bool) {
	// YearFirst reads a date whose year comes last day first.
	d, m := n[0], n[1]
	if m > 12 || (d <= 12 && order == MonthFirst && !dots) {
		d, m = m, d
	}
	return dayDate(n[2], m, d)
}

// dayDate is the day y-m-d, when it exists. 1 January of year 1 is
// refused: it is the zero data.Date, which means "not set".
func dayDate(y, m, d int) (app.Date, DatePrecision, bool) {
	if y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > 31 {
		return app.Date{}, 0, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d || t.IsZero() {
		return app.Date{}, 0, false // 31 April, or 0001-01-01
	}
	return app.Date{Time: t}, PrecisionDay, true
}

// monthDate is the last day of month m of year y.
func monthDate(y, m int) (app.Date, DatePrecision, bool) {
	p := app.Period{Cadence: app.CadenceMonth, Year: y, Index: m}
	if !p.Valid() {
		return app.Date{}, 0, false
	}
	return app.Calendar{}.End(p), PrecisionMonth, true
}

// importAtoi reads ASCII digits that have been checked.
func importAtoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// serialDate reads a five-digit Excel serial with an optional fraction.
func serialDate(s string) (app.Date, bool) {
	whole, frac, _ := strings.Cut(s, ".")
	if len(whole) != 5 || !allDigits(whole) || !allDigits(frac) {
		return app.Date{}, false
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return app.Date{}, false
	}
	return DateFromSerial(v)
}

// dateMarkers are the Chinese markers of a date's parts; 号 is a
// colloquial 日.
var dateMarkers = map[rune]tokenKind{'年': tokNian, '月': tokYue, '日': tokRi, '号': tokRi, '季': tokJi, '第': tokDi, '期': tokQi,
	'财': tokCai}

// importTokenize splits a date into numbers, words and markers. Separators (-
// / . , space) are dropped; dots reports whether a dot separated numbers.
// 度 and 季度's 度 are dropped too.
func importTokenize(s string) (toks []dateToken, dots bool, ok bool) {
	rs := []rune(strings.ToLower(s))
	for i := 0; i < len(rs); {
		n, tok := readDateToken(rs, i)
		switch {
		case n == 0:
			return nil, false, false
		case tok.kind != 0:
			toks = append(toks, tok)
		case rs[i] == '.':
			dots = true
		}
		i += n
	}
	return toks, dots, true
}

// readDateToken reads the token that starts at rs[i]: n runes long, 0 for
// a rune no date has; a separator is a token of kind 0.
func readDateToken(rs []rune, i int) (n int, tok dateToken) {
	r := rs[i]
	if k, ok := dateMarkers[r]; ok {
		return 1, dateToken{kind: k}
	}
	if k := periodLetter(rs, i); k != 0 {
		return 1, dateToken{kind: k}
	}
	if isChineseNumeral(r) {
		j := runEnd(rs, i, isChineseNumeral)
		if tok, ok := readChineseNumber(rs[i:j]); ok {
			return j - i, tok
		}
		return 0, dateToken{}
	}
	switch {
	case isDigit(r):
		j := runEnd(rs, i, isDigit)
		if j-i > 8 {
			return 0, dateToken{}
		}
		v, _ := strconv.Atoi(string(rs[i:j]))
		return j - i, dateToken{kind: tokNumber, num: v, digits: j - i}
	case isWordLetter(r):
		j := runEnd(rs, i, isWordLetter)
		return j - i, dateToken{kind: tokWord, word: string(rs[i:j])}
	case strings.ContainsRune("度-/,. ", r):
		return 1, dateToken{}
	}
	return 0, dateToken{}
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

// runEnd is the index after the run of runes from rs[i] that are all is.
func runEnd(rs []rune, i int, is func(rune) bool) int {
	for i < len(rs) && is(rs[i]) {
		i++
	}
	return i
}
