package importer

import (
	"regexp"
	"strconv"
	"strings"

	"pacer/app"
	"pacer/app/notation"
)

// A workbook holds a time of day or a duration as a fraction of a day:
// 12:00 is 0.5, 1:30 is 0.0625, 26:00 under [h]:mm is 1.0833. Read as the
// number it holds, a value column of hours (a timesheet's, a training
// log's) imported 0.75 for 18 hours without a word, and a goal keeping
// more decimals took 0.0625 for an hour and a half. Whether the goal
// counts hours or minutes the cell does not say, so such a cell is
// refused, saying how to turn it into a number; so is a date, whose
// number is its serial.

// clockText matches a time or duration as a workbook's format shows it
// once a sign and an AM/PM marker are dropped: h:mm, h:mm:ss, [h]:mm,
// [mm]:ss with a fraction of a second, and Chinese Excel's h"时"mm"分".
var clockText = regexp.MustCompile(`^(\d+:\d\d(:\d\d)?([.,]\d+)?|\d+时\d\d?分(\d\d?秒)?|\d+分\d\d?秒)$`)

// shownAsTime reports whether text, a workbook number cell's, shows a
// time of day or a duration (clockText): 12:00, 26:00:00, 720:00,
// 10:30 AM, 下午 3:30, 12时30分.
func shownAsTime(text string) bool {
	if !strings.ContainsAny(text, ":时分") {
		return false // any number: no look-up
	}
	s := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(text), "-"))
	for _, marker := range []string{"上午", "下午", "AM", "PM", "am", "pm", "A", "P", "a", "p"} {
		if t, ok := strings.CutPrefix(s, marker); ok {
			s = strings.TrimSpace(t)
			break
		}
		if t, ok := strings.CutSuffix(s, marker); ok {
			s = strings.TrimSpace(t)
			break
		}
	}
	return clockText.MatchString(s)
}

// timeOrDate is the error for a workbook value cell c, whose text is
// text, that shows a time, a duration or a date rather than a number,
// nil for any other cell.
func timeOrDate(c Cell, text string) *app.Error {
	switch {
	case c.Kind == CellText:
		return nil
	case shownAsTime(text):
		return notation.ImportError(msgImportTimeValue, nil, "Text", text,
			"Stored", strconv.FormatFloat(c.Number, 'f', -1, 64))
	case c.Kind == CellDate:
		return notation.ImportError(msgImportBadNumber, nil, "Text", text, "Example", notation.NumberFormat{}.Example())
	}
	return nil
}
