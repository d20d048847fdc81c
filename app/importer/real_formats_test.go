package importer

import (
	"bytes"
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"pacer/app"
	"pacer/app/notation"
)

// TestImportRealFormats1904 reads testdata/real/libreoffice_formats_1904.xlsx,
// which openpyxl wrote in the 1904 date system and LibreOffice 7.4.7.2
// saved again (generate_formats.sh). Its numbers shown with a unit
// ("120人", "12.5 kg") or as fractions ("1 1/2") do not read as numbers,
// and were taken for dates: in a 1904-system workbook each came in 1462
// too high (120 customers as 1582). Its months shown mm.yyyy ("01.2026")
// read as numbers, and were refused as no date. Each cell now imports as
// the sheet shows it, told apart by its number format; 01.2026 is the
// whole month, as it reads.
func TestImportRealFormats1904(t *testing.T) {
	const file = "libreoffice_formats_1904.xlsx"
	tab, err := ReadTable(bytes.NewReader(readReal(t, file)), file)
	if err != nil {
		t.Fatal(err)
	}
	goal := func(id int64, dec int) app.Goal {
		return app.Goal{ID: id, Title: "g", Aggregation: app.AggFlow, Decimals: dec, Cadence: app.CadenceMonth,
			PlanBy: app.CadenceMonth, Start: app.NewDate(2026, time.January, 1), End: app.NewDate(2026, time.December, 31)}
	}
	goals := []app.Goal{goal(1, 0), goal(2, 2), goal(3, 1)}
	for _, dateCol := range []int{0, 1} {
		m := Mapping{DateColumn: dateCol, GoalColumn: -1, ValueColumns: map[int]int64{2: 1, 3: 2, 4: 3}, SkipHeader: true}
		p, err := PlanImport(context.Background(), app.Calendar{}, tab, m, goals, app.Snapshot{}, nil)
		if err != nil {
			t.Fatal(err)
		}
		want := []string{
			"1 2026-01 = 120 (1) partial", "1 2026-02 = 3 (1) partial", "1 2026-03 = 1000 (1) partial",
			"2 2026-01 = 1.5 (1) partial", "2 2026-02 = 2.25 (1) partial", "2 2026-03 = 0.75 (1) partial",
			"3 2026-01 = 12.5 (1) partial", "3 2026-02 = 800 (1) partial", "3 2026-03 = 0.5 (1) partial",
		}
		if dateCol == 1 { // 01.2026 shows the month: the whole month
			for i := range want {
				want[i] = strings.TrimSuffix(want[i], " partial")
			}
		}
		if got := importPeriodsOf(p); !slices.Equal(got, want) || len(p.Rejected) > 0 {
			t.Errorf("date column %d: periods\n%q\nrejected %q; want\n%q", dateCol, got, importRejections(p), want)
		}
	}
	if c := tab.Cell(1, 1); c.Kind != CellDate || c.Text != "01.2026" {
		t.Errorf("01.2026: %+v, want a date cell", c)
	}
}

// TestDateFormat tells date and time number formats from the others.
func TestDateFormat(t *testing.T) {
	for code, want := range map[string]bool{
		"yyyy-mm-dd": true, "mm.yyyy": true, `yyyy"年"m"月"`: true, "[$-F800]dddd, mmmm dd, yyyy": true,
		"[h]:mm:ss": true, "h:mm AM/PM": true, `e"年"`: true, "[$-409]mmm-yy;@": true,
		`#,##0"人"`: false, "# ?/?": false, `0.0" kg"`: false, "0.00E+00": false, "General": false,
		"[Red]#,##0.00": false, `[$¥-804]#,##0.00`: false, `#,##0.00_);[Red](#,##0.00)`: false,
		`0\d`: false, "_-* #,##0.00_-": false, `0;-0;"—"`: false, "[DBNum1]General": false, "@": false,
	} {
		if got := dateFormat(code); got != want {
			t.Errorf("dateFormat(%q) = %v, want %v", code, got, want)
		}
	}
}

// TestImportRealLongDates reads testdata/real/libreoffice_long_dates.csv,
// which LibreOffice 7.4.7.2 saved as shown from long_dates.fods
// (generate_formats.sh): dates with a weekday, as long date formats show
// them ("Thursday, January 15, 2026", "Mon 16/02/2026", "2026年5月15日
// 星期五", "2026年6月15日(一)"), and months shown 03.2026 and 4/2026. Every
// one was refused as no date.
func TestImportRealLongDates(t *testing.T) {
	const file = "libreoffice_long_dates.csv"
	tab, err := ReadTable(bytes.NewReader(readReal(t, file)), file)
	if err != nil {
		t.Fatal(err)
	}
	if col := GuessDateColumn(tab); col != 0 {
		t.Errorf("date column %d, want 0", col)
	}
	goal := app.Goal{ID: 1, Title: "Sales", Aggregation: app.AggFlow, Cadence: app.CadenceMonth, PlanBy: app.CadenceMonth,
		Start: app.NewDate(2026, time.January, 1), End: app.NewDate(2026, time.December, 31)}
	m := Mapping{DateColumn: 0, GoalColumn: -1, ValueColumns: map[int]int64{1: 1}, SkipHeader: true}
	p, err := PlanImport(context.Background(), app.Calendar{}, tab, m, []app.Goal{goal}, app.Snapshot{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"1 2026-01 = 100 (1) partial", "1 2026-02 = 200 (1) partial", "1 2026-03 = 300 (1)",
		"1 2026-04 = 400 (1)", "1 2026-05 = 500 (1) partial", "1 2026-06 = 600 (1) partial"}
	if got := importPeriodsOf(p); !slices.Equal(got, want) || len(p.Rejected) > 0 {
		t.Errorf("periods %q, rejected %q; want %q", got, importRejections(p), want)
	}
}

// TestImportRealSheetJSFormats reads testdata/real/sheetjs_formats.xlsx,
// which SheetJS 0.18.5 wrote (make_sheetjs_formats.js): its 0.0% format
// has ID 60, which excelize takes for a built-in East Asian format, so
// 85.5% came in as 0.855. The workbook's own definition of the format
// says percent.
func TestImportRealSheetJSFormats(t *testing.T) {
	const file = "sheetjs_formats.xlsx"
	tab, err := ReadTable(bytes.NewReader(readReal(t, file)), file)
	if err != nil {
		t.Fatal(err)
	}
	goal := func(id int64, agg app.Aggregation, dec int) app.Goal {
		return app.Goal{ID: id, Title: "g", Aggregation: agg, Decimals: dec, Cadence: app.CadenceMonth,
			PlanBy: app.CadenceMonth, Start: app.NewDate(2026, time.January, 1), End: app.NewDate(2026, time.December, 31)}
	}
	m := Mapping{DateColumn: 0, GoalColumn: -1, ValueColumns: map[int]int64{1: 1, 2: 2}, SkipHeader: true}
	p, err := PlanImport(context.Background(), app.Calendar{}, tab, m,
		[]app.Goal{goal(1, app.AggLevel, 1), goal(2, app.AggFlow, 0)}, app.Snapshot{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"1 2026-01 = 85.5 (1) partial", "1 2026-02 = 90 (1) partial", "1 2026-03 = 105 (1) partial",
		"2 2026-01 = 120 (1) partial", "2 2026-02 = 3 (1) partial", "2 2026-03 = 1000 (1) partial"}
	if got := importPeriodsOf(p); !slices.Equal(got, want) || len(p.Rejected) > 0 {
		t.Errorf("periods %q, rejected %q; want %q", got, importRejections(p), want)
	}
}

// TestImportRealLocales reads what LibreOffice 7.4.7.2 saves as shown from
// cells formatted in three locales (make_locales.py, generate_formats.sh):
// de-CH groups thousands with an apostrophe (1'234'567.89, CHF 1'234.50),
// en-IN as India does (12,34,567.89, ₹ 1,23,45,678.90) and ru-RU with
// no-break spaces before a decimal comma (1 234 567,89, ₽ 1 234,50). Every
// amount was refused as no number but the plain ones.
func TestImportRealLocales(t *testing.T) {
	goal := func(id int64) app.Goal {
		return app.Goal{ID: id, Title: "g", Aggregation: app.AggFlow, Decimals: 2, Cadence: app.CadenceMonth,
			PlanBy: app.CadenceMonth, Start: app.NewDate(2026, time.January, 1), End: app.NewDate(2026, time.December, 31)}
	}
	want := []string{"1 2026-01 = 1.23456789e+06 (1) partial", "1 2026-02 = -1234.5 (1) partial", "1 2026-03 = 999.99 (1) partial",
		"2 2026-01 = 1234.5 (1) partial", "2 2026-02 = 1.23456789e+07 (1) partial", "2 2026-03 = -50 (1) partial"}
	for file, comma := range map[string]bool{"libreoffice_sales_ch.csv": false, "libreoffice_sales_in.csv": false, "libreoffice_sales_ru.csv": true} {
		tab, err := ReadTable(bytes.NewReader(readReal(t, file)), file)
		if err != nil {
			t.Fatal(err)
		}
		if got, ok := DetectDecimals(tab, 0).Clear(); got != comma || !ok {
			t.Errorf("%s: decimal comma %v, %v; want %v", file, got, ok, comma)
		}
		m := Mapping{DateColumn: 0, GoalColumn: -1, ValueColumns: map[int]int64{1: 1, 2: 2}, SkipHeader: true,
			NumberFormat: notation.NumberFormat{DecimalComma: comma}}
		p, err := PlanImport(context.Background(), app.Calendar{}, tab, m, []app.Goal{goal(1), goal(2)}, app.Snapshot{}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if got := importPeriodsOf(p); !slices.Equal(got, want) || len(p.Rejected) > 0 {
			t.Errorf("%s: periods %q, rejected %q; want %q", file, got, importRejections(p), want)
		}
	}
}

// TestImportRealMerged reads testdata/real/libreoffice_merged_zh.xlsx,
// written by openpyxl and saved again by LibreOffice 7.4.7.2
// (make_merged_zh.py): each month's date cell is merged over its three
// stores' rows, and so is its one target. The rows below a month's first
// were refused as having no date, though the sheet shows it; the merged
// target counts once, as SUM counts it, and the title merged across the
// table is still no header.
func TestImportRealMerged(t *testing.T) {
	const file = "libreoffice_merged_zh.xlsx"
	tab, err := ReadTable(bytes.NewReader(readReal(t, file)), file)
	if err != nil {
		t.Fatal(err)
	}
	if tab.HeaderRow != 1 || !slices.Equal(tab.Header, []string{"月份", "门店", "销售额", "目标"}) {
		t.Errorf("header row %d %q", tab.HeaderRow, tab.Header)
	}
	goal := func(id int64) app.Goal {
		return app.Goal{ID: id, Title: "g", Aggregation: app.AggFlow, Cadence: app.CadenceMonth,
			PlanBy: app.CadenceMonth, Start: app.NewDate(2026, time.January, 1), End: app.NewDate(2026, time.December, 31)}
	}
	m := Mapping{DateColumn: 0, GoalColumn: -1, ValueColumns: map[int]int64{2: 1, 3: 2}, SkipHeader: true, HeaderRow: 1}
	p, err := PlanImport(context.Background(), app.Calendar{}, tab, m, []app.Goal{goal(1), goal(2)}, app.Snapshot{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"1 2026-01 = 111 (3)", "1 2026-02 = 222 (3)", "2 2026-01 = 500 (1)", "2 2026-02 = 600 (1)"}
	if got := importPeriodsOf(p); !slices.Equal(got, want) || len(p.Rejected) > 0 || p.Rows != 6 {
		t.Errorf("periods %q, rejected %q, rows %d; want %q", got, importRejections(p), p.Rows, want)
	}
}
