package views

import (
	"context"
	"fmt"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"pacer/app"
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

// longProducts are products of long names, as owners' files hold them.
var longProducts = map[string][]string{
	"en": {"Premium outdoor furniture collection for North-American retail partners", "Spare parts", "Online-only bundles (web shop and marketplaces)"},
	"zh": {"华东及华南区域重点门店旗舰系列产品（含线上旗舰店与经销商渠道）", "配件", "线上专供套装（官网及各大电商平台）"},
}

// TestReviewWithContributorsHoldsItsShape opens the Reviews screen on the
// layout check's goal of a long title, its first quarter broken down by
// products of long names, in English and Chinese at 1024×640 and
// 1600×1000: the gap analysis with its contributors table, and the chart
// of the gap by product, pass the layout check.
func TestReviewWithContributorsHoldsItsShape(t *testing.T) {
	a := test.NewTempApp(t)
	ApplyTheme(a)
	t.Cleanup(func() { useLanguage(t, "en") })
	for _, language := range []string{"en", "zh"} {
		useLanguage(t, language)
		fx := newSizeFixture(t, language)
		g := fx.long[language]
		var bd []app.DimensionValue
		for i, amount := range []float64{5_000_000, 2_123_456, 1_000_000} {
			bd = append(bd, app.DimensionValue{GoalID: g.ID, PeriodKey: "2023-Q1", Dimension: "产品", Value: longProducts[language][i], Amount: amount, Rows: 1})
		}
		if err := fx.store.ApplyImport(context.Background(), app.Import{Breakdown: bd,
			CheckIns: []app.CheckIn{{GoalID: g.ID, PeriodKey: "2023-Q1", Value: 8_123_456, Confidence: 6}}}); err != nil {
			t.Fatal(err)
		}
		w := a.NewWindow("Pacer")
		ui := newMainUI(w, Deps{Store: fx.store, DBPath: "/home/owner/Documents/pacer.db", Version: "test"})
		ui.now = func() time.Time { return sampleAsOf }
		w.SetContent(ui.build())
		w.SetMainMenu(ui.menu())
		showAt(w, layoutSizes[0])
		ui.showScreen(screenReviews)
		s := builtScreen[*reviewsScreen](ui)
		s.list.Select(s.rowOfGoal(g.ID))
		if len(s.gap.contributors) != 1 {
			t.Fatalf("%s: contributors %+v", language, s.gap.contributors)
		}
		for _, tab := range []string{"gap", "chart"} {
			if tab == "chart" {
				s.gap.onShowChart("产品")
			}
			for _, size := range layoutSizes {
				showAt(w, size)
				where := fmt.Sprintf("review contributors %s %s %.0fx%.0f", tab, language, size.Width, size.Height)
				assertLayout(t, where, checkWindow(w), map[string]bool{})
				saveShot(t, w, where)
			}
		}
		w.Close()
	}
}
