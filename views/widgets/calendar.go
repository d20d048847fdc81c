package widgets

import (
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// monthCalendar is the month grid a dateEntry drops down: the month named
// as the screens name months (2026年3月, Mar 2026), the weekdays in the
// user's language, and a button per day. Fyne's Calendar writes its month
// in English whatever the language.
type monthCalendar struct {
	month       time.Time // the first day of the month shown
	sundayFirst bool
	onPick      func(time.Time)

	title *widget.Label
	days  *fyne.Container
	prev  *widget.Button
	next  *widget.Button
}

// newMonthCalendar shows the month of shown; onPick gets the day chosen,
// at midnight UTC.
func newMonthCalendar(shown time.Time, sundayFirst bool, onPick func(time.Time)) *monthCalendar {
	c := &monthCalendar{sundayFirst: sundayFirst, onPick: onPick, title: widget.NewLabel(""),
		days: container.NewGridWithColumns(7)}
	c.title.Alignment = fyne.TextAlignCenter
	c.prev = widget.NewButtonWithIcon("", theme.NavigateBackIcon(), func() { c.show(c.month.AddDate(0, -1, 0)) })
	c.next = widget.NewButtonWithIcon("", theme.NavigateNextIcon(), func() { c.show(c.month.AddDate(0, 1, 0)) })
	c.prev.Importance, c.next.Importance = widget.LowImportance, widget.LowImportance
	c.show(shown)
	return c
}

func (c *monthCalendar) object() fyne.CanvasObject {
	return container.NewBorder(container.NewBorder(nil, nil, c.prev, c.next, c.title), nil, nil, nil, c.days)
}

// show draws the month that holds day.
func (c *monthCalendar) show(day time.Time) {
	c.month = time.Date(day.Year(), day.Month(), 1, 0, 0, 0, 0, time.UTC)
	c.title.SetText(lang.L("{{.Month}} {{.Year}}", map[string]any{
		"Month": MonthName(c.month.Month()), "Year": strconv.Itoa(c.month.Year())}))
	cells := c.weekdayHeadings()
	for range c.leadingBlanks() {
		cells = append(cells, widget.NewLabel(""))
	}
	for d := c.month; d.Month() == c.month.Month(); d = d.AddDate(0, 0, 1) {
		b := widget.NewButton(strconv.Itoa(d.Day()), func() { c.onPick(d) })
		b.Importance = widget.LowImportance
		cells = append(cells, b)
	}
	c.days.Objects = cells
	c.days.Refresh()
}

// weekdayHeadings are the short weekday names, from the week's first day.
func (c *monthCalendar) weekdayHeadings() []fyne.CanvasObject {
	names := []string{lang.L("Sun"), lang.L("Mon"), lang.L("Tue"), lang.L("Wed"), lang.L("Thu"), lang.L("Fri"), lang.L("Sat")}
	first := 1
	if c.sundayFirst {
		first = 0
	}
	heads := make([]fyne.CanvasObject, 7)
	for i := range heads {
		l := widget.NewLabel(names[(first+i)%7])
		l.Alignment = fyne.TextAlignCenter
		heads[i] = l
	}
	return heads
}

// leadingBlanks is how many cells come before the month's first day.
func (c *monthCalendar) leadingBlanks() int {
	if c.sundayFirst {
		return int(c.month.Weekday())
	}
	return (int(c.month.Weekday()) + 6) % 7
}

// monthName is the short name of m, in the user's language.
func MonthName(m time.Month) string {
	names := []string{
		lang.L("Jan"), lang.L("Feb"), lang.L("Mar"), lang.L("Apr"), lang.L("May"), lang.L("Jun"),
		lang.L("Jul"), lang.L("Aug"), lang.L("Sep"), lang.L("Oct"), lang.L("Nov"), lang.L("Dec"),
	}
	if m < 1 || m > 12 {
		return strconv.Itoa(int(m))
	}
	return names[m-1]
}
