package importer

import "github.com/xuri/excelize/v2"

// xlsxISODates1904 shows the ISO 8601 date cells (t="d", as SheetJS writes
// dates) of a workbook in the 1904 date system on the day they name.
// excelize turns such a date into a serial of the 1900 system and formats
// it as one of the 1904 system, four years and a day later: 2024-03-31
// showed as 2028-04-01 in the preview while the import counted it on 31
// March 2024. Each is formatted again from its serial in the workbook's
// own system; offset is what readXLSX adds to that system's serials. A
// cell excelize cannot set keeps its text.
func xlsxISODates1904(f *excelize.File, sheet string, rows [][]Cell, raw [][]string, offset float64) {
	if offset == 0 {
		return
	}
	for i, row := range rows {
		for j := range row {
			c := &row[j]
			if c.Kind != CellDate {
				continue
			}
			if _, ok := isoSerial(xlsxRawAt(raw, i, j)); !ok {
				continue
			}
			if text, ok := xlsxShownAs(f, sheet, i, j, c.Number-offset); ok {
				c.Text = text
			}
		}
	}
}
