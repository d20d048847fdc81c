package importer

import (
	"strings"
	"unicode"

	"pacer/app/notation"
)

// minMonthsAcross is how many cells of a row must name months for the
// months to run across the columns.
const minMonthsAcross = 3

// MonthsAcross is the cells, in order, of the first of the first
// MaxHeaderRow rows of t that names at least minMonthsAcross months (1月,
// 一月份, Jan, 2026年1月, a workbook's date cell), as plans and monthly
// reports lay their months across the columns (门店 | 1月 | 2月 | 3月);
// nil when no row does. PlanImport reads one row a date, so the rows of
// such a table are refused as no dates; the UI says why.
func MonthsAcross(t Table) []string {
	for r := 0; r < len(t.Rows) && r < MaxHeaderRow; r++ {
		var months []string
		for _, c := range t.Rows[r] {
			if text := importCellText(c); text != "" && (c.Kind == CellDate || namesMonth(text)) {
				months = append(months, text)
			}
		}
		if len(months) >= minMonthsAcross {
			return months
		}
	}
	return nil
}

// chineseMonths are the months written in Chinese numerals.
var chineseMonths = map[string]bool{"一": true, "二": true, "三": true, "四": true, "五": true, "六": true,
	"七": true, "八": true, "九": true, "十": true, "十一": true, "十二": true}

// namesMonth reports whether text names a month: 1月, 01月份, 一月, a
// month name or its abbreviation (Jan, März), or a month of a year
// (2026年1月, Jan 2026, 2026-01).
func namesMonth(text string) bool {
	if n, ok := strings.CutSuffix(strings.TrimSuffix(text, "份"), "月"); ok && (chineseMonths[n] ||
		len(n) <= 2 && n != "" && allDigits(n) && atoiMonth(n) >= 1 && atoiMonth(n) <= 12) {
		return true
	}
	if _, p, ok := notation.ReadDate(text, notation.DayFirst); ok && p == notation.PrecisionMonth {
		return true
	}
	// A month's name alone (Jan, März) reads as a month with a year.
	word := strings.IndexFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && r != '.' }) < 0
	_, p, ok := notation.ReadDate(text+" 2000", notation.DayFirst)
	return word && ok && p == notation.PrecisionMonth
}

// atoiMonth is the number of the one or two digits s.
func atoiMonth(s string) int {
	n := 0
	for _, r := range s {
		n = n*10 + int(r-'0')
	}
	return n
}
