package importer

import (
	"slices"
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
// such a table are refused as no dates unless TurnMonths turned it.
func MonthsAcross(t Table) []string {
	r, cols := monthsRow(t)
	if r < 0 {
		return nil
	}
	months := make([]string, len(cols))
	for i, c := range cols {
		months[i] = importCellText(t.Rows[r][c])
	}
	return months
}

// monthsRow is the first of the first MaxHeaderRow rows of t that names
// at least minMonthsAcross months, and the columns of those cells in
// order; -1 when no row does.
func monthsRow(t Table) (int, []int) {
	for r := 0; r < len(t.Rows) && r < MaxHeaderRow; r++ {
		var months []int
		for col, c := range t.Rows[r] {
			if text := importCellText(c); text != "" && (c.Kind == CellDate || namesMonth(text)) {
				months = append(months, col)
			}
		}
		if len(months) >= minMonthsAcross {
			return r, months
		}
	}
	return -1, nil
}

// MonthBlocks are the labels of the groups over the months of a table
// whose months run across its columns (MonthsAcross), when two or more
// stand over them (实际 over January to March, 预算 over the same months
// again), in order; nil otherwise. Such blocks must never add up.
func MonthBlocks(t Table) []string {
	r, months := monthsRow(t)
	if r <= 0 {
		return nil
	}
	spans, _ := groupSpans(t.Rows[r-1], t.Rows[r])
	var labels []string
	for _, s := range spans {
		if slices.ContainsFunc(months, func(c int) bool { return s.first <= c && c <= s.last }) {
			labels = append(labels, importCellText(t.Rows[r-1][s.first]))
		}
	}
	if len(labels) < 2 {
		return nil
	}
	return labels
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
