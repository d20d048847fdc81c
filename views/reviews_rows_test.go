package views

import (
	"fmt"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pacer/app"
)

// TestReviewRowsShowTheirTextWhole opens the Reviews screen on the sample
// with a goal of a long title, in English and Chinese, at 1024×640 and
// 1600×1000, and in the year view, where the figures also count the
// periods reported: every row in view shows its title and both figure
// lines whole, wrapped where they do not fit (cut with "…", two long
// titles read alike and the gap and last year's comparison were lost).
func TestReviewRowsShowTheirTextWhole(t *testing.T) {
	a := test.NewTempApp(t)
	ApplyTheme(a)
	t.Cleanup(func() { useLanguage(t, "en") })
	for _, language := range []string{"en", "zh"} {
		useLanguage(t, language)
		fx := newSizeFixture(t, language)
		w := a.NewWindow("Pacer")
		ui := newMainUI(w, Deps{Store: fx.store, DBPath: "/home/owner/Documents/pacer.db", Version: "test"})
		ui.now = func() time.Time { return sampleAsOf }
		w.SetContent(ui.build())
		showAt(w, layoutSizes[0])
		ui.showScreen(screenReviews)
		s := builtScreen[*reviewsScreen](ui)
		for _, cadence := range []app.Cadence{app.CadenceQuarter, app.CadenceYear} {
			s.cadence.SetSelected(s.cadences.label(cadence))
			for _, size := range layoutSizes {
				showAt(w, size)
				for i := range s.rows {
					s.list.ScrollTo(i)
					where := fmt.Sprintf("%s %s %.0f×%.0f, row %d", language, cadence, size.Width, size.Height, i)
					assertRowWhole(t, where, s.list, s.rows[i])
				}
			}
		}
		w.Close()
	}
}

// assertRowWhole checks that the list shows r's title and figure lines
// each whole, in a row as high as they need.
func assertRowWhole(t *testing.T, where string, list *widget.List, r app.ReviewRow) {
	t.Helper()
	want := map[string]bool{r.Goal.Title: false, reviewPlanLine(r): false, reviewCompareLine(r): false}
	walk(list, func(o fyne.CanvasObject) {
		box, ok := o.(*fyne.Container)
		if !ok || len(box.Objects) != 3 || !labelReads(box.Objects[1], reviewPlanLine(r)) {
			return
		}
		if need, has := box.MinSize().Height, box.Size().Height; need > has+layoutTolerance {
			t.Errorf("%s: the row needs %.0f px of height and has %.0f", where, need, has)
		}
		walk(box, func(o fyne.CanvasObject) {
			if l, ok := o.(*widget.Label); ok {
				if _, wanted := want[l.Text]; wanted {
					want[l.Text] = true
					if !shownWhole(l) {
						t.Errorf("%s: %q is cut in %.0f×%.0f px", where, l.Text, l.Size().Width, l.Size().Height)
					}
				}
			}
		})
	})
	for text, seen := range want {
		if !seen {
			t.Errorf("%s: no row shows %q", where, text)
		}
	}
}

func labelReads(o fyne.CanvasObject, text string) bool {
	l, ok := o.(*widget.Label)
	return ok && l.Text == text
}

// shownWhole says whether a label shows its whole text: wrapped, in as
// much height as its lines need, or on one line as wide as the text.
func shownWhole(l *widget.Label) bool {
	if l.Wrapping != fyne.TextWrapOff && l.Truncation == fyne.TextTruncateOff {
		return l.MinSize().Height <= l.Size().Height+layoutTolerance
	}
	th := theme.Current()
	need := fyne.MeasureText(l.Text, th.Size(theme.SizeNameText), l.TextStyle).Width + 2*th.Size(theme.SizeNameInnerPadding)
	return need <= l.Size().Width+layoutTolerance
}

// TestReviewRowsOfManyGoalsStayOneLine lists more goals than wrapRowsMax:
// their rows keep one line each, cut with "…", and none is measured, as
// laying out 200 rows of wrapped text took 300 ms at a width first seen.
// A review of few goals after it wraps its rows again, and back.
func TestReviewRowsOfManyGoalsStayOneLine(t *testing.T) {
	useLanguage(t, "en")
	rows := longReviewRows(wrapRowsMax + 1)
	list := widget.NewList(func() int { return len(rows) }, newReviewRowObject,
		func(id widget.ListItemID, o fyne.CanvasObject) { setReviewRow(o, rows[id]) })
	f := newReviewRowFit(list, func() []app.ReviewRow { return rows })
	w := test.NewWindow(f.box)
	defer w.Close()
	w.Resize(fyne.NewSize(420, 600))
	if f.wrapped || len(f.given) > 0 {
		t.Fatalf("%d rows: wrapped %v, %d heights given", len(rows), f.wrapped, len(f.given))
	}
	f.list.ScrollTo(0)
	walk(f.list, func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok && l.Wrapping != fyne.TextWrapOff {
			t.Errorf("%q wraps in a list of %d rows", l.Text, len(rows))
		}
	})
	rows = rows[:3]
	f.refit()
	if !f.wrapped || len(f.given) != 3 {
		t.Errorf("3 rows: wrapped %v, %d heights given; want their heights", f.wrapped, len(f.given))
	}
	assertRowWhole(t, "3 rows", f.list, rows[0])
	rows = longReviewRows(wrapRowsMax + 1)
	f.refit()
	if f.wrapped {
		t.Errorf("%d rows after 3 wrap", len(rows))
	}
}

// TestReviewRowsRebuiltKeepFocusAndPlace rebuilds a focused, scrolled
// list of wrapping rows at another width: the new list has the focus,
// the old one no longer calls back (keys sent to it selected rows behind
// the screen's back), and the new one is scrolled where the old one was.
func TestReviewRowsRebuiltKeepFocusAndPlace(t *testing.T) {
	useLanguage(t, "en")
	rows := longReviewRows(wrapRowsMax)
	list := widget.NewList(func() int { return len(rows) }, newReviewRowObject,
		func(id widget.ListItemID, o fyne.CanvasObject) { setReviewRow(o, rows[id]) })
	called := 0
	list.OnSelected = func(widget.ListItemID) { called++ }
	f := newReviewRowFit(list, func() []app.ReviewRow { return rows })
	w := test.NewWindow(f.box)
	defer w.Close()
	w.Resize(fyne.NewSize(420, 400))
	old := f.list
	old.ScrollToOffset(300)
	w.Canvas().Focus(old)
	w.Resize(fyne.NewSize(700, 400))
	if f.list == old {
		t.Fatal("a new width gave the drawn list its heights instead of a new one")
	}
	if w.Canvas().Focused() != fyne.Focusable(f.list) {
		t.Errorf("the focus stayed on %T %p, not the new list %p", w.Canvas().Focused(), w.Canvas().Focused(), f.list)
	}
	if old.OnSelected != nil || old.OnUnselected != nil {
		t.Error("the list replaced still calls back")
	}
	if got := f.list.GetScrollOffset(); got < 299 || got > 301 {
		t.Errorf("the new list is scrolled to %.0f, want 300", got)
	}
	f.list.Select(2)
	if called != 1 {
		t.Errorf("a selection in the new list called back %d times", called)
	}
}

// longReviewRows are n rows of goals whose titles and figures wrap at
// 420 px.
func longReviewRows(n int) []app.ReviewRow {
	var rows []app.ReviewRow
	for i := range n {
		g := app.Goal{ID: int64(i + 1), Title: fmt.Sprintf("In 2023, raise North-America sales of product line %d by 20%%, every quarter at least +5%% year on year", i),
			Kind: app.KindIncrease, Unit: app.UnitCurrency, UnitLabel: "CNY", Aggregation: app.AggFlow, Cadence: app.CadenceQuarter}
		rows = append(rows, app.ReviewRow{Goal: g, HasExpected: true, HasActual: true, Expected: 10_000_000, ExpectedCovered: 10_000_000,
			Actual: 8_000_000, Status: app.StatusPartial, HasPrevious: true, Previous: 16_700_000, HasLastYear: true, LastYear: 8_400_000})
	}
	return rows
}
