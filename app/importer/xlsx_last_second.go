package importer

import (
	"math"

	"github.com/xuri/excelize/v2"

	"pacer/app/notation"
)

// msPerDay is the number of milliseconds in a day.
const msPerDay = 86_400_000

// lastSecondSerial is the time of day 23:59:59 as a fraction of the day.
const lastSecondSerial = 86399.0 / 86400

// xlsxLastSecond shows on their own day the date cells of rows whose time
// falls in the last half second of a day (23:59:59.5 to 23:59:59.999).
// excelize rounds a time to the second as it formats it, into the next
// day: such a sale showed as 2023/2/1 (or 2023-02-01 00:00:00) in the
// preview while the import counted it on 31 January, the day its serial
// holds (notation.DateFromSerial). Each is formatted again as 23:59:59 of
// its day; offset is what readXLSX added to the workbook's serials. A cell
// excelize cannot set keeps its text.
func xlsxLastSecond(f *excelize.File, sheet string, rows [][]Cell, offset float64) {
	for i, row := range rows {
		for j := range row {
			c := &row[j]
			if c.Kind != CellDate || !lastHalfSecond(c.Number) {
				continue
			}
			if text, ok := xlsxShownAs(f, sheet, i, j, math.Floor(c.Number-offset)+lastSecondSerial); ok {
				c.Text = text
			}
		}
	}
}

// lastHalfSecond reports whether the time of serial, to the millisecond,
// is in the last half second of its day, which rounding to the second
// takes into the next.
func lastHalfSecond(serial float64) bool {
	ms := math.Mod(math.Round(serial*msPerDay), msPerDay)
	return ms >= msPerDay-500
}

// xlsxShownAs is the text the cell at row i, column j (0-based) of sheet
// shows when it holds v, in its own number format. It sets the cell in f,
// which is read once and dropped.
func xlsxShownAs(f *excelize.File, sheet string, i, j int, v float64) (string, bool) {
	name, err := excelize.CoordinatesToCellName(j+1, i+1)
	if err != nil || f.SetCellFloat(sheet, name, v, -1, 64) != nil {
		return "", false
	}
	text, err := f.GetCellValue(sheet, name)
	if err != nil {
		return "", false
	}
	return notation.PlainSheetText(text), true
}
