package widgets_test

import (
	"errors"
	"image/color"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"pacer/app"
	"pacer/views/widgets"
)

func TestDateEntryWritesISODates(t *testing.T) {
	test.NewTempApp(t)
	e := widgets.NewDateEntry()
	w := test.NewWindow(e)
	defer w.Close()
	w.Canvas().Focus(e)
	test.Type(e, "2026/3/1")
	w.Canvas().Unfocus()
	if e.Text != "2026-03-01" {
		t.Errorf("after leaving the field it shows %q, want 2026-03-01", e.Text)
	}
	e.SetDay(app.NewDate(2026, time.March, 5))
	if e.Text != "2026-03-05" || e.Date == nil || !e.Date.Equal(time.Date(2026, 3, 5, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("text %q, date %v", e.Text, e.Date)
	}
	e.SetDay(app.Date{})
	if e.Text != "" || e.Date != nil || !e.Blank() {
		t.Errorf("a zero date shows %q", e.Text)
	}
}

// TestDateEntryValueSaysWhatIsNoDate: a mistyped date is an error that
// names the text, never the zero Date.
func TestDateEntryValueSaysWhatIsNoDate(t *testing.T) {
	test.NewTempApp(t)
	e := widgets.NewDateEntry()
	e.SetText("2026-06-31")
	_, err := e.Value()
	var de widgets.DateError
	if !errors.As(err, &de) || de.Text != "2026-06-31" {
		t.Fatalf("Value() error %v, want a DateError naming 2026-06-31", err)
	}
	e.SetText("")
	if d, err := e.Value(); err != nil || !d.IsZero() {
		t.Errorf("an empty field reads as %v, %v", d, err)
	}
}

// keyLog is a window's key handler that notes what it is given.
type keyLog struct {
	keys  []fyne.KeyName
	popUp *widget.PopUp
}

func (k *keyLog) TypedKey(name fyne.KeyName) bool { k.keys = append(k.keys, name); return true }
func (k *keyLog) PopUpShown(p *widget.PopUp)      { k.popUp = p }

// TestDateEntryCalendarPicksADay opens the calendar from the field and
// picks a day: the field shows it, the pop-up closes, and the window's
// handler was told of the pop-up.
func TestDateEntryCalendarPicksADay(t *testing.T) {
	test.NewTempApp(t)
	e := widgets.NewDateEntry()
	w := test.NewWindow(e)
	defer w.Close()
	h := &keyLog{}
	widgets.SetKeyHandler(w.Canvas(), h)
	defer widgets.SetKeyHandler(w.Canvas(), nil)
	w.Resize(fyne.NewSize(400, 60))
	e.SetDay(app.NewDate(2026, time.February, 10))
	test.Tap(e.ActionItem.(*widget.Button))
	popUp, ok := w.Canvas().Overlays().Top().(*widget.PopUp)
	if !ok || !popUp.Visible() || h.popUp != popUp {
		t.Fatal("the calendar did not open, or the window was not told")
	}
	if findLabel(popUp.Content, "Feb 2026") == nil {
		t.Error("the calendar did not open on the field's month")
	}
	test.Tap(findButton(t, popUp.Content, "20"))
	if e.Text != "2026-02-20" || popUp.Visible() {
		t.Errorf("after picking: text %q, pop-up shown %v", e.Text, popUp.Visible())
	}
	test.Tap(e.ActionItem.(*widget.Button))
	popUp = w.Canvas().Overlays().Top().(*widget.PopUp)
	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if popUp.Visible() || e.Text != "2026-02-20" || len(h.keys) != 0 {
		t.Errorf("Escape in the field left the calendar open (%v), changed the date to %q or reached the window (%v)",
			popUp.Visible(), e.Text, h.keys)
	}
}

// TestKeyWidgetsPassEscapeAndEnter: Escape always reaches the window's
// handler; Enter only where the widget has no use for it.
func TestKeyWidgetsPassEscapeAndEnter(t *testing.T) {
	test.NewTempApp(t)
	single, multi := widgets.NewEntry(), widgets.NewMultiLineEntry()
	sel := widgets.NewSelect([]string{"a"}, nil)
	check := widgets.NewCheck("c", nil)
	w := test.NewWindow(widgetColumn(single, multi, sel, check))
	defer w.Close()
	h := &keyLog{}
	widgets.SetKeyHandler(w.Canvas(), h)
	defer widgets.SetKeyHandler(w.Canvas(), nil)
	for _, o := range []fyne.Focusable{single, multi, sel, check} {
		o.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
		o.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	}
	want := []fyne.KeyName{fyne.KeyEscape, fyne.KeyReturn, fyne.KeyEscape, fyne.KeyEscape, fyne.KeyReturn, fyne.KeyEscape, fyne.KeyReturn}
	if len(h.keys) != len(want) {
		t.Fatalf("the window got %v, want %v", h.keys, want)
	}
	for i := range want {
		if h.keys[i] != want[i] {
			t.Fatalf("the window got %v, want %v", h.keys, want)
		}
	}
	if multi.Text != "\n" {
		t.Errorf("Enter in a multi-line entry gave %q, want a new line", multi.Text)
	}
}

// TestCheckPanelShowsEachLetter shows a SMART report: one row per letter
// asked for, with its verdict in words.
func TestCheckPanelShowsEachLetter(t *testing.T) {
	test.NewTempApp(t)
	p := widgets.NewCheckPanel(false, "S")
	p.Show(app.SMARTReport{Letters: []app.LetterResult{{Letter: "S", Verdict: app.VerdictPass}, {Letter: "M", Verdict: app.VerdictFail}}})
	w := test.NewWindow(p.Object())
	defer w.Close()
	if findLabel(p.Object(), "S · Specific — Pass") == nil {
		t.Error("the S row is not shown")
	}
	if findLabel(p.Object(), "M · Measurable — Fail") != nil {
		t.Error("a letter not asked for is shown")
	}
}

// TestPaceBarKeepsItsShare sets the bar past its ends: it draws within them.
func TestPaceBarKeepsItsShare(t *testing.T) {
	test.NewTempApp(t)
	b := widgets.NewPaceBar()
	w := test.NewWindow(b)
	defer w.Close()
	w.Resize(fyne.NewSize(200, 40))
	b.Set(1.7, -0.2, color.NRGBA{R: 200, A: 255})
	b.Refresh()
	if b.MinSize().Width <= 0 {
		t.Error("the bar has no size")
	}
	test.AssertRendersToMarkup(t, "pacebar_over.xml", w.Canvas())
}

// TestPaceBarAtZeroDrawsNoSliver: a goal at or below its start shows an
// empty track, not a stub of status colour, and the track is not the
// input colour a dashboard card is drawn in.
func TestPaceBarAtZeroDrawsNoSliver(t *testing.T) {
	test.NewTempApp(t)
	b := widgets.NewPaceBar()
	w := test.NewWindow(b)
	defer w.Close()
	w.Resize(fyne.NewSize(200, 40))
	b.Set(-0.1, 0.5, color.NRGBA{R: 200, A: 255})
	test.AssertRendersToMarkup(t, "pacebar_zero.xml", w.Canvas())
}

// TestShortSelectShowsItsOptionWhole checks that a short select, at its
// smallest, shows each option whole, as a select does, with its label
// not truncated: Fyne shapes a truncated label anew at each layout.
func TestShortSelectShowsItsOptionWhole(t *testing.T) {
	test.NewTempApp(t)
	levels := []string{"0", "7", "10"}
	for _, short := range []bool{false, true} {
		sel := widgets.NewSelect(levels, nil)
		if short {
			sel = widgets.NewShortSelect(levels, nil)
		}
		w := test.NewWindow(sel)
		for i, want := range levels {
			sel.SetSelectedIndex(i)
			sel.Resize(sel.MinSize())
			label := selectLabel(t, sel)
			if got := shownText(label); got != want {
				t.Errorf("short %v: shows %q, want %q", short, got, want)
			}
			if truncated := label.Truncation != fyne.TextTruncateOff; truncated == short {
				t.Errorf("short %v: label truncated %v", short, truncated)
			}
		}
		w.Close()
	}
}

// selectLabel is the label a select shows its choice in.
func selectLabel(t *testing.T, sel *widgets.KeySelect) *widget.RichText {
	t.Helper()
	for _, o := range test.WidgetRenderer(sel).Objects() {
		if label, ok := o.(*widget.RichText); ok {
			return label
		}
	}
	t.Fatal("no label in the select")
	return nil
}

// shownText is the text label draws.
func shownText(label *widget.RichText) string {
	var out string
	for _, o := range test.WidgetRenderer(label).Objects() {
		if text, ok := o.(*canvas.Text); ok {
			out += text.Text
		}
	}
	return out
}
