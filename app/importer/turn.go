package importer

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"pacer/app/notation"
)

// The header cells TurnMonths writes over the columns it makes: the UI
// names them in the user's language.
const (
	TurnedMonthHeader = "Month"
	TurnedBlockHeader = "Block"
)

// Turned says how TurnMonths turned a table whose months ran across its
// columns, so that what an import says points at the file as it is.
type Turned struct {
	// Original is the table as the file holds it.
	Original Table
	// MonthsRow is the original's row of months, 1-based, and Months
	// their headers as it writes them, in order ("1月", "Jan-23").
	MonthsRow int
	Months    []string
	// Rows is, by column of the turned table, the original row, 1-based,
	// that column was; 0 for the month and block columns.
	Rows []int
	// RowMonths is, by row of the turned table, the header of the month
	// it was ("3月", "预算 · 3月"), and MonthColumns its original column,
	// 0-based; "" and -1 for the header rows.
	RowMonths    []string
	MonthColumns []int
	// BlockColumn is the column of the blocks' labels (实际, 预算) when
	// groups stand over the months (MonthBlocks), else -1.
	BlockColumn int
	// Year is the year given to months that name none (1月, Jan), read
	// from YearText, a cell of the sheet above them ("2023年销售月报");
	// 0 when they name theirs. NoYear is true when they name none and
	// the sheet does not say it either: they are read as any yearless
	// month is.
	Year     int
	YearText string
	NoYear   bool
	// GroupYears is true when groups over the months name their years
	// (2022 | 2023 over 1月 to 12月 twice): each month without a year
	// takes its group's.
	GroupYears bool
	// Split is, by column of the turned table whose original row of a
	// text file has more filled cells than the row of months, the
	// original column, 0-based, from which its cells moved on: the first
	// cell of a number split at its thousands separator (1 | 200 of an
	// unquoted 1,200), else its first month (findSplits). SplitWidth is
	// the row of months' width.
	Split      map[int]int
	SplitWidth int
	// HiddenColumns are the columns that were rows the workbook hides.
	HiddenColumns []int
	// HiddenMonths are the rows, 0-based and sorted, that were month
	// columns the workbook hides (last year's months beside this year's):
	// left out as its hidden rows are, unless Mapping.KeepHidden.
	HiddenMonths []int
	// RepeatedMonths are those of HiddenMonths that read as a month the
	// workbook shows (last year's 1月 beside this year's, with no year of
	// its own): read, their values would be added onto that month's.
	RepeatedMonths []int
	// Totals counts the original's rows of totals (合计), left out as the
	// rows they add up are imported; TotalLabel is the first's label.
	Totals     int
	TotalLabel string
}

// TurnMonths turns a table whose months run across its columns
// (MonthsAcross: 门店 | 1月 | 2月 | 3月) so that each month is a row and
// each row of the original, a store or a goal, a column named by its
// labels ("北京 · 销售额" under two label columns), as Paste Special
// with Transpose would, and the wide layout reads it. Columns that are
// no months (合计, Total) and rows of totals are left out; groups over
// the months (实际 | 预算) become a column of blocks (FindBlocks); months
// without a year get the year the sheet names above them. The turned
// table's Turned says where each cell came from; false when t has no
// row of months with labels left of them. Columns the workbook hides name
// no row and give no year; hidden months are kept in Turned.HiddenMonths.
func TurnMonths(t Table) (Table, bool) {
	r, cols := monthsRow(t)
	if r < 0 || cols[0] == 0 || t.Turned != nil || !monthHeaders(t, r, cols) {
		return t, false
	}
	tu := turner{t: t, r: r, months: cols, labels: cols[0], shown: nameColumns(t, r, cols[0])}
	tu.findYear()
	tu.pickRows()
	if len(tu.rows) == 0 {
		return t, false
	}
	return tu.turn(), true
}

// monthHeaders reports whether the cells cols of row r head months, not
// a row of data whose date columns (下单日期, 发货日期, 收货日期) hold
// three days: each names a month, or is a date cell on a month's first
// day, and none the workbook shows comes twice but in blocks (实际 | 预算
// over the same): last year's months hidden beside this year's are
// hidden months, no second set.
func monthHeaders(t Table, r int, cols []int) bool {
	seen := map[string]bool{}
	for _, c := range cols {
		cell := t.Rows[r][c]
		text := importCellText(cell)
		if !namesMonth(text) {
			d, ok := notation.DateFromSerial(cell.Number)
			if cell.Kind != CellDate || !ok || d.Day() != 1 {
				return false
			}
		}
		if t.HiddenColumn(c) {
			continue
		}
		if seen[text] && MonthBlocks(t) == nil {
			return false
		}
		seen[text] = true
	}
	return true
}

// turner holds the work of one TurnMonths.
type turner struct {
	t      Table
	r      int   // the row of months
	months []int // their columns
	labels int   // the columns left of them
	// shown are the label columns the workbook shows, which name the
	// rows: a hidden one (a code beside the store's name) is not seen.
	shown  []int
	blocks bool
	// rows are the original rows turned into columns, names their
	// labels, one a label column, filled down where blank.
	rows  []int
	names [][]string
	info  Turned
}

// pickRows chooses the rows below the months that become columns: those
// that hold something, rows of totals aside.
func (tu *turner) pickRows() {
	above := make([]string, len(tu.shown))
	for i := tu.r + 1; i < len(tu.t.Rows); i++ {
		row := tu.t.Rows[i]
		if importBlankRow(row) {
			continue
		}
		names := make([]string, len(tu.shown))
		for c := range names {
			names[c] = importCellText(rowCell(row, tu.shown[c]))
			if names[c] == "" && c < len(names)-1 {
				names[c] = above[c] // a label merged down, as CSV writes it
			}
		}
		if total := tu.turnedTotal(i, names); total != "" {
			if tu.info.Totals++; tu.info.Totals == 1 {
				tu.info.TotalLabel = total
			}
			continue
		}
		copy(above, names)
		tu.rows, tu.names = append(tu.rows, i), append(tu.names, names)
	}
}

// turn builds the turned table.
func (tu *turner) turn() Table {
	t := tu.t
	out := Table{Encoding: t.Encoding, Separator: t.Separator, Sheet: t.Sheet, Sheets: t.Sheets, Hidden: t.Hidden}
	info := &tu.info
	info.Original, info.MonthsRow, info.BlockColumn = t, tu.r+1, -1
	for _, c := range tu.months {
		info.Months = append(info.Months, importCellText(t.Rows[tu.r][c]))
	}
	first := 1
	if tu.r > 0 && MonthBlocks(t) != nil {
		tu.blocks, info.BlockColumn, first = true, 1, 2
	}
	info.Rows = make([]int, first, first+len(tu.rows))
	for j, i := range tu.rows {
		info.Rows = append(info.Rows, i+1)
		if t.HiddenRow(i) {
			info.HiddenColumns = append(info.HiddenColumns, first+j)
		}
	}
	tu.findSplits(first)
	out.Rows = tu.headerRows(first)
	for range out.Rows {
		info.RowMonths, info.MonthColumns = append(info.RowMonths, ""), append(info.MonthColumns, -1)
	}
	for _, c := range tu.months {
		if t.HiddenColumn(c) {
			info.HiddenMonths = append(info.HiddenMonths, len(out.Rows))
		}
		out.Rows = append(out.Rows, tu.monthRow(c))
		info.RowMonths, info.MonthColumns = append(info.RowMonths, tu.monthName(c)), append(info.MonthColumns, c)
	}
	info.RepeatedMonths = repeatedMonths(out.Rows, info.HiddenMonths, first)
	out.Columns = len(info.Rows)
	out.setHeaderRow(len(out.Rows) - len(tu.months) - 1)
	if !out.HasHeader { // a store named by a number (101) is a name all the same
		out.HasHeader, out.Header = true, headerNames(out.Rows[out.HeaderRow])
	}
	out.Turned = info
	return out
}

// repeatedMonths are the hidden rows of a turned table, 0-based, whose
// month, and block in the first columns, a row not hidden has too.
func repeatedMonths(rows [][]Cell, hidden []int, first int) []int {
	key := func(r int) string {
		var parts []string
		for _, c := range rows[r][:first] {
			parts = append(parts, importCellText(c))
		}
		return strings.Join(parts, "\x00")
	}
	shown := map[string]bool{}
	for r := range rows {
		if !slices.Contains(hidden, r) {
			shown[key(r)] = true
		}
	}
	var repeated []int
	for _, r := range hidden {
		if shown[key(r)] {
			repeated = append(repeated, r)
		}
	}
	return repeated
}

// headerRows are the turned table's header: one row of the rows' names,
// or two under several label columns, the last label under the others
// joined as a group (北京 over 销售额 and 客流), written once a group as a
// merged cell shows it; joined into one row ("北京 · 销售额") when they do
// not read as groups.
func (tu *turner) headerRows(first int) [][]Cell {
	top, names, joined := make([]Cell, first), make([]Cell, first), make([]Cell, first)
	names[0], joined[0] = Cell{Text: TurnedMonthHeader}, Cell{Text: TurnedMonthHeader}
	if first == 2 {
		names[1], joined[1] = Cell{Text: TurnedBlockHeader}, Cell{Text: TurnedBlockHeader}
	}
	prev := ""
	for _, n := range tu.names {
		group, name := strings.Join(nonBlank(n[:len(n)-1]), groupSeparator), n[len(n)-1]
		joined = append(joined, Cell{Text: strings.Join(nonBlank(n), groupSeparator)})
		names = append(names, Cell{Text: name})
		if group == prev {
			group = ""
		} else {
			prev = group
		}
		top = append(top, Cell{Text: group})
	}
	if len(tu.shown) < 2 {
		return [][]Cell{joined}
	}
	rows := [][]Cell{top, names}
	for _, c := range tu.months[:min(len(tu.months), headerBodyRows)] {
		rows = append(rows, tu.monthRow(c))
	}
	if isGroupRow(rows, 0) {
		return rows[:2]
	}
	return [][]Cell{joined}
}

// nonBlank is texts without the empty ones.
func nonBlank(texts []string) []string {
	var out []string
	for _, s := range texts {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

// monthRow is the turned row of the month in column c: its month, its
// block's label, and each row's value in that column.
func (tu *turner) monthRow(c int) []Cell {
	t, year := tu.t, tu.info.Year
	var block string
	if tu.blocks {
		block = groupOver(t.Rows[tu.r-1], t.Rows[tu.r], c)
	}
	if y := textYear(block); y != 0 && yearlessMonth(importCellText(t.Rows[tu.r][c])) > 0 {
		year, tu.info.GroupYears = y, true
	}
	row := []Cell{tu.monthCell(t.Rows[tu.r][c], year)}
	if tu.blocks {
		row = append(row, Cell{Text: block})
	}
	for _, i := range tu.rows {
		row = append(row, t.Cell(i, c))
	}
	return row
}

// monthName is the header of the month in column c as the file shows
// it, after its block's label: "3月", "预算 · 3月".
func (tu *turner) monthName(c int) string {
	head := importCellText(tu.t.Rows[tu.r][c])
	if !tu.blocks {
		return head
	}
	if block := groupOver(tu.t.Rows[tu.r-1], tu.t.Rows[tu.r], c); block != "" {
		return block + groupSeparator + head
	}
	return head
}

// monthCell is the date cell of a month header: as it is when it names
// its year (2023年1月, Jan-23), else the month of the sheet's year
// ("2023-01"); with no year found, as it is too. A date cell is its
// month, though it shows its first day (2023/1/1): it heads a month.
func (tu *turner) monthCell(c Cell, year int) Cell {
	if d, ok := notation.DateFromSerial(c.Number); ok && c.Kind == CellDate {
		return Cell{Text: fmt.Sprintf("%04d-%02d", d.Year(), int(d.Month()))}
	}
	if c.Kind != CellText {
		return c
	}
	m := yearlessMonth(importCellText(c))
	switch {
	case m == 0:
		return c
	case year == 0:
		tu.info.NoYear = true
		return c
	}
	return Cell{Text: fmt.Sprintf("%04d-%02d", year, m)}
}

// yearlessMonth is the month, 1 to 12, that text names without a year
// (1月, 01月份, 一月, Jan, März); 0 for any other text.
func yearlessMonth(text string) int {
	if n, ok := strings.CutSuffix(strings.TrimSuffix(text, "份"), "月"); ok {
		if i := chineseMonthNumber(n); i > 0 {
			return i
		}
		if len(n) <= 2 && n != "" && allDigits(n) && atoiMonth(n) >= 1 && atoiMonth(n) <= 12 {
			return atoiMonth(n)
		}
		return 0
	}
	if strings.IndexFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && r != '.' }) >= 0 {
		return 0
	}
	d, p, ok := notation.ReadDate(text+" 2000", notation.DayFirst)
	if !ok || p != notation.PrecisionMonth {
		return 0
	}
	return int(d.Month())
}

// chineseMonthNumbers are the months written in Chinese numerals, in order.
var chineseMonthNumbers = []string{"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"}

// chineseMonthNumber is the month n names in Chinese numerals, 0 when none.
func chineseMonthNumber(n string) int {
	for i, s := range chineseMonthNumbers {
		if s == n {
			return i + 1
		}
	}
	return 0
}

// yearPattern finds a year of this century or the last in a text,
// not inside a longer number: 2023年销售月报, Sales 2023, FY2023.
var yearPattern = regexp.MustCompile(`(?:^|[^0-9])((?:19|20)[0-9]{2})(?:[^0-9]|$)`)

// findYear reads the year the sheet names above its months, or left of
// them in their row: the first cell that holds one, a title, a year
// cell or a block's label (2023年实际). A date cell is passed over: a
// report's date is no year of its months; so is a cell the workbook
// hides, as last year's months hidden beside this year's.
func (tu *turner) findYear() {
	for i := 0; i <= tu.r; i++ {
		row := tu.t.Rows[i]
		if i == tu.r {
			row = row[:min(len(row), tu.labels)]
		}
		for col, c := range row {
			if c.Kind == CellDate || tu.t.HiddenColumn(col) {
				continue
			}
			if y := textYear(importCellText(c)); y != 0 {
				tu.info.Year, tu.info.YearText = y, importCellText(c)
				return
			}
		}
	}
}

// textYear is the first year text names (yearPattern), 0 when none.
func textYear(text string) int {
	m := yearPattern.FindStringSubmatch(text)
	if m == nil {
		return 0
	}
	y, _ := strconv.Atoi(m[1])
	return y
}
