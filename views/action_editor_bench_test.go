package views

import (
	"context"
	"fmt"
	"testing"

	"pacer/app"
	"pacer/data"
)

// BenchmarkActionEditor2000Goals opens a new action plan on a store of
// 2,000 goals, as "New action plan" does, and lays it out at 1024×640:
// the editor lists every goal the plan may be meant to move. As a box of
// a check and a wrapped title per goal it took 9.7 s.
func BenchmarkActionEditor2000Goals(b *testing.B) {
	ui := benchUI(b, func(ctx context.Context, store *data.Store) error {
		for i := range 2000 {
			g := app.Goal{Title: fmt.Sprintf("Raise the weekly sales of shop %d in the eastern region by a fifth", i), Perspective: app.PerspectiveFinancial,
				Kind: app.KindIncrease, Unit: app.UnitCount, Aggregation: app.AggFlow, Target: 100_000,
				Start: app.NewDate(2026, 1, 5), End: app.NewDate(2026, 12, 27), Cadence: app.CadenceWeek, PlanBy: app.CadenceQuarter}
			if err := store.CreateGoal(ctx, &g); err != nil {
				return err
			}
		}
		return nil
	})
	ui.showScreen(screenActions)
	s := builtScreen[*actionsScreen](ui)
	firstAndLoop(b, func() {
		s.closeEditor()
		s.open(app.ActionPlan{})
		ui.window().Content().MinSize()
	})
}
