package importer

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"slices"
	"strconv"
)

// xlsxHidden lists, sorted, the 0-based rows and columns of the named
// sheet of workbook b that Excel does not show. A row is hidden when its
// element is marked hidden, which is how Excel and WPS save rows hidden by
// hand and those an AutoFilter filters out, or is of zero height; a column
// when a col element over it (min to max) is marked hidden or is of zero
// width. A sheet whose XML holds neither mark is not parsed; one that
// cannot be read hides nothing, as excelize read its cells.
func xlsxHidden(b []byte, sheet string) (rows, cols []int) {
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		return nil, nil
	}
	part, err := xlsxSheetPart(zr, sheet)
	if err != nil {
		return nil, nil
	}
	data, err := zipRead(zr, part)
	if err != nil || !xlsxMayHide(data) {
		return nil, nil
	}
	return xlsxScanHidden(data)
}

// xlsxMayHide reports whether sheet XML data may mark a row or column
// hidden, or of zero height or width; it is much quicker than parsing.
// The space before ht keeps customHeight="0", which some writers put on
// every row, from making every sheet parsed (customWidth likewise);
// LibreOffice's hidden="false" does not match.
func xlsxMayHide(data []byte) bool {
	for _, s := range []string{`hidden="1"`, `hidden="true"`, ` ht="0"`, ` ht="0.0"`, ` width="0"`, ` width="0.0"`} {
		if bytes.Contains(data, []byte(s)) {
			return true
		}
	}
	return false
}

// xlsxScanHidden parses sheet XML data for xlsxHidden. A row without a
// reference ("r") follows the one before, as the format allows.
func xlsxScanHidden(data []byte) (hidden, cols []int) {
	dec := xml.NewDecoder(bytes.NewReader(data))
	row := -1
	for {
		tok, err := dec.RawToken()
		if err != nil { // io.EOF, or XML excelize read past
			return hidden, xlsxSortedColumns(cols)
		}
		el, ok := tok.(xml.StartElement)
		switch {
		case !ok:
		case el.Name.Local == "col":
			cols = append(cols, xlsxHiddenColumns(el)...)
		case el.Name.Local == "row":
			row++
			if r, err := strconv.Atoi(xmlAttrOf(el, "r")); err == nil && r > 0 {
				row = r - 1
			}
			if xlsxRowHidden(el) && (len(hidden) == 0 || hidden[len(hidden)-1] < row) {
				hidden = append(hidden, row)
			}
		}
	}
}

// xlsxMaxColumns is the number of columns of an Excel sheet.
const xlsxMaxColumns = 1 << 14

// xlsxHiddenColumns are the 0-based columns a col element hides: those
// from its min to its max (1-based), when it is marked hidden or of zero
// width; none for a range out of the sheet's bounds.
func xlsxHiddenColumns(el xml.StartElement) []int {
	lo, err1 := strconv.Atoi(xmlAttrOf(el, "min"))
	hi, err2 := strconv.Atoi(xmlAttrOf(el, "max"))
	if err1 != nil || err2 != nil || lo < 1 || hi < lo || hi > xlsxMaxColumns {
		return nil
	}
	h, err := strconv.ParseBool(xmlAttrOf(el, "hidden"))
	w, errW := strconv.ParseFloat(xmlAttrOf(el, "width"), 64)
	if hidden := err == nil && h || errW == nil && w == 0; !hidden {
		return nil
	}
	cols := make([]int, 0, hi-lo+1)
	for c := lo; c <= hi; c++ {
		cols = append(cols, c-1)
	}
	return cols
}

// xlsxSortedColumns is cols sorted, each once.
func xlsxSortedColumns(cols []int) []int {
	slices.Sort(cols)
	return slices.Compact(cols)
}

// xlsxRowHidden reports whether a row element is hidden or of zero height.
func xlsxRowHidden(el xml.StartElement) bool {
	if h, err := strconv.ParseBool(xmlAttrOf(el, "hidden")); err == nil && h {
		return true
	}
	ht, err := strconv.ParseFloat(xmlAttrOf(el, "ht"), 64)
	return err == nil && ht == 0
}
