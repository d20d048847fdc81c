package views

import (
	"context"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"pacer/app"
	"pacer/app/notation"
)

func TestDateEntryReadsDatesAsTyped(t *testing.T) {
	test.NewTempApp(t)
	tests := []struct {
		order notation.DayMonthOrder
		text  string
		want  string // "" when the text is not one day
	}{
		{notation.DayFirst, "2026-03-31", "2026-03-31"},
		{notation.DayFirst, " 2026-3-1 ", "2026-03-01"},
		{notation.DayFirst, "2026/3/31", "2026-03-31"},
		{notation.DayFirst, "2026年3月31日", "2026-03-31"},
		{notation.DayFirst, "31 Mar 2026", "2026-03-31"},
		{notation.DayFirst, "01/04/2026", "2026-04-01"},
		{notation.MonthFirst, "01/04/2026", "2026-01-04"},
		{notation.DayFirst, "2026-02-30", ""},
		{notation.DayFirst, "31/31/2026", ""},
		{notation.DayFirst, "2026-Q1", ""},
		{notation.DayFirst, "2026年3月", ""},
		{notation.DayFirst, "tomorrow", ""},
		{notation.DayFirst, "20260331", "2026-03-31"},
		{notation.DayFirst, "45000", ""},
		{notation.DayFirst, "2026", ""},
	}
	for _, tc := range tests {
		e := newDateEntry()
		e.order = tc.order
		var seen *time.Time
		e.OnChanged = func(d *time.Time) { seen = d }
		e.SetText(tc.text)
		got := ""
		if e.Date != nil {
			got = e.Date.Format(dateLayout)
		}
		if got != tc.want || seen != e.Date {
			t.Errorf("%q (order %d): Date %q, OnChanged saw %v; want %q", tc.text, tc.order, got, seen, tc.want)
		}
		if err := e.validate(tc.text); (err != nil) != (tc.want == "") {
			t.Errorf("%q: validate = %v", tc.text, err)
		}
		if _, err := e.value(); (err != nil) != (tc.want == "") {
			t.Errorf("%q: value error %v", tc.text, err)
		}
	}
}

func TestDateEntryWritesISODates(t *testing.T) {
	test.NewTempApp(t)
	e := newDateEntry()
	w := test.NewWindow(e)
	defer w.Close()
	w.Canvas().Focus(e)
	test.Type(e, "2026/3/1")
	w.Canvas().Unfocus()
	if e.Text != "2026-03-01" {
		t.Errorf("after leaving the field it shows %q, want 2026-03-01", e.Text)
	}
	e.setDay(app.NewDate(2026, time.March, 5))
	if e.Text != "2026-03-05" || e.Date == nil || !e.Date.Equal(time.Date(2026, 3, 5, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("text %q, date %v", e.Text, e.Date)
	}
	e.setDay(app.Date{})
	if e.Text != "" || e.Date != nil {
		t.Errorf("a zero date shows %q", e.Text)
	}
	for locale, want := range map[string]notation.DayMonthOrder{"en-US": notation.MonthFirst, "en_US.UTF-8": notation.MonthFirst,
		"zh-CN": notation.DayFirst, "en-GB": notation.DayFirst, "en": notation.DayFirst} {
		if got := dateOrder(locale); got != want {
			t.Errorf("dateOrder(%q) = %d, want %d", locale, got, want)
		}
	}
}

// TestActionEditorRefusesMistypedDueDate checks that a due date that is not
// a date stops the save with a message, rather than saving no due date.
func TestActionEditorRefusesMistypedDueDate(t *testing.T) {
	s := sampleReviewUI(t)
	ui, store, ctx := s.ui, s.ui.deps.Store, context.Background()
	before, _ := store.ListActionPlans(ctx, app.ActionFilter{})
	test.Tap(s.gap.toAction)
	test.Tap(findButton(t, ui.win.Canvas().Overlays().Top(), "Create another plan"))
	ed := ui.actionsScreen.editor
	ed.start.SetText("2023-04-15") // no measure due before it
	ed.due.SetText("2026-06-31")
	test.Tap(ed.save)
	if ui.actionsScreen.editor == nil {
		t.Fatal("the editor closed: the plan was saved with a due date that is not a date")
	}
	if !strings.Contains(ed.msg.Text, "2026-06-31 is not a date") {
		t.Errorf("message %q does not say the due date is not a date", ed.msg.Text)
	}
	after, _ := store.ListActionPlans(ctx, app.ActionFilter{})
	if len(after) != len(before) {
		t.Errorf("%d action plans saved", len(after)-len(before))
	}
	ed.due.SetText("2026-06-30")
	test.Tap(ed.save)
	if ui.actionsScreen.editor != nil {
		t.Fatalf("the corrected plan was not saved: %s", ed.msg.Text)
	}
}

func TestMonthCalendar(t *testing.T) {
	test.NewTempApp(t)
	var picked time.Time
	c := newMonthCalendar(time.Date(2026, 3, 15, 10, 0, 0, 0, time.Local), false, func(d time.Time) { picked = d })
	if c.title.Text != "Mar 2026" {
		t.Errorf("title %q", c.title.Text)
	}
	// 1 March 2026 is a Sunday: six blanks in a week from Monday, none from Sunday.
	buttons := func() []*widget.Button {
		var bs []*widget.Button
		for _, o := range c.days.Objects {
			if b, ok := o.(*widget.Button); ok {
				bs = append(bs, b)
			}
		}
		return bs
	}
	if blanks := len(c.days.Objects) - 7 - len(buttons()); blanks != 6 || len(buttons()) != 31 {
		t.Errorf("%d blanks and %d days, want 6 and 31", blanks, len(buttons()))
	}
	if l := c.days.Objects[0].(*widget.Label); l.Text != "Mon" {
		t.Errorf("the week starts on %q", l.Text)
	}
	test.Tap(buttons()[30])
	if !picked.Equal(time.Date(2026, 3, 31, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("picked %v, want 2026-03-31", picked)
	}
	test.Tap(c.next)
	test.Tap(c.next)
	if c.title.Text != "May 2026" || len(buttons()) != 31 {
		t.Errorf("two months on: %q with %d days", c.title.Text, len(buttons()))
	}
	us := newMonthCalendar(time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC), true, func(time.Time) {})
	if l := us.days.Objects[0].(*widget.Label); l.Text != "Sun" || len(us.days.Objects) != 7+31 {
		t.Errorf("Sunday-first March 2026 starts with %q and has %d cells", l.Text, len(us.days.Objects))
	}
}

// TestDateEntryCalendarPicksADay opens the calendar from the field and
// picks a day: the field shows it, and the pop-up closes.
func TestDateEntryCalendarPicksADay(t *testing.T) {
	test.NewTempApp(t)
	e := newDateEntry()
	w := test.NewWindow(e)
	defer w.Close()
	w.Resize(fyne.NewSize(400, 60))
	e.setDay(app.NewDate(2026, time.February, 10))
	test.Tap(e.ActionItem.(*widget.Button))
	if e.popUp == nil || !e.popUp.Visible() || e.calendar.title.Text != "Feb 2026" {
		t.Fatal("the calendar did not open on the field's month")
	}
	for _, o := range e.calendar.days.Objects {
		if b, ok := o.(*widget.Button); ok && b.Text == "20" {
			test.Tap(b)
		}
	}
	if e.Text != "2026-02-20" || e.popUp.Visible() {
		t.Errorf("after picking: text %q, pop-up shown %v", e.Text, e.popUp.Visible())
	}
	test.Tap(e.ActionItem.(*widget.Button))
	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if e.popUp.Visible() || e.Text != "2026-02-20" {
		t.Errorf("Escape in the field left the calendar open (%v) or changed the date to %q", e.popUp.Visible(), e.Text)
	}
}

// TestEscapeClosesCalendarNotEditor opens a due date's calendar in the
// action editor and types Escape on the window, where the key goes while
// the pop-up is up: the calendar closes, the editor stays.
func TestEscapeClosesCalendarNotEditor(t *testing.T) {
	s := sampleReviewUI(t)
	ui := s.ui
	test.Tap(s.gap.toAction)
	test.Tap(findButton(t, ui.win.Canvas().Overlays().Top(), "Create another plan"))
	ed := ui.actionsScreen.editor
	test.Tap(ed.due.ActionItem.(*widget.Button))
	if ed.due.popUp == nil || !ed.due.popUp.Visible() {
		t.Fatal("the calendar did not open")
	}
	ui.typedKey(fyne.KeyEscape)
	if ed.due.popUp.Visible() {
		t.Error("Escape left the calendar open")
	}
	if ui.actionsScreen.editor != ed || ui.win.Canvas().Overlays().Top() != nil {
		t.Error("Escape did more than close the calendar")
	}
}
