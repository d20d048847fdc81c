package views

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"pacer/app"
	"pacer/data"
)

// BenchmarkBulkCheckIn2000Goals opens the bulk check-in on 2,000 weekly
// goals of ten years, as a click on "Bulk check-in" does, and closes it:
// its goals, periods and recorded values read, its rows laid out. The
// bulk check-in laid out a row of widgets for each goal before it was a
// list: 5.2 s.
func BenchmarkBulkCheckIn2000Goals(b *testing.B) {
	a := test.NewTempApp(b)
	store, err := data.Open(context.Background(), filepath.Join(b.TempDir(), "pacer.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer store.Close()
	ctx := context.Background()
	for i := range 2000 {
		g := app.Goal{Title: fmt.Sprintf("Weekly sales of shop %d", i), Perspective: app.PerspectiveFinancial, Kind: app.KindIncrease,
			Unit: app.UnitCount, Aggregation: app.AggFlow, Target: 100_000,
			Start: app.NewDate(2017, 1, 2), End: app.NewDate(2026, 12, 27), Cadence: app.CadenceWeek, PlanBy: app.CadenceYear}
		if err := store.CreateGoal(ctx, &g); err != nil {
			b.Fatal(err)
		}
		if err := store.CreateCheckIn(ctx, &app.CheckIn{GoalID: g.ID, PeriodKey: "2026-W47", Value: float64(i), Confidence: 7}); err != nil {
			b.Fatal(err)
		}
	}
	w := a.NewWindow("Pacer")
	defer w.Close()
	ui := newMainUI(w, Deps{Store: store, DBPath: "pacer.db", Version: "bench"})
	ui.now = func() time.Time { return time.Date(2026, 11, 26, 9, 0, 0, 0, time.UTC) }
	w.SetContent(ui.build())
	w.Resize(fyne.NewSize(1024, 640))
	open := func() {
		bulk := newBulkCheckIn(depsOf[bulkStore](ui), nil)
		bulk.show()
		if len(bulk.rows.lines) != 2000 {
			b.Fatalf("%d rows", len(bulk.rows.lines))
		}
		bulk.dialog.Hide()
	}
	// The first opening also shapes the titles' characters and the
	// dialog's text, which Fyne keeps for later ones.
	start := time.Now()
	open()
	first := time.Since(start)
	for b.Loop() {
		open()
	}
	b.ReportMetric(float64(first.Nanoseconds())/1e6, "first-open-ms")
}
