package team

import (
	"context"
	"errors"
	"testing"

	"pacer/app"
)

// Every write path queues its change once, in the same transaction, on a
// team file only; rows applied from the server are not queued again.
func TestOutboxQueuesEachLocalChangeOnce(t *testing.T) {
	ctx := context.Background()
	st := openFile(t, "solo.db")
	g := app.Goal{Title: "Sales", Perspective: app.PerspectiveFinancial, Kind: app.KindIncrease, Unit: app.UnitCount,
		Aggregation: app.AggFlow, Target: 100, Start: app.NewDate(2023, 1, 1), End: app.NewDate(2023, 12, 31),
		Cadence: app.CadenceQuarter, PlanBy: app.CadenceQuarter}
	if err := st.CreateGoal(ctx, &g); err != nil {
		t.Fatal(err)
	}
	if n := count(t, st, `SELECT count(*) FROM sync_outbox`); n != 0 {
		t.Fatalf("a file of one's own queued %d changes", n)
	}
	y := Start(st, Server{Host: "127.0.0.1", Port: 1, Database: "d", User: "ann"}, "pw")
	y.Stop()
	if s := y.Status(); s.State != Failed || !errors.Is(s.Err, ErrNotLinked) {
		t.Fatalf("a sync started on a file of one's own: %+v", s)
	}
	e, err := newEngine(ctx, st)
	if err != nil {
		t.Fatal(err)
	}
	if err := e.link(ctx, Server{Host: "h", Database: "d", User: "ann"}, false); err != nil {
		t.Fatal(err)
	}
	c := app.CheckIn{GoalID: g.ID, PeriodKey: "2023-Q1", Value: 5, Confidence: 5}
	if err := st.PutCheckIn(ctx, &c); err != nil {
		t.Fatal(err)
	}
	if n := count(t, st, `SELECT count(*) FROM sync_outbox WHERE tbl = 'checkins'`); n != 1 {
		t.Fatalf("one check-in queued %d changes, want 1", n)
	}
	if a := count(t, st, `SELECT count(*) FROM checkins WHERE author = 'ann'`); a != 1 {
		t.Fatal("the check-in is not the login's")
	}
	c.Value = 6
	if err := st.PutCheckIn(ctx, &c); err != nil {
		t.Fatal(err)
	}
	if n := count(t, st, `SELECT count(*) FROM sync_outbox WHERE tbl = 'checkins'`); n != 2 {
		t.Fatalf("a changed check-in queued %d changes in all, want 2", n)
	}
	g.Target = 120
	if err := st.UpdateGoal(ctx, &g); err != nil {
		t.Fatal(err)
	}
	if n := count(t, st, `SELECT count(*) FROM sync_outbox WHERE tbl = 'goals'`); n != 1 {
		t.Fatalf("a goal edit queued %d changes, want 1", n)
	}
	if _, err := st.SyncDB().Exec(`UPDATE sync_state SET applying = 1; UPDATE goals SET target = 130; UPDATE sync_state SET applying = 0`); err != nil {
		t.Fatal(err)
	}
	if n := count(t, st, `SELECT count(*) FROM sync_outbox WHERE tbl = 'goals'`); n != 1 {
		t.Fatalf("an applied server row was queued: %d goal changes", n)
	}
}
