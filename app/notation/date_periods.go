package notation

import (
	"slices"

	"pacer/app"
)

// accountingShapes are the shapes of the accounting periods (会计期间) that
// Kingdee and Yonyou ledgers write in place of dates: 2023年第1期, 2023年
// 第12期, 2023.1期, 2023-第3期, 2023年2期.
var accountingShapes = [][]tokenKind{
	{tokYear, tokNian, tokDi, tokNumber, tokQi}, {tokYear, tokNian, tokNumber, tokQi},
	{tokYear, tokDi, tokNumber, tokQi}, {tokYear, tokNumber, tokQi},
}

// accountingMonth reads accounting period n[1] of year n[0] as the month
// of that number, as a Chinese company's accounting year is the calendar
// year of twelve periods; period 0 and those after 12 are no month.
func accountingMonth(n []int, _ int, _ DayMonthOrder, _ bool) (app.Date, DatePrecision, bool) {
	return monthDate(n[0], n[1])
}

// AccountingPeriod reports whether s is written as an accounting period
// (2023年第13期), and which period of which year, whether or not it is a
// month: period 0, the opening balances, and 13 to 16, the adjustments
// after a year's close, are written the same way, and ParseDate refuses
// them.
func AccountingPeriod(s string) (year, period int, ok bool) {
	toks, _, ok := importTokenize(plainDateText(s))
	if !ok {
		return 0, 0, false
	}
	shape, _, ok := dateShape(toks)
	if !ok || !slices.ContainsFunc(accountingShapes, func(a []tokenKind) bool { return slices.Equal(a, shape) }) {
		return 0, 0, false
	}
	n := numbersOf(toks)
	return n[0], n[1], true
}
