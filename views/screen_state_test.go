package views

import (
	"context"
	"testing"
	"time"

	"fyne.io/fyne/v2"

	"pacer/app"
	"pacer/data"
)

// TestScreenShownAgainReloadsOnlyAfterAChange switches between two screens
// and checks that a screen shown again is reloaded when the file changed
// (another program's goal shows on it), a preference changed or the day
// moved on, and not otherwise.
func TestScreenShownAgainReloadsOnlyAfterAChange(t *testing.T) {
	ui, _ := newTestUI(t)
	ui.showScreen(screenGoals)
	ui.showScreen(screenDashboard)
	back := func() int {
		t.Helper()
		before := ui.reloads
		ui.showScreen(screenGoals)
		ui.showScreen(screenDashboard)
		return ui.reloads - before
	}
	if n := back(); n != 0 {
		t.Errorf("with nothing changed, showing the screens again reloaded %d of them", n)
	}

	other, err := data.Open(context.Background(), ui.deps.Store.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	g := &app.Goal{Title: "Written by another program", Perspective: app.PerspectiveFinancial, Kind: app.KindIncrease,
		Unit: app.UnitCount, Aggregation: app.AggFlow, Target: 100,
		Start: app.NewDate(2026, 1, 1), End: app.NewDate(2026, 12, 31), Cadence: app.CadenceMonth, PlanBy: app.CadenceMonth}
	if err := other.CreateGoal(context.Background(), g); err != nil {
		t.Fatal(err)
	}
	if n := back(); n != 2 {
		t.Errorf("after another program's write, %d screens reloaded on being shown, want 2", n)
	}
	if gs := ui.goals(); len(gs.rows) != 1 {
		t.Errorf("the goals screen shows %d goals after another program added one, want 1", len(gs.rows))
	}

	fyne.CurrentApp().Preferences().SetString(prefChartNumbers, "wan")
	if n := back(); n != 2 {
		t.Errorf("after a preference changed, %d screens reloaded, want 2", n)
	}
	tomorrow := ui.now().AddDate(0, 0, 1)
	ui.now = func() time.Time { return tomorrow }
	if n := back(); n != 2 {
		t.Errorf("on the next day, %d screens reloaded, want 2", n)
	}
}

// TestScreenNotReloadedForItsOwnBookkeeping checks that the preferences
// the window writes for itself (the last screen, the day it told of due
// check-ins) reload no screen.
func TestScreenNotReloadedForItsOwnBookkeeping(t *testing.T) {
	ui, _ := newTestUI(t)
	ui.showScreen(screenGoals)
	ui.showScreen(screenDashboard)
	before := ui.reloads
	fyne.CurrentApp().Preferences().SetString(prefLastNotified, "2026-12-02")
	ui.showScreen(screenGoals)
	ui.showScreen(screenDashboard)
	if n := ui.reloads - before; n != 0 {
		t.Errorf("after the window's own bookkeeping, %d screens reloaded, want 0", n)
	}
}

// TestSettingsShownReloadsNothing shows Settings, which writes the chart
// numbers' preference as it finds it, and checks that the other screens
// shown again are not reloaded for it.
func TestSettingsShownReloadsNothing(t *testing.T) {
	ui, _ := newTestUI(t)
	ui.showScreen(screenGoals)
	ui.showScreen(screenDashboard)
	before := ui.reloads
	ui.showScreen(screenSettings)
	ui.showScreen(screenGoals)
	ui.showScreen(screenDashboard)
	if n := ui.reloads - before; n != 0 {
		t.Errorf("after Settings was shown, %d screens reloaded, want 0", n)
	}
}
