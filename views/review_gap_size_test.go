package views

import (
	"context"
	"fmt"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"pacer/app/sample"
	"pacer/views/widgets"
)

// TestGapMeasureDatesShowWhole opens the Reviews screen on the sample's
// first quarter, in English and Chinese, at 1024×640 and 1600×1000, with a
// measure of its date and a new one showing the hint: each date field is
// wide enough for its hint or date beside its calendar button and
// validation mark (a fixed 150 px showed "YYYY-M").
func TestGapMeasureDatesShowWhole(t *testing.T) {
	for _, language := range []string{"en", "zh"} {
		t.Run(language, func(t *testing.T) {
			t.Cleanup(func() { useLanguage(t, "en") })
			useLanguage(t, language)
			ui, w, store := newStoreUI(t)
			ui.now = func() time.Time { return sampleAsOf }
			if err := sample.LoadSample(context.Background(), store, language); err != nil {
				t.Fatal(err)
			}
			ui.showScreen(screenReviews)
			s := builtScreen[*reviewsScreen](ui)
			s.list.Select(0)
			test.Tap(s.gap.add)
			s.gap.rows[0].due.SetText("2023-06-30")
			for _, size := range []fyne.Size{{Width: 1024, Height: 640}, {Width: 1600, Height: 1000}} {
				w.Resize(size)
				for i, r := range s.gap.rows {
					shown := r.due.Text
					if shown == "" {
						shown = r.due.PlaceHolder
					}
					where := fmt.Sprintf("%s at %.0f×%.0f, measure %d", language, size.Width, size.Height, i+1)
					if need, has := widthToShow(r.due, shown), r.due.Size().Width; has+0.5 < need {
						t.Errorf("%s: the date field shows %q in %.0f px of the %.0f it needs", where, shown, has, need)
					}
				}
			}
		})
	}
}

// widthToShow is the width a date field needs to show text whole: Fyne
// draws the text inside the entry's border and inner padding, and the
// calendar button and validation mark after it.
func widthToShow(e *widgets.DateEntry, text string) float32 {
	th := theme.Current()
	return fyne.MeasureText(text, th.Size(theme.SizeNameText), e.TextStyle).Width +
		2*th.Size(theme.SizeNameInnerPadding) + 2*th.Size(theme.SizeNameInputBorder) +
		e.ActionItem.MinSize().Width + th.Size(theme.SizeNameInlineIcon) + th.Size(theme.SizeNameLineSpacing)
}
