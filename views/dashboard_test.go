package views

import (
	"context"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"pacer/app"
)

func TestDashboardShowsPaceAndDetail(t *testing.T) {
	ui, _, store := newStoreUI(t)
	ui.now = func() time.Time { return time.Date(2023, 4, 10, 9, 0, 0, 0, time.UTC) }
	g := saveSeedGoal(t, store, "Sales 2023")
	saveSeedGoal(t, store, "Europe sales 2023")
	if err := store.CreateCheckIn(context.Background(), &app.CheckIn{GoalID: g.ID, PeriodKey: "2023-Q1", Value: 8_000_000}); err != nil {
		t.Fatal(err)
	}
	ui.showScreen(screenDashboard)
	d := builtScreen[*dashboardScreen](ui)
	if len(d.shown) != 2 {
		t.Fatalf("dashboard shows %d goals", len(d.shown))
	}
	if d.shown[0].Assessment.Status != app.StatusAtRisk {
		t.Errorf("8M of 10M planned is %s, want at risk", d.shown[0].Assessment.Status)
	}
	if !strings.Contains(d.counts.Text, "At risk: 1") {
		t.Errorf("counts read %q", d.counts.Text)
	}
	if d.dueBanner.Hidden {
		t.Error("the Europe goal's Q1 check-in is due but no banner shows")
	}

	d.statusPick.SetSelected(statusLabel(app.StatusNoData))
	if len(d.shown) != 1 || d.shown[0].Goal.Title != "Europe sales 2023" {
		t.Errorf("the status filter shows %d goals", len(d.shown))
	}
	d.statusPick.SetSelectedIndex(0)

	d.onSelect(0)
	detail, ok := d.content.Objects[0].(interface{})
	if !ok || d.content.Objects[0] == d.board {
		t.Fatal("selecting a goal did not open its detail")
	}
	_ = detail
	if !containsText(d.content.Objects[0], "−CN¥2,000,000 (−20.0%)") {
		t.Error("the detail table does not show Q1's variance of −CN¥2,000,000 (−20.0%)")
	}
	test.Tap(findButton(t, d.content.Objects[0], "Back to the dashboard"))
	if d.content.Objects[0] != d.board {
		t.Error("Back did not return to the dashboard")
	}
}

func TestDueNotificationOncePerDay(t *testing.T) {
	ui, _, store := newStoreUI(t)
	ui.now = func() time.Time { return time.Date(2023, 7, 20, 9, 0, 0, 0, time.UTC) }
	saveSeedGoal(t, store, "Sales 2023")
	a := fyne.CurrentApp()
	want := fyne.NewNotification("Check-ins are due", "2 check-ins are due, 2 of them overdue.")
	test.AssertNotificationSent(t, want, func() { ui.notifyDue(a) })
	test.AssertNotificationSent(t, nil, func() { ui.notifyDue(a) })
}

// TestDueBannerCountedAfterLayoutShows counts the check-ins due after the
// dashboard has been laid out, as a switch to it does: the banner gets a
// size of its own beside the counts, inside the window (it was laid off
// its right edge), and hides again when nothing is due.
func TestDueBannerCountedAfterLayoutShows(t *testing.T) {
	ui, w, store := newStoreUI(t)
	ui.now = func() time.Time { return time.Date(2023, 4, 10, 9, 0, 0, 0, time.UTC) }
	saveSeedGoal(t, store, "Sales 2023")
	ui.showScreen(screenDashboard)
	d := builtScreen[*dashboardScreen](ui)
	d.showDueCounts(0, 0)
	w.Resize(fyne.NewSize(1000, 600))
	if d.dueBanner.Visible() {
		t.Fatal("a banner shows with nothing due")
	}
	d.showDueCounts(3, 1)
	if size := d.dueBanner.Size(); !d.dueBanner.Visible() || size.Width < d.dueBanner.MinSize().Width || size.Height == 0 {
		t.Errorf("the banner counted after layout is %v, want at least %v", size, d.dueBanner.MinSize())
	}
	abs := fyne.CurrentApp().Driver().AbsolutePositionForObject
	if countsEnd, bannerX := abs(d.counts).X+d.counts.Size().Width, abs(d.dueBanner).X; countsEnd > bannerX {
		t.Errorf("the counts end at x %v, under the banner at x %v", countsEnd, bannerX)
	}
	if end, width := abs(d.dueBanner).X+d.dueBanner.Size().Width, w.Canvas().Size().Width; end > width {
		t.Errorf("the banner ends at x %v, past the window's %v", end, width)
	}
	d.showDueCounts(0, 0)
	if d.dueBanner.Visible() {
		t.Error("the banner stays with nothing due")
	}
}

// TestDueBannerSaysOneInTheSingular: one check-in due reads "1 check-in
// due", in English and Chinese, and more reads the plural.
func TestDueBannerSaysOneInTheSingular(t *testing.T) {
	for _, c := range []struct {
		language, one, two string
	}{
		{"en", "1 check-in due (1 overdue)", "2 check-ins due (0 overdue)"},
		{"zh", "1 项待填报（1 项逾期）", "2 项待填报（0 项逾期）"},
	} {
		useLanguage(t, c.language)
		if got := dueBannerText(1, 1); got != c.one {
			t.Errorf("%s: one due reads %q, want %q", c.language, got, c.one)
		}
		if got := dueBannerText(2, 0); got != c.two {
			t.Errorf("%s: two due read %q, want %q", c.language, got, c.two)
		}
	}
	useLanguage(t, "en")
}

// TestDueNotificationOfOne says one check-in due in the singular.
func TestDueNotificationOfOne(t *testing.T) {
	ui, _, store := newStoreUI(t)
	ui.now = func() time.Time { return time.Date(2023, 4, 10, 9, 0, 0, 0, time.UTC) }
	saveSeedGoal(t, store, "Sales 2023")
	want := fyne.NewNotification("Check-ins are due", "1 check-in is due.")
	test.AssertNotificationSent(t, want, func() { ui.notifyDue(fyne.CurrentApp()) })
}

// TestDashboardCardSaysCheckInsOverdue: a goal whose last quarter was
// never checked in, past its grace, says so on its card, in front of
// where it is heading; one up to date says nothing of it.
func TestDashboardCardSaysCheckInsOverdue(t *testing.T) {
	ui, _, store := newStoreUI(t)
	ui.now = func() time.Time { return time.Date(2023, 7, 20, 9, 0, 0, 0, time.UTC) }
	g := saveSeedGoal(t, store, "Sales 2023")
	if err := store.CreateCheckIn(context.Background(), &app.CheckIn{GoalID: g.ID, PeriodKey: "2023-Q1", Value: 2_500_000}); err != nil {
		t.Fatal(err)
	}
	ui.showScreen(screenDashboard)
	d := builtScreen[*dashboardScreen](ui)
	card := newPaceCard().(*paceCard)
	d.updateCard(0, card)
	if got := outlookLine(card); !strings.HasPrefix(got, "1 check-in overdue · ") {
		t.Errorf("the card's outlook reads %q", got)
	}
	if err := store.CreateCheckIn(context.Background(), &app.CheckIn{GoalID: g.ID, PeriodKey: "2023-Q2", Value: 2_500_000}); err != nil {
		t.Fatal(err)
	}
	d.refresh()
	d.updateCard(0, card)
	if got := outlookLine(card); strings.Contains(got, "overdue") {
		t.Errorf("a goal up to date reads %q", got)
	}
}

// TestDashboardSaysWhenNoGoalMatches: a status filter no goal passes left
// a blank area; it now says that no goal matches.
func TestDashboardSaysWhenNoGoalMatches(t *testing.T) {
	ui, _, store := newStoreUI(t)
	saveSeedGoal(t, store, "Sales 2023")
	ui.showScreen(screenDashboard)
	d := builtScreen[*dashboardScreen](ui)
	const none = "No goal matches these filters."
	if visibleText(d.board, none) {
		t.Error("the no-match message shows over a goal")
	}
	d.statusPick.SetSelected(statusLabel(app.StatusMissed))
	if len(d.shown) != 0 || !visibleText(d.board, none) {
		t.Errorf("%d goals shown and no message that none matches", len(d.shown))
	}
	d.statusPick.SetSelectedIndex(0)
	if visibleText(d.board, none) {
		t.Error("the no-match message stays over the goals")
	}
}

// visibleText reports whether a label under o reads text, shown with all
// that holds it.
func visibleText(o fyne.CanvasObject, text string) bool {
	if !o.Visible() {
		return false
	}
	if l, ok := o.(*widget.Label); ok && l.Text == text {
		return true
	}
	var kids []fyne.CanvasObject
	switch v := o.(type) {
	case *fyne.Container:
		kids = v.Objects
	case fyne.Widget:
		kids = test.WidgetRenderer(v).Objects()
	}
	for _, k := range kids {
		if visibleText(k, text) {
			return true
		}
	}
	return false
}
