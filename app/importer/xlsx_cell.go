package importer

import (
	"math"
	"strconv"
	"strings"
	"time"

	"pacer/app"
	"pacer/app/notation"
)

// xlsxCell makes a cell from a workbook's formatted and raw values. A raw
// value that is a finite number makes a number cell, or a date cell when
// the sheet shows it as a date and the serial is a day Excel can show:
// when its text reads as a date ("2023-01-31", "31-Jan-23"), or else when
// isDate says its number format is a date one, as that of "Monday, June
// 15, 2026" or of "01.2026", which reads as a number but not as the one
// the cell holds. A number shown with a unit ("120人", "1 1/2") stays a
// number. A raw ISO 8601 date and time ("2026-01-05T00:00:00.000Z") is a
// date cell too: SheetJS writes dates so (t="d"), and the raw value, not
// the text shown (1/5/2026), says which day. offset (xlsxDateOffset) turns
// a number shown as a date into a serial of the 1900 date system; an ISO
// date names its day, so it needs none.
func xlsxCell(text, raw string, offset float64, isDate func() bool) Cell {
	// A Pacer CSV export opened and saved as a workbook keeps the word
	// joiner that kept "0012" text.
	c := Cell{Text: notation.PlainSheetText(text)}
	if isBoolean(text, raw) {
		return c // TRUE is no 1, nor 1 January 1900
	}
	v, err := strconv.ParseFloat(strings.TrimSpace(raw), 64)
	if err != nil {
		if v, ok := isoSerial(raw); ok && strings.TrimSpace(text) != "" {
			c.Kind, c.Number = CellDate, v
		}
		return c
	}
	if !app.IsFinite(v) {
		return c
	}
	c.Kind, c.Number = CellNumber, v
	s := app.NormalizeNumber(text)
	if _, ok := notation.DateFromSerial(v + offset); !ok || s == "" || strings.HasSuffix(s, "%") {
		return c
	}
	if n, ok := xlsxShownNumber(s); ok {
		// A year shown alone (2026) is left to be read as the year it shows.
		if nearlyShown(n, v) || len(s) == 4 || !isDate() {
			return c
		}
	} else if _, _, ok := notation.ReadDate(s, notation.DayFirst); !ok && !isDate() {
		return c
	}
	c.Kind, c.Number = CellDate, v+offset
	return c
}

// xlsxShownNumber is the number a workbook cell's text reads as, in either
// decimal convention or as only exports write it (the Accounting format's
// dash for zero); ok is false for text that is no number. Of two readings
// the one of the decimal point comes first.
func xlsxShownNumber(s string) (float64, bool) {
	n, ok := notation.ReadNumber(s, notation.NumberFormat{})
	if !ok {
		n, ok = notation.ReadNumber(s, notation.NumberFormat{DecimalComma: true})
	}
	if !ok {
		n, ok = notation.ReadExportedNumber(s, notation.NumberFormat{})
	}
	return n, ok
}

// isBoolean reports whether a workbook cell is a TRUE or FALSE one, which
// stores 1 or 0 under its text.
func isBoolean(text, raw string) bool {
	t := strings.TrimSpace(text)
	return (raw == "1" || raw == "0") && (strings.EqualFold(t, "TRUE") || strings.EqualFold(t, "FALSE"))
}

// isoSerial is the Excel serial of an ISO 8601 date and time as a date cell
// holds it; the day and time are read as written, whatever the zone, as
// spreadsheets show them. ok is false for anything else, and for days
// DateFromSerial refuses.
func isoSerial(raw string) (float64, bool) {
	raw = strings.TrimSpace(raw)
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05"} {
		t, err := time.Parse(layout, raw)
		if err != nil {
			continue
		}
		y, m, d := t.Date()
		secs := t.Hour()*3600 + t.Minute()*60 + t.Second()
		v := float64(app.DayNumberOf(y, m, d)+notation.ExcelUnixDay) + float64(secs)/86400
		if _, ok := notation.DateFromSerial(v); !ok {
			return 0, false
		}
		return v, true
	}
	return 0, false
}

// nearlyShown reports whether a cell's text shows n for the number v it
// holds, or a rounding of it (1234.5678 as 1,234.57, 81.49999999999999 as
// 81.5, 1234567.891 as 1.2M): within a tenth of it, or of 1. A date shown as digits is far from
// its serial (01.2026 is 46023), so only the other cells ask for their
// format, which makes excelize parse the whole sheet.
func nearlyShown(n, v float64) bool {
	return math.Abs(n-v) <= 0.1*max(1, math.Abs(v))
}
