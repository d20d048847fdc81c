package views

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"pacer/app"
	"pacer/data"
	"pacer/views/widgets"
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
	if len(bulk.rows.lines) != 2 {
		t.Fatalf("bulk shows %d rows, want 2", len(bulk.rows.lines))
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
	bulk.rows.item(0).value.entry.SetText("9,000,000")
	bulk.rows.item(1).value.entry.SetText("7,500,000")
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
	if bulk.rows.item(0).value.entry.Text != "9,000,000" || bulk.rows.item(1).value.entry.Text != "7,500,000" {
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

// TestBulkCheckInRefusesDecimalsBeforeAsking types a value with more
// decimals than its goal keeps in a row that would replace one: the row
// is marked and nothing asked or saved, rather than asking to replace the
// value with a rounded one and then failing.
func TestBulkCheckInRefusesDecimalsBeforeAsking(t *testing.T) {
	bulk, ui, store, goals := bulkForQ1(t)
	bulk.rows.item(0).value.entry.SetText("9,000,000.5")
	bulk.onSave()
	top := ui.win.Canvas().Overlays().Top()
	if top == nil || containsText(top, "Saving replaces values already recorded") {
		t.Fatal("the question came before the value was refused")
	}
	if !containsText(top, "Some values cannot be kept as typed") || bulk.rows.item(0).value.entry.Text != "9,000,000.5" {
		t.Error("the bulk check-in does not say what is wrong, or lost what was typed")
	}
	if got := q1Values(t, store, goals); got != [2]float64{8_000_000, 0} {
		t.Fatalf("the store holds %v", got)
	}
}

// TestBulkCheckInRefusesAnotherCurrency types dollars for a yuan goal:
// the row says so and nothing is saved, rather than dollars counted as
// yuan.
func TestBulkCheckInRefusesAnotherCurrency(t *testing.T) {
	bulk, _, store, goals := bulkForQ1(t)
	bulk.rows.item(1).value.entry.SetText("USD 7,500,000")
	if msg := bulk.rows.item(1).value.msg; msg.Hidden || !strings.Contains(msg.Text, "another currency") {
		t.Errorf("as typed, the row says %q", msg.Text)
	}
	bulk.onSave()
	if got := q1Values(t, store, goals); got != [2]float64{8_000_000, 0} {
		t.Fatalf("the store holds %v", got)
	}
	if msg := bulk.rows.item(1).value.msg; msg.Hidden || !strings.Contains(msg.Text, "CNY") {
		t.Errorf("at Save, the row says %q", msg.Text)
	}
}

// TestBulkCheckInConfirmsSave checks that a save that replaces nothing
// asks nothing and says how many check-ins it saved.
func TestBulkCheckInConfirmsSave(t *testing.T) {
	bulk, ui, store, goals := bulkForQ1(t)
	bulk.rows.item(1).value.entry.SetText("7,500,000")
	bulk.onSave()
	if got := q1Values(t, store, goals); got != [2]float64{8_000_000, 7_500_000} {
		t.Fatalf("the store holds %v", got)
	}
	done := ui.win.Canvas().Overlays().Top()
	if done == nil || !containsText(done, periodKeyName("2023-Q1")+": 1 check-in saved.") {
		t.Error("the save is not confirmed")
	}
}

// TestBulkCheckInKeepsWhatScrollsAway opens the bulk check-in on 40 goals,
// more than its rows in view, and enters values down the list by
// keyboard alone: Enter scrolls each next goal into view with the cursor
// in its value. What was typed in the first rows is still theirs after
// their widgets have shown other goals, a bad value far down is marked
// when scrolled back to, and Save all saves each value to its own goal.
func TestBulkCheckInKeepsWhatScrollsAway(t *testing.T) {
	ui, w, store := newStoreUI(t)
	w.Resize(fyne.NewSize(1024, 640))
	ui.now = func() time.Time { return time.Date(2023, 4, 5, 9, 0, 0, 0, time.UTC) }
	var goals []app.Goal
	for i := range 40 {
		goals = append(goals, saveSeedGoal(t, store, fmt.Sprintf("Region %02d sales 2023", i)))
	}
	bulk := newBulkCheckIn(depsOf[bulkStore](ui), nil)
	bulk.show()
	if len(bulk.rows.shown) >= 40 {
		t.Fatalf("%d rows have widgets: the list is not virtual", len(bulk.rows.shown))
	}
	for i := range 40 {
		e, ok := w.Canvas().Focused().(*widgets.KeyEntry)
		if !ok || bulk.rows.shown[i] == nil || e != bulk.rows.shown[i].value.entry {
			t.Fatalf("row %d's value does not have the cursor", i+1)
		}
		text := strconv.Itoa(1000 + i)
		if i == 35 {
			text = "lots"
		}
		test.Type(e, text)
		e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
		if i == 39 {
			break
		}
	}
	if got := bulk.rows.item(35); got.value.entry.Text != "lots" || got.value.msg.Hidden {
		t.Fatal("the bad value of row 36 is not marked")
	}
	if got := bulk.rows.item(0).value.entry.Text; got != "1000" {
		t.Fatalf("row 1 shows %q after scrolling back, want 1000", got)
	}
	for range 2 { // a tap beside the fields, twice: the row is not left chosen
		w.Canvas().Unfocus()
		bulk.rows.list.Select(20)
		if got := bulk.rows.shown[20]; got == nil || w.Canvas().Focused() != got.value.entry {
			t.Fatal("a tap on row 21 did not put the cursor in its value")
		}
	}
	bulk.rows.item(35).value.entry.SetText("1035")
	bulk.onSave()
	ctx := context.Background()
	for i, g := range goals {
		c, err := store.CheckInByPeriod(ctx, g.ID, "2023-Q1")
		if err != nil || c.Value != float64(1000+i) {
			t.Fatalf("goal %d holds %+v, %v; want %d", i+1, c, err, 1000+i)
		}
	}
}

// TestBulkPeriodsAreTheStartedOnes checks the periods bulk check-in
// offers against every goal's periods listed whole: those started by
// today, each once, latest end first, none in a gap between goals.
func TestBulkPeriodsAreTheStartedOnes(t *testing.T) {
	cal := app.Calendar{FiscalStart: time.April}
	today := app.NewDate(2026, time.December, 3)
	goals := []app.Goal{
		{Cadence: app.CadenceWeek, Start: app.NewDate(2017, 1, 2), End: app.NewDate(2018, 12, 31)},
		{Cadence: app.CadenceWeek, Start: app.NewDate(2018, 6, 1), End: app.NewDate(2019, 3, 31)},
		{Cadence: app.CadenceWeek, Start: app.NewDate(2025, 1, 1), End: app.NewDate(2027, 12, 31)},
		{Cadence: app.CadenceMonth, Start: app.NewDate(2026, 9, 1), End: app.NewDate(2027, 8, 31)},
		{Cadence: app.CadenceQuarter, Start: app.NewDate(2019, 1, 1), End: app.NewDate(2020, 12, 31)},
		{Cadence: app.CadenceQuarter, Start: app.NewDate(2027, 1, 1), End: app.NewDate(2027, 12, 31)},
	}
	var want []app.Period
	seen := map[app.Period]bool{}
	for _, g := range goals {
		for _, p := range cal.Periods(g.Cadence, g.Start, g.End) {
			if !cal.Start(p).After(today.Time) && !seen[p] {
				seen[p] = true
				want = append(want, p)
			}
		}
	}
	got := choosablePeriods(cal, today, goals)
	if len(got) != len(want) {
		t.Fatalf("%d periods, want %d", len(got), len(want))
	}
	for i, p := range got {
		if !seen[p] {
			t.Errorf("%s is offered: no goal spans it, or it has not started", p.Key())
		}
		if i > 0 && cal.End(p).After(cal.End(got[i-1]).Time) {
			t.Errorf("%s comes after %s, which ends earlier", p.Key(), got[i-1].Key())
		}
	}
	if got[0].Key() != "2026-12" {
		t.Errorf("the first period offered is %s", got[0].Key())
	}
}

// TestBulkRecordedKeepsWhatWasTyped fills in the recorded values as a read
// finishing after the dialog opened does: each row gets its recorded
// value, and its recorded confidence and note unless the user has changed
// them meanwhile (a note typed keeps the note only); a row with nothing
// recorded says so.
func TestBulkRecordedKeepsWhatWasTyped(t *testing.T) {
	bulk, _, _, goals := bulkForQ1(t)
	r := bulk.rows
	r.item(0).note.SetText("mine")
	r.item(0).value.entry.SetText("9,000,000")
	r.setRecorded(map[int64]app.CheckIn{
		goals[0].ID: {GoalID: goals[0].ID, Value: 8_100_000, Confidence: 3, Note: "theirs"},
		goals[1].ID: {GoalID: goals[1].ID, Value: 7_000_000, Confidence: 4, Note: "recorded"},
	})
	first, second := r.item(0), r.item(1)
	if first.old.Text != "CN¥8,100,000" || first.note.Text != "mine" || first.value.entry.Text != "9,000,000" || first.confidence.SelectedIndex() != 3 {
		t.Errorf("row 1 shows %q, note %q, value %q, confidence %d", first.old.Text, first.note.Text, first.value.entry.Text, first.confidence.SelectedIndex())
	}
	if second.old.Text != "CN¥7,000,000" || second.note.Text != "recorded" || second.confidence.SelectedIndex() != 4 {
		t.Errorf("row 2 shows %q, note %q, confidence %d", second.old.Text, second.note.Text, second.confidence.SelectedIndex())
	}
	if first.old.Truncation != fyne.TextTruncateOff {
		t.Error("a recorded amount may be cut short: its last digits are the figure")
	}
	r.setRecorded(map[int64]app.CheckIn{})
	if got := r.item(1).old.Text; got != "—" {
		t.Errorf("a row with nothing recorded shows %q", got)
	}
}

// TestBulkOtherPeriodFocusesItsFirstValue chooses another period in the
// open dialog: the cursor goes to the first goal's value, ready to type.
func TestBulkOtherPeriodFocusesItsFirstValue(t *testing.T) {
	bulk, ui, _, _ := bulkForQ1(t)
	ui.win.Canvas().Unfocus()
	bulk.period.SetSelectedIndex((bulk.period.SelectedIndex() + 1) % len(bulk.periods))
	if first := bulk.rows.item(0); first == nil || ui.win.Canvas().Focused() != first.value.entry {
		t.Error("the first value does not have the cursor after another period was chosen")
	}
}

// TestBulkWidthChangeKeepsThePlace narrows the dialog, which works the
// rows' heights out anew: the rows stay scrolled where they were, and a
// value being typed goes on at its end.
func TestBulkWidthChangeKeepsThePlace(t *testing.T) {
	ui, w, store := newStoreUI(t)
	w.Resize(fyne.NewSize(1024, 640))
	ui.now = func() time.Time { return time.Date(2023, 4, 5, 9, 0, 0, 0, time.UTC) }
	for i := range 40 {
		saveSeedGoal(t, store, fmt.Sprintf("Region %02d sales 2023, raised by a fifth every quarter", i))
	}
	bulk := newBulkCheckIn(depsOf[bulkStore](ui), nil)
	bulk.show()
	w.Canvas().Unfocus()
	bulk.rows.list.ScrollTo(30)
	before := bulk.rows.list.GetScrollOffset()
	bulk.dialog.Resize(fyne.NewSize(900, 560))
	if after := bulk.rows.list.GetScrollOffset(); before == 0 || after < before/2 {
		t.Errorf("a narrower dialog scrolled the rows from %v to %v", before, after)
	}
	entry := bulk.rows.item(5).value.entry
	w.Canvas().Focus(entry)
	test.Type(entry, "12")
	bulk.dialog.Resize(fyne.NewSize(800, 560))
	focused, ok := w.Canvas().Focused().(*widgets.KeyEntry)
	if !ok {
		t.Fatal("the value being typed lost the cursor")
	}
	test.Type(focused, "3")
	if got := bulk.rows.lines[5].text; got != "123" {
		t.Errorf("typing on after the width changed made %q, want 123", got)
	}
}

// failingPeriodRead is a store whose read of a period's check-ins fails.
type failingPeriodRead struct{ bulkStore }

func (failingPeriodRead) RecordedOfPeriod(context.Context, string, []int64) (map[int64]app.CheckIn, error) {
	return nil, errors.New("the disk is gone")
}

// TestBulkRecordedUnreadable fails the read of what is recorded: the rows
// say it is unknown ("?") rather than still being read ("…").
func TestBulkRecordedUnreadable(t *testing.T) {
	ui, _, store := newStoreUI(t)
	ui.now = func() time.Time { return time.Date(2023, 4, 5, 9, 0, 0, 0, time.UTC) }
	saveSeedGoal(t, store, "North-America sales 2023")
	deps := depsOf[bulkStore](ui)
	deps.store = failingPeriodRead{deps.store}
	bulk := newBulkCheckIn(deps, nil)
	for i, p := range bulk.periods {
		if p.Key() == "2023-Q1" {
			bulk.period.SetSelectedIndex(i)
		}
	}
	bulk.show()
	if got := bulk.rows.item(0).old.Text; got != "?" {
		t.Errorf("an unreadable recorded value shows %q", got)
	}
}
