package export

import (
	"bytes"
	"encoding/csv"
	"io"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"pacer/app"
	"pacer/app/internal/testkit"
	"pacer/app/notation"
)

// trickyTexts are texts of goals, periods, notes and breakdowns that a
// spreadsheet would make a number, date, time, percent or fraction of,
// or that look as if it would and do not.
var trickyTexts = []string{
	"Mar 2026", "March 4", "Mar-26", "2026年3月", "3月4日", "2026-03", "2026/3/4", "2026-03-04 10:00", "2026",
	"0012", "1.50", "1E5", "12%", "12 %", "1,000", "$100", "¥100", "(100)", ".5", "1/2", "2/3", "1 1/2", "3-4",
	"1:30", "12:30 pm", "TRUE", "1/2 of the market", "3-4 stores", "1E5 target", "Q1 2026", "2026-Q1", "2023年第1季度",
}

// csvLocales are the locales, by Windows language ID, a CSV file is read
// back in.
var csvLocales = []string{localeEnUS, localeZhCN}

// checkCSVReadsBack imports csvFile into LibreOffice Calc in each of
// csvLocales and checks that every field reads back as written: a number
// as that number, a text as that text. A field is a number when it reads
// as one, unless it is one of texts as the importer reads it; dates and
// timestamps, which are meant to be read as dates, are not checked. It
// runs as parallel subtests, after the caller returns.
func checkCSVReadsBack(t *testing.T, name string, csvFile []byte, texts []string) {
	t.Helper()
	records, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(csvFile, []byte(utf8BOM)))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	for _, locale := range csvLocales {
		t.Run(name+" "+locale, func(t *testing.T) {
			t.Parallel() // LibreOffice takes seconds a file
			f := libreOfficeReads(t, csvFile, locale)
			sheet := f.GetSheetName(0)
			for i, rec := range records {
				for j, field := range rec {
					ref, _ := excelize.CoordinatesToCellName(j+1, i+1)
					number := !slices.Contains(texts, notation.PlainSheetText(field))
					if msg := readBack(f, sheet, ref, field, number); msg != "" {
						t.Errorf("%s (%s): %s", ref, records[0][j], msg)
					}
				}
			}
		})
	}
}

// readBack says how cell ref of sheet differs from the CSV field it was
// read from, or "", reading field as a number when it is one and number
// is true.
func readBack(f *excelize.File, sheet, ref, field string, number bool) string {
	got, _ := f.GetCellValue(sheet, ref, excelize.Options{RawCellValue: true})
	typ, _ := f.GetCellType(sheet, ref)
	text := typ == excelize.CellTypeSharedString || typ == excelize.CellTypeInlineString
	if n, err := strconv.ParseFloat(field, 64); err == nil && number {
		if v, err := strconv.ParseFloat(got, 64); text || err != nil || v != n {
			return "reads " + strconv.Quote(got) + ", want the number " + field
		}
		return ""
	}
	if field == "" || isCSVDate(field) || (text && got == field) {
		return ""
	}
	return "reads " + strconv.Quote(got) + " (text " + strconv.FormatBool(text) + "), want the text " + strconv.Quote(field)
}

// isCSVDate reports whether field is a date or timestamp as the data
// export writes them.
func isCSVDate(field string) bool {
	_, dayErr := time.Parse(time.DateOnly, field)
	_, timeErr := time.Parse(csvTimeLayout, field)
	return dayErr == nil || timeErr == nil
}

// trickyReview is a review table of a goal per tricky text, its period
// named as Pacer names months in lang.
func trickyReview(t *testing.T, lang string) app.ReviewTable {
	var rows []app.ReviewRow
	for i, s := range trickyTexts {
		g := app.Goal{ID: int64(i + 1), Title: s, Unit: app.UnitCount}
		rows = append(rows, app.ReviewRow{Goal: g, Period: testkit.Key(t, "2026-03"), Status: app.StatusPartial, HasExpected: true,
			Expected: 12, ExpectedCovered: 12, HasActual: true, Actual: 1.5, Reported: i % 3, Periods: 2})
	}
	label := map[string]string{"en": "Mar 2026", "zh": "2026年3月"}[lang]
	return app.ReviewTable{Columns: []app.ReviewColumn{app.ColumnGoal, app.ColumnPeriod, app.ColumnExpected, app.ColumnActual, app.ColumnReported},
		Headers: []string{"Goal", "Period", "Expected", "Actual", "Reported"}, Rows: rows,
		PeriodLabel: func(app.Period) string { return label }}
}

// TestTrickyTextsOfTheDataAndBreakdownReadBackInLibreOffice does what
// TestReviewCSVReadsBackInLibreOffice does for the data export's files, whose goals, periods (2026-03, 2026) and
// notes are tricky texts, and for the gap by dimension, whose store codes
// are.
func TestTrickyTextsOfTheDataAndBreakdownReadBackInLibreOffice(t *testing.T) {
	files := map[string]*memFile{}
	if err := WriteDataCSV(func(name string) (io.WriteCloser, error) {
		files[name] = &memFile{}
		return files[name], nil
	}, trickyBook(), nil); err != nil {
		t.Fatal(err)
	}
	for name, f := range files {
		if bytes.Count(f.Bytes(), []byte("\r\n")) > 1 { // a table of no rows has no texts
			checkCSVReadsBack(t, name, f.Bytes(), trickyTexts)
		}
	}
	table := trickyReview(t, "en")
	var values []app.Contribution
	for _, s := range trickyTexts {
		values = append(values, app.Contribution{Value: s, Expected: 2, Actual: 1, Gap: -1, Share: 0.5})
	}
	var b bytes.Buffer
	cs := map[int64][]app.GapContributors{1: {{Dimension: "2026", Values: values}}}
	if err := WriteContributorsCSV(&b, table, cs, nil); err != nil {
		t.Fatal(err)
	}
	checkCSVReadsBack(t, "contributors", b.Bytes(), trickyTexts)
}

// trickyBook is a data export of a monthly and a yearly goal per tricky
// text, with a check-in noted by it.
func trickyBook() ExportBook {
	b := ExportBook{CheckIns: map[int64][]app.CheckIn{}}
	for i, s := range trickyTexts {
		g := app.Goal{ID: int64(i + 1), Title: s, Owner: s, Unit: app.UnitCount, Cadence: app.CadenceMonth,
			Start: app.NewDate(2026, 1, 1), End: app.NewDate(2026, 12, 31), Target: 10}
		period := "2026-03"
		if i%2 == 1 {
			g.Cadence, period = app.CadenceYear, "2026"
		}
		b.Goals = append(b.Goals, g)
		b.CheckIns[g.ID] = []app.CheckIn{{GoalID: g.ID, PeriodKey: period, Value: 1.5, Note: s}}
	}
	return b
}

// TestCSVTextsLookAsTyped checks that every text the CSV exports guard
// is the text itself after a word joiner, which shows nothing, and that
// only texts a spreadsheet would read as values are guarded.
func TestCSVTextsLookAsTyped(t *testing.T) {
	for _, s := range trickyTexts {
		got := csvText(s)
		if plain := strings.TrimPrefix(got, notation.WordJoiner); plain != s {
			t.Errorf("csvText(%q) = %q, want the text, after a word joiner at most", s, got)
		}
		if guarded := got != s; guarded != notation.ReadsAsValue(s) {
			t.Errorf("csvText(%q) = %q: guarded %v", s, got, guarded)
		}
	}
	// A tab or carriage return first: some spreadsheets strip it and run
	// the rest; they were written bare.
	for _, s := range []string{"-3-4 stores", "\t=HYPERLINK(\"x\")", "\r=1+1", "@SUM(A1)"} {
		if got := csvText(s); got != "'"+s {
			t.Errorf("csvText(%q) = %q, want it after an apostrophe", s, got)
		}
	}
}
