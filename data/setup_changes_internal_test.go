package data

import (
	"context"
	"reflect"
	"testing"
	"time"
	"unsafe"

	"pacer/app"
)

// TestGoalEditKeepsTheOtherGoalsRead edits one goal of two, then the
// other: each time the store reads the goal edited again
// and keeps what it read of the other, its goal and its running totals,
// and what it reads is what its file holds.
func TestGoalEditKeepsTheOtherGoalsRead(t *testing.T) {
	ctx := context.Background()
	s, id := liveStore(t)
	g := app.Goal{Title: "Monthly visits", Perspective: app.PerspectiveCustomer, Owner: "Bob", Kind: app.KindIncrease,
		Unit: app.UnitCount, Aggregation: app.AggFlow, Target: 500, Cadence: app.CadenceMonth, PlanBy: app.CadenceQuarter,
		Start: app.NewDate(2023, time.September, 1), End: app.NewDate(2024, time.December, 31), Baseline: new(float64)}
	if err := s.CreateGoal(ctx, &g); err != nil {
		t.Fatal(err)
	}
	mustPut(t, s, app.CheckIn{GoalID: g.ID, PeriodKey: "2024-05", Value: 40})
	checkLive(t, s, "a second goal")

	goals, err := s.ListGoals(ctx, app.GoalFilter{})
	if err != nil || len(goals) != 2 || goals[0].ID != id {
		t.Fatal(goals, err)
	}
	goals[0].Title = "Weekly sales, renamed"
	editKeeping(t, s, &goals[0], g.ID, "the first goal renamed")
	g.Kind, g.Target = app.KindStayAbove, 30
	editKeeping(t, s, &g, id, "the second goal made a floor")
}

// editKeeping saves edited through s and fails unless s then reads what
// its file holds, keeping what it read of goal kept as it was.
func editKeeping(t *testing.T, s *Store, edited *app.Goal, kept int64, what string) {
	t.Helper()
	liveFigures(t, s) // what another store's close wrote (checkLive) read
	title, entries := keptOf(s, kept)
	if err := s.UpdateGoal(context.Background(), edited); err != nil {
		t.Fatal(err)
	}
	got := liveFigures(t, s)
	nowTitle, nowEntries := keptOf(s, kept)
	if title == nil || nowTitle != title {
		t.Errorf("after %s, goal %d was read again", what, kept)
	}
	for e := range entries {
		if !nowEntries[e] {
			t.Errorf("after %s, the running totals kept were dropped", what)
			break
		}
	}
	if want := fileFigures(t, s); got != want {
		t.Errorf("after %s, the store read\n%s\nand its file holds\n%s", what, got, want)
	}
	ctx := context.Background()
	d, err := s.Dashboard(ctx, app.GoalFilter{}, app.Calendar{}, liveAsOf)
	want, err2 := s.Snapshot(ctx, app.GoalFilter{}) // the tables, not the cache
	if err != nil || err2 != nil || !reflect.DeepEqual(d.Goals, want.Goals) || !reflect.DeepEqual(d.Plans, want.Plans) {
		t.Errorf("after %s, the dashboard read %+v %+v (%v), the tables hold %+v %+v (%v)",
			what, d.Goals, d.Plans, err, want.Goals, want.Plans, err2)
	}
}

// keptOf returns where s's setup cache keeps goal id's title (a goal
// read again has its title somewhere else), and the running-totals
// entries its live cache keeps.
func keptOf(s *Store, id int64) (*byte, map[*liveEntry[app.ValueTotals]]bool) {
	c := s.setupCache()
	c.mu.Lock()
	var title *byte
	for _, g := range c.goals {
		if g.ID == id {
			title = unsafe.StringData(g.Title)
		}
	}
	c.mu.Unlock()
	s.live.mu.Lock()
	defer s.live.mu.Unlock()
	entries := map[*liveEntry[app.ValueTotals]]bool{}
	for _, e := range s.live.totals.entries {
		entries[e] = true
	}
	return title, entries
}
