package importer

import (
	"cmp"
	"encoding/xml"
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
	"unsafe"

	"pacer/app/notation"
)

// errODSTooLarge is why an .ods file is refused as too large.
var errODSTooLarge = errors.New("spreadsheet too large")

// odsError is the import error of content.xml that could not be read:
// too large, or no spreadsheet.
func odsError(err error) error {
	if errors.Is(err, errODSTooLarge) {
		return notation.ImportError(msgImportTooLarge, err, "Limit", "256 MB")
	}
	return notation.ImportError(msgImportBadXLSX, err)
}

// cellSize is what a kept cell takes, its text aside, and rowSize what a
// kept row takes, its cells aside.
const (
	cellSize = int(unsafe.Sizeof(Cell{}))
	rowSize  = int(unsafe.Sizeof([]Cell(nil)))
)

// readRow reads a row of the sheet kept, up to its end. Empty cells and
// rows are counted, not made, until a cell or row with content follows,
// so that the trailing repeats Calc writes (16,384 empty columns, 1,048,576
// empty rows) cost nothing.
func (r *odsReader) readRow(el xml.StartElement) error {
	repeat := odsRepeat(el, "number-rows-repeated")
	hidden := odsHides(el) || len(r.groups) > 0 && r.groups[len(r.groups)-1]
	rowStyle := odsAttr(el, odsTableNS, "default-cell-style-name")
	var row []Cell
	empty := 0 // empty cells since the last one kept
	for {
		tok, err := r.dec.Token()
		if err != nil {
			return fmt.Errorf("read row: %w", err)
		}
		switch el := tok.(type) {
		case xml.EndElement:
			return r.addRows(row, repeat, hidden)
		case xml.StartElement:
			if el.Name.Space != odsTableNS || el.Name.Local != "table-cell" && el.Name.Local != "covered-table-cell" {
				if err := r.dec.Skip(); err != nil {
					return fmt.Errorf("read row: %w", err)
				}
				continue
			}
			c, err := r.readCell(el, len(row)+empty, rowStyle)
			if err != nil {
				return err
			}
			n := odsRepeat(el, "number-columns-repeated")
			if c == (Cell{}) {
				empty += n
				continue
			}
			r.noteMerge(el, len(row)+empty, c)
			if row, err = r.addCells(row, empty, c, n); err != nil {
				return err
			}
			empty = 0
		}
	}
}

// addCells adds empty empty cells, then n copies of c, to row.
func (r *odsReader) addCells(row []Cell, empty int, c Cell, n int) ([]Cell, error) {
	if len(row)+empty+n > odsMaxColumns {
		return nil, fmt.Errorf("%d columns: %w", len(row)+empty+n, errODSTooLarge)
	}
	if err := r.spend((empty+n)*cellSize + len(c.Text)); err != nil {
		return nil, err
	}
	row = append(row, make([]Cell, empty)...)
	for range n {
		row = append(row, c)
	}
	return row, nil
}

// addRows adds repeat copies of row, after the blank rows met before it,
// noting them among the hidden rows when hidden; an empty row is only
// counted as blank.
func (r *odsReader) addRows(row []Cell, repeat int, hidden bool) error {
	if len(row) == 0 {
		r.blank += repeat
		return nil
	}
	if len(r.t.Rows)+r.blank+repeat > odsMaxRows {
		return fmt.Errorf("%d rows: %w", len(r.t.Rows)+r.blank+repeat, errODSTooLarge)
	}
	if err := r.spend((r.blank+repeat)*rowSize + (repeat-1)*len(row)*cellSize + odsHiddenSize(hidden, repeat)); err != nil {
		return err
	}
	r.t.Rows = append(r.t.Rows, make([][]Cell, r.blank)...)
	r.blank = 0
	if hidden {
		for i := range repeat {
			r.t.HiddenRows = append(r.t.HiddenRows, len(r.t.Rows)+i)
		}
	}
	r.t.Rows = append(r.t.Rows, row)
	for range repeat - 1 {
		r.t.Rows = append(r.t.Rows, slices.Clone(row))
	}
	return nil
}

// odsHiddenSize is what noting repeat rows hidden takes.
func odsHiddenSize(hidden bool, repeat int) int {
	if !hidden {
		return 0
	}
	return repeat * int(unsafe.Sizeof(0))
}

// spend takes n bytes from the memory budget.
func (r *odsReader) spend(n int) error {
	if r.budget -= n; r.budget < 0 {
		return fmt.Errorf("cells over %d bytes: %w", odsMaxMemory, errODSTooLarge)
	}
	return nil
}

// noteMerge notes a filled cell merged over the rows below it in its one
// column, which fillMergedDown fills as the xlsx reader does.
func (r *odsReader) noteMerge(el xml.StartElement, col int, c Cell) {
	rows := odsRepeat(el, "number-rows-spanned")
	if rows > 1 && odsRepeat(el, "number-columns-spanned") == 1 && importFilled(c) {
		r.merges = append(r.merges, odsMerge{row: len(r.t.Rows) + r.blank, col: col, rows: rows})
	}
}

// odsRepeat is el's table attribute name, a count of 1 or more; it is 1
// when missing or not a count, and at most one past the sheet's bounds.
func odsRepeat(el xml.StartElement, name string) int {
	n, err := strconv.Atoi(odsAttr(el, odsTableNS, name))
	if err != nil || n < 1 {
		return 1
	}
	return min(n, odsMaxRows+1)
}

// readCell reads a cell of column col, up to its end: its text, and its
// value as the xlsx reader keeps a workbook's (xlsxCell). rowStyle is
// the row's default cell style.
func (r *odsReader) readCell(el xml.StartElement, col int, rowStyle string) (Cell, error) {
	text, err := r.readCellText()
	if err != nil {
		return Cell{}, err
	}
	c := odsCell(el, text)
	if vt := odsAttr(el, odsOfficeNS, "value-type"); c.Kind == CellNumber && (vt == "float" || vt == "currency") {
		name := cmp.Or(odsAttr(el, odsTableNS, "style-name"), rowStyle, r.formats.column(col), "Default")
		c.Scaled = r.scaled(name, c)
		c.Percent = strings.HasSuffix(strings.TrimSpace(c.Text), "%") && r.formats.percent(name, c.Number)
	}
	return c, nil
}

// scaled reports whether number cell c, of cell style name (the cell's
// own style, else its row's or its column's default one, else Default),
// shows its number divided by a power of ten: as the style's number style
// says, or, when the file does not define that style, as its text tells
// (odsScaled).
func (r *odsReader) scaled(name string, c Cell) bool {
	if scaled, known := r.formats.scaled(name, c.Number); known {
		return scaled
	}
	return odsScaled(c.Text, c.Number)
}

// odsCell makes a cell of its element's value attributes and its text.
func odsCell(el xml.StartElement, text string) Cell {
	value := odsAttr(el, odsOfficeNS, "value")
	never := func() bool { return false }
	always := func() bool { return true }
	switch odsAttr(el, odsOfficeNS, "value-type") {
	case "float", "currency":
		return xlsxCell(odsShown(text, value), value, 0, never)
	case "percentage":
		c := xlsxCell(odsShown(text, value), value, 0, never)
		c.Percent = c.Kind == CellNumber && strings.HasSuffix(strings.TrimSpace(c.Text), "%")
		return c
	case "date":
		raw := odsAttr(el, odsOfficeNS, "date-value")
		return odsSerialCell(odsShown(text, raw), raw, odsDateSerial, always)
	case "time":
		raw := odsAttr(el, odsOfficeNS, "time-value")
		return odsSerialCell(odsShown(text, raw), raw, odsTimeSerial, always)
	case "":
		if text == "" && odsAttr(el, odsTableNS, "formula") != "" {
			return Cell{Kind: CellFormula} // a formula whose result was not saved
		}
	}
	return Cell{Text: notation.PlainSheetText(odsShown(text, odsAttr(el, odsOfficeNS, "string-value")))}
}

// odsScaled reports whether text shows number n divided by a power of
// ten, as a number style with a display factor or a point written as text
// does (LibreOffice shows 1234567 as "1,235" under #,##0, and 123450 as
// "12.3450" under 0\.0000, Chinese Excel's 万): no reading of text
// (odsReadings) is n rounded, and one is n divided by 10 to 10⁹. It is the
// guess for a cell whose style the file does not define; odsStyles tells
// the others. A text showing zero (400 shown "0" in thousands) cannot
// tell; nor can a fraction or an exponent, which are no such formats.
func odsScaled(text string, n float64) bool {
	if strings.ContainsAny(text, "eE/") {
		return false
	}
	readings := odsReadings(text)
	n = math.Abs(n)
	for _, r := range readings {
		if odsRounds(n, r) {
			return false
		}
	}
	for _, r := range readings {
		for d := 10.0; d <= 1e9 && strings.Trim(r, "0.") != ""; d *= 10 {
			if odsRounds(n/d, r) {
				return true
			}
		}
	}
	return false
}

// odsReadings are the numbers text may show, as plain decimals
// ("1234.5"), whatever its locale's separators: its last point or comma
// read as the decimal one, and, when every point or comma is followed by
// three digits, all of them read as grouping ("1,235" is 1.235 or 1235).
func odsReadings(text string) []string {
	s := strings.Trim(strings.Map(func(r rune) rune {
		if '0' <= r && r <= '9' || r == '.' || r == ',' {
			return r
		}
		return -1
	}, text), ".,")
	whole := func(t string) string { // the digits of t, without leading zeros
		t = strings.TrimLeft(strings.NewReplacer(".", "", ",", "").Replace(t), "0")
		return cmp.Or(t, "0")
	}
	last := strings.LastIndexAny(s, ".,")
	if last < 0 {
		return []string{whole(s)}
	}
	out := []string{whole(s[:last]) + "." + s[last+1:]}
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '.' || r == ',' })
	if !slices.ContainsFunc(parts[1:], func(p string) bool { return len(p) != 3 }) {
		out = append(out, whole(s))
	}
	return out
}

// odsRounds reports whether reading r (odsReadings) is x rounded to r's
// places, halves away from zero, as spreadsheets round what they show.
func odsRounds(x float64, r string) bool {
	places := 0
	if i := strings.IndexByte(r, '.'); i >= 0 {
		places = len(r) - i - 1
	}
	p := math.Pow10(places)
	return strconv.FormatFloat(math.Round(x*p)/p, 'f', places, 64) == r
}

// odsShown is the cell's text, or its value when it shows none.
func odsShown(text, value string) string {
	if text == "" {
		return value
	}
	return text
}

// odsSerialCell is the cell of a date or time, whose raw value serial
// turns into an Excel serial; one it cannot is text.
func odsSerialCell(text, raw string, serial func(string) (float64, bool), isDate func() bool) Cell {
	v, ok := serial(raw)
	if !ok {
		return Cell{Text: notation.PlainSheetText(text)}
	}
	return xlsxCell(text, strconv.FormatFloat(v, 'g', -1, 64), 0, isDate)
}

// odsDateSerial is the Excel serial of an office:date-value, a date
// ("2026-01-15") or a date and time ("2026-01-15T10:30:00").
func odsDateSerial(raw string) (float64, bool) {
	if len(raw) == len("2006-01-02") {
		raw += "T00:00:00"
	}
	return isoSerial(raw)
}

// odsTimeSerial is the fraction of a day an office:time-value holds, an
// ISO 8601 duration such as PT12H30M00S, as a workbook holds a time.
func odsTimeSerial(raw string) (float64, bool) {
	s, neg := strings.CutPrefix(strings.TrimSpace(raw), "-")
	s, ok := strings.CutPrefix(s, "P")
	if !ok {
		return 0, false
	}
	days, clock, _ := strings.Cut(s, "T")
	v := 0.0
	if days != "" {
		n, err := strconv.ParseFloat(strings.TrimSuffix(days, "D"), 64)
		if err != nil || !strings.HasSuffix(days, "D") {
			return 0, false
		}
		v = n
	}
	if clock != "" {
		d, err := time.ParseDuration(strings.ToLower(clock))
		if err != nil {
			return 0, false
		}
		v += d.Hours() / 24
	}
	if neg {
		v = -v
	}
	return v, true
}
