package data_test

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"
	"time"

	"pacer/data"
)

// TestLegacyCheckInsStayEditable checks check-ins written before the store
// refused periods outside their goal ("2025-12" on a 2026 goal, a key that
// names no period): their value and note can still be corrected, moving
// them onto a bad period is still refused, and they do not block a change
// of the goal's dates that leaves the other check-ins inside.
func TestLegacyCheckInsStayEditable(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "pacer.db")
	s := mustOpenPath(t, path)
	g := mustCreateGoal(t, s, newGoal())
	mustNotErr(t, s.CreateCheckIn(ctx, &data.CheckIn{GoalID: g.ID, PeriodKey: "2026-03", Value: 5}))
	db, err := sql.Open("sqlite", data.DSN(path))
	mustNotErr(t, err)
	for _, key := range []string{"2025-12", "not a period"} {
		if _, err := db.Exec(`INSERT INTO checkins (goal_id, period_key, value, confidence, note, created_at, updated_at)
			VALUES (?, ?, 1, 5, '', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')`, g.ID, key); err != nil {
			t.Fatal(err)
		}
	}
	mustNotErr(t, db.Close())

	cs, err := s.CheckIns(ctx, g.ID)
	mustNotErr(t, err)
	for _, c := range cs {
		c.Note = "corrected"
		if err := s.UpdateCheckIn(ctx, &c); err != nil {
			t.Errorf("editing the note of %s: %v", c.PeriodKey, err)
		}
		if c.PeriodKey != "2026-03" {
			continue
		}
		c.PeriodKey = "2027-01"
		if code := data.ErrorCode(s.UpdateCheckIn(ctx, &c)); code != data.EInvalid {
			t.Errorf("moving 2026-03 to 2027-01: code %q, want invalid", code)
		}
	}

	later := *g
	later.End = data.NewDate(2027, time.March, 31)
	if err := s.UpdateGoal(ctx, &later); err != nil {
		t.Errorf("a longer span that keeps 2026-03 inside was refused: %v", err)
	}
	shorter := later
	shorter.Start = data.NewDate(2026, time.April, 1)
	err = s.UpdateGoal(ctx, &shorter)
	if data.ErrorCode(err) != data.EConflict || data.ErrorArgs(err)["Period"] != "2026-03" {
		t.Errorf("moving the start past 2026-03: %v, want a conflict naming 2026-03 only", err)
	}
}

// TestDatesLeaveCheckInsInPeriodOrder checks that the refusal of new dates
// names the first and last check-ins left out in time order, whatever
// their cadence: "2026-W01" sorts after "2026-03" as text.
func TestDatesLeaveCheckInsInPeriodOrder(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	g := mustCreateGoal(t, s, newGoal())
	for _, key := range []string{"2026-W01", "2026-03", "2026-02"} {
		mustNotErr(t, s.CreateCheckIn(ctx, &data.CheckIn{GoalID: g.ID, PeriodKey: key, Value: 1}))
	}
	moved := *g
	moved.Start = data.NewDate(2026, time.June, 1)
	args := data.ErrorArgs(s.UpdateGoal(ctx, &moved))
	if args["First"] != "2026-W01" || args["Last"] != "2026-03" || args["Count"] != 3 {
		t.Errorf("refusal names %v, want 3 from 2026-W01 to 2026-03", args)
	}
}
