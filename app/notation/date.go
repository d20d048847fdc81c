package notation

import (
	"errors"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode"

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
)

// DatePrecision says what a parsed date stands for.
type DatePrecision int

// The precisions. A month or quarter is returned as its last day.
const (
	PrecisionDay DatePrecision = iota
	PrecisionMonth
	PrecisionQuarter
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
// ambiguous.
func DateFromSerial(serial float64) (d app.Date, ok bool) {
	if !(serial >= 61 && serial < excelMaxSerial+1) {
		return app.Date{}, false
	}
	return app.DateOf(int(math.Floor(serial)) - ExcelUnixDay), true
}

// ParseDate reads a date or period as spreadsheets and people write them:
//   - days: 2023-01-31, 2023/1/31, 2023.1.31, 20230131, 31/01/2023 and
//     01/31/2023 (order decides when both parts are 12 or less; a part
//     over 12 is the day whatever order says), 31.01.2023 and 31-01-2023
//     (dots are always day first), 31 Jan 2023, Jan 31, 2023, 31-Jan-2023,
//     2023年1月31日, optionally followed by a time ("2023/1/31 0:00") that
//     is ignored;
//   - Excel serial numbers of five digits, with an optional fraction
//     (44957 is 2023-01-31), as a CSV saved from a date column may hold;
//   - months: 2023-01, 2023/1, 2023年1月, Jan 2023, January 2023;
//   - quarters: 2023-Q1, 2023 Q1, 2023Q1, Q1 2023, Q1-2023, 2023年1季度,
//     2023年第1季度, 2023年第一季度. A quarter here is a calendar quarter;
//     PlanImport reads it as the fiscal quarter of the same key, as Pacer
//     writes period keys.
//
// Months and quarters are returned as their last day, with their precision.
// Years must have four digits; 0001-01-01, which is the zero data.Date
// ("not set"), is refused. Anything else is a *data.Error with code
// data.EInvalid wrapping ErrDate.
func ParseDate(s string, order DayMonthOrder) (app.Date, DatePrecision, error) {
	d, p, ok := ParseDateAt(s, order)
	if !ok {
		return app.Date{}, 0, ImportError(MsgImportBadDate, ErrDate, "Text", s)
	}
	return d, p, nil
}

// dateToken is a piece of a date: a number, a word, or a marker rune.
type dateToken struct {
	kind byte // 'n' number, 'w' word, or the marker: 年 月 日 季 第 q
	num  int
	len  int // digits in a number
	word string
}

func ParseDateAt(s string, order DayMonthOrder) (app.Date, DatePrecision, bool) {
	s = strings.TrimSpace(app.NormalizeNumber(s))
	if i := importTimeStart(s); i > 0 {
		s = strings.TrimSpace(s[:i])
	}
	if len(s) == 10 && s[4] == '-' && s[7] == '-' && allDigits(s[:4]) && allDigits(s[5:7]) && allDigits(s[8:]) {
		return dayDate(importAtoi(s[:4]), importAtoi(s[5:7]), importAtoi(s[8:])) // the common case, fast
	}
	if d, ok := serialDate(s); ok {
		return d, PrecisionDay, true
	}
	toks, dots, ok := importTokenize(s)
	if !ok || len(toks) == 0 || len(toks) > 6 {
		return app.Date{}, 0, false
	}
	var sig strings.Builder
	word := 0
	for _, t := range toks {
		switch {
		case t.kind == 'w':
			if word = importMonthWord(t.word); word == 0 {
				return app.Date{}, 0, false
			}
			sig.WriteByte('w')
		case t.kind != 'n':
			sig.WriteByte(t.kind)
		case t.len == 4:
			sig.WriteByte('Y')
		case t.len == 8:
			sig.WriteByte('8')
		case t.len <= 2:
			sig.WriteByte('n')
		default:
			return app.Date{}, 0, false
		}
	}
	return datePattern(sig.String(), numbersOf(toks), word, order, dots)
}

// numbersOf lists the numbers among toks, in order.
func numbersOf(toks []dateToken) []int {
	var nums []int
	for _, t := range toks {
		if t.kind == 'n' {
			nums = append(nums, t.num)
		}
	}
	return nums
}

// datePattern reads a date from the signature of its tokens (Y a
// four-digit number, n a short one, 8 an eight-digit one, w a month name,
// q the Q of quarters, y m d k f the markers 年 月 日 季 第), its numbers
// in order and the month of its word.
func datePattern(sig string, n []int, word int, order DayMonthOrder, dots bool) (app.Date, DatePrecision, bool) {
	switch sig {
	case "8":
		return dayDate(n[0]/10000, n[0]/100%100, n[0]%100)
	case "Ynn", "Yynmnd", "Yynmn":
		return dayDate(n[0], n[1], n[2])
	case "nnY":
		d, m := n[0], n[1]
		if m > 12 || (d <= 12 && order == MonthFirst && !dots) {
			d, m = m, d
		}
		return dayDate(n[2], m, d)
	case "Yn", "Yynm":
		return monthDate(n[0], n[1])
	case "wY":
		return monthDate(n[0], word)
	case "nwY", "wnY":
		return dayDate(n[1], word, n[0])
	case "Yqn", "Yynk", "Yyfnk":
		return quarterDate(n[0], n[1])
	case "qnY":
		return quarterDate(n[1], n[0])
	}
	return app.Date{}, 0, false
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

// quarterDate is the last day of calendar quarter q of year y.
func quarterDate(y, q int) (app.Date, DatePrecision, bool) {
	p := app.Period{Cadence: app.CadenceQuarter, Year: y, Index: q}
	if !p.Valid() {
		return app.Date{}, 0, false
	}
	return app.Calendar{}.End(p), PrecisionQuarter, true
}

// importMonthNames are English month names and their three-letter forms.
var importMonthNames = []string{"january", "february", "march", "april", "may", "june",
	"july", "august", "september", "october", "november", "december"}

// importMonthWord is the month 1–12 a lower-case English name or abbreviation
// ("jan", "sept", "september") stands for, or 0.
func importMonthWord(w string) int {
	if len(w) < 3 {
		return 0
	}
	for i, name := range importMonthNames {
		if strings.HasPrefix(name, w) {
			return i + 1
		}
	}
	return 0
}

// DetectDayMonth guesses the order of the all-numeric dates whose year
// comes last (01/02/2023) in a column: a first part over 12 can only be a
// day, a second part over 12 only a day too. ambiguous is true when the
// order matters to some value (01/02/2023 does, 01/01/2023 and 31.01.2023,
// always day first, do not) and no value decides it (then order is
// DayFirst), or when values contradict each other (then order is the
// majority's, ties DayFirst): the UI should ask. Other values are ignored.
func DetectDayMonth(values []string) (order DayMonthOrder, ambiguous bool) {
	dayFirst, monthFirst, undecided := 0, 0, 0
	for _, v := range values {
		v = strings.TrimSpace(app.NormalizeNumber(v))
		if i := importTimeStart(v); i > 0 {
			v = v[:i]
		}
		toks, dots, ok := importTokenize(v)
		if !ok || len(toks) != 3 || dots || toks[0].kind != 'n' || toks[1].kind != 'n' ||
			toks[2].kind != 'n' || toks[2].len != 4 {
			continue
		}
		switch a, b := toks[0].num, toks[1].num; {
		case a > 12 && b <= 12:
			dayFirst++
		case b > 12 && a <= 12:
			monthFirst++
		case a != b && a >= 1 && b >= 1 && a <= 12 && b <= 12:
			undecided++
		}
	}
	switch {
	case monthFirst > dayFirst:
		return MonthFirst, dayFirst > 0
	case dayFirst > 0:
		return DayFirst, monthFirst > 0
	}
	return DayFirst, undecided > 0
}

// importAtoi reads ASCII digits that have been checked.
func importAtoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// importTimeStart is the index of a time of day after a date ("2023/1/31 0:00",
// "2023-01-31T10:00:00"), or -1.
func importTimeStart(s string) int {
	i := strings.LastIndexAny(s, " T")
	if i <= 0 || !strings.Contains(s[i:], ":") {
		return -1
	}
	for _, r := range s[i+1:] {
		if !(r >= '0' && r <= '9' || r == ':' || r == '.' || r == 'Z') {
			return -1
		}
	}
	return i
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

// chineseDigits are the numerals of quarters and months in Chinese dates.
var chineseDigits = map[rune]int{'一': 1, '二': 2, '三': 3, '四': 4}

// importTokenize splits a date into numbers, words and markers. Separators (-
// / . , space) are dropped; dots reports whether a dot separated numbers.
// 度 and 季度's 度 are dropped too, as is 号 (a colloquial 日).
func importTokenize(s string) (toks []dateToken, dots bool, ok bool) {
	rs := []rune(strings.ToLower(s))
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case r >= '0' && r <= '9':
			j := i
			for j < len(rs) && rs[j] >= '0' && rs[j] <= '9' {
				j++
			}
			if j-i > 8 {
				return nil, false, false
			}
			v, _ := strconv.Atoi(string(rs[i:j]))
			toks = append(toks, dateToken{kind: 'n', num: v, len: j - i})
			i = j
			continue
		case r == 'q' && (i+1 < len(rs) && rs[i+1] >= '0' && rs[i+1] <= '9'):
			toks = append(toks, dateToken{kind: 'q'})
		case chineseDigits[r] > 0:
			toks = append(toks, dateToken{kind: 'n', num: chineseDigits[r], len: 1})
		case r < 128 && unicode.IsLetter(r):
			j := i
			for j < len(rs) && rs[j] < 128 && unicode.IsLetter(rs[j]) {
				j++
			}
			toks = append(toks, dateToken{kind: 'w', word: string(rs[i:j])})
			i = j
			continue
		case r == '年' || r == '月' || r == '日' || r == '季' || r == '第':
			toks = append(toks, dateToken{kind: markerKind(r)})
		case r == '号':
			toks = append(toks, dateToken{kind: markerKind('日')})
		case r == '.':
			dots = true
		case r == '度' || r == '-' || r == '/' || r == ',' || r == ' ':
		default:
			return nil, false, false
		}
		i++
	}
	return toks, dots, true
}

// markerKind maps the Chinese date markers to single bytes that the
// signature switch in parseDate spells with the runes themselves.
func markerKind(r rune) byte {
	switch r {
	case '年':
		return 'y'
	case '月':
		return 'm'
	case '日':
		return 'd'
	case '季':
		return 'k'
	}
	return 'f' // 第
}
