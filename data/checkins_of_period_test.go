package data_test

import (
	"context"
	"testing"

	"pacer/app"
)

// TestCheckInsOfPeriodIsCheckInByPeriod records check-ins of several
// periods for three goals and checks that CheckInsOfPeriod gives, for
// each period, what CheckInByPeriod gives goal by goal: the same
// check-ins, none for a goal without one, goals asked twice once, and
// nothing of goals not asked.
func TestCheckInsOfPeriodIsCheckInByPeriod(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	var ids []int64
	for range 3 {
		ids = append(ids, mustCreateGoal(t, s, newGoal()).ID)
	}
	put := map[int64][]string{ids[0]: {"2026-01", "2026-02"}, ids[1]: {"2026-02"}, ids[2]: {"2026-03"}}
	for id, keys := range put {
		for i, key := range keys {
			mustNotErr(t, s.CreateCheckIn(ctx, &app.CheckIn{GoalID: id, PeriodKey: key, Value: float64(id*100 + int64(i)), Confidence: 6, Note: "n " + key}))
		}
	}
	asked := []int64{ids[1], ids[0], ids[1]}
	for _, key := range []string{"2026-01", "2026-02", "2026-03", "2026-04"} {
		got, err := s.CheckInsOfPeriod(ctx, " "+key+" ", asked)
		mustNotErr(t, err)
		want := 0
		for _, id := range ids[:2] {
			one, err := s.CheckInByPeriod(ctx, id, key)
			c, ok := got[id]
			if err != nil {
				if ok {
					t.Errorf("%s: goal %d has %+v, CheckInByPeriod none", key, id, c)
				}
				continue
			}
			want++
			if !ok || c != *one {
				t.Errorf("%s: goal %d has %+v, want %+v", key, id, c, *one)
			}
		}
		if len(got) != want {
			t.Errorf("%s: %d check-ins, want %d: %+v", key, len(got), want, got)
		}
	}
	if got, err := s.CheckInsOfPeriod(ctx, "2026-01", nil); err != nil || len(got) != 0 {
		t.Errorf("no goals asked: %v, %v", got, err)
	}
}

// TestRecordedOfPeriodIsCheckInsOfPeriod checks that RecordedOfPeriod
// gives what CheckInsOfPeriod gives but for the check-ins' IDs, times and
// author.
func TestRecordedOfPeriodIsCheckInsOfPeriod(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	var ids []int64
	for i := range 3 {
		id := mustCreateGoal(t, s, newGoal()).ID
		ids = append(ids, id)
		if i < 2 {
			mustNotErr(t, s.CreateCheckIn(ctx, &app.CheckIn{GoalID: id, PeriodKey: "2026-02", Value: float64(i) + 0.5, Confidence: 4 + i, Note: "n"}))
		}
	}
	whole, err := s.CheckInsOfPeriod(ctx, "2026-02", ids)
	mustNotErr(t, err)
	got, err := s.RecordedOfPeriod(ctx, " 2026-02 ", ids)
	mustNotErr(t, err)
	if len(got) != 2 || len(whole) != 2 {
		t.Fatalf("recorded %+v, check-ins %+v: want 2 each", got, whole)
	}
	for id, c := range whole {
		want := app.CheckIn{GoalID: c.GoalID, PeriodKey: c.PeriodKey, Value: c.Value, Confidence: c.Confidence, Note: c.Note}
		if got[id] != want {
			t.Errorf("goal %d: recorded %+v, want %+v", id, got[id], want)
		}
	}
}
