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

// dotMonth refuses date cell c, shown as text, when it is a year and 1
// after a dot (2023.1) that could be October's 2023.10 (dotJanuary).
func (pl *importPlanner) dotMonth(c Cell, text string) *app.Error {
	year, ok := pl.dotJanuary(c, text)
	if !ok {
		return nil
	}
	y := strconv.Itoa(year)
	return notation.ImportError(msgImportDotMonth, nil, "Text", text, "Year", y)
}

// dotJanuary is the year of date cell c, shown as text, when c could be
// January or October of it: a workbook number year.1 (2023.1), whatever
// its format shows, or text so written (2023.1, 2023,1) in a column
// that writes no month with its 0 after a dot (2023.10, dotTens), as a
// CSV file saved from a column of such numbers does. Text beside
// 2023.10 was written as text, and 2023.1 there is January.
func (pl *importPlanner) dotJanuary(c Cell, text string) (int, bool) {
	switch {
	case c.Kind == CellNumber:
		text = strconv.FormatFloat(c.Number, 'f', -1, 64)
	case c.Kind != CellText || pl.dotTens:
		return 0, false
	}
	if !dotMonthShaped(text, 6) || text[5] != '1' {
		return 0, false
	}
	year, err := strconv.Atoi(text[:4])
	return year, err == nil && year > 0
}

// dotMonthShaped reports whether s, n bytes long, is four digits, a dot
// or comma, and digits: a month written as a number, 2023.1 or 2023.10.
func dotMonthShaped(s string, n int) bool {
	return len(s) == n && allDigits(s[:4]) && (s[4] == '.' || s[4] == ',') && allDigits(s[5:])
}

// findDotTens sets dotTens when a text cell of the date column of t, from
// its header row on, writes a month with its 0 after a dot: 2023.10.
func (pl *importPlanner) findDotTens(t Table) {
	for i := pl.m.HeaderRow; i < len(t.Rows); i++ {
		c := t.Cell(i, pl.m.DateColumn)
		if text := strings.TrimSpace(c.Text); c.Kind == CellText && dotMonthShaped(text, 7) && text[5:] == "10" {
			pl.dotTens = true
			return
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
