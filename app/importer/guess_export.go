package importer

import (
	"slices"
	"strings"

	"pacer/app"
)

// Pacer's own exports of check-ins and history are tables of one value a
// row with more columns than the goal, the period and the value: Goal ID,
// Goal, Period, Value, Confidence, Note, Created, Updated (目标编号, 目标,
// 周期, 数值, 信心, 备注, 创建时间, 更新时间 in Chinese). Read by content
// alone, three numbers a row left the value unknown, so the table was
// taken as one column per goal; and a period column of weeks, halves and
// years (2024-W02, 2024-H1, 2024), whose years read as numbers, lost the
// date column to Created, whose timestamps put every check-in in the
// week, half or year it was typed.

// The headers, folded (foldName), that name the goal, value and period
// columns of a table of one value a row, as Pacer's exports head them in
// English and Chinese.
var (
	goalHeaders   = []string{"goal", "目标"}
	valueHeaders  = []string{"value", "数值"}
	periodHeaders = []string{"period", "周期"}
)

// namedLongLayout is GuessLongLayout of a table of more than three shown
// columns (cols): long when exactly one of them is headed as the goal and
// one as the value, neither the date column, the goal column names goals
// (namesGoals) and the value column holds numbers. Its other columns are
// an ID, notes, timestamps or categories beside each value. A table of
// such columns with no such header is wide, as 日期, 门店, 销售额, 成本
// is, each of its amounts a goal.
func namedLongLayout(t Table, dateCol int, cols []int) (goal, value int, long bool) {
	goal, value = namedColumn(t, cols, goalHeaders), namedColumn(t, cols, valueHeaders)
	if goal < 0 || value < 0 || goal == dateCol || value == dateCol ||
		!namesGoals(t, dateCol, goal) || weightedShare(t, value, numberWeight) < 0.75 {
		return -1, -1, false
	}
	return goal, value, true
}

// namesGoals reports whether column goal may name goals: not numbers
// nearly all different, nor the labels of blocks (FindBlocks).
func namesGoals(t Table, dateCol, goal int) bool {
	return (weightedShare(t, goal, numberWeight) < 0.75 || !mostlyDistinct(t, goal)) && FindBlocks(t, dateCol).Column != goal
}

// mostlyDistinct reports whether more than half the filled cells of
// column col, below the header and in the first rows, differ from all
// the cells above them.
func mostlyDistinct(t Table, col int) bool {
	seen := map[string]bool{}
	filled := 0
	for r := headerRows(t); r < len(t.Rows) && r < guessRows; r++ {
		if s := strings.TrimSpace(t.Cell(r, col).Text); s != "" {
			filled++
			seen[s] = true
		}
	}
	return len(seen)*2 > filled
}

// namedColumn is the one column of cols whose header is one of names,
// -1 when none is or several are.
func namedColumn(t Table, cols []int, names []string) int {
	found := -1
	for _, col := range cols {
		if !headedAs(t, col, names) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = col
	}
	return found
}

// headedAs reports whether the header of column col is one of names.
func headedAs(t Table, col int, names []string) bool {
	return t.HasHeader && col < len(t.Header) && slices.Contains(names, foldName(t.Header[col]))
}

// dateShare is the share of column col's filled cells GuessDateColumn
// counts as dates: date cells (isDateCell) or, more of them, Pacer's
// period keys (periodKeyShare); none at all for a column of timestamps
// when periods is set, the table holding a column of period keys, which
// names the periods its rows are for where the timestamps say when each
// row was written.
func dateShare(t Table, col int, periods bool) float64 {
	if periods && share(t, col, hasClock) >= 0.5 {
		return 0
	}
	return max(share(t, col, isDateCell), periodKeyShare(t, col))
}

// hasPeriodKeys reports whether one of cols holds Pacer's period keys in
// at least four of its five filled cells (periodKeyShare).
func hasPeriodKeys(t Table, cols []int) bool {
	return slices.ContainsFunc(cols, func(col int) bool { return periodKeyShare(t, col) >= 0.8 })
}

// periodKeyShare is the share of the filled cells of column col, below
// the header and in the first rows, that are Pacer's period keys as its
// exports write them (2024-03, 2024-Q1, 2024-W02, 2024-H1, 2024), in text
// cells. Years alone count only beside other keys or under a header
// naming the period (periodHeaders): a column of 2023s and 2024s may as
// well hold amounts.
func periodKeyShare(t Table, col int) float64 {
	keys, years, filled := 0, 0, 0
	for r := headerRows(t); r < len(t.Rows) && r < guessRows; r++ {
		c := t.Cell(r, col)
		text := strings.TrimSpace(c.Text)
		if text == "" {
			continue
		}
		filled++
		if p, err := app.ParsePeriodKey(text); err == nil && c.Kind == CellText {
			keys++
			if p.Cadence == app.CadenceYear {
				years++
			}
		}
	}
	if keys == 0 || keys == years && !headedAs(t, col, periodHeaders) {
		return 0
	}
	return float64(keys) / float64(filled)
}

// hasClock reports whether c is a date with a time of day: a workbook
// date with a fraction of a day, or text with a time after its date
// (2024-01-02 10:30:00).
func hasClock(c Cell) bool {
	return (c.Kind == CellDate || c.Kind == CellText && isDateCell(c)) && dayClock(c, strings.TrimSpace(c.Text)) > 0
}
