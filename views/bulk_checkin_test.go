package views

import (
	"context"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"pacer/app"
	"pacer/data"
)

// bulkForQ1 opens the bulk check-in on 2023-Q1 with two goals, the first
// of which already has 8,000,000 recorded.
func bulkForQ1(t *testing.T) (*bulkCheckIn, *mainUI, *data.Store, [2]app.Goal) {
	t.Helper()
	ui, _, store := newStoreUI(t)
	ui.now = func() time.Time { return time.Date(2023, 4, 5, 9, 0, 0, 0, time.UTC) }
	a := saveSeedGoal(t, store, "North-America sales 2023")
	b := saveSeedGoal(t, store, "Europe sales 2023")
	if err := store.CreateCheckIn(context.Background(), &app.CheckIn{GoalID: a.ID, PeriodKey: "2023-Q1", Value: 8_000_000, Confidence: 7}); err != nil {
		t.Fatal(err)
	}
	bulk := newBulkCheckIn(depsOf[bulkStore](ui), nil)
	for i, p := range bulk.periods {
		if p.Key() == "2023-Q1" {
			bulk.period.SetSelectedIndex(i)
		}
	}
	if len(bulk.rows) != 2 {
		t.Fatalf("bulk shows %d rows, want 2", len(bulk.rows))
	}
	bulk.show()
	return bulk, ui, store, [2]app.Goal{a, b}
}

func q1Values(t *testing.T, store *data.Store, goals [2]app.Goal) [2]float64 {
	t.Helper()
	var out [2]float64
	for i, g := range goals {
		if c, err := store.CheckInByPeriod(context.Background(), g.ID, "2023-Q1"); err == nil {
			out[i] = c.Value
		}
	}
	return out
}

// TestBulkCheckInAsksBeforeReplacing checks that a row replacing a
// recorded value is saved only after one question that lists it old →
// new; that Cancel keeps all that was typed and saves nothing; and that
// the save is confirmed with what it replaced.
func TestBulkCheckInAsksBeforeReplacing(t *testing.T) {
	bulk, ui, store, goals := bulkForQ1(t)
	w, q1 := ui.win, periodKeyName("2023-Q1")
	bulk.rows[0].value.entry.SetText("9,000,000")
	bulk.rows[1].value.entry.SetText("7,500,000")
	bulk.onSave()
	ask := w.Canvas().Overlays().Top()
	if ask == nil || !containsText(ask, "North-America sales 2023 · "+q1+": CN¥8,000,000 → CN¥9,000,000") {
		t.Fatal("replacing a recorded value did not ask, listing old → new")
	}
	if containsText(ask, "Europe sales 2023") {
		t.Error("the question lists a row that replaces nothing")
	}
	if got := q1Values(t, store, goals); got != [2]float64{8_000_000, 0} {
		t.Fatalf("before the answer the store holds %v", got)
	}
	test.Tap(findButton(t, ask, "Cancel"))
	if got := q1Values(t, store, goals); got != [2]float64{8_000_000, 0} {
		t.Fatalf("after Cancel the store holds %v", got)
	}
	if bulk.rows[0].value.entry.Text != "9,000,000" || bulk.rows[1].value.entry.Text != "7,500,000" {
		t.Error("Cancel lost what was typed")
	}
	if top := w.Canvas().Overlays().Top(); top == nil || !containsText(top, "Type each value") {
		t.Error("Cancel did not go back to the bulk check-in")
	}

	bulk.onSave()
	test.Tap(findButton(t, w.Canvas().Overlays().Top(), "Replace"))
	if got := q1Values(t, store, goals); got != [2]float64{9_000_000, 7_500_000} {
		t.Fatalf("after Replace the store holds %v", got)
	}
	done := w.Canvas().Overlays().Top()
	if done == nil || !containsText(done, q1+": 2 check-ins saved, 1 of them replacing a value recorded before.") {
		t.Error("the save is not confirmed with what it replaced")
	}
}

// TestBulkCheckInConfirmsSave checks that a save that replaces nothing
// asks nothing and says how many check-ins it saved.
func TestBulkCheckInConfirmsSave(t *testing.T) {
	bulk, ui, store, goals := bulkForQ1(t)
	bulk.rows[1].value.entry.SetText("7,500,000")
	bulk.onSave()
	if got := q1Values(t, store, goals); got != [2]float64{8_000_000, 7_500_000} {
		t.Fatalf("the store holds %v", got)
	}
	done := ui.win.Canvas().Overlays().Top()
	if done == nil || !containsText(done, periodKeyName("2023-Q1")+": 1 check-in saved.") {
		t.Error("the save is not confirmed")
	}
}
