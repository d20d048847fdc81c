package importer

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"path"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
)

// cellAt is a cell's place in a sheet: 0-based row and column.
type cellAt struct{ row, col int }

// xlsxShownRows are the rows of the named sheet of f as shown, with the
// sheet's name; when no sheet was asked for (asked is "") and the default
// one shows nothing, as a chart sheet that Excel saved the workbook on,
// or an empty sheet, they are those of the first other visible sheet of t
// that shows something.
func xlsxShownRows(f *excelize.File, asked, sheet string, t Table) (string, [][]string, error) {
	shown, err := f.GetRows(sheet)
	if err != nil || asked != "" || xlsxShowsAny(shown) {
		return sheet, shown, err
	}
	for _, other := range t.Sheets {
		if other == sheet || t.Hidden[other] {
			continue
		}
		if rows, err := f.GetRows(other); err == nil && xlsxShowsAny(rows) {
			return other, rows, nil
		}
	}
	return sheet, shown, nil
}

// xlsxShowsAny reports whether rows show any text.
func xlsxShowsAny(rows [][]string) bool {
	for _, row := range rows {
		for _, text := range row {
			if text != "" {
				return true
			}
		}
	}
	return false
}

// xlsxDefaultSheet is the sheet of f to read when none is named: the
// active one, which Excel and WPS open on, when it is visible; else the
// first visible one, since a hidden sheet tends to hold lookups or old
// data; else the first. It is "" for a workbook without sheets.
func xlsxDefaultSheet(f *excelize.File, sheets []string) string {
	visible := func(name string) bool {
		v, err := f.GetSheetVisible(name)
		return err == nil && v
	}
	if i := f.GetActiveSheetIndex(); i >= 0 && i < len(sheets) && visible(sheets[i]) {
		return sheets[i]
	}
	for _, name := range sheets {
		if visible(name) {
			return name
		}
	}
	if len(sheets) > 0 {
		return sheets[0]
	}
	return ""
}

// xlsxUnsaved lists the cells of the named sheet of workbook b that hold a
// formula whose result the file did not save: openpyxl, Apache POI,
// SheetJS and excelize write formulas so, and only a spreadsheet program
// works their results out. Excelize reads them as empty, as it does a
// formula Excel saved with an empty text result; that one is typed as
// text (t="str") and holds an empty value element, where an unsaved one
// has no value element, or an empty one and no text type (openpyxl). In
// a workbook that asks to be calculated when opened (xlsxFormulaZeros), a
// formula's saved 0 is no result either: XlsxWriter, which pandas uses,
// saves 0 for every formula it is given no result for. A sheet without
// formulas is not parsed.
func xlsxUnsaved(b []byte, sheet string) (map[cellAt]bool, error) {
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		return nil, fmt.Errorf("open workbook: %w", err)
	}
	part, err := xlsxSheetPart(zr, sheet)
	if err != nil {
		return nil, err
	}
	data, err := zipRead(zr, part)
	if err != nil {
		return nil, err
	}
	if !xlsxMayHoldFormulas(data) {
		return map[cellAt]bool{}, nil
	}
	return xlsxScanFormulas(data, xlsxFormulaZeros(zr))
}

// xlsxMayHoldFormulas reports whether sheet XML data may hold a formula
// element, <f> with or without a namespace prefix; it is much quicker than
// parsing.
func xlsxMayHoldFormulas(data []byte) bool {
	for _, s := range []string{"<f>", "<f ", "<f/", ":f>", ":f ", ":f/"} {
		if bytes.Contains(data, []byte(s)) {
			return true
		}
	}
	return false
}

// xlsxCellScan is the state of xlsxScanFormulas in a <c> element.
type xlsxCellScan struct {
	at cellAt
	// text is a text type (t="str"), formula an <f> element, value a
	// value element (<v>, or <is> for inline text), valued text in one,
	// and inValue whether the scan is in one. zero is a number cell (no
	// type, or t="n") whose value is 0.
	text, formula, value, valued, inValue, number, zero bool
}

// unsaved reports whether the cell scanned holds a formula without a
// result.
func (c *xlsxCellScan) unsaved() bool {
	return c.formula && !c.valued && !(c.text && c.value)
}

// savedZero reports whether the cell scanned holds a formula whose saved
// result is the number 0, which may be a placeholder (xlsxScanFormulas).
func (c *xlsxCellScan) savedZero() bool {
	return c.formula && c.valued && c.number && c.zero
}

// xlsxScanFormulas parses sheet XML data for xlsxUnsaved. A formula's
// saved 0 counts as no result as zeros says: in a workbook XlsxWriter
// wrote, always; in another that asks to be calculated when opened, when
// no formula of the sheet saved another result, since EPPlus, Apache POI
// and openxlsx2 set that request on workbooks whose results they did
// save, where a 0 beside other results is a real one. Cells and rows
// without a reference ("r") follow the one before, as the format allows.
func xlsxScanFormulas(data []byte, zeros formulaZeros) (map[cellAt]bool, error) {
	f := formulaScan{found: map[cellAt]bool{}, saved0: map[cellAt]bool{}}
	dec := xml.NewDecoder(bytes.NewReader(data))
	row, col := -1, -1
	var c xlsxCellScan
	for {
		tok, err := dec.RawToken()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("read sheet: %w", err)
		}
		switch el := tok.(type) {
		case xml.StartElement:
			row, col = xlsxScanStart(&c, el, row, col)
		case xml.CharData:
			if c.inValue && len(bytes.TrimSpace(el)) > 0 {
				c.valued, c.zero = true, string(bytes.TrimSpace(el)) == "0"
			}
		case xml.EndElement:
			c.inValue = false
			if el.Name.Local == "c" {
				f.take(&c)
			}
		}
	}
	if zeros == zerosArePlaceholders || zeros == zerosUnlessResults && !f.results {
		maps.Copy(f.found, f.saved0)
	}
	return f.found, nil
}

// formulaScan is what xlsxScanFormulas found: the formulas without a
// result, those whose saved result is 0, and whether one saved another.
type formulaScan struct {
	found, saved0 map[cellAt]bool
	results       bool
}

// take notes the cell just scanned.
func (f *formulaScan) take(c *xlsxCellScan) {
	switch {
	case c.unsaved():
		f.found[c.at] = true
	case c.savedZero():
		f.saved0[c.at] = true
	case c.formula && c.valued:
		f.results = true
	}
}

// xlsxScanStart takes in the start of an element of sheet XML; row and
// col are those of the last row and cell met.
func xlsxScanStart(c *xlsxCellScan, el xml.StartElement, row, col int) (int, int) {
	switch el.Name.Local {
	case "row":
		row, col = row+1, -1
		if r, err := strconv.Atoi(xmlAttrOf(el, "r")); err == nil {
			row = r - 1
		}
	case "c":
		col++
		if x, y, err := excelize.CellNameToCoordinates(xmlAttrOf(el, "r")); err == nil {
			row, col = y-1, x-1
		}
		typ := xmlAttrOf(el, "t")
		*c = xlsxCellScan{at: cellAt{row, col}, text: typ == "str", number: typ == "" || typ == "n"}
	case "f":
		c.formula = true
	case "v", "is":
		c.value, c.inValue = true, true
	}
	return row, col
}

// xmlAttrOf is the value of el's attribute named name, namespace aside,
// or "".
func xmlAttrOf(el xml.StartElement, name string) string {
	for _, a := range el.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// xlsxSheetPart is the path in the workbook's archive of the part holding
// the named sheet, found as Excel finds it: the package's relationships
// name the workbook part, whose relationships name the sheet's part by the
// ID the workbook gives the sheet.
func xlsxSheetPart(zr *zip.Reader, sheet string) (string, error) {
	book, err := xlsxBookPart(zr)
	if err != nil {
		return "", err
	}
	var wb struct {
		Sheets []struct {
			Name string `xml:"name,attr"`
			ID   string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
		} `xml:"sheets>sheet"`
	}
	if err := zipXML(zr, book, &wb); err != nil {
		return "", err
	}
	var rels xmlRels
	if err := zipXML(zr, path.Join(path.Dir(book), "_rels", path.Base(book)+".rels"), &rels); err != nil {
		return "", err
	}
	for _, s := range wb.Sheets {
		if s.Name == sheet {
			if part := rels.target(path.Dir(book), func(r xmlRel) bool { return r.ID == s.ID }); part != "" {
				return part, nil
			}
		}
	}
	return "", fmt.Errorf("no part for sheet %q", sheet)
}

// xlsxBookPart is the path in the workbook's archive of its workbook
// part, as the package's relationships name it.
func xlsxBookPart(zr *zip.Reader) (string, error) {
	var root xmlRels
	if err := zipXML(zr, "_rels/.rels", &root); err != nil {
		return "", err
	}
	book := root.target("/", func(r xmlRel) bool { return strings.HasSuffix(r.Type, "/officeDocument") })
	if book == "" {
		book = "xl/workbook.xml"
	}
	return book, nil
}

// xmlRels is a relationships part of an Office Open XML package.
type xmlRels struct {
	Rels []xmlRel `xml:"Relationship"`
}

// xmlRel is one relationship.
type xmlRel struct {
	ID     string `xml:"Id,attr"`
	Type   string `xml:"Type,attr"`
	Target string `xml:"Target,attr"`
}

// target is the archive path of the first relationship that is, resolved
// against dir (an absolute target is from the archive's root), or "".
func (rs xmlRels) target(dir string, is func(xmlRel) bool) string {
	for _, r := range rs.Rels {
		if !is(r) {
			continue
		}
		if strings.HasPrefix(r.Target, "/") {
			dir = "/"
		}
		return strings.TrimPrefix(path.Join(dir, r.Target), "/")
	}
	return ""
}

// zipXML decodes the XML part name of zr into v.
func zipXML(zr *zip.Reader, name string, v any) error {
	data, err := zipRead(zr, name)
	if err != nil {
		return err
	}
	if err := xml.Unmarshal(data, v); err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	return nil
}

// zipRead reads the part name of zr; part names match case-insensitively,
// as the format has them.
func zipRead(zr *zip.Reader, name string) ([]byte, error) {
	f := zipFile(zr, name)
	if f == nil {
		return nil, fmt.Errorf("no part %s: %w", name, fs.ErrNotExist)
	}
	r, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", name, err)
	}
	defer r.Close()
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	return b, nil
}

// zipFile is the entry of zr named name, matched case-insensitively, or nil.
func zipFile(zr *zip.Reader, name string) *zip.File {
	for _, f := range zr.File {
		if strings.EqualFold(strings.TrimPrefix(f.Name, "/"), name) {
			return f
		}
	}
	return nil
}

// xlsxPercents marks the number cells of rows, shown with a trailing %,
// whose number format shows them in percent (xlsxStyles.percent).
func xlsxPercents(styles *xlsxStyles, rows [][]Cell) {
	for i, row := range rows {
		for j := range row {
			c := &row[j]
			if c.Kind == CellNumber && strings.HasSuffix(strings.TrimSpace(c.Text), "%") {
				c.Percent = styles.percent(i, j)
			}
		}
	}
}

// percentFormat reports whether a number format code has a % that Excel
// reads as percent, showing the number times 100: one outside quotes and
// brackets, not escaped by a backslash, and not after _ or *, which take
// the next character as a width or a fill.
func percentFormat(code string) bool {
	for i := 0; i < len(code); i++ {
		switch code[i] {
		case '"', '[':
			end := byte('"')
			if code[i] == '[' {
				end = ']'
			}
			j := strings.IndexByte(code[i+1:], end)
			if j < 0 {
				return false
			}
			i += j + 1
		case '\\', '_', '*':
			i++
		case '%':
			return true
		}
	}
	return false
}
