package views

import (
	"context"
	"fmt"
	"testing"

	"pacer/app"
	"pacer/data"
)

// BenchmarkGoalList2000Goals reads the goal list's rows as each refresh
// of the Goals screen does, off the UI goroutine: 2,000 weekly goals of
// ten years, each planned by year, with their statuses and SMART checks,
// the screen's memos kept from one read to the next. refresh reads them
// after one goal was saved (untimed, before each turn); search after one
// more key typed in the search box ("s", "sh", … "shop 1", "shop 12",
// and over again). At 2,000 goals a refresh took 63 ms, a key typed 76.
func BenchmarkGoalList2000Goals(b *testing.B) {
	ui := benchUI(b, func(ctx context.Context, store *data.Store) error {
		for i := range 2000 {
			g := app.Goal{Title: fmt.Sprintf("Weekly sales of shop %d", i), Perspective: app.PerspectiveFinancial, Kind: app.KindIncrease,
				Unit: app.UnitCount, Aggregation: app.AggFlow, Target: 100_000,
				Start: app.NewDate(2017, 1, 2), End: app.NewDate(2026, 12, 27), Cadence: app.CadenceWeek, PlanBy: app.CadenceYear}
			if err := store.SaveGoalSetup(ctx, app.GoalSetup{Goal: &g, Plan: app.SplitEven(app.Calendar{}, g, app.CadenceYear)}); err != nil {
				return err
			}
		}
		return nil
	})
	store := ui.deps.Store
	in := goalRowsInput{store: store, today: ui.today(), paces: new(app.PaceMemo), smart: new(app.SMARTMemo),
		cal: app.Calendar{}, th: app.DefaultThresholds}
	read := func(f app.GoalFilter, want int) {
		rows, err := in.read(context.Background(), f)
		if err != nil || want >= 0 && len(rows) != want {
			b.Fatalf("%d rows (%v), want %d", len(rows), err, want)
		}
	}
	read(app.GoalFilter{}, 2000)
	goals, err := store.ListGoals(context.Background(), app.GoalFilter{})
	if err != nil {
		b.Fatal(err)
	}
	b.Run("refresh", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			b.StopTimer()
			g := goals[i*7919%len(goals)]
			g.Target += float64(i + 1)
			if err := store.UpdateGoal(context.Background(), &g); err != nil {
				b.Fatal(err)
			}
			b.StartTimer()
			read(app.GoalFilter{}, 2000)
		}
	})
	b.Run("search", func(b *testing.B) {
		typed := "shop 12"
		for i := 0; b.Loop(); i++ {
			read(app.GoalFilter{Search: typed[:1+i%len(typed)]}, -1)
		}
	})
}
