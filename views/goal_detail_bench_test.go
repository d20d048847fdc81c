package views

import (
	"context"
	"testing"

	"pacer/app"
	"pacer/data"
)

// BenchmarkGoalDetailScreen10YearsWeekly opens the detail of a weekly goal
// with ten years of check-ins from the dashboard, as a click on its card
// does, and lays it out at 1024×640: its pace read, its table of 40
// quarters and its chart of 520 weeks drawn. It took 28 ms when the chart
// named its 520 weeks one translation each and the table laid out every
// row.
func BenchmarkGoalDetailScreen10YearsWeekly(b *testing.B) {
	var g app.Goal
	ui := benchUI(b, func(ctx context.Context, store *data.Store) error {
		g = app.Goal{Title: "Weekly sales of the Shanghai shop", Perspective: app.PerspectiveFinancial, Kind: app.KindIncrease,
			Unit: app.UnitCurrency, UnitLabel: "CNY", Aggregation: app.AggFlow, Target: 52_000_000,
			Start: app.NewDate(2017, 1, 2), End: app.NewDate(2026, 12, 27), Cadence: app.CadenceWeek, PlanBy: app.CadenceQuarter}
		if err := store.CreateGoal(ctx, &g); err != nil {
			return err
		}
		var cs []app.CheckIn
		for _, p := range (app.Calendar{}).Periods(app.CadenceWeek, g.Start, app.NewDate(2026, 11, 22)) {
			cs = append(cs, app.CheckIn{GoalID: g.ID, PeriodKey: p.Key(), Value: 95_000 + float64(p.Index*1000), Confidence: 7})
		}
		return store.SaveCheckIns(ctx, cs)
	})
	ui.showScreen(screenDashboard)
	s := builtScreen[*dashboardScreen](ui)
	for b.Loop() {
		s.openDetail(g.ID)
		if ui.window().Content().MinSize().Width > 1024 {
			b.Fatal("the detail is wider than the window")
		}
	}
}
