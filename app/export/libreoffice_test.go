package export

import (
	"bytes"
	"encoding/csv"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"pacer/app"
)

// missingTool skips a test that needs a program this machine lacks,
// saying loudly what is not checked; under CI it fails instead, so that
// a CI image without the program cannot pass unchecked.
func missingTool(t *testing.T, why string) {
	t.Helper()
	if os.Getenv("CI") != "" {
		t.Fatal(why)
	}
	t.Skip(why)
}

// libreOfficeShows converts an .xlsx workbook with LibreOffice Calc and
// returns the cells of its sheet number sheet (from 1) as LibreOffice
// shows them, formatted.
func libreOfficeShows(t *testing.T, book []byte, sheet int) [][]string {
	t.Helper()
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		missingTool(t, "LibreOffice is not installed (soffice not on PATH): the workbooks are NOT checked in a real spreadsheet; install libreoffice-calc (make test-deps does)")
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "book.xlsx"), book, 0o600); err != nil {
		t.Fatal(err)
	}
	// Comma, double quote, UTF-8, from line 1, cells as shown, the sheet.
	filter := "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false," + strconv.Itoa(sheet)
	args := []string{"-env:UserInstallation=file://" + filepath.ToSlash(t.TempDir()), "--headless", "--norestore",
		"--convert-to", filter, "--outdir", dir, filepath.Join(dir, "book.xlsx")}
	if out, err := exec.Command(soffice, args...).CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	names, _ := filepath.Glob(filepath.Join(dir, "book*.csv"))
	if len(names) == 0 {
		missingTool(t, "LibreOffice wrote no CSV of the workbook, as it does without Calc: the workbooks are NOT checked in a real spreadsheet; install libreoffice-calc (make test-deps does)")
	}
	if len(names) != 1 {
		t.Fatalf("LibreOffice wrote %q, want one CSV", names)
	}
	data, err := os.ReadFile(names[0])
	if err != nil {
		t.Fatalf("LibreOffice wrote no CSV: %v", err)
	}
	r := csv.NewReader(bytes.NewReader(data))
	r.FieldsPerRecord = -1
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

// edgeTable is a review table of gaps whose signs and sizes the number
// formats must write as the screens do: gaps that round to zero either
// side of it, and per cents past a thousand.
func edgeTable() app.ReviewTable {
	money := app.Goal{ID: 1, Title: "Sales", Unit: app.UnitCurrency, UnitLabel: "USD", Decimals: 2}
	count := app.Goal{ID: 2, Title: "Visits", Unit: app.UnitCount}
	share := app.Goal{ID: 3, Title: "Conversion growth", Unit: app.UnitPercent, Decimals: 1}
	row := func(g app.Goal, expected, actual, previous float64) app.ReviewRow {
		return app.ReviewRow{Goal: g, Expected: expected, ExpectedCovered: expected, HasExpected: true, Actual: actual, HasActual: true,
			VsPlan: app.Variance(g.Unit, expected, actual), Previous: previous, HasPrevious: true, VsPrevious: app.Variance(g.Unit, previous, actual)}
	}
	// Expected values are shares of a plan, of any decimals; actuals are
	// at the goal's decimals.
	rows := []app.ReviewRow{
		row(money, 1703.2967033, 1703.3, 1703.3),     // +0.0033 is $0.00, +0.0002% is 0.0%
		row(money, 25000.004, 25000, 1000),           // −0.004 is $0.00; +2,400.0% on the period before
		row(count, 248.6338797, 249, 250),            // +0.37 is 0
		row(count, 20000.3, 20000, 20001),            // −0.3 is 0, −0.0015% and −0.005% are 0.0%
		row(share, 1499.96, 1500, 1500.1),            // 1,500.0% (a growth goal); +0.04 pp is 0.0 pp
		row(money, -1703.2967033, -1703.3, -1703.31), // −0.0033 below a negative plan is $0.00
	}
	cols := []app.ReviewColumn{app.ColumnGoal, app.ColumnExpected, app.ColumnActual, app.ColumnVariance, app.ColumnVarianceRel,
		app.ColumnPrevious, app.ColumnVsPrevious, app.ColumnVsPreviousRel}
	return app.ReviewTable{Sheet: "Review", Columns: cols, Rows: rows,
		Headers: []string{"Goal", "Expected", "Actual", "Variance", "Variance %", "Previous", "Vs previous", "Vs previous %"}}
}

// TestReviewWorkbookShowsTheScreensFigures opens the review workbook in
// LibreOffice Calc and checks that every cell it shows reads as Pacer's
// review table writes it (ReadableCell, with an ASCII minus): a gap that
// rounds to zero without a sign, as on the screen, in the CSV and in the
// deck, not "−0.0%" or "+$0.00"; per cents past a thousand with a
// thousands separator, "+2,400.0%" as everywhere else, not "+2400.0%".
func TestReviewWorkbookShowsTheScreensFigures(t *testing.T) {
	tbl := edgeTable()
	var b bytes.Buffer
	if err := WriteReviewXLSX(&b, tbl); err != nil {
		t.Fatal(err)
	}
	shown := libreOfficeShows(t, b.Bytes(), 1)
	if len(shown) != len(tbl.Rows)+1 {
		t.Fatalf("LibreOffice shows %d rows, want %d", len(shown), len(tbl.Rows)+1)
	}
	for i, r := range tbl.Rows {
		for j, c := range tbl.Columns {
			want := strings.ReplaceAll(ReadableCell(tbl.Cell(c, r), r.Goal, tbl.PointsUnit), "−", "-")
			if want == "—" {
				want = ""
			}
			got := ""
			if j < len(shown[i+1]) {
				got = shown[i+1][j]
			}
			if got != want {
				t.Errorf("%s, %s: LibreOffice shows %q, Pacer %q", r.Goal.Title, tbl.Headers[j], got, want)
			}
		}
	}
}

// TestReviewWorkbookStoresGapsAsShown is the part of
// TestReviewWorkbookShowsTheScreensFigures that needs no LibreOffice: a
// gap that rounds to zero is stored as zero, for the format's unsigned
// section, and per cents are grouped by thousands.
func TestReviewWorkbookStoresGapsAsShown(t *testing.T) {
	tbl := edgeTable()
	f := reviewWorkbook(t, tbl)
	for i, r := range tbl.Rows {
		for j, c := range tbl.Columns {
			cell := tbl.Cell(c, r)
			ref, _ := excelize.CoordinatesToCellName(j+1, i+2)
			raw, _ := f.GetCellValue(tbl.Sheet, ref, excelize.Options{RawCellValue: true})
			if shown := ReadableCell(cell, r.Goal, tbl.PointsUnit); (cell.Kind == app.CellDelta || cell.Kind == app.CellRel) &&
				!strings.ContainsAny(shown, "123456789") && raw != "0" {
				t.Errorf("%s, %s: %s stored for a gap shown as %q", r.Goal.Title, tbl.Headers[j], raw, shown)
			}
		}
	}
	for _, ref := range []string{"B6", "H3"} { // a percent goal's value, a relative gap
		id, _ := f.GetCellStyle(tbl.Sheet, ref)
		if s, err := f.GetStyle(id); err != nil || s.CustomNumFmt == nil || !strings.Contains(*s.CustomNumFmt, "#,##0.0%") {
			t.Errorf("%s: style %+v %v, want per cents grouped by thousands", ref, s, err)
		}
	}
}

// Windows language IDs of the locales a CSV file is read in.
const (
	localeEnUS = "1033"
	localeZhCN = "2052"
)

// libreOfficeReads imports a CSV file into LibreOffice Calc as a user who
// ticks "Detect special numbers" does (as Excel always does), in the
// locale of Windows language ID locale (localeEnUS, localeZhCN), and
// returns the first sheet of the workbook it saves.
func libreOfficeReads(t *testing.T, csvFile []byte, locale string) *excelize.File {
	t.Helper()
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		missingTool(t, "LibreOffice is not installed (soffice not on PATH): the CSV exports are NOT checked in a real spreadsheet; install libreoffice-calc (make test-deps does)")
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "table.csv"), csvFile, 0o600); err != nil {
		t.Fatal(err)
	}
	// Comma, double quote, UTF-8, from line 1, the locale, quoted fields
	// not forced to text, special numbers (dates) detected.
	args := []string{"-env:UserInstallation=file://" + filepath.ToSlash(t.TempDir()), "--headless", "--norestore",
		"--infilter=CSV:44,34,76,1,," + locale + ",false,true", "--convert-to", "xlsx", "--outdir", dir, filepath.Join(dir, "table.csv")}
	if out, err := exec.Command(soffice, args...).CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	if _, err := os.Stat(filepath.Join(dir, "table.xlsx")); err != nil {
		missingTool(t, "LibreOffice wrote no workbook of the CSV, as it does without Calc: the CSV exports are NOT checked in a real spreadsheet; install libreoffice-calc (make test-deps does)")
	}
	f, err := excelize.OpenFile(filepath.Join(dir, "table.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// TestReviewCSVReadsBackInLibreOffice imports the review table's CSV into
// LibreOffice Calc in US English and in Chinese and checks that every
// field reads back as written: a number as that number, a text as that
// text; of the sample plan, and of goals named by trickyTexts with months
// named "Mar 2026" and "2026年3月". The periods reported, "1/1", came back
// as the date 1 January; "0012" as 12, "Mar 2026" as 1 March 2026, "12%"
// as 0.12, "TRUE" as a boolean.
func TestReviewCSVReadsBackInLibreOffice(t *testing.T) {
	for _, lang := range []string{"en", "zh"} {
		for name, tbl := range map[string]app.ReviewTable{"sample": sampleTable(t, lang), "tricky": trickyReview(t, lang)} {
			var b bytes.Buffer
			if err := WriteReviewCSV(&b, tbl); err != nil {
				t.Fatal(err)
			}
			checkCSVReadsBack(t, name+" review "+lang, b.Bytes(), trickyTexts)
		}
	}
}

// TestContributorsSheetShowsSharesUnsigned opens the review workbook's
// sheet of the gap by product in LibreOffice Calc: a value's share of
// the goal's gap is a share, written "65.9%" as the CSV writes 65.9 and
// the screens write it without a sign, not "+65.9%" as if it were a gap.
func TestContributorsSheetShowsSharesUnsigned(t *testing.T) {
	table := sampleTable(t, "en")
	cs := salesContributors(t, table)
	var b bytes.Buffer
	if err := WriteReviewBook(&b, table, cs, nil); err != nil {
		t.Fatal(err)
	}
	shown := libreOfficeShows(t, b.Bytes(), 2)
	lines := contributorLines(table, cs, nil)
	if len(shown) != len(lines)+1 {
		t.Fatalf("LibreOffice shows %d rows, want %d", len(shown), len(lines)+1)
	}
	const share = 7 // the column of the share of the gap
	for i, l := range lines {
		want := ""
		if c := l.cells[share]; c.Kind == app.CellRel {
			want = app.FormatValue(c.Value*100, 1, app.UnitPercent, "")
		}
		if got := shown[i+1][share]; got != want {
			t.Errorf("%s: LibreOffice shows the share %q, want %q", l.cells[3].Text, got, want)
		}
	}
}
