package views

import (
	"fmt"
	"testing"
	"time"

	"fyne.io/fyne/v2"
)

// TestDashboardTopContributors gives a goal sold by product its "top
// contributors" line, in English and Chinese, one line cut short with
// an ellipsis on a card a line taller than the others'.
func TestDashboardTopContributors(t *testing.T) {
	want := map[string]string{
		// 2023-Q2 was typed by hand only: it says nothing of the products.
		"en": "Short most in 2023-Q1: 产品 B −CN¥2,000,000 (100%)",
		"zh": "2023年第1季度缺口最大：产品 B −¥2,000,000（100%）",
	}
	for _, language := range []string{"en", "zh"} {
		t.Run(language, func(t *testing.T) {
			t.Cleanup(func() { useLanguage(t, "en") })
			useLanguage(t, language)
			ui, w, store := newStoreUI(t)
			ui.now = func() time.Time { return sampleAsOf }
			plain := saveSeedGoal(t, store, "Europe sales")
			g := saveSeedGoal(t, store, "North-America sales")
			importWithProducts(t, store, g)
			ui.showScreen(screenDashboard)
			w.Resize(fyne.NewSize(1024, 640))
			s := builtScreen[*dashboardScreen](ui)
			if got := s.contrib[g.ID]; got != want[language] {
				t.Errorf("line %q, want %q", got, want[language])
			}
			if got, ok := s.contrib[plain.ID]; ok {
				t.Errorf("a goal without a breakdown has a line %q", got)
			}
			short, tall := cardHeights()
			for i, p := range s.shown {
				card := newPaceCard().(*paceCard)
				s.updateCard(i, card)
				h := card.MinSize().Height
				if p.Goal.ID == g.ID && (h != tall || richText(card.contrib) != want[language] || !card.contrib.Visible()) {
					t.Errorf("the card of the goal by product is %v high (want %v) and reads %q", h, tall, richText(card.contrib))
				}
				if p.Goal.ID == plain.ID && (h != short || card.contrib.Visible()) {
					t.Errorf("the card of a goal without a breakdown is %v high, want %v", h, short)
				}
			}
			if tall <= short {
				t.Errorf("a card with a contributors line is no taller (%v) than one without (%v)", tall, short)
			}
		})
	}
}

// TestDashboardRowsAsHighAsTheirCards sorts the dashboard so that the
// card with a contributors line moves from row to row: every row shown
// is as high as its card, the taller one's wherever it lands, and a row
// it left is plain again (setRowHeights gives a row a height only where
// it changes).
func TestDashboardRowsAsHighAsTheirCards(t *testing.T) {
	ui, w, store := newStoreUI(t)
	ui.now = func() time.Time { return sampleAsOf }
	saveSeedGoal(t, store, "Asia sales")
	saveSeedGoal(t, store, "Europe sales")
	g := saveSeedGoal(t, store, "North-America sales")
	importWithProducts(t, store, g)
	ui.showScreen(screenDashboard)
	w.Resize(fyne.NewSize(1024, 640))
	s := builtScreen[*dashboardScreen](ui)
	rows := map[int]bool{}
	for _, by := range []string{sortByTitle, sortByStatus, sortByTitle, sortByProgress} {
		s.sortBy.SetSelected(sortLabel(by))
		for i, p := range s.shown {
			if p.Goal.ID == g.ID {
				rows[i] = true
			}
		}
		if shown := checkRowsFitCards(t, s, "sorted by "+by); shown != len(s.shown) {
			t.Fatalf("sorted by %s, %d cards shown of %d", by, shown, len(s.shown))
		}
	}
	if len(rows) < 2 {
		t.Fatalf("the goal with a contributors line stayed in row %v: the sorts must move it", rows)
	}
}

// checkRowsFitCards checks that every card the dashboard's list shows is
// in a row as high as the card needs, and that one of them has a
// contributors line. It returns how many cards are shown.
func checkRowsFitCards(t *testing.T, s *dashboardScreen, when string) int {
	t.Helper()
	cards, taller := 0, 0
	walk(s.list, func(o fyne.CanvasObject) {
		if c, ok := o.(*paceCard); ok && c.Visible() {
			cards++
			if c.contrib.Visible() {
				taller++
			}
			if got, want := c.Size().Height, c.MinSize().Height; got != want {
				t.Errorf("%s, the card of %q is in a row %v high, want %v", when, c.title.Text, got, want)
			}
		}
	})
	if cards == 0 || cards > len(s.shown) || taller == 0 {
		t.Fatalf("%s, %d cards shown of %d, %d of them with a contributors line", when, cards, len(s.shown), taller)
	}
	return cards
}

// TestDashboardAtEveryScale shows the dashboard at one of Settings'
// scales, then at another: the cards, two of them with a contributors
// line, fit their rows at each. Going to a larger scale panicked in Fyne
// (a wrapped, cut-short title given text in less height than a line,
// before the list laid the card out again).
func TestDashboardAtEveryScale(t *testing.T) {
	for _, from := range scales {
		for _, to := range scales {
			t.Run(fmt.Sprint(from, "→", to), func(t *testing.T) {
				ui, w, store := newStoreUI(t)
				ui.now = func() time.Time { return sampleAsOf }
				saveSeedGoal(t, store, "Europe sales")
				importWithProducts(t, store, saveSeedGoal(t, store, "North-America sales"))
				importWithProducts(t, store, saveSeedGoal(t, store, "Asia sales"))
				prefs := fyne.CurrentApp().Preferences()
				prefs.SetFloat(prefScale, from)
				ApplyTheme(fyne.CurrentApp())
				ui.showScreen(screenDashboard)
				w.Resize(fyne.NewSize(1024, 640))
				s := builtScreen[*dashboardScreen](ui)
				checkRowsFitCards(t, s, fmt.Sprint("at ", from))
				ui.showScreen(screenSettings)
				prefs.SetFloat(prefScale, to)
				ApplyTheme(fyne.CurrentApp())
				ui.showScreen(screenDashboard)
				checkRowsFitCards(t, s, fmt.Sprint("at ", to, " after ", from))
			})
		}
	}
}
