package importer

import (
	"slices"
	"strings"

	"github.com/xuri/excelize/v2"
)

// xlsxStyles tells the number format of the cells of a sheet, so that a
// number is read as a date because the sheet shows it as one, not because
// its text does not read as a number (120 shown as "120人" or 1.5 as
// "1 1/2" is a number, and in a 1904-system workbook turning it into a
// date serial added 1462 to it), and in percent when its format is a
// percent one. The formats are read from the workbook's own styles part:
// excelize takes every format ID from 27 to 81 for a built-in East Asian
// one, while SheetJS numbers its custom formats from 56 up (0.0% as 60),
// and the file's definition is the one Excel shows.
type xlsxStyles struct {
	f     *excelize.File
	sheet string
	// formats are the number formats of the styles by style index, read
	// on first use; loaded says whether they were.
	formats []xlsxFormat
	loaded  bool
}

// xlsxFormat is a style's number format: its ID and, when the workbook
// defines it, its code.
type xlsxFormat struct {
	id     int
	code   string
	custom bool
}

// format is the number format of the cell at row i, column j (0-based);
// ok is false when it cannot be told.
func (s *xlsxStyles) format(i, j int) (xlsxFormat, bool) {
	s.load()
	name, err := excelize.CoordinatesToCellName(j+1, i+1)
	if err != nil {
		return xlsxFormat{}, false
	}
	id, err := s.f.GetCellStyle(s.sheet, name)
	if err != nil || id < 0 || id >= len(s.formats) {
		return xlsxFormat{}, false
	}
	return s.formats[id], true
}

// load reads the workbook's number formats on first use.
func (s *xlsxStyles) load() {
	if !s.loaded {
		s.loaded = true
		s.formats = xlsxReadFormats(s.f)
	}
}

// date reports whether the cell at row i, column j has a date or time
// format: a code with date or time codes (dateFormat), or one of Excel's
// built-in date and time formats, the East Asian and Thai ones included.
// A format that cannot be told counts as a date, as the text excelize
// made of the cell, not a number, says.
func (s *xlsxStyles) date(i, j int) bool {
	nf, ok := s.format(i, j)
	switch {
	case !ok:
		return true
	case nf.custom:
		return dateFormat(nf.code)
	}
	n := nf.id
	return 14 <= n && n <= 22 || 27 <= n && n <= 36 || 45 <= n && n <= 47 || 50 <= n && n <= 58 || 71 <= n && n <= 81
}

// percent reports whether the cell at row i, column j has a percent
// format: built-in 9 (0%) or 10 (0.00%), or a code with a real percent
// sign (percentFormat). A format that cannot be told counts as percent,
// as the % shown says.
func (s *xlsxStyles) percent(i, j int) bool {
	nf, ok := s.format(i, j)
	switch {
	case !ok:
		return true
	case nf.custom:
		return percentFormat(nf.code)
	}
	return nf.id == 9 || nf.id == 10
}

// xlsxReadFormats lists the number format of each style (cell format) of
// f, in order, with the code the workbook defines for its ID, if any.
// Excelize reads the styles part; nil when it cannot.
func xlsxReadFormats(f *excelize.File) []xlsxFormat {
	// GetStyle makes excelize read the styles part into f.Styles.
	if _, err := f.GetStyle(0); err != nil || f.Styles == nil || f.Styles.CellXfs == nil {
		return nil
	}
	codes := map[int]string{}
	if f.Styles.NumFmts != nil {
		for _, nf := range f.Styles.NumFmts.NumFmt {
			codes[nf.NumFmtID] = nf.FormatCode
		}
	}
	formats := make([]xlsxFormat, len(f.Styles.CellXfs.Xf))
	for i, xf := range f.Styles.CellXfs.Xf {
		if xf.NumFmtID == nil {
			continue // General
		}
		code, custom := codes[*xf.NumFmtID]
		formats[i] = xlsxFormat{id: *xf.NumFmtID, code: code, custom: custom}
	}
	return formats
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

// divides reports whether the cell at row i, column j has a format that
// shows its number divided by a power of ten (formatDivides).
func (s *xlsxStyles) divides(i, j int) bool {
	nf, ok := s.format(i, j)
	return ok && nf.custom && formatDivides(nf.code) > 0
}

// xlsxScaled marks the number cells of rows whose format shows them
// divided by a power of ten (xlsxStyles.divides), in thousands or in 万.
// A workbook that defines no such format, as most do, costs no look-up a
// cell.
func xlsxScaled(styles *xlsxStyles, rows [][]Cell) {
	styles.load()
	if !slices.ContainsFunc(styles.formats, func(nf xlsxFormat) bool {
		return nf.custom && formatDivides(nf.code) > 0
	}) {
		return
	}
	for i, row := range rows {
		for j := range row {
			if c := &row[j]; c.Kind == CellNumber && !c.Percent {
				c.Scaled = styles.divides(i, j)
			}
		}
	}
}

// formatDivides is the power of ten by which a number format code divides
// the number it shows: three for each of its scaling commas
// (formatThousands) and one for each digit after a point it writes as
// text (formatPointShift).
func formatDivides(code string) int {
	return 3*formatThousands(code) + formatPointShift(code)
}

// formatPointShift is how many digit placeholders follow a point that the
// first section of a number format code writes as text, when it has no
// decimal point of its own: Chinese Excel's way to show an amount in 万
// (0\.0000 and 0"."0000 show 123450 as "12.3450"; Excel stores 0!.0000
// as 0\.0000).
func formatPointShift(code string) int {
	digits, point := 0, false
	for i := 0; i < len(code); i++ {
		switch c := code[i]; c {
		case ';':
			return digits
		case '.':
			return 0 // a decimal point: the number is not shifted
		case '\\', '!':
			if i+1 < len(code) && code[i+1] == '.' {
				point, digits = true, 0
			}
			i++
		case '_', '*':
			i++
		case '"', '[':
			end, _ := formatEnclosed(code, i)
			if end < 0 {
				return digits
			}
			if code[i+1:end] == "." {
				point, digits = true, 0
			}
			i = end
		case '0', '#', '?':
			if point {
				digits++
			}
		}
	}
	return digits
}

// formatThousands is how many times the first section of a number format
// code divides the number it shows by a thousand: Excel's commas after the
// last digit placeholder (#,##0, shows 1234567 as "1,235", 0.0,,"M" as
// "1.2M"), unlike the commas between placeholders, which group digits.
// Text in quotes or brackets and what follows \, _ and * are no commas.
func formatThousands(code string) int {
	pending := 0
	for i := 0; i < len(code); i++ {
		switch c := code[i]; c {
		case ';':
			return pending
		case '"', '[':
			end, _ := formatEnclosed(code, i)
			if end < 0 {
				return pending
			}
			i = end
		case '\\', '_', '*':
			i++
		case ',':
			if pending > 0 || i > 0 && strings.IndexByte("0#?.", code[i-1]) >= 0 {
				pending++
			}
		case '0', '#', '?':
			pending = 0
		}
	}
	return pending
}
