package importer

import (
	"strings"

	"github.com/xuri/excelize/v2"
)

// xlsxDateStyles tells which cells of a sheet have a date or time number
// format, so that a number is read as a date because the sheet shows it as
// one, not because its text does not read as a number: 120 shown as
// "120人" or 1.5 as "1 1/2" is a number, and in a 1904-system workbook
// turning it into a date serial added 1462 to it. Formats are worked out
// once per style.
type xlsxDateStyles struct {
	f     *excelize.File
	sheet string
	dates map[int]bool
}

// date reports whether the cell at row i, column j (0-based) has a date or
// time format. A style that cannot be read counts as a date, as the text
// excelize made of it, not a number, says.
func (s *xlsxDateStyles) date(i, j int) bool {
	name, err := excelize.CoordinatesToCellName(j+1, i+1)
	if err != nil {
		return true
	}
	id, err := s.f.GetCellStyle(s.sheet, name)
	if err != nil {
		return true
	}
	if d, ok := s.dates[id]; ok {
		return d
	}
	d := true
	if st, err := s.f.GetStyle(id); err == nil {
		d = styleIsDate(st)
	}
	s.dates[id] = d
	return d
}

// styleIsDate reports whether a style's number format shows a date or a
// time: a custom one with date or time codes (dateFormat), or one of
// Excel's built-in date and time formats, the East Asian and Thai ones
// included.
func styleIsDate(st *excelize.Style) bool {
	if st.CustomNumFmt != nil {
		return dateFormat(*st.CustomNumFmt)
	}
	n := st.NumFmt
	return 14 <= n && n <= 22 || 27 <= n && n <= 36 || 45 <= n && n <= 47 || 50 <= n && n <= 58 || 71 <= n && n <= 81
}

// dateFormat reports whether the first section of a number format code
// (the one for positive numbers) holds a date or time code: y, m, d, h,
// s, an era (g, e) or a Buddhist year (b), or an elapsed time ([h], [mm]).
// Text in quotes, escaped characters, what follows _ and *, colours,
// conditions and locales in brackets, General and the exponent of
// 0.00E+00 are not.
func dateFormat(code string) bool {
	lower := strings.ToLower(code)
	for i := 0; i < len(lower); i++ {
		switch c := lower[i]; c {
		case ';':
			return false
		case '"', '[':
			end, elapsed := formatEnclosed(lower, i)
			if elapsed || end < 0 {
				return elapsed
			}
			i = end
		case '\\', '_', '*':
			i++
		case 'e':
			if i+1 < len(lower) && (lower[i+1] == '+' || lower[i+1] == '-') {
				i++ // 0.00E+00
				continue
			}
			return true
		case 'g':
			if !strings.HasPrefix(lower[i:], "general") {
				return true
			}
			i += len("general") - 1
		case 'y', 'm', 'd', 'h', 's', 'b':
			return true
		}
	}
	return false
}

// formatEnclosed reads the text in quotes or the brackets that open at
// code[i]: end is the index of the closing quote or bracket, -1 when there
// is none; elapsed is true for brackets holding an elapsed time ([h], [mm]).
func formatEnclosed(code string, i int) (end int, elapsed bool) {
	closing := byte('"')
	if code[i] == '[' {
		closing = ']'
	}
	j := strings.IndexByte(code[i+1:], closing)
	if j < 0 {
		return -1, false
	}
	inside := code[i+1 : i+1+j]
	return i + 1 + j, closing == ']' && inside != "" && strings.Trim(inside, "hms") == ""
}
