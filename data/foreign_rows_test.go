package data_test

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"pacer/app"
	"pacer/data"
)

// execRaw runs statements on the closed file at path as another program
// (the sqlite3 shell, a script) would, past the store.
func execRaw(t *testing.T, path, stmts string) {
	t.Helper()
	db, err := sql.Open("sqlite", path)
	mustNotErr(t, err)
	defer db.Close()
	if _, err := db.Exec(stmts); err != nil {
		t.Fatalf("%s: %v", stmts, err)
	}
}

// TestTimestampsOfAnotherProgram has another program write a goal and
// check-ins with timestamps in SQLite's own forms (datetime('now') writes
// "2026-03-04 05:06:07") and one in no form at all: the goals, the
// dashboard, the snapshot and the goal's check-ins still read, the
// timestamps SQLite's forms name as those times in UTC and the unreadable
// one as unknown (the zero time), and the check-in is replaced as usual.
func TestTimestampsOfAnotherProgram(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "pacer.db")
	s := mustOpenPath(t, path)
	g := mustCreateGoal(t, s, newGoal())
	mustNotErr(t, s.Close())
	execRaw(t, path, `UPDATE goals SET created_at = '2026-03-04 05:06:07', updated_at = '2026-03-04T05:06:07.25';
		INSERT INTO checkins (goal_id, period_key, value, confidence, created_at, updated_at)
			VALUES (1, '2026-01', 5, 5, '2026-02-01 10:00', 'yesterday'), (1, '2026-02', 6, 5, '2026-03-01', '2026-03-01 08:00:00+08:00')`)

	s = mustOpenPath(t, path)
	want := time.Date(2026, time.March, 4, 5, 6, 7, 0, time.UTC)
	gs, err := s.ListGoals(ctx, app.GoalFilter{})
	mustNotErr(t, err)
	if len(gs) != 1 || !gs[0].CreatedAt.Equal(want) || !gs[0].UpdatedAt.Equal(want.Add(250*time.Millisecond)) {
		t.Fatalf("goals read %+v, want one created at %v", gs, want)
	}
	_, err = s.Dashboard(ctx, app.GoalFilter{}, app.Calendar{}, app.NewDate(2026, 3, 4))
	mustNotErr(t, err)
	_, err = s.Snapshot(ctx, app.GoalFilter{})
	mustNotErr(t, err)
	cs, err := s.CheckIns(ctx, g.ID)
	mustNotErr(t, err)
	if len(cs) != 2 || !cs[0].CreatedAt.Equal(time.Date(2026, 2, 1, 10, 0, 0, 0, time.UTC)) || !cs[0].UpdatedAt.IsZero() ||
		!cs[1].CreatedAt.Equal(time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)) || !cs[1].UpdatedAt.Equal(time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)) {
		t.Fatalf("check-ins read %+v", cs)
	}

	c := &app.CheckIn{GoalID: g.ID, PeriodKey: "2026-01", Value: 7}
	mustNotErr(t, s.PutCheckIn(ctx, c))
	if !c.CreatedAt.Equal(cs[0].CreatedAt) || c.ID != cs[0].ID {
		t.Errorf("replaced check-in %+v, want check-in %d created at %v", c, cs[0].ID, cs[0].CreatedAt)
	}
}

// TestHugeValuesOfAnotherProgram has another program write check-ins
// near the largest number, finite each but adding up past it, and one
// that is infinite (1e400 in SQL): the dashboard's paces from the store's
// totals are still those worked out from every check-in, and so are the
// review rows (checkTotals).
func TestHugeValuesOfAnotherProgram(t *testing.T) {
	path := filepath.Join(t.TempDir(), "pacer.db")
	s := mustOpenPath(t, path)
	ctx := context.Background()
	g := mustCreateGoal(t, s, newGoal())
	for i, k := range []string{"2026-01", "2026-02", "2026-03", "2026-04"} {
		mustNotErr(t, s.PutCheckIn(ctx, &app.CheckIn{GoalID: g.ID, PeriodKey: k, Value: float64(90 + i)}))
	}
	mustNotErr(t, s.Close())
	for _, set := range []string{
		`UPDATE checkins SET value = 1.7e308 WHERE period_key IN ('2026-02', '2026-03')`,
		`UPDATE checkins SET value = -1.7e308 WHERE period_key IN ('2026-02', '2026-03')`,
		`UPDATE checkins SET value = 1e400 WHERE period_key = '2026-02'`,
	} {
		execRaw(t, path, set)
		s = mustOpenPath(t, path)
		checkTotals(t, s)
		mustNotErr(t, s.Close())
	}
}

// TestFiscalStartOfAnotherProgram has another program write the fiscal
// start as text with spaces around the month: the store checks a
// check-in's fiscal quarter against the year that month starts, the
// calendar FiscalCalendar gives the screens.
func TestFiscalStartOfAnotherProgram(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "pacer.db")
	s := mustOpenPath(t, path)
	g := newGoal()
	g.Cadence = app.CadenceQuarter
	mustCreateGoal(t, s, g)
	mustNotErr(t, s.Close())
	for _, text := range []string{" 4", "4\n"} {
		execRaw(t, path, `INSERT OR REPLACE INTO settings (key, value) VALUES ('`+data.SettingFiscalStart+`', '`+text+`');
			DELETE FROM checkins`)
		if cal := data.FiscalCalendar(text); cal.FiscalStart != time.April {
			t.Errorf("fiscal start %q is %v, want April", text, cal.FiscalStart)
		}
		s = mustOpenPath(t, path)
		// 2025-Q4 of a year from April is January to March 2026.
		mustNotErr(t, s.CreateCheckIn(ctx, &app.CheckIn{GoalID: g.ID, PeriodKey: "2025-Q4", Value: 5}))
		mustNotErr(t, s.Close())
	}
}

// TestNewerUserVersion has another program set the file's user_version,
// which Pacer leaves at 0, past the schema this Pacer knows: the file is
// refused as a newer Pacer's, unchanged and with nothing beside it. One at
// or below it opens as before, its migrations all applied.
func TestNewerUserVersion(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "pacer.db")
	s := mustOpenPath(t, path)
	mustCreateGoal(t, s, newGoal())
	mustNotErr(t, s.Close())
	execRaw(t, path, fmt.Sprintf(`PRAGMA user_version = %d`, data.LatestVersion()+1))
	before := fileBytes(t, path)
	_, err := data.Open(ctx, path)
	checkErr(t, err, app.ENewerSchema)
	if !bytes.Equal(fileBytes(t, path), before) {
		t.Error("file changed")
	}
	if sib := siblings(t, path); len(sib) != 0 {
		t.Errorf("files left beside it: %v", sib)
	}

	old := filepath.Join(t.TempDir(), "old.db")
	s, err = data.OpenAt(ctx, old, data.LatestVersion()-1)
	mustNotErr(t, err)
	mustNotErr(t, s.Close())
	execRaw(t, old, fmt.Sprintf(`PRAGMA user_version = %d`, data.LatestVersion()))
	s = mustOpenPath(t, old)
	var n int
	mustNotErr(t, s.DB().QueryRow(`SELECT count(*) FROM schema_migrations`).Scan(&n))
	if n != data.LatestVersion() {
		t.Errorf("%d migrations recorded, want %d", n, data.LatestVersion())
	}
}

// TestNewGoalTakesNothingLeftBehind has another program delete the
// newest goal with its foreign keys off (the sqlite3 shell's default),
// leaving its plan, history, check-ins and review behind and a sub-goal
// naming it as parent: a goal created next takes none of them, and no
// goal becomes its sub-goal. So with the newest review, whose action plan
// stays linked to it, and the newest action plan, whose follow-ups stay:
// the review and the action plan created next take neither.
func TestNewGoalTakesNothingLeftBehind(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "pacer.db")
	s := mustOpenPath(t, path)
	child := mustCreateGoal(t, s, newGoal())
	gone := newGoal()
	mustNotErr(t, s.SaveGoalSetup(ctx, app.GoalSetup{Goal: gone, Plan: quarters(250, 300, 300, 350),
		History: []app.HistoryValue{{PeriodKey: "2025-Q1", Value: 280}}}))
	mustNotErr(t, s.CreateCheckIn(ctx, &app.CheckIn{GoalID: gone.ID, PeriodKey: "2026-01", Value: 100}))
	mustNotErr(t, s.SaveReview(ctx, &app.Review{GoalID: gone.ID, PeriodKey: "2026-Q1", CauseCategory: "pricing"}))
	child.ParentID, child.Weight = &gone.ID, 0.5
	mustNotErr(t, s.UpdateGoal(ctx, child))
	mustNotErr(t, s.Close())
	execRaw(t, path, fmt.Sprintf(`DELETE FROM goals WHERE id = %d`, gone.ID))

	s = mustOpenPath(t, path)
	g := mustCreateGoal(t, s, newGoal())
	cs, err := s.CheckIns(ctx, g.ID)
	mustNotErr(t, err)
	rs, err := s.Reviews(ctx, g.ID)
	mustNotErr(t, err)
	hs, err := s.History(ctx, g.ID)
	mustNotErr(t, err)
	p, err := s.CurrentPlan(ctx, g.ID)
	mustNotErr(t, err)
	if g.ID == gone.ID || len(cs)+len(rs)+len(hs)+len(p.Periods) != 0 {
		t.Errorf("new goal %d (the deleted one was %d) has %d check-ins, %d reviews, %d history values, %d plan periods",
			g.ID, gone.ID, len(cs), len(rs), len(hs), len(p.Periods))
	}
	kept, err := s.GoalByID(ctx, child.ID)
	mustNotErr(t, err)
	if kept.ParentID != nil && *kept.ParentID == g.ID {
		t.Errorf("goal %d became the parent of goal %d", g.ID, child.ID)
	}
	checkTotals(t, s)

	r := &app.Review{GoalID: child.ID, PeriodKey: "2026-Q2"}
	mustNotErr(t, s.SaveReview(ctx, r))
	linked := newAction(child.ID)
	linked.Problem, linked.ReviewID = "linked", &r.ID
	mustNotErr(t, s.CreateActionPlan(ctx, linked))
	a := newAction(child.ID)
	mustNotErr(t, s.CreateActionPlan(ctx, a))
	mustNotErr(t, s.AddFollowUp(ctx, &app.FollowUp{ActionID: a.ID, Date: app.NewDate(2026, time.March, 1), Note: "left"}))
	mustNotErr(t, s.Close())
	execRaw(t, path, fmt.Sprintf(`DELETE FROM reviews WHERE id = %d; DELETE FROM action_plans WHERE id = %d`, r.ID, a.ID))

	s = mustOpenPath(t, path)
	r2 := &app.Review{GoalID: child.ID, PeriodKey: "2026-Q3"}
	mustNotErr(t, s.SaveReview(ctx, r2))
	as, err := s.ListActionPlans(ctx, app.ActionFilter{})
	mustNotErr(t, err)
	for _, x := range as {
		if x.ReviewID != nil && *x.ReviewID == r2.ID {
			t.Errorf("action plan %q became the new review's", x.Problem)
		}
	}
	a2 := newAction(child.ID)
	mustNotErr(t, s.CreateActionPlan(ctx, a2))
	fs, err := s.FollowUps(ctx, a2.ID)
	mustNotErr(t, err)
	if len(fs) != 0 {
		t.Errorf("new action plan %d (the deleted one was %d) has %d follow-ups", a2.ID, a.ID, len(fs))
	}
}

// TestGoalStartOfYearOne has another program set a goal's start to
// 0001-01-01, the date Pacer reads as none: the dashboard's pace of it
// is still the one worked out from every check-in, as the goal detail's.
func TestGoalStartOfYearOne(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "pacer.db")
	s := mustOpenPath(t, path)
	g := newGoal()
	mustNotErr(t, s.SaveGoalSetup(ctx, app.GoalSetup{Goal: g, Plan: quarters(250, 300, 300, 350)}))
	for i, k := range []string{"2026-01", "2026-02", "2026-03", "2026-04"} {
		mustNotErr(t, s.PutCheckIn(ctx, &app.CheckIn{GoalID: g.ID, PeriodKey: k, Value: float64(90 + i)}))
	}
	mustNotErr(t, s.Close())
	execRaw(t, path, `UPDATE goals SET start_date = '0001-01-01'`)
	s = mustOpenPath(t, path)
	checkTotals(t, s)
	for _, asOf := range []app.Date{app.NewDate(2026, 3, 4), app.NewDate(2026, 7, 1)} {
		checkPacesAsOf(t, s, asOf)
	}
}

// checkPacesAsOf fails unless the dashboard's paces as of asOf are those
// worked out from every check-in.
func checkPacesAsOf(t *testing.T, s *data.Store, asOf app.Date) {
	t.Helper()
	ctx, cal := context.Background(), app.Calendar{}
	snap, err := s.Snapshot(ctx, app.GoalFilter{IncludeArchived: true})
	mustNotErr(t, err)
	d, err := s.Dashboard(ctx, app.GoalFilter{IncludeArchived: true}, cal, asOf)
	mustNotErr(t, err)
	slow, fast := app.Paces(cal, snap, asOf, app.DefaultThresholds), app.PacesFrom(cal, d, asOf, app.DefaultThresholds)
	for i := range slow {
		a, b := slow[i], fast[i]
		if a.Assessment != b.Assessment || a.Projection.Method != b.Projection.Method || a.Projection.EndValue != b.Projection.EndValue {
			t.Errorf("as of %s, goal %d from totals: %+v %v %v, from check-ins: %+v %v %v", asOf, a.Goal.ID,
				b.Assessment, b.Projection.Method, b.Projection.EndValue, a.Assessment, a.Projection.Method, a.Projection.EndValue)
		}
	}
}
