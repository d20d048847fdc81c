package views

import (
	"context"
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"pacer/app"
)

// TestLongListsLayOutOnlyWhatShows fills the store with 2,000 goals, each
// with a check-in due and an action plan, shows the dashboard, goals,
// check-ins and actions screens and the bulk check-in, and checks that
// each draws about as many objects as with 20 goals: their lists are
// widget.Lists, which make row objects only for the rows in view.
func TestLongListsLayOutOnlyWhatShows(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 2,000 goals")
	}
	counts := map[int]map[string]int{}
	for _, n := range []int{20, 2000} {
		ui, w := newTestUI(t)
		ctx := context.Background()
		for i := range n {
			g := app.Goal{Title: fmt.Sprintf("Goal %d", i), Perspective: app.PerspectiveFinancial, Kind: app.KindIncrease,
				Unit: app.UnitCount, Aggregation: app.AggFlow, Target: 100,
				Start: app.NewDate(2026, 1, 1), End: app.NewDate(2026, 12, 31), Cadence: app.CadenceMonth, PlanBy: app.CadenceMonth}
			if err := ui.deps.Store.CreateGoal(ctx, &g); err != nil {
				t.Fatal(err)
			}
			p := app.ActionPlan{Problem: fmt.Sprintf("Problem %d", i), Start: app.NewDate(2026, 4, 1), Due: app.NewDate(2026, 9, 30),
				Status: app.ActionInProgress, FollowUp: app.CadenceMonth, GoalIDs: []int64{g.ID}}
			if err := ui.deps.Store.CreateActionPlan(ctx, &p); err != nil {
				t.Fatal(err)
			}
		}
		counts[n] = map[string]int{}
		for _, id := range []string{screenDashboard, screenGoals, screenCheckIns, screenActions} {
			ui.showScreen(id)
			w.Resize(fyne.NewSize(1100, 720))
			counts[n][id] = objectCount(w.Canvas().Content())
		}
		bulk := newBulkCheckIn(depsOf[bulkStore](ui), nil)
		bulk.show()
		if len(bulk.rows.lines) != n {
			t.Fatalf("bulk check-in lists %d goals of %d", len(bulk.rows.lines), n)
		}
		counts[n]["bulk"] = objectCount(w.Canvas().Overlays().Top())
		ui.onEscape()
	}
	t.Logf("objects drawn, by goals: %v", counts)
	for id, few := range counts[20] {
		if many := counts[2000][id]; many > few+50 {
			t.Errorf("%s draws %d objects with 2,000 goals, %d with 20", id, many, few)
		}
	}
}

// objectCount counts o and every object under it, widgets' renderers included.
func objectCount(o fyne.CanvasObject) int {
	n := 1
	switch v := o.(type) {
	case *fyne.Container:
		for _, c := range v.Objects {
			n += objectCount(c)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(v).Objects() {
			n += objectCount(c)
		}
	}
	return n
}
