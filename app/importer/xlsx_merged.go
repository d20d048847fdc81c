package importer

import (
	"archive/zip"
	"bytes"

	"github.com/xuri/excelize/v2"
)

// xlsxFillMerged gives the cells of rows that a merged cell of one column
// covers below its first row the first cell's content, marked Merged: a
// month merged over the rows of its stores shows on each of them, and
// their dates were refused as missing. Merges across columns (a title
// over the table) are left as they are. A sheet without merged cells is
// not parsed for them; one whose merges cannot be read is read as before.
func xlsxFillMerged(f *excelize.File, b []byte, sheet string, rows [][]Cell) {
	if !xlsxMayHoldMerges(b, sheet) {
		return
	}
	merges, err := f.GetMergeCells(sheet, true)
	if err != nil {
		return
	}
	for _, mc := range merges {
		c1, r1, err1 := excelize.CellNameToCoordinates(mc.GetStartAxis())
		c2, r2, err2 := excelize.CellNameToCoordinates(mc.GetEndAxis())
		if err1 != nil || err2 != nil || c1 != c2 || r2 <= r1 {
			continue
		}
		fillMergedDown(rows, r1-1, r2, c1-1)
	}
}

// fillMergedDown gives the cells of column col in rows first+1 to last-1
// (0-based) that are empty the content of the filled cell at row first,
// marked Merged.
func fillMergedDown(rows [][]Cell, first, last, col int) {
	if first < 0 || first >= len(rows) {
		return
	}
	c := Cell{}
	if col < len(rows[first]) {
		c = rows[first][col]
	}
	if !importFilled(c) {
		return
	}
	c.Merged = true
	for r := first + 1; r < last && r < len(rows); r++ {
		for len(rows[r]) <= col {
			rows[r] = append(rows[r], Cell{})
		}
		if !importFilled(rows[r][col]) {
			rows[r][col] = c
		}
	}
}

// xlsxMayHoldMerges reports whether the named sheet of workbook b may have
// merged cells: a quick look at its XML, so that excelize, which parses
// the whole sheet to list them, only does so for a sheet that has some.
func xlsxMayHoldMerges(b []byte, sheet string) bool {
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		return false
	}
	part, err := xlsxSheetPart(zr, sheet)
	if err != nil {
		return true // let excelize tell
	}
	data, err := zipRead(zr, part)
	return err != nil || bytes.Contains(data, []byte("mergeCell"))
}
