package widgets

import (
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pacer/app"
	"pacer/app/notation"
)

// dateEntry is a date field with a calendar to pick from. It writes dates
// as 2026-03-31, as every other screen of Pacer does, and reads them as
// people type them: 2026-3-31, 2026/3/31, 2026年3月31日, 31 Mar 2026, or
// 31/03/2026 (03/31/2026 where the system's region is the United States).
//
// Fyne's DateEntry writes the region's format instead, which for China is
// 31/03/2026, a form Chinese readers do not use; and a date it cannot read
// leaves its Date at the last good one, so a mistyped date could be saved
// as the previous one without the user seeing it.
type DateEntry struct {
	widget.Entry
	// Date is the day the text names; nil when the text is empty or not a
	// date.
	Date *time.Time
	// OnChanged is called with Date whenever the text changes.
	OnChanged func(*time.Time)

	order    notation.DayMonthOrder
	calendar *monthCalendar
	popUp    *widget.PopUp
}

// dateLayout is how a dateEntry writes a date.
const dateLayout = "2006-01-02"

// DateError says that a date field's text names no day.
type DateError struct {
	Text string // what was typed
}

// Error says how to write a date, in the user's language.
func (e DateError) Error() string {
	return lang.L("{{.Text}} is not a date: type it like 2026-03-31.", map[string]any{"Text": e.Text})
}

// newDateEntry returns an empty date field.
func NewDateEntry() *DateEntry {
	e := &DateEntry{order: dateOrder(RegionLocale())}
	e.Wrapping = fyne.TextWrap(fyne.TextTruncateClip)
	e.PlaceHolder = lang.L("YYYY-MM-DD")
	e.Entry.OnChanged = e.onTextChanged
	e.Validator = e.validate
	e.ActionItem = e.calendarButton()
	e.ExtendBaseWidget(e)
	return e
}

// dateOrder is how the region of locale orders an all-numeric date:
// Chinese (but for Hong Kong and Macau, day first), Japanese and Korean
// write the year first, so 23/1/31 typed there is 2023-01-31.
func dateOrder(locale string) notation.DayMonthOrder {
	locale, _, _ = strings.Cut(locale, ".") // en_US.UTF-8
	tag := strings.ReplaceAll(locale, "_", "-")
	language, _, _ := strings.Cut(tag, "-")
	switch {
	case strings.HasSuffix(tag, "-US"):
		return notation.MonthFirst
	case language == "zh" && !strings.HasSuffix(tag, "-HK") && !strings.HasSuffix(tag, "-MO"), language == "ja", language == "ko":
		return notation.YearFirst
	}
	return notation.DayFirst
}

// SetDate shows d, or clears the field when d is nil.
func (e *DateEntry) SetDate(d *time.Time) {
	if d == nil {
		e.SetText("")
		return
	}
	e.SetText(d.Format(dateLayout))
}

// onTextChanged reads the text into Date.
func (e *DateEntry) onTextChanged(text string) {
	e.Date = nil
	if d, ok := e.parse(text); ok {
		e.Date = &d
	}
	if e.OnChanged != nil {
		e.OnChanged(e.Date)
	}
}

// parse reads text as one day. Digits alone must be a compact date
// (20260331): ParseDate would take 45000 as an Excel serial, a date the
// user cannot have meant to type.
func (e *DateEntry) parse(text string) (time.Time, bool) {
	text = strings.TrimSpace(text)
	if strings.Trim(text, "0123456789") == "" && len(text) != 8 {
		return time.Time{}, false
	}
	d, precision, err := notation.ParseDate(text, e.order)
	if err != nil || precision != notation.PrecisionDay {
		return time.Time{}, false
	}
	return time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, time.UTC), true
}

// validate accepts an empty field (callers say when a date is required)
// and any text that names one day.
func (e *DateEntry) validate(text string) error {
	if strings.TrimSpace(text) == "" {
		return nil
	}
	if _, ok := e.parse(text); !ok {
		return DateError{Text: strings.TrimSpace(text)}
	}
	return nil
}

// value is the field's date, the zero Date when it is empty, or an error
// that says how to write a date when the text names none.
func (e *DateEntry) Value() (app.Date, error) {
	if err := e.validate(e.Text); err != nil || e.Blank() {
		return app.Date{}, err
	}
	d, _ := e.parse(e.Text)
	return app.NewDate(d.Year(), d.Month(), d.Day()), nil
}

// blank reports whether the field holds no text.
func (e *DateEntry) Blank() bool { return strings.TrimSpace(e.Text) == "" }

// MinSize leaves room for the hint or a whole date beside the calendar
// button and the validation mark: a clipped entry asks for only one
// character's width, and a field laid out at that showed "YYYY-M".
func (e *DateEntry) MinSize() fyne.Size {
	e.ExtendBaseWidget(e)
	min := e.Entry.MinSize()
	return fyne.NewSize(max(min.Width, e.fullWidth()), min.Height)
}

// fullWidth is the width that shows the hint and any date whole: the
// text with the entry's inner padding and border, then what Fyne draws
// after the text (the calendar button, the validation mark).
func (e *DateEntry) fullWidth() float32 {
	th := e.Theme()
	size := th.Size(theme.SizeNameText)
	text := max(fyne.MeasureText(e.PlaceHolder, size, e.TextStyle).Width,
		fyne.MeasureText(e.Text, size, e.TextStyle).Width,
		fyne.MeasureText("2026-12-31", size, e.TextStyle).Width)
	width := text + 2*th.Size(theme.SizeNameInnerPadding) + 2*th.Size(theme.SizeNameInputBorder)
	if e.ActionItem != nil {
		width += e.ActionItem.MinSize().Width
	}
	if e.Validator != nil {
		width += th.Size(theme.SizeNameInlineIcon) + th.Size(theme.SizeNameLineSpacing)
	}
	return width
}

// FocusLost writes the date read as Pacer writes dates, so that what the
// field shows is what will be saved: 2026/3/1 becomes 2026-03-01.
func (e *DateEntry) FocusLost() {
	e.Entry.FocusLost()
	if e.Date != nil && e.Text != e.Date.Format(dateLayout) {
		e.SetDate(e.Date)
	}
}

// TypedKey closes the calendar on Escape when it is open; otherwise it
// passes Escape and Enter to the window, as keyEntry does.
func (e *DateEntry) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape && e.popUp != nil && e.popUp.Visible() {
		e.popUp.Hide()
		return
	}
	if passKey(e, ev) {
		return
	}
	e.Entry.TypedKey(ev)
}

// calendarButton opens a calendar under the field, on the date shown.
func (e *DateEntry) calendarButton() *widget.Button {
	b := widget.NewButtonWithIcon("", theme.CalendarIcon(), func() { e.showCalendar() })
	b.Importance = widget.LowImportance
	return b
}

func (e *DateEntry) showCalendar() {
	c := fyne.CurrentApp().Driver().CanvasForObject(e)
	if c == nil {
		return
	}
	shown := time.Now()
	if e.Date != nil {
		shown = *e.Date
	}
	// Calendars start on Sunday where dates put the month first (the US).
	e.calendar = newMonthCalendar(shown, e.order == notation.MonthFirst, func(d time.Time) {
		e.popUp.Hide()
		e.SetDate(&d)
	})
	e.popUp = widget.NewPopUp(e.calendar.object(), c)
	at := fyne.CurrentApp().Driver().AbsolutePositionForObject(e)
	e.popUp.ShowAtPosition(at.Add(fyne.NewPos(0, e.Size().Height)))
	e.popUp.Resize(fyne.NewSize(e.Size().Width, e.popUp.MinSize().Height))
	// The pop-up takes the keyboard from the field: the window's Escape
	// closes it.
	if h := keyHandlerOf(e); h != nil {
		h.PopUpShown(e.popUp)
	}
}

// setDay shows d, or clears the field for the zero Date.
func (e *DateEntry) SetDay(d app.Date) {
	if d.IsZero() {
		e.SetDate(nil)
		return
	}
	t := d.Time
	e.SetDate(&t)
}
