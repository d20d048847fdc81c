package views

import (
	"context"
	"path/filepath"
	"testing"

	"pacer/app"
	"pacer/data"
)

// staleTotals is a store whose running totals of goal stale are being
// recomputed: DueCounts leaves that goal out, as the store does then.
type staleTotals struct {
	*data.Store
	stale int64
}

func (s staleTotals) DueCounts(ctx context.Context, spans map[int64]app.DueSpan) (map[int64]app.DueCount, error) {
	counts, err := s.Store.DueCounts(ctx, spans)
	delete(counts, s.stale)
	return counts, err
}

// TestCountDueIsDueCheckIns checks countDue against app.DueCheckIns over
// every reported period, for three quarterly goals of 2023 as of 10 July
// (Q1 and Q2 due, Q2 not yet overdue): one reported in full, one in Q1
// only, one in neither and with its totals stale; counts alone and with
// the lists, as the Check-ins screen asks.
func TestCountDueIsDueCheckIns(t *testing.T) {
	ctx := context.Background()
	store, err := data.Open(ctx, filepath.Join(t.TempDir(), "pacer.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	full, half, none := saveSeedGoal(t, store, "Full"), saveSeedGoal(t, store, "Half"), saveSeedGoal(t, store, "None")
	err = store.SaveCheckIns(ctx, []app.CheckIn{{GoalID: full.ID, PeriodKey: "2023-Q1", Value: 1}, {GoalID: full.ID, PeriodKey: "2023-Q2", Value: 2},
		{GoalID: half.ID, PeriodKey: "2023-Q1", Value: 1}})
	if err != nil {
		t.Fatal(err)
	}
	goals, err := store.ListGoals(ctx, app.GoalFilter{})
	if err != nil {
		t.Fatal(err)
	}
	cal, today := app.Calendar{}, app.NewDate(2023, 7, 10)
	reported, err := store.ReportedPeriods(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, listed := range []bool{false, true} {
		counts, err := countDue(ctx, staleTotals{store, none.ID}, goals, cal, today, listed)
		if err != nil {
			t.Fatal(err)
		}
		for _, g := range goals {
			want := app.DueCheckIns(cal, g, reported[g.ID], today)
			var overdue int
			for _, d := range want {
				if d.Overdue {
					overdue++
				}
			}
			got := counts[g.ID]
			if got.Due != len(want) || got.Overdue != overdue {
				t.Errorf("listed %v, %s: %+v, want %d due, %d overdue", listed, g.Title, got.DueCount, len(want), overdue)
			}
			if (listed || g.ID == none.ID) && len(got.list) != len(want) {
				t.Errorf("listed %v, %s: list %v, want %v", listed, g.Title, got.list, want)
			}
		}
	}
	if c := countsOf(t, store, goals, cal, today); c[half.ID].Due != 1 || c[none.ID].Due != 2 || c[full.ID].Due != 0 {
		t.Errorf("due counts %+v, want Half 1, None 2, Full 0", c)
	}
}

// countsOf is countDue's counts alone, from the store as it is.
func countsOf(t *testing.T, store *data.Store, goals []app.Goal, cal app.Calendar, today app.Date) map[int64]app.DueCount {
	t.Helper()
	counts, err := countDue(context.Background(), store, goals, cal, today, false)
	if err != nil {
		t.Fatal(err)
	}
	out := map[int64]app.DueCount{}
	for id, c := range counts {
		out[id] = c.DueCount
	}
	return out
}
