package views

import (
	"context"
	"fmt"
	"testing"

	"pacer/app"
	"pacer/data"
)

// BenchmarkBulkCheckIn2000Goals opens the bulk check-in on 2,000 weekly
// goals of ten years, as a click on "Bulk check-in" does, and closes it:
// its goals, periods and recorded values read, its rows laid out. The
// bulk check-in laid out a row of widgets for each goal before it was a
// list: 5.2 s.
func BenchmarkBulkCheckIn2000Goals(b *testing.B) {
	ui := benchUI(b, func(ctx context.Context, store *data.Store) error {
		for i := range 2000 {
			g := app.Goal{Title: fmt.Sprintf("Weekly sales of shop %d", i), Perspective: app.PerspectiveFinancial, Kind: app.KindIncrease,
				Unit: app.UnitCount, Aggregation: app.AggFlow, Target: 100_000,
				Start: app.NewDate(2017, 1, 2), End: app.NewDate(2026, 12, 27), Cadence: app.CadenceWeek, PlanBy: app.CadenceYear}
			if err := store.CreateGoal(ctx, &g); err != nil {
				return err
			}
			if err := store.CreateCheckIn(ctx, &app.CheckIn{GoalID: g.ID, PeriodKey: "2026-W47", Value: float64(i), Confidence: 7}); err != nil {
				return err
			}
		}
		return nil
	})
	firstAndLoop(b, func() {
		bulk := newBulkCheckIn(depsOf[bulkStore](ui), nil)
		bulk.show()
		if len(bulk.rows.lines) != 2000 {
			b.Fatalf("%d rows", len(bulk.rows.lines))
		}
		bulk.dialog.Hide()
	})
}
