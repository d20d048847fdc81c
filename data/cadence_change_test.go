package data_test

import (
	"context"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"pacer/app"
	"pacer/data"
)

// monthlyGoal stores a 2023 goal checked in monthly with the given
// check-ins (period, value, note).
func monthlyGoal(t *testing.T, s *data.Store, agg app.Aggregation, checkIns ...app.CheckIn) *app.Goal {
	t.Helper()
	g := newGoal()
	g.Aggregation, g.Cadence = agg, app.CadenceMonth
	g.Start, g.End = app.NewDate(2023, time.January, 1), app.NewDate(2023, time.December, 31)
	mustCreateGoal(t, s, g)
	for i := range checkIns {
		checkIns[i].GoalID = g.ID
	}
	mustNotErr(t, s.SaveCheckIns(context.Background(), checkIns))
	return g
}

// TestCadenceChangeRollsMonthsIntoQuarters checks the preview and the
// change of a flow goal from monthly to quarterly: months are summed into
// their quarter, a quarter with a month missing is flagged partial, the
// notes follow, and afterwards the goal holds only its quarters.
func TestCadenceChangeRollsMonthsIntoQuarters(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	g := monthlyGoal(t, s, app.AggFlow,
		app.CheckIn{PeriodKey: "2023-01", Value: 100.25, Confidence: 5, Note: "slow"},
		app.CheckIn{PeriodKey: "2023-02", Value: 200.1, Confidence: 6},
		app.CheckIn{PeriodKey: "2023-03", Value: 300.2, Confidence: 7, Note: "fair"},
		app.CheckIn{PeriodKey: "2023-04", Value: 10, Confidence: 4},
		app.CheckIn{PeriodKey: "2023-06", Value: 30, Confidence: 3})
	edited := *g
	edited.Cadence = app.CadenceQuarter
	change, err := s.PreviewCadenceChange(ctx, edited)
	mustNotErr(t, err)
	want := []app.CheckInRollup{
		{Period: "2023-Q1", From: []string{"2023-01", "2023-02", "2023-03"}, Value: 600.55, Confidence: 7,
			Note: "2023-01: slow\n2023-03: fair"},
		{Period: "2023-Q2", From: []string{"2023-04", "2023-06"}, Missing: []string{"2023-05"}, Value: 40, Confidence: 3},
	}
	if !reflect.DeepEqual(change.Rollups, want) || change.From != app.CadenceMonth || change.To != app.CadenceQuarter {
		t.Fatalf("preview %+v, want %+v", change, want)
	}
	if change.Rollups[0].Partial() || !change.Rollups[1].Partial() {
		t.Error("Q1 (3 of 3 months) or Q2 (2 of 3) flagged wrongly")
	}
	change.Rollups[1].Note = "From 2 of 3 months"
	mustNotErr(t, s.ChangeCadence(ctx, change))

	cs, err := s.CheckIns(ctx, g.ID)
	mustNotErr(t, err)
	if len(cs) != 2 || cs[0].PeriodKey != "2023-Q1" || cs[0].Value != 600.55 || cs[1].Value != 40 ||
		cs[1].Note != "From 2 of 3 months" || cs[0].Note != "2023-01: slow\n2023-03: fair" {
		t.Errorf("check-ins after the change: %+v", cs)
	}
	stored, err := s.GoalByID(ctx, g.ID)
	mustNotErr(t, err)
	if stored.Cadence != app.CadenceQuarter {
		t.Errorf("cadence %s after the change", stored.Cadence)
	}
}

// TestCadenceChangeLevelTakesLatest checks that a level goal keeps the
// latest month of each quarter, that fiscal quarters from April are used,
// and that months before the goal's start do not make a quarter partial.
func TestCadenceChangeLevelTakesLatest(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	mustNotErr(t, s.SetSetting(ctx, data.SettingFiscalStart, "4"))
	g := monthlyGoal(t, s, app.AggLevel,
		app.CheckIn{PeriodKey: "2023-02", Value: 5.5},
		app.CheckIn{PeriodKey: "2023-03", Value: 4.5, Confidence: 9},
		app.CheckIn{PeriodKey: "2023-04", Value: 4})
	edited := *g
	edited.Cadence = app.CadenceQuarter
	edited.Start = app.NewDate(2023, time.February, 1)
	change, err := s.PreviewCadenceChange(ctx, edited)
	mustNotErr(t, err)
	want := []app.CheckInRollup{
		{Period: "2022-Q4", From: []string{"2023-02", "2023-03"}, Value: 4.5, Confidence: 9},
		{Period: "2023-Q1", From: []string{"2023-04"}, Missing: []string{"2023-05", "2023-06"}, Value: 4},
	}
	if !reflect.DeepEqual(change.Rollups, want) {
		t.Errorf("preview %+v, want %+v", change.Rollups, want)
	}
}

// TestCadenceChangeRefusals checks the changes that cannot be converted:
// into shorter periods, weeks into months, and onto a period that already
// holds a check-in from before the cadence rule. Nothing is changed.
func TestCadenceChangeRefusals(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "pacer.db")
	s := mustOpenPath(t, path)
	g := monthlyGoal(t, s, app.AggFlow, app.CheckIn{PeriodKey: "2023-01", Value: 1}, app.CheckIn{PeriodKey: "2023-05", Value: 2})
	weekly := newGoal()
	weekly.Cadence = app.CadenceWeek
	mustCreateGoal(t, s, weekly)
	mustNotErr(t, s.CreateCheckIn(ctx, &app.CheckIn{GoalID: weekly.ID, PeriodKey: "2026-W03", Value: 1}))
	insertLegacyCheckIns(t, path, g.ID, "2023-Q2")

	cases := []struct {
		goal *app.Goal
		to   app.Cadence
		code string
		arg  string
	}{
		{g, app.CadenceWeek, app.EInvalid, "2023-01"}, // First of the months that cannot be split
		{weekly, app.CadenceMonth, app.EInvalid, "2026-W03"},
		{g, app.CadenceQuarter, app.EConflict, "2023-Q2"},
	}
	for _, c := range cases {
		edited := *c.goal
		edited.Cadence = c.to
		_, err := s.PreviewCadenceChange(ctx, edited)
		args := app.ErrorArgs(err)
		if app.ErrorCode(err) != c.code || (args["First"] != c.arg && args["Period"] != c.arg) {
			t.Errorf("%s to %s: %v, want %s naming %s", c.goal.Cadence, c.to, err, c.code, c.arg)
		}
		if err := s.ChangeCadence(ctx, app.CadenceChange{GoalID: c.goal.ID, From: c.goal.Cadence, To: c.to}); app.ErrorCode(err) != c.code {
			t.Errorf("%s to %s changed: %v", c.goal.Cadence, c.to, err)
		}
	}
	for _, goal := range []*app.Goal{g, weekly} {
		stored, err := s.GoalByID(ctx, goal.ID)
		mustNotErr(t, err)
		cs, err := s.CheckIns(ctx, goal.ID)
		mustNotErr(t, err)
		if stored.Cadence != goal.Cadence || len(cs) == 0 {
			t.Errorf("after the refusals %s holds %d check-ins, cadence %s", goal.Title, len(cs), stored.Cadence)
		}
	}
}

// TestCadenceChangeInGoalSetup checks that the wizard's save converts the
// check-ins with the rest of the goal, and that a refusal of the rest
// leaves the check-ins as they were.
func TestCadenceChangeInGoalSetup(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	g := monthlyGoal(t, s, app.AggFlow, app.CheckIn{PeriodKey: "2023-07", Value: 3}, app.CheckIn{PeriodKey: "2023-08", Value: 4})
	edited := *g
	edited.Cadence, edited.Title = app.CadenceQuarter, "Grow sales by quarter"
	change, err := s.PreviewCadenceChange(ctx, edited)
	mustNotErr(t, err)

	bad := edited
	bad.Title = ""
	if err := s.SaveGoalSetup(ctx, app.GoalSetup{Goal: &bad, CadenceChange: &change}); app.ErrorCode(err) != app.EInvalid {
		t.Fatalf("a goal without a title: %v", err)
	}
	if cs, _ := s.CheckIns(ctx, g.ID); len(cs) != 2 {
		t.Fatalf("a refused save left %d check-ins, want the 2 months", len(cs))
	}
	mustNotErr(t, s.SaveGoalSetup(ctx, app.GoalSetup{Goal: &edited, CadenceChange: &change}))
	cs, err := s.CheckIns(ctx, g.ID)
	mustNotErr(t, err)
	if len(cs) != 1 || cs[0].PeriodKey != "2023-Q3" || cs[0].Value != 7 {
		t.Errorf("check-ins after the save: %+v", cs)
	}
	// Without check-ins of the old cadence, the cadence changes freely.
	edited.Cadence = app.CadenceMonth
	if _, err := s.PreviewCadenceChange(ctx, edited); app.ErrorCode(err) != app.EInvalid {
		t.Errorf("quarters into months: %v, want refused", err)
	}
	empty := newGoal()
	mustCreateGoal(t, s, empty)
	empty.Cadence = app.CadenceWeek
	mustNotErr(t, s.UpdateGoal(ctx, empty))
}

// TestCadenceRefusalsOfOneCheckIn: a refusal about a single check-in
// speaks of "the check-in", not of "1 check-ins".
func TestCadenceRefusalsOfOneCheckIn(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	g := monthlyGoal(t, s, app.AggFlow, app.CheckIn{PeriodKey: "2023-01", Value: 1})
	weekly := newGoal()
	weekly.Cadence = app.CadenceWeek
	mustCreateGoal(t, s, weekly)
	mustNotErr(t, s.CreateCheckIn(ctx, &app.CheckIn{GoalID: weekly.ID, PeriodKey: "2026-W03", Value: 1}))

	toWeeks, toMonths, toQuarters := *g, *weekly, *g
	toWeeks.Cadence, toMonths.Cadence, toQuarters.Cadence = app.CadenceWeek, app.CadenceMonth, app.CadenceQuarter
	_, finer := s.PreviewCadenceChange(ctx, toWeeks)
	_, weeks := s.PreviewCadenceChange(ctx, toMonths)
	unconfirmed := s.UpdateGoal(ctx, &toQuarters)
	for _, c := range []struct {
		err  error
		want string
	}{
		{finer, "The check-in for {{.First}} cannot be split into shorter periods: Pacer cannot tell how its value divides. Keep how often the goal is checked in, or delete that check-in first."},
		{weeks, "The weekly check-in for {{.First}} cannot be rolled up: weeks do not fit exactly into months, quarters or years. Keep checking in weekly, or delete that check-in first."},
		{unconfirmed, "Changing how often the goal is checked in converts its check-in; look at the conversion and confirm it first."},
	} {
		if got := app.ErrorMessage(c.err); got != c.want {
			t.Errorf("refusal %v reads %q, want %q", c.err, got, c.want)
		}
	}
}

// TestCadenceChangeNamesWhatAddsUpToNoNumber: months that another program
// left too large to add up (or not a number) refuse the roll-up with a
// message naming them and their quarter, and change nothing.
func TestCadenceChangeNamesWhatAddsUpToNoNumber(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	g := monthlyGoal(t, s, app.AggFlow, app.CheckIn{PeriodKey: "2023-04", Value: 1, Confidence: 5})
	for _, k := range []string{"2023-01", "2023-02"} {
		_, err := s.DB().ExecContext(ctx, `INSERT INTO checkins (goal_id, period_key, value, confidence, created_at, updated_at)
			VALUES (?, ?, 1.5e308, 5, '2023-03-01T00:00:00Z', '2023-03-01T00:00:00Z')`, g.ID, k)
		mustNotErr(t, err)
	}
	edited := *g
	edited.Cadence = app.CadenceQuarter
	_, err := s.PreviewCadenceChange(ctx, edited)
	checkErr(t, err, app.EInvalid)
	if args := app.ErrorArgs(err); args["From"] != "2023-01, 2023-02" || args["Period"] != "2023-Q1" ||
		!strings.Contains(app.ErrorMessage(err), "{{.From}}") {
		t.Errorf("%q with %v, want it to name 2023-01, 2023-02 and 2023-Q1", app.ErrorMessage(err), args)
	}
	if err := s.UpdateGoal(ctx, &edited); app.ErrorCode(err) != app.EInvalid {
		t.Errorf("the change itself: %v, want EInvalid", err)
	}
	cs, err := s.CheckIns(ctx, g.ID)
	mustNotErr(t, err)
	if len(cs) != 3 {
		t.Errorf("%d check-ins after the refusal, want the 3 as they were", len(cs))
	}
}
