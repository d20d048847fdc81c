package importer

import (
	"slices"
	"strings"

	"pacer/app"
	"pacer/app/notation"
)

// guessRows is how many rows below the header the guesses look at.
const guessRows = 200

// ColumnTexts is the text of column col of t below the header (when
// HasHeader): what DetectDayMonth reads. Blank cells and workbook date
// cells are left out, since PlanImport reads a date cell by its serial,
// whatever order its text shows. It holds every text of the first rows and,
// past them, those that may tell day from month (mayTellDayFromMonth), at
// most orderHints of them: a US file whose first 200 rows were the first
// four days of January was taken as day first, so that 01/14/2023 read as
// 14 January and 02/01/2023 as 2 January.
func ColumnTexts(t Table, col int) []string {
	var texts []string
	hints := 0
	for r := headerRows(t); r < len(t.Rows); r++ {
		c := t.Cell(r, col)
		text := strings.TrimSpace(c.Text)
		if text == "" || c.Kind == CellDate {
			continue
		}
		if r >= guessRows {
			if hints == orderHints || !mayTellDayFromMonth(text) {
				continue
			}
			hints++
		}
		texts = append(texts, text)
	}
	return texts
}

// orderHints is how many texts past the first rows ColumnTexts keeps that
// may tell day from month: enough for DetectDayMonth to see both orders
// in a file that writes both, without parsing a million dates.
const orderHints = 2000

// mayTellDayFromMonth reports whether text's first two numbers, read
// without parsing it, could be a day and a month of which one is over 12
// (14/01/2023, 01/14/2023), the only dates DetectDayMonth counts.
func mayTellDayFromMonth(text string) bool {
	var n [2]int
	k, in := 0, false
	for i := 0; i < len(text) && k < 2; i++ {
		if c := text[i]; c >= '0' && c <= '9' {
			if n[k] = n[k]*10 + int(c-'0'); n[k] > 31 {
				return false
			}
			in = true
		} else if in {
			k, in = k+1, false
		}
	}
	return (n[0] > 12 || n[1] > 12) && n[0] > 0 && n[1] > 0
}

// GuessDateColumn is the column of t whose cells below the header are most
// often dates, and at least four in five of those not blank: workbook date
// cells, text ParseDate reads (days, months such as 2026年3月, or
// quarters), or Pacer's period keys (dateShare: a column of them beats
// one of timestamps). The first such column wins a tie; when none is, it
// is the first column that holds something (a sheet may leave column A
// blank), else 0. ParseDate's Excel serials (45000) do not count here. A
// column the workbook hides is never guessed: an old year's dates, a helper.
func GuessDateColumn(t Table) int {
	best, bestShare := 0, 0.0
	cols := shownColumns(t)
	if len(cols) > 0 {
		best = cols[0]
	}
	periods := hasPeriodKeys(t, cols)
	for _, col := range cols {
		if s := dateShare(t, col, periods); s >= 0.8 && s > bestShare {
			best, bestShare = col, s
		}
	}
	return best
}

// GuessGoalColumn is, of the columns other than dateCol, the one whose
// cells are least often numbers: in a table of one value a row, the
// column that names the goal. A blank column is taken only when all
// others are; it is -1 when t has no other column. A column the
// workbook hides is taken only when all others are.
func GuessGoalColumn(t Table, dateCol int) int {
	best, bestShare := -1, 4.0
	for col := 0; col < t.Columns; col++ {
		if col == dateCol {
			continue
		}
		s := weightedShare(t, col, numberWeight)
		if oneUnit(t, col) {
			s = share(t, col, isNumberCell)
		}
		if !columnFilled(t, col) {
			s = 2
		}
		if t.HiddenColumn(col) {
			s = 3
		}
		if s < bestShare {
			best, bestShare = col, s
		}
	}
	return best
}

// GuessLongLayout reports whether t looks like the long layout, one value
// a row beside the name of its goal, and if so its goal and value
// columns: t has three filled columns, dateCol among them, and the goal
// column (GuessGoalColumn) names goals. A goal column of numbers, nearly
// all different, is no list of names but a second value column (日期,
// 销售额, 成本): the table is wide. Numbers that repeat (store 101, 102)
// may name goals. A column of blocks (实际, 预算: FindBlocks) names no
// goals: its rows are one goal's figures of another kind. Only the
// columns the workbook shows count: a hidden 成本 beside 销售额 is none.
// A table turned (TurnMonths) is wide: each of its columns was a row of
// the file. A table of more columns is long when its header names the
// goal and value columns (namedLongLayout), as Pacer's exports do.
func GuessLongLayout(t Table, dateCol int) (goal, value int, long bool) {
	cols := shownColumns(t)
	if len(cols) < 3 || !slices.Contains(cols, dateCol) || t.Turned != nil {
		return -1, -1, false
	}
	if len(cols) > 3 {
		return namedLongLayout(t, dateCol, cols)
	}
	goal = GuessGoalColumn(t, dateCol)
	if !namesGoals(t, dateCol, goal) {
		return -1, -1, false
	}
	return goal, cols[0] + cols[1] + cols[2] - dateCol - goal, true
}

// share is the fraction of the non-blank cells of column col, below the
// header and in the first rows, for which is holds; 0 for an empty column.
func share(t Table, col int, is func(Cell) bool) float64 {
	return weightedShare(t, col, func(c Cell) float64 {
		if is(c) {
			return 1
		}
		return 0
	})
}

// weightedShare is share with each cell counted at its weight, 0 to 1.
func weightedShare(t Table, col int, weight func(Cell) float64) float64 {
	sum, all := 0.0, 0
	for r := headerRows(t); r < len(t.Rows) && r < guessRows; r++ {
		c := t.Cell(r, col)
		if strings.TrimSpace(c.Text) == "" {
			continue
		}
		all++
		sum += weight(c)
	}
	if all == 0 {
		return 0
	}
	return sum / float64(all)
}

// headerRows is how many rows come before t's data: the header and the
// rows above it.
func headerRows(t Table) int {
	if t.HasHeader {
		return t.HeaderRow + 1
	}
	return t.HeaderRow
}

// FilledColumns are the columns of t that hold something from its header
// row down, in order: a sheet whose table starts in column B has a blank
// column A, which is no column to map.
func FilledColumns(t Table) []int {
	var cols []int
	for col := 0; col < t.Columns; col++ {
		if columnFilled(t, col) {
			cols = append(cols, col)
		}
	}
	return cols
}

// columnFilled reports whether column col of t holds something from its
// header row down, among the first rows.
func columnFilled(t Table, col int) bool {
	for r := t.HeaderRow; r < len(t.Rows) && r < t.HeaderRow+guessRows; r++ {
		if importFilled(t.Cell(r, col)) {
			return true
		}
	}
	return false
}

// MaxHeaderRow is how many of the first rows ReadTable looks through for
// the header, and the UI offers as it: a report's title, notes and blank
// rows are a few, but the bills of WeChat Pay and Alipay put their
// account, totals and notes in 16 to 25 rows above the header.
const MaxHeaderRow = 40

// headerBodyRows is how many rows below a header candidate are read to
// tell whether data follows it.
const headerBodyRows = 10

// detectHeaderRow is the row, 0-based, a table starts at: the first of the
// first MaxHeaderRow rows that looks like a header of the data below it
// (isHeaderRow), or that names the columns under a row of groups
// (isGroupRow), when every row above it, or above the groups, is blank or
// far narrower (a title, a date range, a line of notes); else 0, as for a
// file whose header, or first row of data, is its first row.
func detectHeaderRow(rows [][]Cell) int {
	for h := 0; h < len(rows) && h < MaxHeaderRow; h++ {
		header, names := rows[h], h
		if isGroupRow(rows, h) {
			header, names = joinedRow(rows[h], rows[h+1]), h+1
		} else if !isHeaderRow(rows, h) {
			continue
		}
		width := filledCount(header)
		for _, r := range rows[:h] {
			if n := filledCount(r); n > max(1, width/2) {
				return 0
			}
		}
		return names
	}
	return 0
}

// isHeaderRow reports whether row h names the columns of the data below
// (headerOver).
func isHeaderRow(rows [][]Cell, h int) bool {
	return headerOver(rows[h], rows[h+1:])
}

// headerOver reports whether header names the columns of the rows of body:
// two cells of text or more and none that reads as a value, at least as
// many filled cells as most rows of body have, and most of those rows hold
// a number or a date. A blank header cell left of its first name, over
// the first column body fills, counts as filled: it is the corner over a
// column of row numbers, as pandas writes its index.
func headerOver(header []Cell, body [][]Cell) bool {
	width := filledCount(header)
	if width < 2 || !looksLikeHeader(header) {
		return false
	}
	width += blankCorner(header, body)
	widths := map[int]int{}
	rows, data, common := 0, 0, 0
	for _, row := range body {
		n := filledCount(row)
		if n == 0 {
			continue
		}
		if slices.ContainsFunc(row, func(c Cell) bool { return importFilled(c) && readsAsValue(c) }) {
			data++
		}
		widths[n]++
		if widths[n] > widths[common] || widths[n] == widths[common] && n > common {
			common = n
		}
		if rows++; rows == headerBodyRows {
			break
		}
	}
	return 2*data > rows && width >= common
}

// blankCorner is 1 when the first rows of body, blank ones aside, start
// one column left of header's first filled cell, else 0: a corner of more
// columns is more likely a line of notes, set to the right, than a header.
func blankCorner(header []Cell, body [][]Cell) int {
	first := slices.IndexFunc(header, importFilled)
	left, rows := first, 0
	for _, row := range body {
		i := slices.IndexFunc(row, importFilled)
		if i < 0 {
			continue
		}
		left = min(left, i)
		if rows++; rows == headerBodyRows {
			break
		}
	}
	if first-left == 1 {
		return 1
	}
	return 0
}

// filledCount is how many cells of row hold something.
func filledCount(row []Cell) int {
	n := 0
	for _, c := range row {
		if importFilled(c) {
			n++
		}
	}
	return n
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
	return readsAsDate(text)
}

// readsAsDate reports whether text reads as a date in some order: day
// first, or with a two-digit year first (23/1/5), which PlanImport reads
// when the column writes its years so (notation.DetectYearFirst), or as
// an ISO week with its year (2024 W13, 2024年第13周).
func readsAsDate(text string) bool {
	if _, ok := notation.ReadWeek(text); ok {
		return true
	}
	if _, _, ok := notation.ReadDate(text, notation.DayFirst); ok {
		return true
	}
	_, _, ok := notation.ReadDate(text, notation.YearFirst)
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

// numberWeight is how surely c is a number: 1 for a workbook number or
// text that reads as one in either decimal format, ½ for a number with a
// unit after it ("120 pcs"), which a goal's title may be too ("2026
// Sales"), 0 for anything else. The goal column is the one least often a
// number, so a column of quantities with units still loses to a column of
// words, and a column of titles that start with a year to a column of
// plain numbers. A formula's error (#N/A) stands where its number would:
// a value column of errors is no list of goals.
func numberWeight(c Cell) float64 {
	s := app.NormalizeNumber(c.Text)
	switch {
	case c.Kind == CellNumber || readsAsNumber(s) || isFormulaError(s):
		return 1
	case isNumberCell(c):
		return 0.5
	}
	return 0
}

// isFormulaError reports whether s is a spreadsheet's error value where a
// formula's result would be: Excel's #N/A, #DIV/0!, #REF!… and
// LibreOffice's Err:502.
func isFormulaError(s string) bool {
	s = strings.ToUpper(strings.TrimSpace(s))
	if rest, ok := strings.CutPrefix(s, "ERR:"); ok {
		return rest != "" && onlyDigits(rest)
	}
	switch s {
	case "#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA",
		"#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!":
		return true
	}
	return false
}

// oneUnit reports whether the numbers with a unit in column col, below
// the header and in the first rows, are at least two and all in one unit
// ("1.200 kg", "900 kg"): quantities, where titles that start with a
// number differ in their word ("2026 Sales", "2026 Costs").
func oneUnit(t Table, col int) bool {
	units := map[string]int{}
	for r := headerRows(t); r < len(t.Rows) && r < guessRows; r++ {
		s := app.NormalizeNumber(t.Cell(r, col).Text)
		for _, f := range []notation.NumberFormat{{}, {DecimalComma: true}} {
			if _, unit, ok := notation.ReadNumberUnit(s, f); ok {
				units[strings.ToLower(unit)]++
				break
			}
		}
	}
	return len(units) == 1 && maxCount(units) >= 2
}

// maxCount is the largest count of m.
func maxCount(m map[string]int) int {
	n := 0
	for _, c := range m {
		n = max(n, c)
	}
	return n
}

// readsAsNumber reports whether s reads as a number without a unit, in
// either decimal format.
func readsAsNumber(s string) bool {
	_, point := notation.ReadNumber(s, notation.NumberFormat{})
	_, comma := notation.ReadNumber(s, notation.NumberFormat{DecimalComma: true})
	return point || comma
}

// isNumberCell reports whether c is a workbook number, or text that reads
// as a number, a unit after it or not ("120 pcs"), in either decimal
// format.
func isNumberCell(c Cell) bool {
	if c.Kind == CellNumber {
		return true
	}
	s := app.NormalizeNumber(c.Text)
	_, point := readQuantity(s, notation.NumberFormat{})
	_, comma := readQuantity(s, notation.NumberFormat{DecimalComma: true})
	return point || comma
}
