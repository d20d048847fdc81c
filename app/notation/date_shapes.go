package notation

import (
	"time"

	"pacer/app"
)

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
