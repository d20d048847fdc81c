package data_test

import (
	"context"
	"strings"
	"testing"

	"pacer/app"
)

// TestMilestoneCheckInIsZeroOrOne: a milestone's check-in is 1 (done) or 0
// (not done) through every way a check-in is written; 7, 0.5 or −3 is
// refused with the milestone's message and writes nothing, a bulk save or
// an import holding one writes none of its others either.
func TestMilestoneCheckInIsZeroOrOne(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	m := newGoal()
	m.Title, m.Kind, m.Aggregation, m.Target, m.Baseline, m.Decimals = "Open the shop", app.KindMilestone, app.AggLevel, 1, nil, 0
	mustCreateGoal(t, s, m)
	other := mustCreateGoal(t, s, newGoal())
	mustNotErr(t, s.CreateCheckIn(ctx, &app.CheckIn{GoalID: m.ID, PeriodKey: "2026-01", Value: 0}))
	mustNotErr(t, s.PutCheckIn(ctx, &app.CheckIn{GoalID: m.ID, PeriodKey: "2026-02", Value: 1}))
	stored, err := s.CheckInByPeriod(ctx, m.ID, "2026-01")
	mustNotErr(t, err)

	for _, v := range []float64{7, 0.5, -3, 2} {
		fine := app.CheckIn{GoalID: other.ID, PeriodKey: "2026-03", Value: 7}
		bad := app.CheckIn{GoalID: m.ID, PeriodKey: "2026-03", Value: v}
		edited := *stored
		edited.Value = v
		writes := map[string]func() error{
			"create": func() error { c := bad; return s.CreateCheckIn(ctx, &c) },
			"put":    func() error { c := bad; return s.PutCheckIn(ctx, &c) },
			"bulk":   func() error { return s.SaveCheckIns(ctx, []app.CheckIn{fine, bad}) },
			"import": func() error { return s.ApplyImport(ctx, app.Import{CheckIns: []app.CheckIn{fine, bad}}) },
			"update": func() error { c := edited; return s.UpdateCheckIn(ctx, &c) },
		}
		for name, write := range writes {
			err := write()
			checkErr(t, err, app.EInvalid)
			if app.ErrorMessage(err) != app.MsgMilestoneValue {
				t.Errorf("%s of %v: %v, want the milestone's message", name, v, err)
			}
		}
	}
	for id, want := range map[int64]int{m.ID: 2, other.ID: 0} {
		cs, err := s.CheckIns(ctx, id)
		mustNotErr(t, err)
		if len(cs) != want {
			t.Errorf("goal %d has %d check-ins after the refusals, want %d: %+v", id, len(cs), want, cs)
		}
	}
	cs, err := s.CheckIns(ctx, m.ID)
	mustNotErr(t, err)
	if cs[0].Value != 0 || cs[1].Value != 1 {
		t.Errorf("milestone check-ins %+v, want 0 and 1", cs)
	}
	// Other kinds take any number.
	mustNotErr(t, s.PutCheckIn(ctx, &app.CheckIn{GoalID: other.ID, PeriodKey: "2026-04", Value: -3}))
}

// TestGoalMadeMilestoneKeepsNoOtherValue: a goal whose check-ins hold a 7
// cannot be made a milestone, which would count the 7 as done; the goal
// stays as it was, and once the 7 is corrected to 1 the change is made.
func TestGoalMadeMilestoneKeepsNoOtherValue(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	g := mustCreateGoal(t, s, newGoal())
	seven := &app.CheckIn{GoalID: g.ID, PeriodKey: "2026-02", Value: 7}
	mustNotErr(t, s.PutCheckIn(ctx, &app.CheckIn{GoalID: g.ID, PeriodKey: "2026-01", Value: 1}))
	mustNotErr(t, s.PutCheckIn(ctx, seven))
	m := *g
	m.Kind, m.Aggregation, m.Target, m.Baseline, m.Decimals = app.KindMilestone, app.AggLevel, 1, nil, 0
	err := s.UpdateGoal(ctx, &m)
	checkErr(t, err, app.EInvalid)
	if !strings.Contains(app.ErrorMessage(err), "which a milestone cannot") {
		t.Errorf("made a milestone with a 7 checked in: %v", err)
	}
	if stored, _ := s.GoalByID(ctx, g.ID); stored.Kind != g.Kind {
		t.Errorf("the refused change was saved: kind %s", stored.Kind)
	}
	seven.Value = 1
	mustNotErr(t, s.PutCheckIn(ctx, seven))
	m = *g
	m.Kind, m.Aggregation, m.Target, m.Baseline, m.Decimals = app.KindMilestone, app.AggLevel, 1, nil, 0
	mustNotErr(t, s.UpdateGoal(ctx, &m))
}

// TestMilestoneNeverAddsUp: a milestone's team check-ins never add up,
// where two managers' "done" summed to 2. A milestone told to add up
// (by this laptop or pulled from the team's server) stays as it is, a
// goal that adds up stops once made a milestone, and parts of a
// milestone pulled later write no sum over its check-in.
func TestMilestoneNeverAddsUp(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	m := newGoal()
	m.Title, m.Kind, m.Aggregation, m.Target, m.Baseline, m.Decimals = "Open the shop", app.KindMilestone, app.AggLevel, 1, nil, 0
	mustCreateGoal(t, s, m)
	g := mustCreateGoal(t, s, newGoal())
	addsUp := func(id int64) bool {
		var on bool
		mustNotErr(t, s.SyncDB().QueryRow(`SELECT checkins_add_up FROM goals WHERE id = ?`, id).Scan(&on))
		return on
	}
	_, err := s.SyncDB().Exec(`UPDATE goals SET checkins_add_up = 1`)
	mustNotErr(t, err)
	if addsUp(m.ID) || !addsUp(g.ID) {
		t.Fatalf("told to add up: milestone %v, increase goal %v; want false, true", addsUp(m.ID), addsUp(g.ID))
	}
	_, err = s.SyncDB().Exec(`INSERT INTO goals (title, perspective, kind, unit, decimals, aggregation, target,
			start_date, end_date, cadence, plan_by, checkins_add_up, created_at, updated_at)
		VALUES ('Pulled milestone', 'internal_process', 'milestone', 'count', 0, 'level', 1,
			'2026-01-01', '2026-12-31', 'month', 'month', 1, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')`)
	mustNotErr(t, err)
	var pulled bool
	mustNotErr(t, s.SyncDB().QueryRow(`SELECT checkins_add_up FROM goals WHERE title = 'Pulled milestone'`).Scan(&pulled))
	if pulled {
		t.Error("a milestone pulled as adding up adds up")
	}

	mustNotErr(t, s.PutCheckIn(ctx, &app.CheckIn{GoalID: g.ID, PeriodKey: "2026-01", Value: 1}))
	made := *g
	made.Kind, made.Aggregation, made.Target, made.Baseline, made.Decimals = app.KindMilestone, app.AggLevel, 1, nil, 0
	mustNotErr(t, s.UpdateGoal(ctx, &made))
	if addsUp(g.ID) {
		t.Error("a goal made a milestone still adds up")
	}
	for _, author := range []string{"li.wei", "zhang.min"} {
		_, err = s.SyncDB().Exec(`INSERT INTO checkin_parts (goal_id, period_key, author, value, confidence, updated_at)
			VALUES (?, '2026-02', ?, 1, 5, '2026-03-01T00:00:00Z')`, m.ID, author)
		mustNotErr(t, err)
	}
	mustNotErr(t, s.PutCheckIn(ctx, &app.CheckIn{GoalID: m.ID, PeriodKey: "2026-02", Value: 1}))
	if c, err := s.CheckInByPeriod(ctx, m.ID, "2026-02"); err != nil || c.Value != 1 {
		t.Errorf("the milestone's 2026-02 reads %+v (%v), want done (1)", c, err)
	}
}
