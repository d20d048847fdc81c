package views

import (
	"context"
	"database/sql"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"pacer/app"
)

func TestCheckInFormSavesAndAsksBeforeReplacing(t *testing.T) {
	ui, w, store := newStoreUI(t)
	g := saveSeedGoal(t, store, "Sales 2023")
	ctx := context.Background()

	f := newCheckInForm(depsOf[checkInFormStore](ui), g, nil, nil)
	f.show()
	if p, _ := f.selectedPeriod(); p.Key() != "2023-Q1" {
		t.Fatalf("the form preselects %s, want the current quarter 2023-Q1", p.Key())
	}
	test.Type(f.value.entry, "800万")
	f.onSave()
	c, err := store.CheckInByPeriod(ctx, g.ID, "2023-Q1")
	if err != nil || c.Value != 8_000_000 {
		t.Fatalf("saved %+v, %v; want 8,000,000", c, err)
	}

	f = newCheckInForm(depsOf[checkInFormStore](ui), g, nil, nil)
	f.show()
	if f.existing.Hidden {
		t.Error("the form does not show the value already recorded for the period")
	}
	f.value.entry.SetText("9,000,000")
	f.onSave()
	confirm := w.Canvas().Overlays().Top()
	if confirm == nil || !containsText(confirm, "Replace it with") {
		t.Fatal("replacing a value did not ask first")
	}
	if c, _ := store.CheckInByPeriod(ctx, g.ID, "2023-Q1"); c.Value != 8_000_000 {
		t.Fatal("the old value was replaced before the user said yes")
	}
	test.Tap(findButton(t, confirm, "Replace"))
	if c, _ := store.CheckInByPeriod(ctx, g.ID, "2023-Q1"); c.Value != 9_000_000 {
		t.Errorf("after Replace the value is %v", c.Value)
	}
}

func TestCheckInFormRefusesBadValues(t *testing.T) {
	ui, _, store := newStoreUI(t)
	g := saveSeedGoal(t, store, "Sales 2023")
	cases := []struct{ name, text string }{
		{"NotANumber", "eight million"},
		{"TooManyDecimals", "8000000.5"},
		{"TooLargeToKeepExactly", "12345678901234567"},
		{"AddsUpToInfinity", "1.7E+308"},
		{"Empty", ""},
		// The goal counts yuan: dollars are not counted as yuan.
		{"OtherCurrencyCode", "USD 8,000,000"},
		{"OtherCurrencyWord", "8,000,000 美元"},
		{"OtherCurrencySign", "€8,000,000"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := newCheckInForm(depsOf[checkInFormStore](ui), g, nil, nil)
			f.show()
			f.value.entry.SetText(c.text)
			f.onSave()
			if f.value.msg.Hidden || f.value.msg.Text == "" {
				t.Error("no message next to the value")
			}
			if f.value.entry.Text != c.text {
				t.Error("what the user typed was lost")
			}
			if cs, _ := store.CheckIns(context.Background(), g.ID); len(cs) != 0 {
				t.Errorf("%d check-ins were saved", len(cs))
			}
		})
	}
}

// TestCheckInFormTakesTheGoalsCurrency: a yuan goal's value typed with
// the yuan's own signs and words is saved as typed.
func TestCheckInFormTakesTheGoalsCurrency(t *testing.T) {
	ui, _, store := newStoreUI(t)
	g := saveSeedGoal(t, store, "Sales 2023")
	for _, text := range []string{"¥8,000,000", "8,000,000元", "CNY 8,000,000", "800万"} {
		f := newCheckInForm(depsOf[checkInFormStore](ui), g, nil, nil)
		f.show()
		f.value.entry.SetText(text)
		f.onSave()
		cs, _ := store.CheckIns(context.Background(), g.ID)
		if !f.value.msg.Hidden || len(cs) != 1 || cs[0].Value != 8_000_000 {
			t.Fatalf("%q: message %q, check-ins %+v", text, f.value.msg.Text, cs)
		}
		if err := store.DeleteCheckIn(context.Background(), cs[0].ID); err != nil {
			t.Fatal(err)
		}
	}
}

func TestBulkCheckInIsAllOrNothing(t *testing.T) {
	ui, _, store := newStoreUI(t)
	ui.now = func() time.Time { return time.Date(2023, 4, 5, 9, 0, 0, 0, time.UTC) }
	a := saveSeedGoal(t, store, "North-America sales 2023")
	b := saveSeedGoal(t, store, "Europe sales 2023")
	ctx := context.Background()

	bulk := newBulkCheckIn(depsOf[bulkStore](ui), nil)
	if p, _ := bulk.selected(); p.Key() != "2023-Q2" && p.Key() != "2023-Q1" {
		t.Fatalf("bulk period %s", p.Key())
	}
	for i, p := range bulk.periods {
		if p.Key() == "2023-Q1" {
			bulk.period.SetSelectedIndex(i)
		}
	}
	if len(bulk.rows.lines) != 2 {
		t.Fatalf("bulk shows %d rows, want 2", len(bulk.rows.lines))
	}
	bulk.show()
	bulk.rows.item(0).value.entry.SetText("8,000,000")
	bulk.rows.item(1).value.entry.SetText("lots")
	bulk.onSave()
	for _, g := range []app.Goal{a, b} {
		if cs, _ := store.CheckIns(ctx, g.ID); len(cs) != 0 {
			t.Fatalf("a bad row let %d check-ins through", len(cs))
		}
	}
	if bulk.rows.item(1).value.msg.Hidden {
		t.Error("the bad row is not marked")
	}
	bulk.rows.item(1).value.entry.SetText("7,500,000")
	bulk.onSave()
	ca, _ := store.CheckInByPeriod(ctx, a.ID, "2023-Q1")
	cb, _ := store.CheckInByPeriod(ctx, b.ID, "2023-Q1")
	if ca == nil || cb == nil || ca.Value != 8_000_000 || cb.Value != 7_500_000 {
		t.Errorf("saved %+v and %+v", ca, cb)
	}
}

func TestDueCheckInsListed(t *testing.T) {
	ui, _, store := newStoreUI(t)
	ui.now = func() time.Time { return time.Date(2023, 7, 20, 9, 0, 0, 0, time.UTC) }
	saveSeedGoal(t, store, "Sales 2023")
	ui.showScreen(screenCheckIns)
	s := builtScreen[*checkInsScreen](ui)
	if len(s.due) != 2 {
		t.Fatalf("due list has %d items, want Q1 (overdue) and Q2", len(s.due))
	}
	if !s.due[0].due.Overdue {
		t.Error("Q1 is not marked overdue in July")
	}
}

func TestBulkCheckInByKeyboard(t *testing.T) {
	ui, w, store := newStoreUI(t)
	a := saveSeedGoal(t, store, "North-America sales 2023")
	b := saveSeedGoal(t, store, "Europe sales 2023")
	bulk := newBulkCheckIn(depsOf[bulkStore](ui), nil)
	bulk.show()
	if w.Canvas().Focused() != bulk.rows.item(0).value.entry {
		t.Fatal("the first value does not have the focus")
	}
	test.Type(bulk.rows.item(0).value.entry, "8,000,000")
	bulk.rows.item(0).value.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if w.Canvas().Focused() != bulk.rows.item(1).value.entry {
		t.Fatal("Enter did not move to the next goal's value")
	}
	test.Type(bulk.rows.item(1).value.entry, "7,000,000")
	bulk.rows.item(1).value.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	ctx := context.Background()
	ca, _ := store.CheckInByPeriod(ctx, a.ID, "2023-Q1")
	cb, _ := store.CheckInByPeriod(ctx, b.ID, "2023-Q1")
	if ca == nil || cb == nil {
		t.Fatal("Enter on the last row did not save")
	}
	if top := w.Canvas().Overlays().Top(); top == nil || containsText(top, "Type each value") || !containsText(top, "2 check-ins saved") {
		t.Error("the bulk dialog stayed open after saving, or the save is not confirmed")
	}
}

// TestOffCadenceCheckInShownNotCounted checks a month on a quarterly goal,
// stored before the store refused them: the history says it does not
// count and why (on one line, whatever lines its note has), and its form shows its own period and saves a corrected
// value without moving it.
func TestOffCadenceCheckInShownNotCounted(t *testing.T) {
	ui, w, store := newStoreUI(t)
	g := saveSeedGoal(t, store, "Sales 2023")
	db, err := sql.Open("sqlite", store.Path())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`INSERT INTO checkins (goal_id, period_key, value, confidence, note, created_at, updated_at)
		VALUES (?, '2023-02', 1000, 5, 'Feb only' || char(10) || 'from the old sheet', '2023-03-01T00:00:00Z', '2023-03-01T00:00:00Z')`, g.ID); err != nil {
		t.Fatal(err)
	}
	db.Close()

	ui.showScreen(screenCheckIns)
	s := builtScreen[*checkInsScreen](ui)
	if len(s.checkIns) != 1 {
		t.Fatalf("history holds %d check-ins, want the February one", len(s.checkIns))
	}
	row := s.newHistoryRow()
	s.updateHistoryRow(0, row)
	if !containsText(row, "Not counted: the goal is checked in quarterly.  Feb only · from the old sheet") {
		t.Error("the history row does not say, on one line, that the month is not counted")
	}
	f := newCheckInForm(depsOf[checkInFormStore](ui), g, &s.checkIns[0], nil)
	f.show()
	if f.period.Selected != "Feb 2023" || f.existing.Hidden || !strings.Contains(f.existing.Text, "Not counted") {
		t.Errorf("the form shows period %q and says %q", f.period.Selected, f.existing.Text)
	}
	f.value.entry.SetText("1,200")
	f.onSave()
	c, err := store.CheckInByPeriod(context.Background(), g.ID, "2023-02")
	if err != nil || c.Value != 1200 {
		t.Errorf("the corrected month: %+v, %v", c, err)
	}
	if w.Canvas().Overlays().Top() != nil {
		t.Error("the form stayed open after saving")
	}
}

// TestDueRowGivesTheTitleTheWidth: in a row of what is due as wide as the
// list is at 1024×640, the goal's title has most of the width, so that
// long titles that begin alike ("2023年北美地区…") read apart. Beside the
// period and how late it is, it had a quarter of it: "2023年北…".
func TestDueRowGivesTheTitleTheWidth(t *testing.T) {
	ui, w, store := newStoreUI(t)
	w.Resize(fyne.NewSize(1000, 600))
	ui.now = func() time.Time { return time.Date(2026, 7, 20, 9, 0, 0, 0, time.UTC) }
	saveSeedGoal(t, store, "2023年北美地区新增活跃客户200家，每季度不少于50家，重点开拓华东与华南市场")
	ui.showScreen(screenCheckIns)
	s := builtScreen[*checkInsScreen](ui)
	if len(s.due) == 0 {
		t.Fatal("nothing due")
	}
	const listWidth = 330 // the list's width in a 1000×600 window
	row := s.newDueRow()
	s.updateDueRow(0, row)
	row.Resize(fyne.NewSize(listWidth, row.MinSize().Height))
	title, when, _ := dueRowParts(row)
	if title.Size().Width < 0.75*listWidth {
		t.Errorf("the title is %.0f px of the row's %d", title.Size().Width, listWidth)
	}
	if !strings.Contains(when.Text, "2023") {
		t.Errorf("the period reads %q", when.Text)
	}
}
