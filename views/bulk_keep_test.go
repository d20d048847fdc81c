package views

import (
	"testing"

	"fyne.io/fyne/v2/test"
)

// otherPeriod is the index of a period other than the bulk check-in's
// chosen one.
func otherPeriod(t *testing.T, bulk *bulkCheckIn) int {
	t.Helper()
	for i := range bulk.periods {
		if i != bulk.period.SelectedIndex() {
			return i
		}
	}
	t.Fatal("the bulk check-in offers one period only")
	return -1
}

// TestBulkCheckInAsksBeforeAnotherPeriodDropsValues types a value and
// chooses another period: Keep editing puts the period back with the value
// as typed, Discard shows the other period's rows; with nothing typed,
// another period is shown without a question.
func TestBulkCheckInAsksBeforeAnotherPeriodDropsValues(t *testing.T) {
	bulk, ui, _, _ := bulkForQ1(t)
	w, q1 := ui.win, bulk.period.SelectedIndex()
	bulk.rows.item(1).value.entry.SetText("7,500,000")
	other := otherPeriod(t, bulk)
	bulk.period.SetSelectedIndex(other)
	ask := w.Canvas().Overlays().Top()
	if ask == nil || !containsText(ask, "choosing another period drops it") {
		t.Fatal("choosing another period did not ask before dropping the value typed")
	}
	test.Tap(findButton(t, ask, "Keep editing"))
	if bulk.period.SelectedIndex() != q1 || bulk.rows.item(1).value.entry.Text != "7,500,000" {
		t.Fatalf("Keep editing shows period %d with %q", bulk.period.SelectedIndex(), bulk.rows.item(1).value.entry.Text)
	}
	if top := w.Canvas().Overlays().Top(); top == nil || !containsText(top, "Type each value") {
		t.Error("Keep editing did not go back to the bulk check-in")
	}

	bulk.period.SetSelectedIndex(other)
	ui.onEscape() // Escape keeps editing too
	if bulk.period.SelectedIndex() != q1 || bulk.rows.lines[1].text != "7,500,000" {
		t.Fatal("Escape on the question dropped the value typed or left the other period chosen")
	}

	bulk.period.SetSelectedIndex(other)
	test.Tap(findButton(t, w.Canvas().Overlays().Top(), "Discard"))
	if bulk.period.SelectedIndex() != other {
		t.Fatal("Discard did not choose the other period")
	}
	for _, l := range bulk.rows.lines {
		if l.text != "" {
			t.Fatalf("the other period's rows show %q typed for %s", l.text, l.goal.Title)
		}
	}
	bulk.period.SetSelectedIndex(q1)
	if top := w.Canvas().Overlays().Top(); top == nil || !containsText(top, "Type each value") {
		t.Error("another period with nothing typed asked")
	}
}

// TestBulkCheckInCancelAsksBeforeDroppingValues cancels the bulk
// check-in with a value typed: Keep editing shows it again with the value,
// Discard closes it and saves nothing; with nothing typed Cancel asks
// nothing.
func TestBulkCheckInCancelAsksBeforeDroppingValues(t *testing.T) {
	bulk, ui, store, goals := bulkForQ1(t)
	w := ui.win
	bulk.rows.item(1).value.entry.SetText("7,500,000")
	test.Tap(findButton(t, w.Canvas().Overlays().Top(), "Cancel"))
	ask := w.Canvas().Overlays().Top()
	if ask == nil || !containsText(ask, "closing the bulk check-in drops it") {
		t.Fatal("Cancel did not ask before dropping the value typed")
	}
	test.Tap(findButton(t, ask, "Keep editing"))
	if top := w.Canvas().Overlays().Top(); top == nil || !containsText(top, "Type each value") || bulk.rows.item(1).value.entry.Text != "7,500,000" {
		t.Fatal("Keep editing did not show the bulk check-in again as typed")
	}
	test.Tap(findButton(t, w.Canvas().Overlays().Top(), "Cancel"))
	test.Tap(findButton(t, w.Canvas().Overlays().Top(), "Discard"))
	if top := w.Canvas().Overlays().Top(); top != nil {
		t.Fatal("Discard left a dialog open")
	}
	if got := q1Values(t, store, goals); got != [2]float64{8_000_000, 0} {
		t.Fatalf("after Discard the store holds %v", got)
	}

	_, ui, _, _ = bulkForQ1(t)
	test.Tap(findButton(t, ui.win.Canvas().Overlays().Top(), "Cancel"))
	if top := ui.win.Canvas().Overlays().Top(); top != nil {
		t.Fatal("Cancel with nothing typed asked")
	}
}
