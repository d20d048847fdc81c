package importer

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"

	"pacer/app/notation"
)

// The OpenDocument namespaces the reader looks at.
const (
	odsTableNS  = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
	odsOfficeNS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
	odsTextNS   = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
	odsStyleNS  = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
	odsDrawNS   = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
)

// The bounds of an .ods file, which holds its cells compressed and
// repeated (one element for 16,384 empty columns): the rows and columns
// of an Excel sheet, which the xlsx reader cannot exceed either; the
// memory the cells kept may take, twice MaxImportBytes; and the unpacked
// content.xml, which is read as a stream, so that only time depends on it.
const (
	odsMaxRows    = 1 << 20
	odsMaxColumns = 1 << 14
	odsMaxMemory  = 2 * MaxImportBytes
	odsMaxContent = 16 << 30
)

// readODS reads a sheet of an OpenDocument spreadsheet (when sheet is
// empty, the one Calc opens on, as xlsxDefaultSheet picks it), as readXLSX
// reads a workbook: each cell's text as the file shows it, and numbers and
// dates with their value.
func readODS(b []byte, sheet string) (Table, error) {
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		return Table{}, notation.ImportError(msgImportBadXLSX, err)
	}
	if odsEncrypted(zr) {
		return Table{}, notation.ImportError(msgImportEncrypted, nil)
	}
	keep := func(name string, hidden bool) bool { return name == sheet }
	if sheet == "" {
		active := odsActiveSheet(zr)
		keep = func(name string, hidden bool) bool { return !hidden && (active == "" || name == active) }
	}
	t, err := odsReadContent(zr, keep)
	if err != nil || t.Sheet != "" || sheet != "" || len(t.Sheets) == 0 {
		return t, odsCheckFound(t, sheet, err)
	}
	// The active sheet is hidden or missing: read the first visible one.
	pick := t.Sheets[0]
	for _, name := range t.Sheets {
		if !t.Hidden[name] {
			pick = name
			break
		}
	}
	return odsReadContent(zr, func(name string, hidden bool) bool { return name == pick })
}

// odsCheckFound is the error of reading a named sheet: err, or a missing
// sheet's message when the sheet was not found.
func odsCheckFound(t Table, sheet string, err error) error {
	if err == nil && sheet != "" && t.Sheet == "" {
		return notation.ImportError(msgImportNoSheet, nil, "Sheet", sheet)
	}
	return err
}

// odsReadContent reads content.xml, listing the sheets and keeping the
// rows of the first one keep takes.
func odsReadContent(zr *zip.Reader, keep func(name string, hidden bool) bool) (Table, error) {
	f := zipFile(zr, "content.xml")
	if f == nil {
		return Table{}, notation.ImportError(msgImportBadXLSX, nil)
	}
	rc, err := f.Open()
	if err != nil {
		return Table{}, notation.ImportError(msgImportBadXLSX, err)
	}
	defer rc.Close()
	r := &odsReader{
		dec:     xml.NewDecoder(&odsLimited{r: rc, left: odsMaxContent}),
		keep:    keep,
		styles:  map[string]bool{},
		formats: newODSStyles(zr),
		budget:  odsMaxMemory,
		t:       Table{Encoding: "ods", Hidden: map[string]bool{}},
	}
	if err := r.read(); err != nil {
		return Table{}, odsError(err)
	}
	for _, m := range r.merges {
		fillMergedDown(r.t.Rows, m.row, m.row+m.rows, m.col)
	}
	return r.t, nil
}

// odsReader is the state of reading content.xml.
type odsReader struct {
	dec  *xml.Decoder
	keep func(name string, hidden bool) bool
	// styles are the table styles that hide their sheet.
	styles map[string]bool
	// style is the name of the style being read.
	style string
	// formats tell which number cells are shown scaled (odsStyles).
	formats *odsStyles
	// budget is the memory the cells kept may still take.
	budget int
	t      Table
	// keeping is whether the rows of the sheet being read are kept, and
	// blank the empty rows met since the last row kept, which are only
	// added when a row with content follows.
	keeping bool
	blank   int
	merges  []odsMerge
	// groups says, for each row group the reader is in, innermost last,
	// whether it hides its rows.
	groups []bool
	// columns counts the column elements' columns of the sheet kept.
	columns int
}

// odsMerge is a merged cell over rows rows of column col from row row.
type odsMerge struct{ row, col, rows int }

// read reads the document to its end.
func (r *odsReader) read() error {
	for {
		tok, err := r.dec.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("read content: %w", err)
		}
		switch el := tok.(type) {
		case xml.StartElement:
			if err := r.start(el); err != nil {
				return err
			}
		case xml.EndElement:
			r.end(el)
		}
	}
}

// end takes in the end of an element outside cells: of a sheet, of a row
// group, or of a number style.
func (r *odsReader) end(el xml.EndElement) {
	r.formats.end(el)
	switch {
	case el.Name.Space != odsTableNS:
	case el.Name.Local == "table":
		r.keeping, r.groups = false, nil
	case el.Name.Local == "table-row-group" && len(r.groups) > 0:
		r.groups = r.groups[:len(r.groups)-1]
	}
}

// start takes in the start of an element outside cells.
func (r *odsReader) start(el xml.StartElement) error {
	switch {
	case el.Name.Space == odsStyleNS || el.Name.Space == odsNumberNS:
		return r.startStyle(el)
	case el.Name.Space == odsTableNS && el.Name.Local == "table":
		return r.startTable(el)
	case el.Name.Space == odsTableNS && el.Name.Local == "table-column":
		if r.keeping {
			r.formats.noteColumn(el)
			r.noteColumn(el)
		}
	case el.Name.Space == odsTableNS && el.Name.Local == "table-row-group":
		r.groups = append(r.groups, odsHides(el) || len(r.groups) > 0 && r.groups[len(r.groups)-1])
	case el.Name.Space == odsTableNS && el.Name.Local == "table-row":
		if !r.keeping {
			return r.dec.Skip()
		}
		return r.readRow(el)
	}
	return nil
}

// startStyle takes in the start of an element of a style: of a table
// style that hides its sheet, or of a cell or number style.
func (r *odsReader) startStyle(el xml.StartElement) error {
	switch {
	case el.Name.Space == odsStyleNS && el.Name.Local == "style":
		r.style = odsAttr(el, odsStyleNS, "name")
	case el.Name.Space == odsStyleNS && el.Name.Local == "table-properties":
		if odsAttr(el, odsTableNS, "display") == "false" {
			r.styles[r.style] = true
		}
	}
	return r.formats.start(r.dec, el)
}

// startTable takes in the start of a sheet; one not kept is skipped.
func (r *odsReader) startTable(el xml.StartElement) error {
	name := odsAttr(el, odsTableNS, "name")
	hidden := r.styles[odsAttr(el, odsTableNS, "style-name")]
	r.t.Sheets = append(r.t.Sheets, name)
	if hidden {
		r.t.Hidden[name] = true
	}
	if r.t.Sheet != "" || !r.keep(name, hidden) {
		return r.dec.Skip()
	}
	r.t.Sheet, r.keeping = name, true
	return nil
}

// noteColumn notes the columns a column element of the sheet kept hides:
// those it repeats when it is hidden (odsHides). The trailing repeat Calc
// writes up to the sheet's last column is noted only up to it.
func (r *odsReader) noteColumn(el xml.StartElement) {
	start := r.columns
	r.columns = min(start+odsRepeat(el, "number-columns-repeated"), odsMaxColumns)
	if !odsHides(el) {
		return
	}
	for c := start; c < r.columns; c++ {
		r.t.HiddenColumns = append(r.t.HiddenColumns, c)
	}
}

// odsHides reports whether a row, row group or column is hidden: by hand
// (table:visibility="collapse" as ODF spells it and LibreOffice saves it,
// "collapsed" as some writers do, or a group folded, table:display="false")
// or filtered out by an AutoFilter ("filter").
func odsHides(el xml.StartElement) bool {
	v := odsAttr(el, odsTableNS, "visibility")
	return v == "collapse" || v == "collapsed" || v == "filter" || odsAttr(el, odsTableNS, "display") == "false"
}

// odsAttr is the value of el's attribute space:local, or "".
func odsAttr(el xml.StartElement, space, local string) string {
	for _, a := range el.Attr {
		if a.Name.Space == space && a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// odsLimited reads r up to left bytes, then fails with errODSTooLarge.
type odsLimited struct {
	r    io.Reader
	left int64
}

func (l *odsLimited) Read(p []byte) (int, error) {
	if l.left <= 0 {
		return 0, errODSTooLarge
	}
	if int64(len(p)) > l.left {
		p = p[:l.left]
	}
	n, err := l.r.Read(p)
	l.left -= int64(n)
	return n, err
}

// odsEncrypted reports whether the spreadsheet is saved with a password:
// its manifest gives the parts' encryption, and content.xml is no XML.
func odsEncrypted(zr *zip.Reader) bool {
	found := false
	odsScan(zr, "META-INF/manifest.xml", func(tok xml.Token) bool {
		el, ok := tok.(xml.StartElement)
		found = found || ok && el.Name.Local == "encryption-data"
		return !found
	})
	return found
}

// odsActiveSheet is the sheet Calc opens the file on, as settings.xml
// names it, or "".
func odsActiveSheet(zr *zip.Reader) string {
	active, in := "", false
	odsScan(zr, "settings.xml", func(tok xml.Token) bool {
		switch el := tok.(type) {
		case xml.StartElement:
			in = el.Name.Local == "config-item" && xmlAttrOf(el, "name") == "ActiveTable"
		case xml.CharData:
			if in {
				active += string(el)
			}
		case xml.EndElement:
			if in {
				return false
			}
		}
		return true
	})
	return active
}

// odsScan calls see with the tokens of the XML part name of zr until it
// returns false; a part missing or broken ends the scan quietly, as these
// parts only add to content.xml.
func odsScan(zr *zip.Reader, name string, see func(xml.Token) bool) {
	f := zipFile(zr, name)
	if f == nil {
		return
	}
	rc, err := f.Open()
	if err != nil {
		return
	}
	defer rc.Close()
	dec := xml.NewDecoder(&odsLimited{r: rc, left: MaxImportBytes})
	for {
		tok, err := dec.RawToken()
		if err != nil || !see(tok) {
			return
		}
	}
}
