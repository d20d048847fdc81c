package importer

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"pacer/app"
	"pacer/app/notation"
)

// The files in testdata/real were written by LibreOffice, Gnumeric and
// SheetJS, not by hand; testdata/real/README.md says how. These tests read
// each one as a user would import it and check the exact dates and values
// typed into the spreadsheet.

// realGoals are the goals of the real files, all in 2026.
func realGoals() []app.Goal {
	g := func(id int64, title string, agg app.Aggregation, dec int, cad app.Cadence) app.Goal {
		return app.Goal{ID: id, Title: title, Aggregation: agg, Decimals: dec, Cadence: cad, PlanBy: app.CadenceMonth,
			Start: app.NewDate(2026, time.January, 1), End: app.NewDate(2026, time.December, 31)}
	}
	return []app.Goal{
		g(1, "Sales", app.AggFlow, 2, app.CadenceMonth),
		g(2, "Margin", app.AggLevel, 2, app.CadenceMonth),
		g(3, "Visits", app.AggFlow, 0, app.CadenceWeek),
		g(4, "销售额", app.AggFlow, 2, app.CadenceMonth),
		g(5, "完成率", app.AggLevel, 0, app.CadenceMonth),
		g(6, "Müller-Straße", app.AggFlow, 2, app.CadenceMonth),
		g(7, "Café am Markt", app.AggFlow, 2, app.CadenceMonth),
	}
}

// The mappings of the real files' layouts.
var (
	// Goal, Date, Value: one check-in a row (LibreOffice, Gnumeric, SheetJS).
	realEnglish = Mapping{GoalColumn: 0, DateColumn: 1, ValueColumn: 2, SkipHeader: true,
		GoalByName: map[string]int64{"Sales": 1, "Margin": 2, "Visits": 3}}
	// 日期, 门店, 销售额, 完成率: a store's month in a row.
	realChinese = Mapping{DateColumn: 0, GoalColumn: -1, ValueColumns: map[int]int64{2: 4, 3: 5}, SkipHeader: true}
	// 月份, 销售额, 完成率 (SheetJS).
	realChineseSheetJS = Mapping{DateColumn: 0, GoalColumn: -1, ValueColumns: map[int]int64{1: 4, 2: 5}, SkipHeader: true}
	// Datum, Filiale, Umsatz with decimal commas.
	realGerman = Mapping{DateColumn: 0, GoalColumn: 1, ValueColumn: 2, SkipHeader: true,
		NumberFormat: notation.NumberFormat{DecimalComma: true},
		GoalByName:   map[string]int64{"Müller-Straße": 6, "Café am Markt": 7}}
)

// The plans the layouts give, in importPeriodsOf's form.
var (
	// 15/01, 31/01, 03/02 (3 February, not 2 March), 10/03 in yuan; 8.25%
	// and 9.50%; 1,200 and 980 visits on Monday 5 and 12 January.
	realEnglishPeriods = []string{
		"1 2026-01 = 3234.5 (2) partial",
		"1 2026-02 = 765.25 (1) partial",
		"1 2026-03 = -50 (1) partial",
		"2 2026-01 = 8.25 (1) partial",
		"2 2026-02 = 9.5 (1) partial",
		"3 2026-W02 = 1200 (1) partial",
		"3 2026-W03 = 980 (1) partial",
	}
	// 2025年12月 before the goals start is history; 2026年1月 is the whole
	// month, as the cell shows, whether the file is a workbook or text.
	realChinesePeriods = []string{
		"4 2026-01 = 12345.6 (1)",
		"4 2026-02 = 8000 (1)",
		"4 2026-03 = 4000 (2) partial",
		"4 2025-12 = 9000 (1) history",
		"5 2026-01 = 85 (1)",
		"5 2026-02 = 90 (1)",
		"5 2026-03 = 92 (1) partial",
		"5 2025-12 = 75 (1) history",
	}
	// 1/5/2026 is 5 January: month first.
	realUSPeriods = []string{
		"1 2026-01 = 3234.5 (2) partial",
		"1 2026-02 = 99.99 (1) partial",
		"2 2026-01 = 8.25 (1) partial",
		"3 2026-W03 = 1500 (1) partial",
	}
	// "geschlossen" (closed) on 13 February is not a number: February of
	// Café am Markt is left out rather than written without it.
	realGermanPeriods = []string{"6 2026-01 = 2221.5 (2) partial"}
	realGermanLeftOut = []string{"7 2026-02 rows [5], 1 values"}
)

type realCase struct {
	file string
	name string // the name ReadTable is given, when not file
	err  string // the message ReadTable refuses the file with
	enc  string
	sep  rune
	head []string
	// sheets, and the first row of the second sheet
	sheets []string
	other  []string
	m      Mapping
	// DetectDayMonth on the date column
	order     notation.DayMonthOrder
	ambiguous bool
	rows      int // data rows, blank rows not counted
	blank     int
	periods   []string
	rejected  []string
	leftOut   []string // as importLeftOutOf writes them
	skipped   int      // rows naming no chosen goal
}

var realEnglishHead = []string{"Goal", "Date", "Value"}
var realChineseHead = []string{"日期", "门店", "销售额", "完成率"}
var realGermanHead = []string{"Datum", "Filiale", "Umsatz"}

// gbkYuan are the rows LibreOffice's GBK export loses the yuan sign of:
// GBK has no ¥ (U+00A5), so LibreOffice writes "?9,000.00", which is
// refused saying so.
var gbkYuan = rowMessages(2, msgImportLostSign, 3, msgImportLostSign, 4, msgImportLostSign,
	6, msgImportLostSign, 7, msgImportLostSign)

var realCases = []realCase{
	{file: "libreoffice_en.xlsx", enc: "xlsx", head: realEnglishHead,
		sheets: []string{"Check-ins", "Targets"}, other: []string{"Goal", "Target"},
		m: realEnglish, rows: 8, blank: 1, periods: realEnglishPeriods},
	{file: "libreoffice_en_utf8.csv", enc: "utf-8", sep: ',', head: realEnglishHead,
		m: realEnglish, rows: 8, blank: 1, periods: realEnglishPeriods},
	{file: "gnumeric_en.xlsx", enc: "xlsx", head: realEnglishHead,
		sheets: []string{"Check-ins", "Targets"}, other: []string{"Goal", "Target"},
		m: realEnglish, rows: 8, blank: 1, periods: realEnglishPeriods},
	// Gnumeric's text export writes every sheet, one after the other, in
	// UTF-16 without a byte-order mark: the Targets sheet's header names no
	// goal and is skipped; its row is rejected, its 10000 read as a date.
	{file: "gnumeric_en.txt", enc: "utf-16le", sep: ';', head: realEnglishHead,
		m: realEnglish, rows: 10, blank: 1, periods: realEnglishPeriods,
		rejected: rowMessages(12, msgImportNoValue), skipped: 1,
		leftOut: []string{"1 1927-05 rows [12], 0 values history"}},
	{file: "libreoffice_zh.xlsx", enc: "xlsx", head: realChineseHead,
		sheets: []string{"销售", "说明"}, other: []string{"本表由门店经理每月填写。"},
		m: realChinese, rows: 5, blank: 1, periods: realChinesePeriods},
	{file: "gnumeric_zh.xlsx", enc: "xlsx", head: realChineseHead,
		sheets: []string{"销售", "说明"}, other: []string{"本表由门店经理每月填写。"},
		m: realChinese, rows: 5, blank: 1, periods: realChinesePeriods},
	{file: "libreoffice_zh_utf8.csv", enc: "utf-8", sep: ',', head: realChineseHead,
		m: realChinese, rows: 5, blank: 1, periods: realChinesePeriods},
	{file: "libreoffice_zh_gb18030.csv", enc: "gb18030", sep: ',', head: realChineseHead,
		m: realChinese, rows: 5, blank: 1, periods: realChinesePeriods},
	{file: "libreoffice_zh_utf16.txt", enc: "utf-16le", sep: '\t', head: realChineseHead,
		m: realChinese, rows: 5, blank: 1, periods: realChinesePeriods},
	// Pipes between the fields, as accounting and till exports write
	// them: the commas of ¥12,345.60 split it where the file was read with
	// commas, every row refused.
	{file: "libreoffice_zh_pipe.txt", enc: "utf-8", sep: '|', head: realChineseHead,
		m: realChinese, rows: 5, blank: 1, periods: realChinesePeriods},
	{file: "libreoffice_zh_gbk.csv", enc: "gbk", sep: ',', head: realChineseHead,
		m: realChinese, rows: 5, blank: 1, rejected: gbkYuan,
		leftOut: []string{"4 2026-01 rows [3], 0 values", "4 2026-02 rows [4], 0 values", "4 2026-03 rows [6 7], 0 values",
			"4 2025-12 rows [2], 0 values history"},
		periods: []string{"5 2026-01 = 85 (1)", "5 2026-02 = 90 (1)", "5 2026-03 = 92 (1) partial", "5 2025-12 = 75 (1) history"}},
	{file: "libreoffice_de_1252.csv", enc: "windows-1252", sep: ';', head: realGermanHead,
		m: realGerman, rows: 4, periods: realGermanPeriods,
		rejected: rowMessages(5, msgImportBadNumber), leftOut: realGermanLeftOut},
	// Mac Roman, what Excel for Mac's "CSV" and "CSV (Macintosh)" write:
	// ü is 0x9F, ß 0xA7, é 0x8E and € 0xDB, which Windows-1252 reads Ÿ,
	// §, Ž and Û, so that Café am Markt matched no goal.
	{file: "libreoffice_de_mac.csv", enc: "macintosh", sep: ';', head: realGermanHead,
		m: realGerman, rows: 4, periods: realGermanPeriods,
		rejected: rowMessages(5, msgImportBadNumber), leftOut: realGermanLeftOut},
	// DOS's code page 858, what Excel's "CSV (MS-DOS)" writes: ü is 0x81,
	// which Windows-1252 leaves undefined, é 0x82 (‚) and € 0xD5 (Õ).
	{file: "libreoffice_de_dos.csv", enc: "ibm858", sep: ';', head: realGermanHead,
		m: realGerman, rows: 4, periods: realGermanPeriods,
		rejected: rowMessages(5, msgImportBadNumber), leftOut: realGermanLeftOut},
	{file: "libreoffice_de.xlsx", enc: "xlsx", head: realGermanHead, sheets: []string{"Umsatz"},
		m: realGerman, rows: 4, periods: realGermanPeriods, rejected: rowMessages(5, msgImportBadNumber),
		leftOut: realGermanLeftOut},
	{file: "sheetjs_us.xlsx", enc: "xlsx", head: realEnglishHead,
		sheets: []string{"Check-ins", "Targets"}, other: []string{"Goal", "Target"},
		m: realEnglish, order: notation.MonthFirst, rows: 5, blank: 1, periods: realUSPeriods},
	{file: "sheetjs_us.csv", enc: "utf-8-bom", sep: ',', head: realEnglishHead,
		m: realEnglish, order: notation.MonthFirst, rows: 5, blank: 1, periods: realUSPeriods},
	{file: "sheetjs_zh.xlsx", enc: "xlsx", head: []string{"月份", "销售额", "完成率"},
		sheets: []string{"销售", "说明"}, other: []string{"说明"},
		m: realChineseSheetJS, rows: 3, periods: []string{
			"4 2026-01 = 12345.6 (1)", "4 2026-02 = 8000 (1)", "4 2025-12 = 9000 (1) history",
			"5 2026-01 = 85 (1)", "5 2026-02 = 90 (1)", "5 2025-12 = 75 (1) history"}},
	// OpenDocument, as LibreOffice saves it: read as its .xlsx twin,
	// whatever the file is named.
	{file: "libreoffice_en.ods", enc: "ods", head: realEnglishHead,
		sheets: []string{"Check-ins", "Targets"}, other: []string{"Goal", "Target"},
		m: realEnglish, rows: 8, blank: 1, periods: realEnglishPeriods},
	{file: "libreoffice_en.ods", name: "checkins.xlsx", enc: "ods", head: realEnglishHead,
		sheets: []string{"Check-ins", "Targets"}, other: []string{"Goal", "Target"},
		m: realEnglish, rows: 8, blank: 1, periods: realEnglishPeriods},
	{file: "libreoffice_zh.ods", enc: "ods", head: realChineseHead,
		sheets: []string{"销售", "说明"}, other: []string{"本表由门店经理每月填写。"},
		m: realChinese, rows: 5, blank: 1, periods: realChinesePeriods},
	{file: "libreoffice_en.xls", enc: "xls", head: realEnglishHead,
		sheets: []string{"Check-ins", "Targets"}, other: []string{"Goal", "Target"},
		m: realEnglish, rows: 8, blank: 1, periods: realEnglishPeriods},
}

// readReal reads a file of testdata/real.
func readReal(t *testing.T, file string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "real", file))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// realColumn is the trimmed text of column col below the header.
func realColumn(tab Table, col int) []string {
	var out []string
	for i := 1; i < len(tab.Rows); i++ {
		out = append(out, importCellText(tab.Cell(i, col)))
	}
	return out
}

func TestImportRealFiles(t *testing.T) {
	for _, tc := range realCases {
		name := tc.file
		if tc.name != "" {
			name = tc.name + "<-" + tc.file
		}
		t.Run(name, func(t *testing.T) {
			b := readReal(t, tc.file)
			fileName := tc.file
			if tc.name != "" {
				fileName = tc.name
			}
			tab, err := ReadTable(bytes.NewReader(b), fileName)
			if tc.err != "" {
				if app.ErrorMessage(err) != tc.err {
					t.Fatalf("error = %v, want %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if tab.Encoding != tc.enc || tab.Separator != tc.sep {
				t.Errorf("encoding %s, separator %q; want %s, %q", tab.Encoding, tab.Separator, tc.enc, tc.sep)
			}
			if !tab.HasHeader || !slices.Equal(tab.Header, tc.head) {
				t.Errorf("header %v %q, want %q", tab.HasHeader, tab.Header, tc.head)
			}
			if !slices.Equal(tab.Sheets, tc.sheets) {
				t.Errorf("sheets %q, want %q", tab.Sheets, tc.sheets)
			}
			if len(tc.sheets) > 1 {
				other, err := ReadSheet(bytes.NewReader(b), fileName, tc.sheets[1])
				if err != nil || other.Sheet != tc.sheets[1] || len(other.Rows) == 0 ||
					!slices.Equal(importTexts(other)[0], tc.other) {
					t.Errorf("sheet %s: %q, %v; want first row %q", tc.sheets[1], importTexts(other), err, tc.other)
				}
			}
			m := tc.m
			order, ambiguous := notation.DetectDayMonth(realColumn(tab, m.DateColumn))
			if order != tc.order || ambiguous != tc.ambiguous {
				t.Errorf("DetectDayMonth = %v, %v; want %v, %v", order, ambiguous, tc.order, tc.ambiguous)
			}
			m.DayMonth = order
			p, err := PlanImport(context.Background(), app.Calendar{}, tab, m, realGoals(), app.Snapshot{}, nil)
			if err != nil {
				t.Fatal(err)
			}
			checkRealPlan(t, tc, p)
		})
	}
}

// checkRealPlan checks the plan of a real file against its case.
func checkRealPlan(t *testing.T, tc realCase, p ImportPlan) {
	t.Helper()
	checkImportRejected(t, p)
	if got := importPeriodsOf(p); !slices.Equal(got, tc.periods) {
		t.Errorf("periods\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tc.periods, "\n"))
	}
	if got := importRejections(p); !slices.Equal(got, tc.rejected) {
		t.Errorf("rejected %q, want %q", got, tc.rejected)
	}
	if got := importLeftOutOf(p); !slices.Equal(got, tc.leftOut) {
		t.Errorf("left out %q, want %q", got, tc.leftOut)
	}
	if p.Rows != tc.rows || p.Blank != tc.blank || p.Skipped != tc.skipped {
		t.Errorf("rows %d, blank %d, skipped %d; want %d, %d, %d", p.Rows, p.Blank, p.Skipped, tc.rows, tc.blank, tc.skipped)
	}
}

// TestImportRealISODates checks that the dates of SheetJS's date cells,
// which hold ISO 8601 text rather than a serial, are read from the cell
// and not from the text shown: 1/5/2026 stays 5 January when the user
// says dates are day first.
func TestImportRealISODates(t *testing.T) {
	tab, err := ReadTable(bytes.NewReader(readReal(t, "sheetjs_us.xlsx")), "sheetjs_us.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	if c := tab.Cell(1, 1); c.Kind != CellDate || c.Text != "1/5/2026" || c.Number != 46027 {
		t.Fatalf("date cell = %+v, want the serial of 2026-01-05", c)
	}
	m := realEnglish
	m.DayMonth = notation.DayFirst
	p, err := PlanImport(context.Background(), app.Calendar{}, tab, m, realGoals(), app.Snapshot{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := importPeriodsOf(p); !slices.Equal(got, realUSPeriods) {
		t.Fatalf("periods %q, want %q", got, realUSPeriods)
	}
}

// TestImportRealMonthCells checks that a workbook's date cell shown as a
// month is that month: for a weekly goal it spans several check-in
// periods, as the same text in a CSV file does.
func TestImportRealMonthCells(t *testing.T) {
	for _, file := range []string{"libreoffice_zh.xlsx", "libreoffice_zh_utf8.csv"} {
		tab, err := ReadTable(bytes.NewReader(readReal(t, file)), file)
		if err != nil {
			t.Fatal(err)
		}
		goals := realGoals()
		goals[3].Cadence = app.CadenceWeek
		m := Mapping{DateColumn: 0, GoalColumn: -1, ValueColumns: map[int]int64{2: 4}, SkipHeader: true}
		p, err := PlanImport(context.Background(), app.Calendar{}, tab, m, goals, app.Snapshot{}, nil)
		if err != nil {
			t.Fatal(err)
		}
		want := []string{"4 2026-W10 = 1500.5 (1) partial", "4 2026-W12 = 2499.5 (1) partial", "4 2025-12 = 9000 (1) history"}
		if got := importPeriodsOf(p); !slices.Equal(got, want) {
			t.Errorf("%s: periods %q, want %q", file, got, want)
		}
		if got := importRejections(p); !slices.Equal(got, rowMessages(3, msgImportTooCoarse, 4, msgImportTooCoarse)) {
			t.Errorf("%s: rejected %q", file, got)
		}
	}
}
