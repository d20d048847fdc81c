package importer

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"pacer/app"
	"pacer/app/notation"
)

// MaxImportBytes is the largest file ReadTable reads: far more than a
// decade of daily rows, small enough to hold in memory twice.
const MaxImportBytes = 256 << 20

// CellKind says what a cell of an imported table holds.
type CellKind uint8

// The cell kinds. CSV and text files only have CellText; workbooks tell
// numbers apart.
const (
	CellText    CellKind = iota
	CellNumber           // an XLSX number, Cell.Number holds it exactly
	CellDate             // an XLSX number shown as a date, or an ISO 8601 date cell: Cell.Number is its Excel serial in the 1900 date system
	CellFormula          // a workbook formula whose result the file did not save: Text is empty, yet the cell is not
)

// Cell is one cell of an imported table.
type Cell struct {
	// Text is the cell as the user sees it: the field of a CSV file, or the
	// formatted value of a workbook cell ("1,234.50", "2023-01-31").
	Text string
	// Number and Kind keep a workbook's raw number, which is more exact
	// than its display: 0.08 behind "8%", 44957 behind "31/01/2023".
	Number float64
	Kind   CellKind
	// Percent is true when a workbook's number format shows Number in
	// percent (0.00%): 0.08 shown as "8%". A % in quotes or after a
	// backslash (0"%", 0.0\%) is text, shown beside the number as it is.
	Percent bool
	// Merged is true for a workbook cell that a merged cell covers below
	// its first row: it shows the first cell's content, which it holds, as
	// a date, a goal's name or a category. As a value it is empty, as
	// SUM reads it, so that a merged amount counts once.
	Merged bool
	// Scaled is true when a workbook's number format shows Number divided
	// by a power of ten, as reports under a header "(in thousands)" or
	// 销售额(万元) do (#,##0, shows 1234567 as "1,235", 0\.0000 shows
	// 123450 as "12.3450"): Number is then the whole amount, which no scale
	// of the header multiplies again.
	Scaled bool
}

// Table is the content of an imported file.
type Table struct {
	// Header is the text of row HeaderRow when HasHeader, else nil; under
	// a row of groups (isGroupRow), each name joined to its group's
	// ("收入 · 金额"), so that 金额 under 收入 and 金额 under 支出 differ.
	Header []string
	// Rows are all rows of the file, the header and any rows above it
	// included (Mapping.HeaderRow and SkipHeader say which to skip), so
	// that Rows[i] is row i+1 as Excel and WPS number it; blank lines are
	// kept as empty rows for the same reason. Rows may have different lengths.
	Rows [][]Cell
	// HeaderRow is ReadTable's guess of the row, 0-based, the table starts
	// at: 0, unless rows above a header are blank or a title or notes
	// (detectHeaderRow). HasHeader is its guess that this row names the
	// columns: it holds text and no cell that reads as a date or a number.
	HeaderRow int
	HasHeader bool
	// Columns is the length of the longest row.
	Columns int
	// Encoding names the text encoding found: "utf-8", "utf-8-bom",
	// "utf-16le", "utf-16be", "gbk", "gb18030", "big5", "windows-1252",
	// "macintosh" (Mac Roman) or "ibm858" (DOS); "xlsx" for workbooks, "ods" for OpenDocument
	// spreadsheets, "xls" for Excel 97–2003 workbooks.
	Encoding string
	// Separator is the field separator found in a text file: ',', ';', '|'
	// or '\t'.
	Separator rune
	// Sheet is the sheet read from a workbook, and Sheets all its sheets in
	// order, so that the UI can offer the others (ReadSheet); Hidden holds
	// those the workbook hides, which Excel shows in no tab.
	Sheet  string
	Sheets []string
	Hidden map[string]bool
	// HiddenRows are the rows of Rows, by index and sorted, that the
	// workbook hides: by hand, filtered out by an AutoFilter, or of zero
	// height. A list, not a flag a row, as a table may hold a million rows
	// and few are hidden; HiddenRow looks one up.
	HiddenRows []int
	// HiddenColumns are the columns, by index and sorted, that the
	// workbook hides: by hand, or of zero width. They are no column the
	// import guesses (see HiddenColumn), but may be chosen by hand.
	HiddenColumns []int
	// Turned is set on a table TurnMonths turned, to say where its cells
	// came from; nil for a table as its file holds it.
	Turned *Turned
}

// Preview is the first n rows of the table, or all of them when it has fewer.
func (t Table) Preview(n int) [][]Cell {
	return t.Rows[:max(0, min(n, len(t.Rows)))]
}

// Cell is the cell at row and column (0-based), or an empty one when the
// row is shorter.
func (t Table) Cell(row, col int) Cell {
	if row < 0 || row >= len(t.Rows) || col < 0 || col >= len(t.Rows[row]) {
		return Cell{}
	}
	return t.Rows[row][col]
}

// ReadTable reads a .csv, .txt, .xlsx, Excel 97–2003 .xls or OpenDocument
// .ods file; name is the file's name, whose extension chooses the reader.
// A file that starts like a zip archive, or like the compound file of an
// .xls (readXLS), is read as a workbook whatever its name, as an .ods one
// when it says it is one; an Excel 95 or older workbook is refused with a
// message saying how to convert it; a file named .xls that is text or a
// web page is read or refused as readMisnamedXLS says. A workbook's active sheet is read when it is visible, else
// its first visible sheet (see ReadSheet); when that sheet shows nothing,
// the first other visible one that shows something (readShownSheet). Text
// files are decoded as described at decodeText and split as at
// importSplitText. Errors are *data.Error with a message from
// ImportMessages, or the reader's error.
func ReadTable(r io.Reader, name string) (Table, error) {
	return ReadSheet(r, name, "")
}

// ReadSheet is ReadTable reading the named sheet of a workbook; with an
// empty sheet, or for a text file, it is ReadTable.
func ReadSheet(r io.Reader, name, sheet string) (Table, error) {
	b, err := readLimited(r, MaxImportBytes)
	if err != nil {
		return Table{}, fmt.Errorf("read %s: %w", name, err)
	}
	if len(b) > MaxImportBytes {
		return Table{}, notation.ImportError(msgImportTooLarge, nil, "Limit", "256 MB")
	}
	ext := strings.ToLower(filepath.Ext(name))
	var t Table
	switch {
	case isODS(b) || ext == ".ods" && bytes.HasPrefix(b, []byte("PK\x03\x04")):
		t, err = readShownSheet(readODS, b, sheet)
	case bytes.HasPrefix(b, []byte("PK\x03\x04")):
		t, err = readXLSX(b, sheet)
	case bytes.HasPrefix(b, xlsMagic):
		t, err = readShownSheet(readXLS, b, sheet)
	case ext == ".xls":
		t, err = readMisnamedXLS(b, sheet)
	case ext == ".xlsx" || ext == ".xlsm" || ext == ".ods":
		return Table{}, notation.ImportError(msgImportBadXLSX, nil)
	default:
		t, err = importReadText(b)
	}
	if err != nil {
		return Table{}, err
	}
	t.finish()
	if len(t.Rows) == 0 {
		return Table{}, notation.ImportError(msgImportEmpty, nil)
	}
	return t, nil
}

// odsMimeType is what an OpenDocument spreadsheet stores, uncompressed, as
// the first entry of its zip archive, named "mimetype".
const odsMimeType = "application/vnd.oasis.opendocument.spreadsheet"

// isODS reports whether b is an OpenDocument spreadsheet (.ods, as
// LibreOffice and WPS save): a zip archive whose first entry is its
// mimetype. ODF requires that entry first and stored, so its content
// follows the 30-byte entry header and the 8-byte name.
func isODS(b []byte) bool {
	const at = 30 + len("mimetype")
	return bytes.HasPrefix(b, []byte("PK\x03\x04")) && len(b) > at &&
		string(b[30:at]) == "mimetype" && bytes.HasPrefix(b[at:], []byte(odsMimeType))
}

// finish drops trailing blank rows, counts the columns and guesses the header.
func (t *Table) finish() {
	for len(t.Rows) > 0 && importBlankRow(t.Rows[len(t.Rows)-1]) {
		t.Rows = t.Rows[:len(t.Rows)-1]
	}
	t.HiddenRows = t.HiddenRows[:sort.SearchInts(t.HiddenRows, len(t.Rows))]
	for _, row := range t.Rows {
		t.Columns = max(t.Columns, len(row))
	}
	t.HiddenColumns = t.HiddenColumns[:sort.SearchInts(t.HiddenColumns, t.Columns)]
	if len(t.Rows) == 0 {
		return
	}
	t.setHeaderRow(detectHeaderRow(t.Rows))
}

// WithHeaderRow is t starting at row r (0-based, within the rows): the rows
// above it are left out as a title or notes, and HasHeader and Header are
// guessed from row r as ReadTable guesses them, Header naming each column
// by its group too when row r-1 groups the columns (isGroupRow).
func (t Table) WithHeaderRow(r int) Table {
	t.setHeaderRow(r)
	return t
}

func (t *Table) setHeaderRow(r int) {
	t.HeaderRow, t.Header = max(0, min(r, len(t.Rows)-1)), nil
	if len(t.Rows) == 0 {
		return
	}
	row := t.Rows[t.HeaderRow]
	t.HasHeader = looksLikeHeader(row)
	switch {
	case t.HasHeader && t.HeaderRow > 0 && isGroupRow(t.Rows, t.HeaderRow-1):
		t.Header = groupedHeader(t.Rows[t.HeaderRow-1], row)
	case t.HasHeader:
		t.Header = headerNames(row)
	}
}

// importBlankRow reports whether every cell of row is empty or spaces, or
// shows a merged cell whose first row is above.
func importBlankRow(row []Cell) bool {
	for _, c := range row {
		if !c.Merged && importFilled(c) {
			return false
		}
	}
	return true
}

// importFilled reports whether c holds something: text other than spaces,
// or a formula whose result was not saved, which is not empty either.
func importFilled(c Cell) bool {
	return c.Kind == CellFormula || strings.TrimSpace(c.Text) != ""
}

// looksLikeHeader reports whether row has text and nothing that reads as a
// date or a number.
func looksLikeHeader(row []Cell) bool {
	text := false
	for _, c := range row {
		s := strings.TrimSpace(c.Text)
		if s == "" {
			continue
		}
		if readsAsValue(c) {
			return false
		}
		text = true
	}
	return text
}

// readsAsValue reports whether the filled cell c is a workbook number or
// date, or text that reads as a date or a number. A number with a unit
// does not count: "2025 Units" is more often a header than a value, nor
// does a scale in brackets, "(€000)", which reads as an accounting -0.
func readsAsValue(c Cell) bool {
	s := strings.TrimSpace(c.Text)
	if c.Kind != CellText {
		return true
	}
	if readsAsDate(s) {
		return true
	}
	if statedScale(s) > 0 {
		return false
	}
	if _, ok := notation.ReadNumber(app.NormalizeNumber(s), notation.NumberFormat{}); ok {
		return true
	}
	_, ok := notation.ReadNumber(app.NormalizeNumber(s), notation.NumberFormat{DecimalComma: true})
	return ok
}

// readXLSX reads a sheet of a workbook (when sheet is empty, the one
// xlsxDefaultSheet picks), keeping each cell's formatted text and, for
// numbers, the raw value. Excel and WPS in Chinese save their date formats
// 2023年1月 and 2023年1月5日 as the built-in formats 57 and 31, IDs whose
// code is the locale's: excelize shows them as serials unless told the
// locale, and a month then read as its first day.
func readXLSX(b []byte, sheet string) (Table, error) {
	f, err := excelize.OpenReader(bytes.NewReader(b), excelize.Options{CultureInfo: excelize.CultureNameZhCN})
	if err != nil {
		return Table{}, notation.ImportError(msgImportBadXLSX, err)
	}
	defer f.Close()
	t := Table{Encoding: "xlsx", Sheets: f.GetSheetList(), Hidden: map[string]bool{}}
	for _, name := range t.Sheets {
		if visible, err := f.GetSheetVisible(name); err == nil && !visible {
			t.Hidden[name] = true
		}
	}
	asked := sheet
	if sheet == "" {
		sheet = xlsxDefaultSheet(f, t.Sheets)
	}
	if idx, err := f.GetSheetIndex(sheet); err != nil || idx < 0 {
		return Table{}, notation.ImportError(msgImportNoSheet, err, "Sheet", sheet)
	}
	offset, err := xlsxDateOffset(f)
	if err != nil {
		return Table{}, err
	}
	sheet, shown, err := xlsxShownRows(f, asked, sheet, t)
	if err != nil {
		return Table{}, notation.ImportError(msgImportBadXLSX, err)
	}
	t.Sheet = sheet
	raw, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
	if err != nil {
		return Table{}, notation.ImportError(msgImportBadXLSX, err)
	}
	styles := &xlsxStyles{f: f, sheet: sheet}
	t.Rows = xlsxTable(shown, raw, offset, styles.date, func() map[cellAt]bool {
		unsaved, err := xlsxUnsaved(b, sheet)
		if err != nil { // excelize read the file: read it as before
			return map[cellAt]bool{}
		}
		return unsaved
	})
	xlsxPercents(styles, t.Rows)
	xlsxScaled(styles, t.Rows)
	xlsxISODates1904(f, sheet, t.Rows, raw, offset)
	xlsxLastSecond(f, sheet, t.Rows, offset)
	xlsxFillMerged(f, b, sheet, t.Rows)
	t.HiddenRows, t.HiddenColumns = xlsxHidden(b, sheet)
	return t, nil
}

// xlsxTable makes the rows of a sheet from its formatted and raw values
// (see xlsxCell; dateStyle says whether the cell at row i, column j has a
// date format). An empty cell, or one whose raw value is 0, is a
// CellFormula, empty, when it is among the cells unsaved lists; unsaved is
// called once, when the first such cell is met.
func xlsxTable(shown, raw [][]string, offset float64, dateStyle func(i, j int) bool, unsaved func() map[cellAt]bool) [][]Cell {
	rows := make([][]Cell, len(shown))
	var lost map[cellAt]bool
	at := cellAt{}
	isDate := func() bool { return dateStyle(at.row, at.col) } // one closure, not one a cell
	for i, row := range shown {
		cells := make([]Cell, len(row))
		for j, text := range row {
			at = cellAt{i, j}
			rawText := xlsxRawAt(raw, i, j)
			cells[j] = xlsxCell(text, rawText, offset, isDate)
			if text != "" && rawText != "0" {
				continue
			}
			if lost == nil {
				lost = unsaved()
			}
			if lost[cellAt{i, j}] {
				cells[j] = Cell{Kind: CellFormula}
			}
		}
		rows[i] = cells
	}
	return rows
}

// date1904Offset is the number of days from 1900-01-00 to 1904-01-01 as
// Excel counts them: serial 0 of the 1904 date system is serial 1462 of the
// 1900 one.
const date1904Offset = 1462

// xlsxDateOffset is what turns the workbook's date serials into serials of
// the 1900 date system, which DateFromSerial reads: date1904Offset for a
// workbook in the 1904 date system (old Excel for Mac), 0 for any other.
// Excelize already formats such dates right, so only the raw serial needs it.
func xlsxDateOffset(f *excelize.File) (float64, error) {
	props, err := f.GetWorkbookProps()
	if err != nil {
		return 0, notation.ImportError(msgImportBadXLSX, err)
	}
	if props.Date1904 != nil && *props.Date1904 {
		return date1904Offset, nil
	}
	return 0, nil
}

func xlsxRawAt(raw [][]string, i, j int) string {
	if i < len(raw) && j < len(raw[i]) {
		return raw[i][j]
	}
	return ""
}

// LayoutKey fingerprints the layout of a table, so that the UI can remember
// the mapping chosen for files laid out alike: with a header, the column
// names (trimmed, case folded), in order; without one, the number of
// columns. The key is short, stable across runs and versions, and the same
// for a CSV and a workbook with the same columns.
func LayoutKey(t Table) string {
	if !t.HasHeader {
		return "cols:" + strconv.Itoa(t.Columns)
	}
	h := sha256.New()
	for _, name := range t.Header {
		h.Write([]byte(strings.ToLower(strings.TrimSpace(name))))
		h.Write([]byte{0x1f})
	}
	return "head:" + hex.EncodeToString(h.Sum(nil)[:12])
}

// importCellText is the trimmed text of a cell for messages.
func importCellText(c Cell) string {
	return strings.TrimSpace(c.Text)
}

// importCellError is a *data.Error for messages about a cell's text.
func importCellError(msg string, c Cell) *app.Error {
	return notation.ImportError(msg, nil, "Text", importCellText(c))
}
