package views

import (
	"context"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pacer/app"
	"pacer/app/sample"
	"pacer/views/widgets"
)

// richText is what a rich text says, its segments joined.
func richText(r *widget.RichText) string {
	var b strings.Builder
	for _, s := range r.Segments {
		b.WriteString(s.Textual())
	}
	return b.String()
}

// customersCard is the sample plan's customers goal on a card of its own
// in a test window, which the test's end closes.
func customersCard(t *testing.T) (*paceCard, goalPace, fyne.Window) {
	t.Helper()
	p := paceOf(t, sampleDashboard(t), "customers")
	card := newPaceCard().(*paceCard)
	card.set(p)
	w := test.NewWindow(card)
	t.Cleanup(w.Close)
	return card, p, w
}

// A goal's card: bold title, status chip, the bar, the three figures with
// their captions and the outlook, with the numbers the facts line has.
func TestPaceCardShowsFiguresAndChip(t *testing.T) {
	// The customers goal counts, so the markup holds no currency sign.
	card, customers, w := customersCard(t)
	w.Resize(fyne.NewSize(860, card.MinSize().Height+2*theme.Padding()))
	if !card.title.TextStyle.Bold || card.title.Text != customers.Goal.Title {
		t.Errorf("title %q bold %v", card.title.Text, card.title.TextStyle.Bold)
	}
	if card.chip.Text() != "At risk" {
		t.Errorf("chip says %q", card.chip.Text())
	}
	for i, want := range []string{"Actual40", "Target200", "Expected by now50", "Progress20% done"} {
		if got := richText(card.figures[i]); got != want {
			t.Errorf("figure %d reads %q, want %q", i, got, want)
		}
	}
	if got := richText(card.outlook); got != paceOutlook(customers) || !strings.HasPrefix(got, "Projected end: 160 (80% of target) · needs Q2 53") {
		t.Errorf("outlook %q, want %q", got, paceOutlook(customers))
	}
	test.AssertRendersToMarkup(t, "dashboard_card.xml", w.Canvas())
}

// Every card has the height of a two-line title, whether the title is short,
// long in English or long in Chinese, or the goal has no check-in yet; a
// title longer than two lines at 1024 px ends in an ellipsis instead of
// widening the card.
func TestPaceCardsShareOneHeight(t *testing.T) {
	d := sampleDashboard(t)
	sales := paceOf(t, d, "sales")
	noData := sales
	noData.Assessment, noData.Projection = app.Assessment{Status: app.StatusNoData, NoValues: true}, app.Projection{}
	titles := []string{"Sales", strings.Repeat("In 2023, raise North-America sales by 20%, every quarter ", 4),
		strings.Repeat("2023年北美销售额提升20%，每季度同比至少增长5%，", 6)}
	// The list gives every row the height of its template, the card before set.
	height := newPaceCard().MinSize().Height
	for i, title := range titles {
		for _, p := range []goalPace{sales, noData} {
			p.Goal.Title = title
			card := newPaceCard().(*paceCard)
			card.set(p)
			size := card.MinSize()
			if size.Height != height {
				t.Errorf("title %d: card %v high, the list's template row %v", i, size.Height, height)
			}
			if size.Width > 860 {
				t.Errorf("title %d: card needs %v px, more than a 1024 px window gives", i, size.Width)
			}
		}
	}
	card := newPaceCard().(*paceCard)
	card.set(noData)
	if got := richText(card.figures[0]); got != "ActualNo check-ins yet" {
		t.Errorf("a goal without check-ins reads %q", got)
	}
	ended := noData
	ended.Assessment.Status = app.StatusNotReported
	card.set(ended)
	if got := richText(card.figures[0]); got != "ActualNo check-ins" {
		t.Errorf("an ended goal without check-ins reads %q", got)
	}
	if got := richText(card.outlook); got != "Ended with no check-in: nothing to project." {
		t.Errorf("an ended goal without check-ins: outlook %q", got)
	}
}

// The "No data yet" chip keeps its own patch and a text that contrasts
// with it, so a selected (blue) row does not turn it grey on blue.
func TestNoDataChipReadsOnItsOwnPatch(t *testing.T) {
	test.NewTempApp(t)
	head := newStatusHead()
	setStatusHead(head, "A goal", app.StatusNoData)
	var chip *widgets.StatusChip
	walk(head, func(o fyne.CanvasObject) {
		if c, ok := o.(*widgets.StatusChip); ok {
			chip = c
		}
	})
	if chip == nil || chip.Text() != "No data yet" {
		t.Fatalf("the row shows no status chip for no data: %v", chip)
	}
}

// The dashboard of the sample plan with two long-titled goals fits a
// 1024×640 window: nothing forces it wider or taller.
func TestDashboardFitsSmallWindow(t *testing.T) {
	ui, w, store := newStoreUI(t)
	ui.now = func() time.Time { return sampleAsOf }
	if err := sample.LoadSample(context.Background(), store, "en"); err != nil {
		t.Fatal(err)
	}
	saveSeedGoal(t, store, strings.Repeat("2023年北美销售额提升20%，每季度同比至少增长5%，", 4))
	saveSeedGoal(t, store, strings.Repeat("In 2023, raise North-America sales by 20%, every quarter ", 4))
	ui.showScreen(screenDashboard)
	w.Resize(fyne.NewSize(1024, 640))
	if m := w.Content().MinSize(); m.Width > 1024 || m.Height > 640 {
		t.Errorf("the dashboard needs %v, more than 1024×640", m)
	}
	d := builtScreen[*dashboardScreen](ui)
	if len(d.shown) != 5 {
		t.Errorf("%d goals shown, want 5", len(d.shown))
	}
}

// shownText is the text a rich text draws, its lines joined.
func shownText(r *widget.RichText) (s string) {
	for _, o := range test.WidgetRenderer(r).Objects() {
		if t, ok := o.(*canvas.Text); ok {
			s += t.Text
		}
	}
	return s
}

// A card's lines end in an ellipsis only where they do not fit
// (fitTruncation): narrowed, the outlook is cut short; widened again, it
// shows whole, and so does a figure that fits while a longer one is cut.
func TestPaceCardCutsOnlyWhatDoesNotFit(t *testing.T) {
	card, p, w := customersCard(t)
	outlook := paceOutlook(p)
	for _, width := range []float32{860, 420, 860} {
		w.Resize(fyne.NewSize(width, card.MinSize().Height+2*theme.Padding()))
		got := shownText(card.outlook)
		if cut := width < 500; cut != strings.HasSuffix(got, "…") || !cut && got != outlook {
			t.Errorf("at %v px the outlook reads %q, of %q", width, got, outlook)
		}
		if got := shownText(card.figures[1]); got != "Target200" {
			t.Errorf("at %v px the target reads %q", width, got)
		}
	}
	long := p
	long.Goal.Title = "A goal"
	long.Goal.Unit, long.Goal.UnitLabel = app.UnitCustom, "extraordinarily long unit label"
	card.set(long)
	if got := shownText(card.figures[1]); !strings.HasSuffix(got, "…") {
		t.Errorf("a target wider than its column reads %q", got)
	}
}

// outlookLine is what a card's outlook line says: its overdue mark, when
// shown, then the outlook.
func outlookLine(c *paceCard) string {
	if !c.overdue.Visible() {
		return c.outlook.String()
	}
	return c.overdue.String() + c.outlook.String()
}

// TestPaceCardCutsOverdueOutlookWithEllipsis narrows a card whose outlook
// opens with its overdue check-ins: the line ends in an ellipsis (it
// stopped at the last word that fitted, "needs 2026-W50 579, …" of a
// weekly goal gone without a sign of more), and widened it reads whole.
func TestPaceCardCutsOverdueOutlookWithEllipsis(t *testing.T) {
	card, p, w := customersCard(t)
	card.setOverdue(48)
	whole := "48 check-ins overdue · " + paceOutlook(p)
	for _, width := range []float32{420, 860} {
		w.Resize(fyne.NewSize(width, card.MinSize().Height+2*theme.Padding()))
		got := shownText(card.overdue) + shownText(card.outlook)
		if cut := width < 500; cut != strings.HasSuffix(got, "…") || !cut && got != whole {
			t.Errorf("at %v px the outlook line reads %q, of %q", width, got, whole)
		}
	}
	card.set(p)
	if got := outlookLine(card); got != paceOutlook(p) {
		t.Errorf("filled again, the card reads %q", got)
	}
}
