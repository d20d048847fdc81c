package data_test

import (
	"context"
	"database/sql"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"pacer/app"
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
	mustNotErr(t, s.CreateCheckIn(ctx, &app.CheckIn{GoalID: g.ID, PeriodKey: "2026-03", Value: 5}))
	insertLegacyCheckIns(t, path, g.ID, "2025-12", "not a period", "2026-Q2")

	cs, err := s.CheckIns(ctx, g.ID)
	mustNotErr(t, err)
	if len(cs) != 4 {
		t.Fatalf("read back %d check-ins, want 4", len(cs))
	}
	for _, c := range cs {
		c.Note = "corrected"
		if err := s.UpdateCheckIn(ctx, &c); err != nil {
			t.Errorf("editing the note of %s: %v", c.PeriodKey, err)
		}
		if c.PeriodKey != "2026-03" {
			continue
		}
		c.PeriodKey = "2027-01"
		if code := app.ErrorCode(s.UpdateCheckIn(ctx, &c)); code != app.EInvalid {
			t.Errorf("moving 2026-03 to 2027-01: code %q, want invalid", code)
		}
	}

	later := *g
	later.End = app.NewDate(2027, time.March, 31)
	if err := s.UpdateGoal(ctx, &later); err != nil {
		t.Errorf("a longer span that keeps 2026-03 inside was refused: %v", err)
	}
	shorter := later
	shorter.Start = app.NewDate(2026, time.April, 1)
	err = s.UpdateGoal(ctx, &shorter)
	if app.ErrorCode(err) != app.EConflict || app.ErrorArgs(err)["Period"] != "2026-03" {
		t.Errorf("moving the start past 2026-03: %v, want a conflict naming 2026-03 only", err)
	}
}

// TestDatesLeaveCheckInsInPeriodOrder checks that the refusal of new dates
// names the first and last check-ins left out in time order, whatever
// their cadence: "2026-W01" sorts after "2026-03" as text.
func TestDatesLeaveCheckInsInPeriodOrder(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "pacer.db")
	s := mustOpenPath(t, path)
	g := mustCreateGoal(t, s, newGoal())
	for _, key := range []string{"2026-03", "2026-02"} {
		mustNotErr(t, s.CreateCheckIn(ctx, &app.CheckIn{GoalID: g.ID, PeriodKey: key, Value: 1}))
	}
	insertLegacyCheckIns(t, path, g.ID, "2026-W01") // a week on a monthly goal, from before the cadence rule
	moved := *g
	moved.Start = app.NewDate(2026, time.June, 1)
	args := app.ErrorArgs(s.UpdateGoal(ctx, &moved))
	if args["First"] != "2026-W01" || args["Last"] != "2026-03" || args["Count"] != 3 {
		t.Errorf("refusal names %v, want 3 from 2026-W01 to 2026-03", args)
	}
}

// insertLegacyCheckIns writes check-ins of goal id straight into the
// database at path, as a Pacer from before the period rules could have.
func insertLegacyCheckIns(t *testing.T, path string, id int64, keys ...string) {
	t.Helper()
	db, err := sql.Open("sqlite", data.DSN(path))
	mustNotErr(t, err)
	defer db.Close()
	for _, key := range keys {
		if _, err := db.Exec(`INSERT INTO checkins (goal_id, period_key, value, confidence, note, created_at, updated_at)
			VALUES (?, ?, 1, 5, '', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')`, id, key); err != nil {
			t.Fatal(err)
		}
	}
}

// TestCheckInMustMatchCadence checks that every way of writing a check-in
// refuses a period of another cadence than its goal's, naming the period
// of the goal's cadence to enter instead, fiscal quarters included.
func TestCheckInMustMatchCadence(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	q := newGoal()
	q.Title, q.Cadence = "Quarterly sales", app.CadenceQuarter
	q.Start, q.End = app.NewDate(2023, time.January, 1), app.NewDate(2023, time.December, 31)
	mustCreateGoal(t, s, q)
	mustNotErr(t, s.CreateCheckIn(ctx, &app.CheckIn{GoalID: q.ID, PeriodKey: "2023-Q2", Value: 7}))
	stored, err := s.CheckInByPeriod(ctx, q.ID, "2023-Q2")
	mustNotErr(t, err)
	month := app.CheckIn{GoalID: q.ID, PeriodKey: "2023-02", Value: 5}
	moved := *stored
	moved.PeriodKey = "2023-05"
	writes := map[string]func() error{
		"create": func() error { c := month; return s.CreateCheckIn(ctx, &c) },
		"put":    func() error { c := month; return s.PutCheckIn(ctx, &c) },
		"bulk":   func() error { return s.SaveCheckIns(ctx, []app.CheckIn{month}) },
		"import": func() error { return s.ApplyImport(ctx, app.Import{CheckIns: []app.CheckIn{month}}) },
		"update": func() error { c := moved; return s.UpdateCheckIn(ctx, &c) },
	}
	for name, write := range writes {
		err := write()
		if app.ErrorCode(err) != app.EInvalid || !strings.Contains(err.Error(), "is not a quarter") {
			t.Errorf("%s: %v, want a refusal naming the quarter", name, err)
		}
	}
	err = writes["create"]()
	if want := "2023-02 is not a quarter: “Quarterly sales” is checked in quarterly. Enter a quarter, such as 2023-Q1."; err.Error() != want {
		t.Errorf("message %q, want %q", err, want)
	}
	mustNotErr(t, s.SetSetting(ctx, data.SettingFiscalStart, "4"))
	if args := app.ErrorArgs(writes["create"]()); args["Example"] != "2022-Q4" {
		t.Errorf("with a fiscal year from April the example is %v, want 2022-Q4", args["Example"])
	}
	cs, err := s.CheckIns(ctx, q.ID)
	mustNotErr(t, err)
	if len(cs) != 1 || cs[0].PeriodKey != "2023-Q2" {
		t.Errorf("check-ins after the refusals: %+v", cs)
	}
}
