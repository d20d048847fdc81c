package importer

import (
	"pacer/app"
	"pacer/app/notation"
	"strings"
)

// guessRows is how many rows below the header the guesses look at.
const guessRows = 200

// ColumnTexts is the text of column col in the first rows of t below the
// header (when HasHeader): what DetectDayMonth reads. Blank cells and
// workbook date cells are left out, since PlanImport reads a date cell by
// its serial, whatever order its text shows.
func ColumnTexts(t Table, col int) []string {
	var texts []string
	for r := headerRows(t); r < len(t.Rows) && r < guessRows; r++ {
		c := t.Cell(r, col)
		if text := strings.TrimSpace(c.Text); text != "" && c.Kind != CellDate {
			texts = append(texts, text)
		}
	}
	return texts
}

// GuessDateColumn is the column of t whose cells below the header are most
// often dates, and at least four in five of those not blank: workbook date
// cells, or text ParseDate reads (days, months such as 2026年3月, or
// quarters). The first such column wins a tie; it is 0 when none is.
// ParseDate's Excel serials (45000) do not count here.
func GuessDateColumn(t Table) int {
	best, bestShare := 0, 0.0
	for col := 0; col < t.Columns; col++ {
		if s := share(t, col, isDateCell); s >= 0.8 && s > bestShare {
			best, bestShare = col, s
		}
	}
	return best
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

// isDateCell reports whether c reads as a date. Numbers do not count, nor
// text of digits alone other than 20260131: ParseDate takes 45000 as an
// Excel serial, but a column of such numbers is far more often sales.
func isDateCell(c Cell) bool {
	switch c.Kind {
	case CellDate:
		return true
	case CellNumber:
		return false
	}
	text := strings.TrimSpace(c.Text)
	if onlyDigits(text) && len(text) != 8 {
		return false
	}
	_, _, ok := notation.ReadDate(text, notation.DayFirst)
	return ok
}

// onlyDigits reports whether s is made of ASCII digits only.
func onlyDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

func isNumberCell(c Cell) bool {
	if c.Kind == CellNumber {
		return true
	}
	s := app.NormalizeNumber(c.Text)
	_, point := notation.ReadNumber(s, notation.NumberFormat{})
	_, comma := notation.ReadNumber(s, notation.NumberFormat{DecimalComma: true})
	return point || comma
}
