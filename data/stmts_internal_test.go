package data

import (
	"context"
	"fmt"
	"sync"
	"testing"

	"pacer/app"
)

// TestWriteStatementsPreparedAtFirstSave checks that a store opens with
// its read statements prepared and those that write check-ins not, and
// that the first save prepares them, so that its fast save runs: the
// check-in saved next is written by qFastPut.
func TestWriteStatementsPreparedAtFirstSave(t *testing.T) {
	s, goalID := fastStore(t)
	for _, q := range hotQueries {
		if s.stmts.stmt(q) == nil {
			t.Errorf("not prepared at open: %.60s", q)
		}
	}
	for _, q := range writeQueries {
		if s.stmts.stmt(q) != nil {
			t.Errorf("prepared at open: %.60s", q)
		}
	}
	ctx := context.Background()
	if err := s.PutCheckIn(ctx, &app.CheckIn{GoalID: goalID, PeriodKey: "2024-W01", Value: 1, Confidence: 5}); err != nil {
		t.Fatal(err)
	}
	for _, q := range writeQueries {
		if s.stmts.stmt(q) == nil {
			t.Errorf("not prepared after the first save: %.60s", q)
		}
	}
	mustSaveFast(t, s, &app.CheckIn{GoalID: goalID, PeriodKey: "2024-W02", Value: 2, Confidence: 5}, false)
}

// TestFirstSavesAtOnce saves check-ins from several goroutines into a
// store just opened while others read the dashboard: the first saves
// prepare the write statements while transactions run beside them (go
// test -race checks the statements' map), and every check-in is there.
func TestFirstSavesAtOnce(t *testing.T) {
	s, goalID := fastStore(t)
	ctx := context.Background()
	const savers, each = 4, 5
	var mu sync.Mutex
	var failed error
	keep := func(err error) {
		mu.Lock()
		defer mu.Unlock()
		if failed == nil {
			failed = err
		}
	}
	var wg sync.WaitGroup
	for i := range savers {
		wg.Go(func() {
			for j := range each {
				week := 1 + i*each + j
				c := &app.CheckIn{GoalID: goalID, PeriodKey: fmt.Sprintf("2024-W%02d", week), Value: float64(week), Confidence: 5}
				if j%2 == 0 {
					keep(s.PutCheckIn(ctx, c))
				} else {
					keep(s.CreateCheckIn(ctx, c))
				}
			}
		})
		wg.Go(func() {
			_, err := s.Dashboard(ctx, app.GoalFilter{}, app.Calendar{}, app.NewDate(2024, 12, 31))
			keep(err)
		})
	}
	wg.Wait()
	if failed != nil {
		t.Fatal(failed)
	}
	if cs, err := s.CheckIns(ctx, goalID); err != nil || len(cs) != savers*each {
		t.Fatalf("%d check-ins saved (%v), want %d", len(cs), err, savers*each)
	}
	checkFastTotals(t, s)
}
