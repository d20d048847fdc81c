package importer

import (
	"bytes"
	"context"
	"errors"
	"testing"
	"time"

	"pacer/app"
)

// TestStopHaltsAMillionRowCheck stops the check of the million-row file
// (sliceBenchCSV, the import benchmark's) halfway, as the import dialog's
// Stop button does, and checks that it ends within 100 ms with
// context.Canceled, having read no further than the next 1,000 rows.
func TestStopHaltsAMillionRowCheck(t *testing.T) {
	if testing.Short() {
		t.Skip("reads a million rows")
	}
	tab, err := ReadTable(bytes.NewReader(sliceBenchCSV()), "sales.csv")
	if err != nil {
		t.Fatal(err)
	}
	goals := []app.Goal{{ID: 1, Title: "All sales", Perspective: app.PerspectiveFinancial, Kind: app.KindIncrease,
		Unit: app.UnitCurrency, Decimals: 2, Aggregation: app.AggFlow, Target: 1e9,
		Start: app.NewDate(2026, time.January, 1), End: app.NewDate(2026, time.December, 31),
		Cadence: app.CadenceMonth, PlanBy: app.CadenceMonth}}
	m := Mapping{DateColumn: 0, GoalColumn: -1, SkipHeader: true, Dimensions: []int{1, 2, 3},
		Sources: []Source{{GoalID: 1, ValueColumn: 4}}}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var stopped time.Time
	last := 0
	_, err = PlanImport(ctx, app.Calendar{}, tab, m, goals, app.NewSnapshot(), func(done, total int) {
		last = done
		if done >= total/2 && stopped.IsZero() {
			stopped = time.Now()
			cancel() // what Stop does
		}
	})
	took := time.Since(stopped)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("stopped halfway, the check returned %v, want context.Canceled", err)
	}
	if last > len(tab.Rows)/2+1000 {
		t.Errorf("the check went on to row %d of %d after Stop", last, len(tab.Rows))
	}
	if took > 100*time.Millisecond {
		t.Errorf("the check took %v to stop", took)
	}
}
