package views

import (
	"bytes"
	"strings"
	"testing"

	"fyne.io/fyne/v2/lang"

	"pacer/app"
	"pacer/app/export"
	"pacer/app/export/deck"
)

// TestReviewExportsSayWhereAPlanWasRespread: a goal re-planned after its
// first quarter, reviewed for the year, says "re-planned after Q1" on the
// review screen; the variance table of the CSV and workbook, and that of
// the report and the deck, name that quarter beside the expected value,
// under a translated header, and leave the cell empty on a goal that was
// not re-planned.
func TestReviewExportsSayWhereAPlanWasRespread(t *testing.T) {
	ui, _, _ := newStoreUI(t)
	ui.showScreen(screenReviews)
	s := builtScreen[*reviewsScreen](ui)
	year := app.Period{Cadence: app.CadenceYear, Year: 2023}
	goal := func(id int64, title string) app.Goal {
		return app.Goal{ID: id, Title: title, Kind: app.KindIncrease, Unit: app.UnitCount, Aggregation: app.AggFlow, Target: 100}
	}
	s.rows = []app.ReviewRow{
		{Goal: goal(1, "Re-planned"), Period: year, Expected: 100, ExpectedCovered: 100, HasExpected: true, ReplannedAfter: "2023-Q1"},
		{Goal: goal(2, "As planned"), Period: year, Expected: 100, ExpectedCovered: 100, HasExpected: true},
	}
	q1 := periodKeyName("2023-Q1")
	for name, table := range map[string]app.ReviewTable{"pack": s.reviewTable(year), "report and deck": s.exportTable(year)} {
		cols, err := table.CheckedColumns()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		at := -1
		for i, c := range cols {
			if table.Cell(c, s.rows[0]).Text == q1 {
				at = i
			}
		}
		if at < 0 {
			t.Errorf("%s: no cell of the re-planned goal says %q", name, q1)
			continue
		}
		if h := table.Headers[at]; h != lang.L("Re-planned after") {
			t.Errorf("%s: the column is headed %q", name, h)
		}
		if c := table.Cell(cols[at], s.rows[1]); c.Kind != app.CellEmpty {
			t.Errorf("%s: the goal as planned says %+v", name, c)
		}
		if cols[at-1] != app.ColumnExpected {
			t.Errorf("%s: the note is not beside the expected value: columns %v", name, cols)
		}
	}
	var csv bytes.Buffer
	if err := export.WriteReviewCSV(&csv, s.reviewTable(year)); err != nil || !strings.Contains(csv.String(), q1) {
		t.Errorf("the CSV does not name %s: %v\n%s", q1, err, csv.String())
	}
}

// TestDeckNotesSayWhereAPlanWasRespread: the deck's speaker notes, in the
// interface's language, say after a re-planned goal's figures where its
// plan was re-spread, and nothing of it for a goal as planned.
func TestDeckNotesSayWhereAPlanWasRespread(t *testing.T) {
	f := deck.Figures{Goal: "Sales", Actual: "60", Plan: "60", Gap: "0", Status: "Achieved", HasActual: true, HasPlan: true, ReplannedAfter: "2023-Q1"}
	want := "Sales: 60 against a plan of 60, 0 above plan (Achieved). The plan was re-spread after 2023-Q1 and counts its actuals."
	if got := deckSentence(f); got != want {
		t.Errorf("notes %q, want %q", got, want)
	}
	f.ReplannedAfter = ""
	if got := deckSentence(f); strings.Contains(got, "re-spread") {
		t.Errorf("the notes of a goal as planned say %q", got)
	}
}
