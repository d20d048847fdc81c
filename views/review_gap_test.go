package views

import (
	"context"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
)

func TestGapEditorSavesCauseAndMeasures(t *testing.T) {
	ui, _, store := newStoreUI(t)
	g := saveSeedGoal(t, store, "Sales 2023")
	e := newGapEditor(ui)
	e.load(g, "2023-Q1")
	e.cause.SetSelected(causeLabel("market_demand"))
	test.Type(e.text, "Weak market demand")
	e.feedback.SetText("Distributors report delays")
	e.rows[0].text.SetText("More market research")
	e.rows[0].owner.SetText("Chen Jing")
	due := time.Date(2023, 4, 30, 0, 0, 0, 0, time.UTC)
	e.rows[0].due.SetDate(&due)
	test.Tap(e.add)
	e.rows[1].text.SetText("Reposition the product")
	test.Tap(e.add) // an empty third row is ignored
	test.Tap(e.save)

	r, err := store.ReviewByPeriod(context.Background(), g.ID, "2023-Q1")
	if err != nil {
		t.Fatal(err)
	}
	if r.CauseCategory != "market_demand" || r.CauseText != "Weak market demand" || r.TeamFeedback != "Distributors report delays" {
		t.Errorf("saved review = %+v", r)
	}
	if len(r.Measures) != 2 || r.Measures[0].Owner != "Chen Jing" || r.Measures[0].Due.String() != "2023-04-30" {
		t.Errorf("saved measures = %+v", r.Measures)
	}

	e.rows[1].owner.SetText("Product team")
	e.rows[1].text.SetText("")
	test.Tap(e.save)
	if e.status.Text != "Every measure needs a description." {
		t.Error("no message for a measure without a description")
	}
	if r2, _ := store.ReviewByPeriod(context.Background(), g.ID, "2023-Q1"); len(r2.Measures) != 2 || r2.Measures[1].Text != "Reposition the product" {
		t.Error("a refused save changed the stored measures")
	}
}
