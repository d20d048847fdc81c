package importer

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"strconv"
)

// xlsxHiddenRows lists, sorted, the 0-based rows of the named sheet of
// workbook b that Excel does not show: a row element marked hidden, which
// is how Excel and WPS save rows hidden by hand and those an AutoFilter
// filters out, or one of zero height. A sheet whose XML holds neither
// mark is not parsed; one that cannot be read hides nothing, as excelize
// read its cells.
func xlsxHiddenRows(b []byte, sheet string) []int {
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		return nil
	}
	part, err := xlsxSheetPart(zr, sheet)
	if err != nil {
		return nil
	}
	data, err := zipRead(zr, part)
	if err != nil || !xlsxMayHideRows(data) {
		return nil
	}
	return xlsxScanHidden(data)
}

// xlsxMayHideRows reports whether sheet XML data may mark a row hidden or
// of zero height; it is much quicker than parsing. The space before ht
// keeps customHeight="0", which some writers put on every row, from
// making every sheet parsed; LibreOffice's hidden="false" does not match.
func xlsxMayHideRows(data []byte) bool {
	for _, s := range []string{`hidden="1"`, `hidden="true"`, ` ht="0"`, ` ht="0.0"`} {
		if bytes.Contains(data, []byte(s)) {
			return true
		}
	}
	return false
}

// xlsxScanHidden parses sheet XML data for xlsxHiddenRows. A row without
// a reference ("r") follows the one before, as the format allows.
func xlsxScanHidden(data []byte) []int {
	var hidden []int
	dec := xml.NewDecoder(bytes.NewReader(data))
	row := -1
	for {
		tok, err := dec.RawToken()
		if err != nil { // io.EOF, or XML excelize read past
			return hidden
		}
		el, ok := tok.(xml.StartElement)
		if !ok || el.Name.Local != "row" {
			continue
		}
		row++
		if r, err := strconv.Atoi(xmlAttrOf(el, "r")); err == nil && r > 0 {
			row = r - 1
		}
		if xlsxRowHidden(el) && (len(hidden) == 0 || hidden[len(hidden)-1] < row) {
			hidden = append(hidden, row)
		}
	}
}

// xlsxRowHidden reports whether a row element is hidden or of zero height.
func xlsxRowHidden(el xml.StartElement) bool {
	if h, err := strconv.ParseBool(xmlAttrOf(el, "hidden")); err == nil && h {
		return true
	}
	ht, err := strconv.ParseFloat(xmlAttrOf(el, "ht"), 64)
	return err == nil && ht == 0
}
