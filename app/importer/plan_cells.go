package importer

import (
	"strconv"
	"strings"

	"pacer/app"
	"pacer/app/notation"
)

// date reads the date cell of row n, rejecting the row when it does not
// hold one.
func (pl *importPlanner) date(c Cell, n int) (rowDate, bool) {
	rd, e := pl.readDateKept(c)
	if e != nil {
		pl.reject(n, pl.m.DateColumn, 0, e)
		return rowDate{}, false
	}
	pl.steps.note(rd)
	return rd, true
}

// readDate reads a date cell, or says why it holds no date.
func (pl *importPlanner) readDate(c Cell) (rowDate, *app.Error) {
	text := importCellText(c)
	if text == "" && (c.Kind == CellText || c.Kind == CellFormula) {
		return rowDate{}, importMissing(c, msgImportNoDate)
	}
	if e := pl.dotMonth(c, text); e != nil {
		return rowDate{}, e
	}
	if rd, ok := pl.periodKeyDate(text); ok && c.Kind != CellDate {
		return rd, nil
	}
	d, prec, ok := pl.dateCell(c, text)
	if !ok && pl.yearDoubt {
		if first, last, either := notation.ShortYearEither(text, pl.order); either {
			return rowDate{}, notation.ImportError(msgImportShortYear, nil, "Text", text,
				"First", first.String(), "Last", last.String())
		}
	}
	if !ok {
		d, prec, ok = notation.ReadDate(text, pl.order)
	}
	if !ok {
		return rowDate{}, badDate(c, text)
	}
	rd := rowDate{first: d.DayNumber(), last: d.DayNumber(), prec: prec, text: text}
	switch prec {
	case notation.PrecisionDay:
		rd.clock = dayClock(c, text)
	case notation.PrecisionMonth:
		rd.first = d.DayNumber() - d.Day() + 1
	default:
		p := fiscalPeriodOf(d, prec)
		rd.first, rd.last = pl.cal.FirstDay(p), pl.cal.LastDay(p)
		pl.noteFiscalPeriod(rd, p.Cadence)
	}
	return rd, nil
}

// fiscalPeriodOf is the period of the key that the calendar quarter, half
// or year ending on d has, which PlanImport reads as the fiscal period of
// that key, as Pacer writes keys and names fiscal years.
func fiscalPeriodOf(d app.Date, prec notation.DatePrecision) app.Period {
	switch prec {
	case notation.PrecisionQuarter:
		return app.Period{Cadence: app.CadenceQuarter, Year: d.Year(), Index: (int(d.Month()) + 2) / 3}
	case notation.PrecisionHalf:
		return app.Period{Cadence: app.CadenceHalf, Year: d.Year(), Index: (int(d.Month()) + 5) / 6}
	}
	return app.Period{Cadence: app.CadenceYear, Year: d.Year(), Index: 1}
}

// noteFiscalPeriod keeps the first quarter, half or labelled fiscal year
// read as a fiscal one whose days are not the calendar's
// (ImportPlan.FiscalPeriod).
func (pl *importPlanner) noteFiscalPeriod(rd rowDate, c app.Cadence) {
	if pl.plan.FiscalPeriod != "" || pl.cal.FirstDay(app.Period{Cadence: app.CadenceYear, Year: 2000, Index: 1}) == app.NewDate(2000, 1, 1).DayNumber() {
		return
	}
	pl.plan.FiscalPeriod, pl.plan.FiscalCadence, pl.plan.FiscalNamed = rd.text, c, notation.FiscalLabel(rd.text)
	pl.plan.FiscalPeriodFrom, pl.plan.FiscalPeriodThrough = app.DateOfDayNumber(rd.first), app.DateOfDayNumber(rd.last)
}

// badDate is why text, of date cell c, is no date: an accounting period
// that is no month (2023年第13期) is told apart from text of no date.
func badDate(c Cell, text string) *app.Error {
	if year, period, ok := notation.AccountingPeriod(text); ok {
		return notation.ImportError(msgImportAdjustPeriod, nil, "Text", text,
			"Period", strconv.Itoa(period), "Year", strconv.Itoa(year))
	}
	return importCellError(notation.MsgImportBadDate, c)
}

// shortYears sets where the date column of t writes a two-digit year
// (notation.DetectYearFirst), from all its rows below the header: order
// is YearFirst when first, and yearDoubt set when its dates cannot tell,
// so that a date that reads as two days is refused rather than guessed.
func (pl *importPlanner) shortYears(t Table) {
	var col notation.YearColumn
	for i := range t.Rows {
		if c := t.Cell(i, pl.m.DateColumn); c.Kind != CellDate && (i > pl.m.HeaderRow || i == pl.m.HeaderRow && !pl.m.SkipHeader) {
			col.Add(importCellText(c))
		}
	}
	first, doubt := col.YearFirst()
	pl.order, pl.yearDoubt = pl.m.DayMonth, doubt
	if first {
		pl.order = notation.YearFirst
	}
}

// dateCell reads a workbook date cell c shown as text; ok is false for any
// other cell (a plain number, 2023 or 20230131, is read as text).
func (pl *importPlanner) dateCell(c Cell, text string) (app.Date, notation.DatePrecision, bool) {
	if c.Kind != CellDate {
		return app.Date{}, notation.PrecisionDay, false
	}
	d, ok := notation.DateFromSerial(c.Number)
	// A date cell shown as its month ("2026年1月", "Jan 2026") stands for
	// the month, as the same text in a CSV file does.
	if md, p, mok := notation.ReadDate(text, pl.m.DayMonth); ok && mok && p == notation.PrecisionMonth &&
		md.Year() == d.Year() && md.Month() == d.Month() {
		return md, p, true
	}
	return d, notation.PrecisionDay, ok
}

// periodKeyDate reads a week, half-year or year written as Pacer writes
// its period keys ("2024-W02", "2024-H1", "2024"), as its own exports
// name a weekly, half-yearly or yearly goal's check-ins, and an ISO week
// as reports write it (2024 W13, W13 2024, 2024年第13周: notation.ReadWeek):
// the row stands for the period's days, in the fiscal calendar for halves
// and years.
// Months and quarters are left to ReadDate, which reads their keys too,
// as it reads halves and fiscal years written otherwise (H1 2024,
// FY2024).
func (pl *importPlanner) periodKeyDate(text string) (rowDate, bool) {
	text = strings.TrimSpace(text)
	if p, ok := notation.ReadWeek(text); ok {
		return rowDate{first: pl.cal.FirstDay(p), last: pl.cal.LastDay(p), prec: notation.PrecisionDay, text: text}, true
	}
	if !periodKeyShaped(text) {
		return rowDate{}, false // most dates: no key to parse, nor error to build, a row
	}
	p, err := app.ParsePeriodKey(text)
	if err != nil || p.Key() != text || (p.Cadence != app.CadenceWeek && p.Cadence != app.CadenceHalf && p.Cadence != app.CadenceYear) {
		return rowDate{}, false
	}
	return rowDate{first: pl.cal.FirstDay(p), last: pl.cal.LastDay(p), prec: notation.PrecisionDay, text: text}, true
}

// periodKeyShaped reports whether text has the shape of a year key
// (2024) or of a week or half key (2024-W02, 2024-H1), the only keys
// periodKeyDate reads. ParsePeriodKey builds an error for every text it
// refuses: asked of each date of a million-row file it took the import
// from 1.5 to 2.3 s and 240 MB more.
func periodKeyShaped(text string) bool {
	switch {
	case len(text) == 4:
		return strings.Trim(text, "0123456789") == ""
	case len(text) >= 7 && len(text) <= 8 && text[4] == '-':
		return text[5] == 'W' || text[5] == 'H'
	}
	return false
}

// valueCell is the value cell at row i, column col of t: empty when it
// shows a merged cell whose first row is above, so that a merged amount
// counts once, in its first row, as SUM counts it.
func valueCell(t Table, i, col int) Cell {
	if c := t.Cell(i, col); !c.Merged {
		return c
	}
	return Cell{}
}

// importMissing is the error for the empty cell c, with msg saying what is
// missing, unless c holds a formula whose result the file did not save.
func importMissing(c Cell, msg string) *app.Error {
	if c.Kind == CellFormula {
		return notation.ImportError(msgImportFormula, nil)
	}
	return notation.ImportError(msg, nil)
}

// number reads a value cell: a workbook number exactly (times 100 when
// its format shows it in percent, so that 8% reads as 8), text with
// ParseNumber or, for what only exports write ("$ -" for zero, "1,200-"),
// ReadExportedNumber, or for an exponent without its sign, as Java writes
// doubles (1.5E7), ReadBareExponent, or for a number with a unit after it
// ("1.200 kg", "35 件") ReadNumberUnit; unit is that unit, "" for any
// other cell. A workbook cell shown as a time, a duration or a date is
// refused (timeOrDate).
func (pl *importPlanner) number(c Cell, text string) (v float64, unit string, e *app.Error) {
	if e := timeOrDate(c, text); e != nil {
		return 0, "", e
	}
	if c.Kind != CellText {
		if c.Percent {
			return c.Number * 100, "", nil
		}
		if v, ok := pl.shownMagnitude(c, text); ok {
			return v, "", nil
		}
		return c.Number, "", nil
	}
	if v, ok := plainDecimal(text, pl.m.NumberFormat.DecimalComma); ok {
		return v, "", nil
	}
	v, err := notation.ParseNumber(text, pl.m.NumberFormat)
	if err == nil {
		return v, "", nil
	}
	if v, ok := notation.ReadExportedNumber(text, pl.m.NumberFormat); ok {
		return v, "", nil
	}
	if v, ok := notation.ReadBareExponent(text, pl.m.NumberFormat); ok {
		return v, "", nil // a value column holds numbers: 1.5E7 is no code here
	}
	if v, unit, ok := notation.ReadNumberUnit(app.NormalizeNumber(text), pl.m.NumberFormat); ok {
		return v, unit, nil
	}
	switch strings.ToLower(strings.TrimLeft(text, "+-")) {
	case "nan", "inf", "infinity", "∞":
		return 0, "", importCellError(msgImportNotFinite, c)
	}
	if strings.HasPrefix(text, "#") || isFormulaError(text) { // #DIV/0!, #N/A, Err:502
		return 0, "", importCellError(msgImportNotFinite, c)
	}
	if pl.lostSign(text) {
		return 0, "", notation.ImportError(msgImportLostSign, err, "Text", text)
	}
	return 0, "", notation.ImportError(msgImportBadNumber, err, "Text", text, "Example", pl.m.NumberFormat.Example())
}

// shownMagnitude is the value a workbook number cell shows when its
// format writes a magnitude after the number as text (0.00"万元" shows
// 12.34 as 12.34万元, which is 123,400): the cell's number moved by the
// magnitude's digits, exactly, even where the format rounds what it
// shows (12.3万元). ok is false for any other cell, and for one whose
// format divides what it shows (Scaled), whose number is the whole amount.
func (pl *importPlanner) shownMagnitude(c Cell, text string) (float64, bool) {
	k := notation.Magnitude(text)
	if k == 0 || c.Scaled {
		return 0, false
	}
	if _, err := notation.ParseNumber(text, pl.m.NumberFormat); err != nil {
		return 0, false
	}
	v, err := strconv.ParseFloat(strconv.FormatFloat(c.Number, 'g', -1, 64)+"e"+strconv.Itoa(k), 64)
	if err != nil || !app.IsFinite(v) {
		return 0, false
	}
	return v, true
}

// lostSign reports whether text reads as a number once its question marks
// are dropped: a sign the file's encoding has no character for, which a
// program saving it writes as ?, as LibreOffice writes ¥1,234.50 into a
// GBK file as ?1,234.50. Pacer does not guess what the sign was.
func (pl *importPlanner) lostSign(text string) bool {
	rest := strings.ReplaceAll(text, "?", "")
	if rest == text || strings.TrimSpace(rest) == "" {
		return false
	}
	if _, err := notation.ParseNumber(rest, pl.m.NumberFormat); err == nil {
		return true
	}
	_, ok := notation.ReadExportedNumber(rest, pl.m.NumberFormat)
	return ok
}

// plainDecimal reads the commonest value cell, digits with at most one
// decimal separator (1234.56, or 1234,56 with a decimal comma), as
// ParseNumber reads it, without its normalising and undecorating: a fifth
// of a million-row import went there. ok is false for anything else.
func plainDecimal(s string, decimalComma bool) (float64, bool) {
	dec := byte('.')
	if decimalComma {
		dec = ','
	}
	at := -1
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
		case c == dec && at < 0 && i > 0 && i < len(s)-1:
			at = i
		default:
			return 0, false
		}
	}
	if len(s) == 0 || len(s) > 30 {
		return 0, false
	}
	if at >= 0 && decimalComma {
		s = s[:at] + "." + s[at+1:]
	}
	v, err := strconv.ParseFloat(s, 64)
	return v, err == nil
}

// headerWidth is the number of columns up to the header's last filled cell
// in a text file with a header: a row with a filled cell beyond them was
// split where it should not have been (2023-01-31,Sales,1,200), and its
// cells may be out of their columns. In a text file without one, it is
// the number most rows fill (commonWidth). It is 0, no check, for a
// workbook, whose cells keep their columns whatever notes sit beside the table.
func headerWidth(t Table, m Mapping) int {
	switch {
	case t.Separator == 0 || m.HeaderRow >= len(t.Rows):
		return 0
	case !m.SkipHeader:
		return commonWidth(t, m.HeaderRow)
	}
	return filledWidth(t.Rows[m.HeaderRow])
}

// paddedWidth is the number of fields of a text file's header line when
// they are more than width, its filled columns: a spreadsheet pads every
// line to the sheet's width, the header's under a title merged across
// two columns ("日期","收入",,"支出",) as any other, and quotes a cell
// holding the separator. A row of no more fields than such a header line
// was not split at a thousands separator. It is 0 for any other file.
func paddedWidth(t Table, m Mapping, width int) int {
	if width == 0 || !m.SkipHeader || len(t.Rows[m.HeaderRow]) <= width {
		return 0
	}
	return len(t.Rows[m.HeaderRow])
}

// filledWidth is the number of columns of row up to its last filled cell.
func filledWidth(row []Cell) int {
	for n := len(row); n > 0; n-- {
		if importFilled(row[n-1]) {
			return n
		}
	}
	return 0
}

// commonWidth is the filledWidth most rows of t have from row first on,
// the smaller of two as common.
func commonWidth(t Table, first int) int {
	counts := map[int]int{}
	best := 0
	for _, row := range t.Rows[first:] {
		n := filledWidth(row)
		if n == 0 {
			continue
		}
		counts[n]++
		if counts[n] > counts[best] || counts[n] == counts[best] && n < best {
			best = n
		}
	}
	return best
}

// cutAt reports whether the value in column col of the overfull current
// row may have been cut off the cell after it: always below a header,
// whose columns say where cells belong; without one, when the cell after
// it holds the digits of a number's rest (1 | 234.50), since a row may
// also be wider than most for a note.
func (pl *importPlanner) cutAt(col int) bool {
	if pl.m.SkipHeader {
		return true
	}
	next := importCellText(pl.t.Cell(pl.cur, col+1))
	whole, frac, _ := strings.Cut(strings.Replace(next, ",", ".", 1), ".")
	return whole != "" && allDigits(whole) && allDigits(frac)
}

// allDigits reports whether s is ASCII digits only (true for "").
func allDigits(s string) bool {
	return strings.Trim(s, "0123456789") == ""
}

// overfull reports whether row i has a filled cell beyond the header's
// columns; empty ones, which the trailing separators of Excel's exports
// make, do not count. Within a header line's padding, only the rest of a
// number split at its thousands separator counts (splitInPadding).
func (pl *importPlanner) overfull(i int) bool {
	row := pl.t.Rows[i]
	if pl.width == 0 {
		return false
	}
	if len(row) <= pl.padded.width {
		return pl.splitInPadding(row)
	}
	for c := pl.width; c < len(row); c++ {
		if importFilled(row[c]) {
			return true
		}
	}
	return false
}

// extraCells is the rejection of the value cell in column col of an
// overfull row, naming it with the cell after it as the file wrote them,
// and with the further rests of the number (1,234,567) that its cells
// too many may be; in a turned
// table, the cells of the original row where it split (Turned.Split).
func (pl *importPlanner) extraCells(col int) *app.Error {
	row, at, width := pl.t.Rows[pl.cur], col, pl.width
	if tu := pl.t.Turned; tu != nil && tu.Split != nil {
		if s, ok := tu.Split[col]; ok {
			row, at, width = tu.Original.Rows[tu.Rows[col]-1], s, tu.SplitWidth
		}
	}
	sep := string(pl.t.Separator)
	text := importCellText(rowCell(row, at)) + sep + importCellText(rowCell(row, at+1))
	// As many rests as the row has cells too many: 1,200,300 may be 1,200
	// beside 300.
	for k := at + 2; k <= at+filledWidth(row)-width && k < len(row) && splitAt(row, k); k++ {
		text += sep + importCellText(row[k])
	}
	msg := msgImportExtraCells
	if !pl.m.SkipHeader {
		msg = msgImportExtraCellsNoHeader
	}
	return notation.ImportError(msg, nil, "Text", text, "Columns", strconv.Itoa(width))
}

// decimalsError says that value v, read from cell c shown as text, has
// more decimals than a goal keeps. A workbook cell whose format shows
// fewer decimals than it holds (=100/3 shown as 33.33) is said with what
// it holds, which the user cannot see in the sheet.
func decimalsError(c Cell, text string, v float64, decimals int, err error) *app.Error {
	places := strconv.Itoa(decimals)
	held := strconv.FormatFloat(v, 'f', -1, 64)
	if c.Kind == CellNumber && !c.Percent && held != strings.TrimSpace(text) {
		return notation.ImportError(msgImportDecimalsHidden, err, "Value", text, "Stored", held, "Decimals", places)
	}
	return notation.ImportError(msgImportDecimals, err, "Value", text, "Decimals", places)
}
