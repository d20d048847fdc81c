package importer

import (
	"strconv"
	"strings"
	"time"

	"pacer/app"
	"pacer/app/notation"
)

// Excel, WPS and LibreOffice take a month typed 2023.10 for the number
// 2023.1, which then shows as January's 2023.1, as does a CSV file saved
// from the sheet. Read as a month, October became a second January and
// vanished without a word; such a date is refused instead (dotMonth).

// dotMonth refuses date cell c when it is a year and 1 after a dot
// (2023.1) that could be October's 2023.10 (dotJanuary).
func (pl *importPlanner) dotMonth(c Cell, text string) *app.Error {
	year, ok := pl.dotJanuary(c, text)
	if !ok {
		return nil
	}
	y := strconv.Itoa(year)
	return notation.ImportError(msgImportDotMonth, nil, "Text", text, "Year", y)
}

// dotJanuary is the year of date cell c when c could be January or
// October of it: year.1 (2023.1), a workbook number or text, in a year the
// date column casts doubt on (dotDoubts). A year-to-date file of 2023.1 to
// 2023.9 has no October to lose, and its 2023.1 is January.
func (pl *importPlanner) dotJanuary(c Cell, text string) (int, bool) {
	year, month, ok := dotMonthOf(c, text)
	return year, ok && month == 1 && dotForm(c, text) == 6 && pl.dotDoubts[year]
}

// dotForm is the length of date cell c as a dotted month: 6 for 2023.1,
// which may be a 2023.10 made a number, 7 for 2023.01 or 2023.10.
func dotForm(c Cell, text string) int {
	if c.Kind == CellNumber {
		return len(strconv.FormatFloat(c.Number, 'f', -1, 64))
	}
	return len(strings.TrimSpace(text))
}

// dotMonthOf is the year and month of date cell c written as a number,
// 2023.1 or 2023.10, as a workbook number or as text; ok is false for any
// other cell.
func dotMonthOf(c Cell, text string) (year, month int, ok bool) {
	switch c.Kind {
	case CellNumber:
		text = strconv.FormatFloat(c.Number, 'f', -1, 64)
	case CellText:
		text = strings.TrimSpace(text)
	default:
		return 0, 0, false
	}
	if !dotMonthShaped(text, len(text)) || len(text) > 7 {
		return 0, 0, false
	}
	year, err1 := strconv.Atoi(text[:4])
	month, err2 := strconv.Atoi(text[5:])
	return year, month, err1 == nil && err2 == nil && year > 0 && month >= 1 && month <= 12
}

// dotMonthShaped reports whether s, n bytes long, is four digits, a dot
// or comma, and digits: a month written as a number, 2023.1 or 2023.10.
func dotMonthShaped(s string, n int) bool {
	return n > 5 && len(s) == n && allDigits(s[:4]) && (s[4] == '.' || s[4] == ',') && allDigits(s[5:])
}

// findDotDoubts sets dotDoubts to the years whose 2023.1 in the date
// column of t, from its header row on, may be a 2023.10 a spreadsheet made
// a number: the column writes no 2023.10 as text, and either has November
// or December of that year (whose October then reads as January), or a
// 2023.1 right after 2023.9 that does not start a new run of months (the
// next is no 2023.2), as October ends a year-to-date file.
func (pl *importPlanner) findDotDoubts(t Table) {
	type ym struct{ year, month int }
	var seq []ym
	tens, late := map[int]bool{}, map[int]bool{}
	for i := pl.m.HeaderRow; i < len(t.Rows); i++ {
		c := t.Cell(i, pl.m.DateColumn)
		y, m, ok := dotMonthOf(c, c.Text)
		if !ok {
			continue
		}
		seq = append(seq, ym{y, m})
		if c.Kind == CellText && dotForm(c, c.Text) == 7 && m == 10 {
			tens[y] = true
		}
		late[y] = late[y] || m >= 11
	}
	pl.dotDoubts = map[int]bool{}
	for i, e := range seq {
		afterSeptember := i > 0 && seq[i-1] == ym{e.year, 9}
		newRun := i+1 < len(seq) && seq[i+1] == ym{e.year, 2}
		if e.month == 1 && !tens[e.year] && (late[e.year] || afterSeptember && !newRun) {
			pl.dotDoubts[e.year] = true
		}
	}
}

// dotMonths is the days of January and October of year, the months a
// date refused by dotMonth may stand for.
func dotMonths(year int, text string) []rowDate {
	var out []rowDate
	for _, m := range []time.Month{time.January, time.October} {
		first, last := app.NewDate(year, m, 1), app.NewDate(year, m+1, 0)
		out = append(out, rowDate{first: first.DayNumber(), last: last.DayNumber(), prec: notation.PrecisionMonth, text: text})
	}
	return out
}
