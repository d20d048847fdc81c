package export

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"pacer/app"
	"pacer/app/internal/testkit"
)

// TestExportStatusOfTheShownFigures checks that a review exported tells
// the story its figures tell: new customers planned at 4 for Q1, so 1.378
// by the end of January, written "1", and January brought 1. The CSV and
// the workbook wrote "1, 1, 0" and then "Off track".
func TestExportStatusOfTheShownFigures(t *testing.T) {
	snap := testkit.CountOnPlanAsShown(t)
	rows := app.ReviewRows(app.Calendar{}, snap, testkit.Key(t, "2026-01"), testkit.Day(t, "2026-01-31"), app.DefaultThresholds)
	tbl := app.ReviewTable{Headers: []string{"Goal", "Period", "Expected", "Actual", "Variance", "Variance %", "Status"}, Rows: rows,
		StatusLabels: map[app.Status]string{app.StatusOnTrack: "On track", app.StatusAtRisk: "At risk", app.StatusOffTrack: "Off track"}}
	want := []string{"New customers", "\u20602026-01", "1", "1", "0", "0.0", "On track"}

	recs := reviewCSVRecords(t, tbl)
	if got := strings.Join(recs[1], "|"); got != strings.Join(want, "|") {
		t.Errorf("CSV record %q, want %q", recs[1], want)
	}

	f := reviewWorkbook(t, tbl)
	sheet := f.GetSheetName(0)
	status, err := f.GetCellValue(sheet, "G2")
	if err != nil {
		t.Fatal(err)
	}
	if status != "On track" {
		t.Errorf("workbook status %q beside expected 1, actual 1, gap 0; want On track", status)
	}
}

// reviewCSVRecords writes tbl as WriteReviewCSV does and reads the
// records back, the byte-order mark aside.
func reviewCSVRecords(t *testing.T, tbl app.ReviewTable) [][]string {
	t.Helper()
	var b bytes.Buffer
	if err := WriteReviewCSV(&b, tbl); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(bytes.NewReader(b.Bytes()[3:])).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return recs
}

// reviewWorkbook writes tbl as WriteReviewXLSX does and opens the
// workbook, closed when the test ends.
func reviewWorkbook(t *testing.T, tbl app.ReviewTable) *excelize.File {
	t.Helper()
	var b bytes.Buffer
	if err := WriteReviewXLSX(&b, tbl); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&b)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = f.Close() })
	return f
}
