package notation

import (
	"math"
	"strconv"
	"strings"

	"pacer/app"
)

// Excel serial dates: day 1 is 1900-01-01, and Excel counts a 29 February
// 1900 that never was (Lotus 1-2-3's leap-year bug), so serials from 61 on
// are one day ahead; serial 60 is that phantom day. Day 0 of the Unix
// calendar is serial 25569.
const (
	ExcelUnixDay   = 25569
	excelMaxSerial = 2958465 // 9999-12-31
)

// DateFromSerial is the day of an Excel serial date (the fraction, a time
// of day, is dropped); ok is false outside 1900-03-01..9999-12-31 (serials
// 61..2958465), where the 1900 leap-year bug makes days before March
// ambiguous. The time is first rounded to the millisecond, the finest a
// spreadsheet keeps: 23:59:59.999 stays on its day, while a midnight that
// a sum of a date and a time left a float's width short is the next day,
// as the spreadsheet shows it.
func DateFromSerial(serial float64) (d app.Date, ok bool) {
	if !(serial >= 0 && serial < excelMaxSerial+1) {
		return app.Date{}, false
	}
	day := math.Floor(math.Round(serial*msPerDay) / msPerDay)
	if day < 61 || day > excelMaxSerial {
		return app.Date{}, false
	}
	return app.DateOfDayNumber(int(day) - ExcelUnixDay), true
}

// msPerDay is the number of milliseconds in a day.
const msPerDay = 86_400_000

// serialDate reads a five-digit Excel serial with an optional fraction.
func serialDate(s string) (app.Date, bool) {
	whole, frac, _ := strings.Cut(s, ".")
	if len(whole) != 5 || !allDigits(whole) || !allDigits(frac) {
		return app.Date{}, false
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return app.Date{}, false
	}
	return DateFromSerial(v)
}
