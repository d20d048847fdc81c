package deck

import (
	"strconv"

	"github.com/xuri/excelize/v2"

	"pacer/app"
)

// Widths of the chart workbook's columns, in characters.
const (
	minBookColumn = 10
	maxBookColumn = 60
)

// cacheNumber writes a value of the chart's cache as excelize writes it
// into the workbook (10000000, not 1e+07), so that the cache and the
// cell read alike.
func cacheNumber(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// stored is value v as the chart and its workbook hold it: a per cent as
// its fraction, the decimal point moved in decimal so that 8.35 is
// 0.0835 and shows as 8.4% as everywhere else, not 0.08349999999999999.
func (c chartSpec) stored(v float64) float64 {
	if !c.percent {
		return v
	}
	f, err := strconv.ParseFloat(strconv.FormatFloat(v, 'g', -1, 64)+"e-2", 64)
	if err != nil {
		return v / 100
	}
	return f
}

// cacheFormat is the number format the cached values are written in: the
// chart's own, General when it has none.
func (c chartSpec) cacheFormat() string {
	if c.numFmt == "" {
		return "General"
	}
	return c.numFmt
}

// formatWorkbook gives the value cells of f the chart's number format and
// every column the width of the widest text it shows.
func (c chartSpec) formatWorkbook(f *excelize.File) error {
	last := len(c.categories) + 1
	if c.numFmt != "" && len(c.series) > 0 && len(c.categories) > 0 {
		format := c.numFmt
		style, err := f.NewStyle(&excelize.Style{CustomNumFmt: &format})
		if err != nil {
			return err
		}
		end, err := excelize.CoordinatesToCellName(len(c.series)+1, last)
		if err != nil {
			return err
		}
		if err := f.SetCellStyle(sheetName, "B2", end, style); err != nil {
			return err
		}
	}
	for col := 1; col <= len(c.series)+1; col++ {
		if err := fitColumn(f, col, last); err != nil {
			return err
		}
	}
	return nil
}

// fitColumn sets column col as wide as the widest cell of rows 1 to last
// shows, formatted.
func fitColumn(f *excelize.File, col, last int) error {
	widest := 0
	for row := 1; row <= last; row++ {
		ref, err := excelize.CoordinatesToCellName(col, row)
		if err != nil {
			return err
		}
		shown, err := f.GetCellValue(sheetName, ref)
		if err != nil {
			return err
		}
		widest = max(widest, app.DisplayWidth(shown))
	}
	name := excelizeColumn(col)
	return f.SetColWidth(sheetName, name, name, float64(min(max(widest+2, minBookColumn), maxBookColumn)))
}
