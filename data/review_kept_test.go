package data_test

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"

	"pacer/app"
	"pacer/data"
)

// TestKeptSumsFollowEveryWrite reviews two quarters and a year of weekly
// and monthly goals, closes the store (which keeps the review's sums in
// the file), lets another program change what the sums depend on, and
// opens the file again: each time, every review equals the one worked
// out from every check-in (checkReviewOf), whether the store takes a
// goal's sums from the file or searches its totals again.
func TestKeptSumsFollowEveryWrite(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "kept.db")
	s := mustOpenAt(t, path)
	cal := app.Calendar{}
	for i := range 6 {
		g := weeklyGoal()
		if i >= 4 {
			g.Cadence = app.CadenceMonth
		}
		mustCreateGoal(t, s, g)
		var cs []app.CheckIn
		for k, p := range cal.Periods(g.Cadence, app.NewDate(2020, 1, 1), app.NewDate(2021, 12, 31)) {
			cs = append(cs, app.CheckIn{GoalID: g.ID, PeriodKey: p.Key(), Value: float64(100*(i+1) + k%9)})
		}
		mustNotErr(t, s.SaveCheckIns(ctx, cs))
	}
	asOf := app.NewDate(2022, 1, 10)
	periods := []app.Period{{Cadence: app.CadenceQuarter, Year: 2021, Index: 2}, {Cadence: app.CadenceQuarter, Year: 2021, Index: 4},
		{Cadence: app.CadenceYear, Year: 2021, Index: 1}}
	reviewAll := func(t *testing.T, s *data.Store) {
		t.Helper()
		for _, p := range periods {
			checkReviewOf(t, s, cal, p, asOf)
		}
	}
	reviewAll(t, s)
	// A check-in saved by the store itself, with its reviews open.
	mustNotErr(t, s.PutCheckIn(ctx, &app.CheckIn{GoalID: 2, PeriodKey: "2021-W30", Value: 1}))
	reviewAll(t, s)
	mustNotErr(t, s.Close())

	for _, step := range []struct{ name, sql string }{
		{"nothing", ``},
		{"a past check-in edited", `UPDATE checkins SET value = value + 3 WHERE goal_id = 1 AND period_key = '2021-W20'`},
		{"the latest check-in edited", `UPDATE checkins SET value = 7 WHERE goal_id = 3 AND period_key = '2021-W52'`},
		{"a past check-in deleted", `DELETE FROM checkins WHERE goal_id = 5 AND period_key = '2020-11'`},
		{"a history value where a check-in is missing", `INSERT INTO history_values (goal_id, period_key, value) VALUES (5, '2020-11', 55)`},
		{"the history value gone", `DELETE FROM history_values`},
		{"a check-in of another cadence", `INSERT INTO checkins (goal_id, period_key, value, confidence, created_at, updated_at)
			VALUES (1, '2021-05', 7, 5, '2021-06-01T00:00:00Z', '2021-06-01T00:00:00Z')`},
		{"that check-in gone", `DELETE FROM checkins WHERE period_key = '2021-05' AND goal_id = 1`},
		{"every check-in of a goal deleted", `DELETE FROM checkins WHERE goal_id = 6`},
		{"a check-in of that goal again", `INSERT INTO checkins (goal_id, period_key, value, confidence, created_at, updated_at)
			VALUES (6, '2021-04', 70, 5, '2021-06-01T00:00:00Z', '2021-06-01T00:00:00Z')`},
		{"a goal's decimals", `UPDATE goals SET decimals = 0 WHERE id = 2`},
	} {
		t.Run(step.name, func(t *testing.T) {
			if step.sql != "" {
				other, err := sql.Open("sqlite", path)
				mustNotErr(t, err)
				_, err = other.ExecContext(ctx, step.sql)
				mustNotErr(t, err)
				mustNotErr(t, other.Close())
			}
			s := mustOpenAt(t, path)
			reviewAll(t, s)
			mustNotErr(t, s.Close())
		})
	}
}
