package export

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"pacer/app"
	"pacer/app/notation"
)

// utf8BOM opens a CSV file so that Excel reads it as UTF-8, not in the
// system's code page, which would garble Chinese.
const utf8BOM = "\uFEFF"

// WriteReviewCSV writes t as CSV (RFC 4180: CRLF line ends, fields quoted
// where needed) in UTF-8 after a byte-order mark. Numbers are plain, for
// spreadsheets to read as numbers: the goal's decimals, a point, an ASCII
// minus and no thousands separators (10000000, 8.0); relative variances
// are in percent at one decimal (-20.0 for −20 %), so their header should
// say "%"; a percent goal's gaps, relative ones too, are in percentage
// points with at least one decimal (-2.0). Empty cells are missing values. A text that would start a
// formula in a spreadsheet (=, +, -, @) is written after an apostrophe;
// one that a spreadsheet would read as a number, date, time, percent or
// fraction (the periods reported "2/3", a period "Mar 2026", a goal
// "0012") after an invisible word joiner, so that it shows as that text
// (csvText).
func WriteReviewCSV(w io.Writer, t app.ReviewTable) error {
	cols, err := t.CheckedColumns()
	if err != nil {
		return fmt.Errorf("write review csv: %w", err)
	}
	if _, err := io.WriteString(w, utf8BOM); err != nil {
		return fmt.Errorf("write review csv: %w", err)
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	if err := cw.Write(t.Headers); err != nil {
		return fmt.Errorf("write review csv: %w", err)
	}
	record := make([]string, len(cols))
	for _, r := range t.Rows {
		for i, c := range cols {
			record[i] = csvField(t.Cell(c, r), r.Goal)
		}
		if err := cw.Write(record); err != nil {
			return fmt.Errorf("write review csv: %w", err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("write review csv: %w", err)
	}
	return nil
}

// csvField writes a cell for CSV.
func csvField(c app.TableCell, g app.Goal) string {
	switch c.Kind {
	case app.CellText:
		return csvText(c.Text)
	case app.CellValue:
		return csvNumber(c.Value, app.Decimals(g))
	case app.CellDelta:
		return csvNumber(c.Value, app.DeltaDecimals(g))
	case app.CellRel:
		return csvNumber(app.Percent(c.Value), 1)
	}
	return ""
}

// formulaStarts are the first characters after which a spreadsheet may
// run a cell as a formula: = + - @, and a tab or carriage return, which
// some strip before looking (OWASP's list for CSV injection).
const formulaStarts = "=+-@\t\r"

// csvText writes a text cell for CSV so that a spreadsheet opening the
// file shows it as the text it is: after an apostrophe when it would start
// a formula, after a word joiner (notation.SheetText) when it would be
// read as a value. Checked in LibreOffice Calc 7.4, importing with
// special numbers detected in en-US and zh-CN
// (TestReviewCSVReadsBackInLibreOffice and its data export's twin):
// unguarded, "0012", "2026", "1.50", "1E5", "12%", "1,000", "(100)",
// "1/2", "2/3", "1 1/2", "1:30" and "TRUE" became values in both locales,
// "Mar 2026", "March 4", "$100" and "12:30 pm" in en-US, "3-4", "3月4日"
// and "2026/3/4" in zh-CN; after the word joiner every one stays its
// text, and "3-4 stores", "1E5 target", "Q1 2026", "2026-Q1" stay text
// without it. For Excel,
// which was not at hand, the rule rests on its documented behaviour: it
// turns what looks like a number or a date into one ("12/2" into 2-Dec)
// unless a character before it that is not part of one (Microsoft's help
// names a space or an apostrophe) keeps it text; notation.ReadsAsValue
// also guards what Excel reads as dates and LibreOffice does not, such as
// "2026-03" and "2026年3月".
func csvText(s string) string {
	if s != "" && strings.ContainsAny(s[:1], formulaStarts) {
		return "'" + s
	}
	return notation.SheetText(s)
}

// csvNumber writes v rounded to decimals digits, without a minus sign
// for a value that rounds to zero.
func csvNumber(v float64, decimals int) string {
	return strconv.FormatFloat(app.RoundValue(v, decimals)+0, 'f', decimals, 64)
}

// WriteReviewXLSX writes t as an Excel workbook of one sheet: the headers
// in a bold row that stays in view (frozen) when scrolling, then a row per
// review row. Values are numbers with a number format showing the goal's
// decimals, thousands separators and unit (¥10,000,000; 12.5 kg); values of
// percent goals are stored as fractions in percent cells (10 % is 0.1),
// variances in points for percent goals as "−2.0 pp" (in the relative
// columns too), relative variances as percent cells with their sign; a
// variance that rounds to zero is stored as 0, so that it shows unsigned
// as on the screens. Columns are as wide as their contents, up to a limit
// past which long texts wrap.
func WriteReviewXLSX(w io.Writer, t app.ReviewTable) error {
	return WriteReviewBook(w, t, nil, nil)
}

// relFormat writes a relative gap as FormatFraction does, signed, with
// thousands separators: +2,400.0%, -20.0%, 0.0%.
const relFormat = "+#,##0.0%;-#,##0.0%;#,##0.0%"

// shareFormat writes a share of a gap unsigned, at the decimal the CSV
// writes: 65.9%.
const shareFormat = "#,##0.0%"

// maxColumnWidth is the widest a column gets, in characters; longer texts
// wrap.
const maxColumnWidth = 60

// xlsxWriter writes cells into a sheet, with one style per number format.
type xlsxWriter struct {
	f      *excelize.File
	sheet  string
	styles map[string]int
	points string
	// shares says the sheet's relative cells are shares of a gap (the
	// contributors sheet), written unsigned: a share is not a change.
	shares bool
}

// set writes cell c at column col, row row (from 1), styled for goal g or
// as a header.
func (x xlsxWriter) set(col, row int, c app.TableCell, g app.Goal, header bool) error {
	ref, err := excelize.CoordinatesToCellName(col, row)
	if err != nil {
		return err
	}
	switch c.Kind {
	case app.CellEmpty:
		return nil
	case app.CellText:
		err = x.f.SetCellStr(x.sheet, ref, c.Text)
	default:
		err = x.f.SetCellFloat(x.sheet, ref, sheetValue(c, g), -1, 64)
	}
	if err != nil {
		return err
	}
	format := x.format(c, g, header)
	if format == "" {
		return nil
	}
	style, err := x.style(format)
	if err != nil {
		return err
	}
	return x.f.SetCellStyle(x.sheet, ref, ref, style)
}

// sheetValue is the number cell c of goal g holds in a sheet: a percent
// goal's value as the fraction its percent format shows, and a gap that
// rounds to zero at the decimals its format shows as zero. A signed
// format shows a tiny gap by its side of zero, "+$0.00" or "-0.0%", where
// the screens, the CSV and the deck write an unsigned "$0.00" and "0.0%";
// at zero the format's third, unsigned section writes it as they do.
func sheetValue(c app.TableCell, g app.Goal) float64 {
	switch c.Kind {
	case app.CellValue:
		if g.Unit == app.UnitPercent {
			return percentFraction(c.Value)
		}
	case app.CellDelta:
		if app.RoundValue(c.Value, app.DeltaDecimals(g)) == 0 {
			return 0
		}
	case app.CellRel:
		// As FormatFraction rounds it: in per cent, at one decimal.
		if app.RoundValue(app.Percent(c.Value), 1) == 0 {
			return 0
		}
	}
	return c.Value
}

// percentFraction is a percent value as the fraction a spreadsheet's
// percent format shows: 8.35 is 0.0835, the decimal point moved in
// decimal. Dividing in binary gave 0.08349999999999999, which a sheet
// shows as 8.3% where every other figure of Pacer's says 8.4%.
func percentFraction(v float64) float64 {
	f, err := strconv.ParseFloat(strconv.FormatFloat(v, 'g', -1, 64)+"e-2", 64)
	if err != nil {
		return v / 100
	}
	return f
}

// format is the number format of cell c for goal g, "header" or "wrap"
// for texts that need them, "" for none.
func (x xlsxWriter) format(c app.TableCell, g app.Goal, header bool) string {
	switch c.Kind {
	case app.CellText:
		if header {
			return "header"
		}
		if app.DisplayWidth(c.Text) > maxColumnWidth || strings.Contains(c.Text, "\n") {
			return "wrap"
		}
	case app.CellValue:
		return valueFormat(g)
	case app.CellDelta:
		return deltaFormat(g, x.points)
	case app.CellRel:
		if x.shares {
			return shareFormat
		}
		return relFormat
	}
	return ""
}

// style is the style of a number format, or of the "header" and "wrap"
// texts, made once per workbook.
func (x xlsxWriter) style(format string) (int, error) {
	if id, ok := x.styles[format]; ok {
		return id, nil
	}
	var s excelize.Style
	switch format {
	case "header":
		s = excelize.Style{Font: &excelize.Font{Bold: true},
			Border:    []excelize.Border{{Type: "bottom", Color: "808080", Style: 1}},
			Alignment: &excelize.Alignment{Vertical: "center", WrapText: true}}
	case "wrap":
		s = excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}
	default:
		s = excelize.Style{CustomNumFmt: &format, Alignment: &excelize.Alignment{Vertical: "top"}}
	}
	id, err := x.f.NewStyle(&s)
	if err != nil {
		return 0, err
	}
	x.styles[format] = id
	return id, nil
}

// numberPattern is "#,##0" with the goal's decimals: "#,##0.00".
func numberPattern(g app.Goal) string {
	if d := app.Decimals(g); d > 0 {
		return "#,##0." + strings.Repeat("0", d)
	}
	return "#,##0"
}

// valueFormat is the number format of a goal's values: with the currency's
// symbol or code, the custom unit after the number, or as a percentage of
// a fraction for percent goals.
func valueFormat(g app.Goal) string {
	label := formatLiteral(strings.TrimSpace(g.UnitLabel))
	switch g.Unit {
	case app.UnitPercent:
		// Grouped as FormatValue writes it: 1,500.0%.
		return numberPattern(g) + "%"
	case app.UnitCount:
		return numberPattern(g)
	case app.UnitCurrency:
		if sym, ok := app.CurrencySymbol(label); ok {
			return `"` + sym + `"` + numberPattern(g)
		}
		if label != "" {
			return `"` + strings.ToUpper(label) + ` "` + numberPattern(g)
		}
		return numberPattern(g)
	}
	if label != "" {
		return numberPattern(g) + `" ` + label + `"`
	}
	return numberPattern(g)
}

// deltaFormat is the number format of a difference: signed, in the goal's
// unit, in points for a percent goal.
func deltaFormat(g app.Goal, points string) string {
	body := valueFormat(g)
	if g.Unit == app.UnitPercent {
		body = "#,##0." + strings.Repeat("0", app.DeltaDecimals(g)) + `"` + formatLiteral(points) + `"`
	}
	return "+" + body + ";-" + body + ";" + body
}

// formatLiteral drops the characters that would end a quoted literal in a
// number format.
func formatLiteral(s string) string {
	return strings.NewReplacer(`"`, "", `\`, "").Replace(s)
}

// sheetName is s as Excel accepts a sheet name: without []:*?/\, without
// leading or trailing apostrophes, at most 31 characters, "Review" when
// empty.
func sheetName(s string) string {
	s = strings.Trim(strings.Map(func(r rune) rune {
		if strings.ContainsRune(`[]:*?/\`, r) {
			return -1
		}
		return r
	}, strings.TrimSpace(s)), "'")
	if r := []rune(s); len(r) > 31 {
		s = string(r[:31])
	}
	if s == "" {
		return "Review"
	}
	return s
}

// cellWidth is how many characters a cell shows, as formatted.
func cellWidth(c app.TableCell, g app.Goal) int {
	switch c.Kind {
	case app.CellText:
		widest := 0
		for _, line := range strings.Split(c.Text, "\n") {
			widest = max(widest, app.DisplayWidth(line))
		}
		return widest
	case app.CellValue, app.CellDelta:
		return utf8.RuneCountInString(app.FormatValue(c.Value, app.Decimals(g), g.Unit, g.UnitLabel)) + 4
	case app.CellRel:
		return 7
	}
	return 0
}
