package export

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"pacer/app"
)

// Number formats of dates, moments and shares in a data export's workbook.
const (
	xlsxDateFormat = "yyyy-mm-dd"
	xlsxTimeFormat = "yyyy-mm-dd hh:mm"
	// A weight keeps hundredths of a per cent (app.WeightDecimals): 25.0%, 12.34%.
	xlsxShareFormat = "0.0#%"
)

// WriteDataXLSX writes b as an Excel workbook with a sheet per table of
// ExportTables, named and headed in the words of tr: goals, plan revisions (a row
// per period of each revision), check-ins, history values, gap analyses
// and action plans (a row per measure, the record's cells repeated so
// that filters and pivot tables work; one row when there is no measure)
// and follow-ups. Every sheet has its headers in a bold, frozen first row
// and columns as wide as their contents, up to a limit past which texts
// wrap. Values follow WriteReviewXLSX: numbers with a number format
// showing the goal's decimals and unit, percent goals' values as fractions
// in percent cells (8 % is 0.08), a goal's weight in its parent in a
// percent cell too (25 % is 0.25). Dates are date cells (yyyy-mm-dd),
// timestamps date-time cells in local time; coded values (direction,
// unit, status…) are written as their labels (app's Label methods),
// translated by tr. The workbook opens on its check-ins, in a spreadsheet
// and in Pacer's import, which then reads them back as they were.
func WriteDataXLSX(w io.Writer, b ExportBook, tr Translator) error {
	f := excelize.NewFile()
	defer f.Close()
	used := map[string]bool{}
	for i, t := range exportTables(b, tr) {
		name := uniqueSheetName(sheetName(t.name), used)
		var err error
		if i == 0 {
			err = f.SetSheetName("Sheet1", name)
		} else {
			_, err = f.NewSheet(name)
		}
		if err == nil {
			err = writeSheet(f, name, t)
		}
		if err != nil {
			return fmt.Errorf("write data xlsx: sheet %q: %w", name, err)
		}
	}
	f.SetActiveSheet(max(0, slices.Index(ExportTables, TableCheckIns)))
	if err := f.Write(w); err != nil {
		return fmt.Errorf("write data xlsx: %w", err)
	}
	return nil
}

// uniqueSheetName is name, or name with a number when two tables would
// share it (Excel compares sheet names without case).
func uniqueSheetName(name string, used map[string]bool) string {
	out := name
	for n := 2; used[strings.ToLower(out)]; n++ {
		suffix := fmt.Sprintf(" (%d)", n)
		r := []rune(name)
		if len(r)+len([]rune(suffix)) > 31 {
			r = r[:31-len([]rune(suffix))]
		}
		out = string(r) + suffix
	}
	used[strings.ToLower(out)] = true
	return out
}

func writeSheet(f *excelize.File, sheet string, t xtable) error {
	x := xlsxWriter{f: f, sheet: sheet, styles: map[string]int{}}
	widths := make([]int, len(t.headers))
	for i, h := range t.headers {
		if err := x.set(i+1, 1, app.TableCell{Kind: app.CellText, Text: h}, emptyGoal, true); err != nil {
			return err
		}
		widths[i] = app.DisplayWidth(h)
	}
	for j, row := range t.rows {
		for i, c := range row {
			if i >= len(widths) {
				break
			}
			if err := setDataCell(x, i+1, j+2, c); err != nil {
				return err
			}
			widths[i] = max(widths[i], xcellWidth(c))
		}
	}
	for i, wd := range widths {
		name, err := excelize.ColumnNumberToName(i + 1)
		if err == nil {
			err = f.SetColWidth(sheet, name, name, float64(min(max(wd, 6), maxColumnWidth)+2))
		}
		if err != nil {
			return err
		}
	}
	if len(t.headers) > 0 {
		last, err := excelize.CoordinatesToCellName(len(t.headers), len(t.rows)+1)
		if err == nil {
			err = f.AutoFilter(sheet, "A1:"+last, nil)
		}
		if err != nil {
			return err
		}
	}
	return f.SetPanes(sheet, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"})
}

// setDataCell writes c at column col, row row: values through the review
// table's writer, the other numbers and dates here.
func setDataCell(x xlsxWriter, col, row int, c xcell) error {
	switch c.kind {
	case xEmpty:
		return nil
	case xText:
		return x.set(col, row, app.TableCell{Kind: app.CellText, Text: c.text}, emptyGoal, false)
	case xValue:
		return x.set(col, row, app.TableCell{Kind: app.CellValue, Value: c.v}, c.g, false)
	}
	ref, err := excelize.CoordinatesToCellName(col, row)
	if err != nil {
		return err
	}
	format, v := xlsxShareFormat, c.v
	switch c.kind {
	case xInt:
		return x.f.SetCellInt(x.sheet, ref, int64(c.v))
	case xNumber:
		return x.f.SetCellFloat(x.sheet, ref, c.v, -1, 64)
	case xDate:
		format, v = xlsxDateFormat, excelSerial(c.t)
	case xTime:
		format, v = xlsxTimeFormat, excelSerial(c.t)
	}
	if err := x.f.SetCellFloat(x.sheet, ref, v, -1, 64); err != nil {
		return err
	}
	style, err := x.style(format)
	if err != nil {
		return err
	}
	return x.f.SetCellStyle(x.sheet, ref, ref, style)
}

// excelSerial is the spreadsheet serial number of t's wall-clock time:
// days since 30 December 1899, the time of day as a fraction.
func excelSerial(t time.Time) float64 {
	days := civilDate(t).DayNumber() - civilDate(time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)).DayNumber()
	secs := t.Hour()*3600 + t.Minute()*60 + t.Second()
	return float64(days) + float64(secs)/86400
}

// civilDate is the calendar day of t's wall clock.
func civilDate(t time.Time) app.Date { return app.NewDate(t.Year(), t.Month(), t.Day()) }

// emptyGoal styles cells that are not a goal's values.
var emptyGoal app.Goal

// xcellWidth is how many characters a cell shows.
func xcellWidth(c xcell) int {
	switch c.kind {
	case xText:
		return cellWidth(app.TableCell{Kind: app.CellText, Text: c.text}, emptyGoal)
	case xValue:
		return cellWidth(app.TableCell{Kind: app.CellValue, Value: c.v}, c.g)
	case xInt, xNumber:
		return len(fmt.Sprint(c.v))
	case xDate:
		return 10
	case xTime:
		return 16
	case xShare:
		return 7
	}
	return 0
}
