package app

import "strings"

// guessRows is how many rows below the header the guesses look at.
const guessRows = 200

// ColumnTexts is the text of column col in the first rows of t below the
// header (when HasHeader), blank cells left out: what DetectDayMonth reads.
func ColumnTexts(t Table, col int) []string {
	var texts []string
	for r := headerRows(t); r < len(t.Rows) && r < guessRows; r++ {
		if text := strings.TrimSpace(t.Cell(r, col).Text); text != "" {
			texts = append(texts, text)
		}
	}
	return texts
}

// GuessDateColumn is the first column of t whose cells below the header
// are mostly dates, four in five of those not blank: workbook date cells,
// or text ParseDate reads (days, months such as 2026年3月, or quarters).
// It is 0 when no column is.
func GuessDateColumn(t Table) int {
	for col := 0; col < t.Columns; col++ {
		if share(t, col, isDateCell) >= 0.8 {
			return col
		}
	}
	return 0
}

// GuessGoalColumn is, of the columns other than dateCol, the one whose
// cells are least often numbers: in a table of one value a row, the
// column that names the goal. It is -1 when t has no other column.
func GuessGoalColumn(t Table, dateCol int) int {
	best, bestShare := -1, 2.0
	for col := 0; col < t.Columns; col++ {
		if col == dateCol {
			continue
		}
		if s := share(t, col, isNumberCell); s < bestShare {
			best, bestShare = col, s
		}
	}
	return best
}

// share is the fraction of the non-blank cells of column col, below the
// header and in the first rows, for which is holds; 0 for an empty column.
func share(t Table, col int, is func(Cell) bool) float64 {
	yes, all := 0, 0
	for r := headerRows(t); r < len(t.Rows) && r < guessRows; r++ {
		c := t.Cell(r, col)
		if strings.TrimSpace(c.Text) == "" {
			continue
		}
		all++
		if is(c) {
			yes++
		}
	}
	if all == 0 {
		return 0
	}
	return float64(yes) / float64(all)
}

func headerRows(t Table) int {
	if t.HasHeader {
		return 1
	}
	return 0
}

func isDateCell(c Cell) bool {
	if c.Kind == CellDate {
		return true
	}
	_, _, ok := parseDate(strings.TrimSpace(c.Text), DayFirst)
	return ok
}

func isNumberCell(c Cell) bool {
	if c.Kind == CellNumber {
		return true
	}
	s := normalizeNumber(c.Text)
	_, point := parseNumber(s, NumberFormat{})
	_, comma := parseNumber(s, NumberFormat{DecimalComma: true})
	return point || comma
}
