package views

import (
	"context"
	"fmt"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pacer/app"
)

// TestGoalDetailBreakdownFitsTheWindow opens the breakdown tab of a goal
// sold as 40 products of long names over a year and its plan-by-value
// editor, in English and Chinese, at 1024×640 and 1600×1000: the window
// can be that small, and nothing is cut or squeezed.
func TestGoalDetailBreakdownFitsTheWindow(t *testing.T) {
	for _, language := range []string{"en", "zh"} {
		t.Run(language, func(t *testing.T) {
			t.Cleanup(func() { useLanguage(t, "en") })
			useLanguage(t, language)
			ui, w, store := newStoreUI(t)
			ui.now = func() time.Time { return sampleAsOf }
			g := saveSeedGoal(t, store, longTexts[language].title)
			importManyProducts(t, store, g)
			ui.showScreen(screenDashboard)
			builtScreen[*dashboardScreen](ui).openDetail(g.ID)
			var tabs *container.AppTabs
			walk(w.Content(), func(o fyne.CanvasObject) {
				if t, ok := o.(*container.AppTabs); ok {
					tabs = t
				}
			})
			if tabs == nil {
				t.Fatal("no breakdown tab")
			}
			tabs.SelectIndex(1)
			for _, size := range layoutSizes {
				w.Resize(size)
				where := fmt.Sprintf("%s at %.0f×%.0f", language, size.Width, size.Height)
				if min := w.Content().MinSize().AddWidthHeight(2*theme.Padding(), 2*theme.Padding()); min.Width > size.Width || min.Height > size.Height {
					t.Errorf("%s: the breakdown needs a window of %.0f×%.0f", where, min.Width, min.Height)
				}
				for _, p := range checkWindow(w) {
					t.Errorf("%s: %s", where, p)
				}
			}
			w.Resize(layoutSizes[0])
			var plan *widget.Button
			walk(w.Content(), func(o fyne.CanvasObject) {
				if b, ok := o.(*widget.Button); ok && b.Text == lang.L("Plan by value…") {
					plan = b
				}
			})
			if plan == nil {
				t.Fatal("no plan-by-value button")
			}
			test.Tap(plan)
			for _, p := range checkDialogs(w) {
				t.Errorf("%s plan editor: %s", language, p)
			}
		})
	}
}

// importManyProducts imports the four quarters of 2023 and 2022 of g, by
// 40 products of long names.
func importManyProducts(t *testing.T, store interface {
	ApplyImport(context.Context, app.Import) error
}, g app.Goal) {
	t.Helper()
	var imp app.Import
	for _, year := range []int{2022, 2023} {
		for q := 1; q <= 4; q++ {
			key := fmt.Sprintf("%d-Q%d", year, q)
			var total float64
			for i := range 40 {
				amount := float64(100_000 + i*7_919 + q*1_000)
				total += amount
				imp.Breakdown = append(imp.Breakdown, app.DimensionValue{GoalID: g.ID, PeriodKey: key, History: year == 2022,
					Dimension: "产品", Value: fmt.Sprintf("华东区旗舰店 Premium product line %02d", i), Amount: amount, Rows: 3})
			}
			if year == 2022 {
				imp.History = append(imp.History, app.HistoryValue{GoalID: g.ID, PeriodKey: key, Value: total})
			} else if q <= 2 {
				imp.CheckIns = append(imp.CheckIns, app.CheckIn{GoalID: g.ID, PeriodKey: key, Value: total, Confidence: 5})
			}
		}
	}
	// 2023's later quarters are not in yet: their breakdown waits for them.
	var kept []app.DimensionValue
	for _, d := range imp.Breakdown {
		if d.History || d.PeriodKey <= "2023-Q2" {
			kept = append(kept, d)
		}
	}
	imp.Breakdown = kept
	if err := store.ApplyImport(context.Background(), imp); err != nil {
		t.Fatal(err)
	}
}
