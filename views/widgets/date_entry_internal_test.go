package widgets

import (
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

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
		{notation.YearFirst, "26/3/31", "2026-03-31"}, // as 2026/3/31 is typed in Chinese
		{notation.DayFirst, "26/3/31", "2031-03-26"},
		{notation.YearFirst, "31/03/2026", "2026-03-31"},
	}
	for _, tc := range tests {
		e := NewDateEntry()
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
		if _, err := e.Value(); (err != nil) != (tc.want == "") {
			t.Errorf("%q: value error %v", tc.text, err)
		}
	}
}

// TestDateOrder reads the region of a locale.
func TestDateOrder(t *testing.T) {
	for locale, want := range map[string]notation.DayMonthOrder{"en-US": notation.MonthFirst, "en_US.UTF-8": notation.MonthFirst,
		"zh-CN": notation.YearFirst, "zh_Hans_CN.UTF-8": notation.YearFirst, "ja-JP": notation.YearFirst, "ko": notation.YearFirst,
		"zh-HK": notation.DayFirst, "en-GB": notation.DayFirst, "en": notation.DayFirst} {
		if got := dateOrder(locale); got != want {
			t.Errorf("dateOrder(%q) = %d, want %d", locale, got, want)
		}
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

// TestDateEntryOrderFollowsRegion: a date field reads dates in the order
// of the system's region (RegionLocale), not of the interface's language.
func TestDateEntryOrderFollowsRegion(t *testing.T) {
	test.NewTempApp(t)
	t.Setenv("LC_ALL", "zh_CN.UTF-8")
	t.Setenv("LANGUAGE", "zh_CN.UTF-8")
	SetRegionLocale("en-US")
	t.Cleanup(func() { SetRegionLocale("") })
	if got := NewDateEntry().order; got != notation.MonthFirst {
		t.Errorf("on a US system shown in Chinese the order is %v, want month first", got)
	}
}
