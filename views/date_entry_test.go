package views

import (
	"context"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"pacer/app"
	"pacer/data"
)

func TestDateEntryReadsDatesAsTyped(t *testing.T) {
	test.NewTempApp(t)
	tests := []struct {
		order app.DayMonthOrder
		text  string
		want  string // "" when the text is not one day
	}{
		{app.DayFirst, "2026-03-31", "2026-03-31"},
		{app.DayFirst, " 2026-3-1 ", "2026-03-01"},
		{app.DayFirst, "2026/3/31", "2026-03-31"},
		{app.DayFirst, "2026年3月31日", "2026-03-31"},
		{app.DayFirst, "31 Mar 2026", "2026-03-31"},
		{app.DayFirst, "01/04/2026", "2026-04-01"},
		{app.MonthFirst, "01/04/2026", "2026-01-04"},
		{app.DayFirst, "2026-02-30", ""},
		{app.DayFirst, "31/31/2026", ""},
		{app.DayFirst, "2026-Q1", ""},
		{app.DayFirst, "2026年3月", ""},
		{app.DayFirst, "tomorrow", ""},
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
	e.setDay(data.NewDate(2026, time.March, 5))
	if e.Text != "2026-03-05" || e.Date == nil || !e.Date.Equal(time.Date(2026, 3, 5, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("text %q, date %v", e.Text, e.Date)
	}
	e.setDay(data.Date{})
	if e.Text != "" || e.Date != nil {
		t.Errorf("a zero date shows %q", e.Text)
	}
	for locale, want := range map[string]app.DayMonthOrder{"en-US": app.MonthFirst, "en_US.UTF-8": app.MonthFirst,
		"zh-CN": app.DayFirst, "en-GB": app.DayFirst, "en": app.DayFirst} {
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
	before, _ := store.ListActionPlans(ctx, data.ActionFilter{})
	test.Tap(s.gap.toAction)
	ed := ui.actionsScreen.editor
	ed.due.SetText("2026-06-31")
	test.Tap(ed.save)
	if ui.actionsScreen.editor == nil {
		t.Fatal("the editor closed: the plan was saved with a due date that is not a date")
	}
	if !strings.Contains(ed.msg.Text, "2026-06-31 is not a date") {
		t.Errorf("message %q does not say the due date is not a date", ed.msg.Text)
	}
	after, _ := store.ListActionPlans(ctx, data.ActionFilter{})
	if len(after) != len(before) {
		t.Errorf("%d action plans saved", len(after)-len(before))
	}
	ed.due.SetText("2026-06-30")
	test.Tap(ed.save)
	if ui.actionsScreen.editor != nil {
		t.Fatalf("the corrected plan was not saved: %s", ed.msg.Text)
	}
}
