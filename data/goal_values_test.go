package data

import (
	"context"
	"slices"
	"testing"

	"pacer/app"
)

// TestCheckInValuesOfAreEachGoalsCheckIns checks that the values read for
// several goals at once are, goal by goal, those of the goal's check-ins
// in period order, and that a goal not asked for or without any is left
// out.
func TestCheckInValuesOfAreEachGoalsCheckIns(t *testing.T) {
	ctx := context.Background()
	s, ids := goalsCheckedIn(t, [][]string{{"2026-03", "2026-01"}, nil, {"2026-02"}, {"2026-04"}})
	asked := ids[:3]
	got, err := s.CheckInValuesOf(ctx, asked)
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range asked {
		cs, err := s.CheckIns(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if want := app.ValuesFromCheckIns(cs); !slices.Equal(got[id], want) {
			t.Errorf("goal %d: values %v, its check-ins %v", id, got[id], want)
		}
	}
	if _, ok := got[ids[1]]; ok {
		t.Errorf("goal %d without check-ins listed", ids[1])
	}
	if _, ok := got[ids[3]]; ok {
		t.Errorf("goal %d not asked for listed", ids[3])
	}
}
