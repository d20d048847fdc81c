package team

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"pacer/app"
	"pacer/data"
)

func TestOwnRunMovesOnlyPastOwnChangesKeptAsSent(t *testing.T) {
	put := &outgoing{Op: "put"}
	del := &outgoing{Op: "del"}
	kept := func(seq int64) result { return result{seq: seq, op: "put", out: put} }
	cases := []struct {
		name    string
		results []result
		want    int64
	}{
		{"nothing sent", nil, 10},
		{"right after the cursor", []result{kept(11), kept(12)}, 12},
		{"numbered in another order", []result{kept(12), kept(11)}, 12},
		{"a repeat already pulled", []result{kept(7), kept(11)}, 11},
		{"someone else's between", []result{kept(11), kept(13)}, 10},
		{"not right after the cursor", []result{kept(12)}, 10},
		{"merged", []result{kept(11), {seq: 12, op: "put", merged: true, out: put}}, 10},
		{"refused", []result{{seq: 11, op: "put", refused: "no", out: put}}, 10},
		{"a delete", []result{{seq: 11, op: "del", out: del}}, 10},
		{"a put the server keeps deleted", []result{{seq: 11, op: "del", out: put}}, 10},
		{"no change sent for it", []result{{seq: 11, op: "put"}}, 10},
	}
	for _, c := range cases {
		if got := ownRun(10, c.results); got != c.want {
			t.Errorf("%s: cursor %d, want %d", c.name, got, c.want)
		}
	}
}

// cursorOf is the file's pull cursor.
func cursorOf(t *testing.T, st *data.Store) int64 {
	t.Helper()
	var c int64
	if err := st.SyncDB().QueryRow(`SELECT cursor FROM sync_state`).Scan(&c); err != nil {
		t.Fatal(err)
	}
	return c
}

// pushOnce pushes st's outbox over a new connection as login s.
func pushOnce(t *testing.T, st *data.Store, s Server) {
	t.Helper()
	onServer(t, st, s, func(ctx context.Context, e *engine, conn *pgx.Conn) error {
		_, _, err := e.pushAll(ctx, conn)
		return err
	})
}

// pullOnce pulls st's changes over a new connection as login s.
func pullOnce(t *testing.T, st *data.Store, s Server) {
	t.Helper()
	onServer(t, st, s, func(ctx context.Context, e *engine, conn *pgx.Conn) error {
		_, err := e.pullAll(ctx, conn)
		return err
	})
}

func saveCheckIn(t *testing.T, st *data.Store, goal int64, period string, v float64) {
	t.Helper()
	c := app.CheckIn{GoalID: goal, PeriodKey: period, Value: v, Confidence: 5}
	if err := st.PutCheckIn(context.Background(), &c); err != nil {
		t.Fatal(err)
	}
}

// A push the server numbers right after the file's cursor moves the cursor
// past it, so the pull has nothing to write; with someone else's change in
// between, the cursor stays and the pull brings that change.
func TestPushMovesTheCursorPastItsOwnChangesOnly(t *testing.T) {
	tm := newTeam(t, nil)
	ann, annS := tm.member("ann", RoleOwner)
	ctx := context.Background()
	pullOnce(t, tm.owner, tm.boss)
	goal := goalIDs(t, tm.owner)[0]
	saveCheckIn(t, tm.owner, goal, "2023-Q1", 111)
	saveCheckIn(t, tm.owner, goal, "2023-Q2", 222)
	pushOnce(t, tm.owner, tm.boss)
	if c, head := cursorOf(t, tm.owner), tm.serverSeq(); c != head {
		t.Fatalf("after its own push the cursor is %d, want the server's head %d", c, head)
	}

	annGoal := localID(t, ann, tm.owner, "goals", goal)
	pullOnce(t, ann, annS)
	saveCheckIn(t, ann, annGoal, "2023-Q3", 333)
	pushOnce(t, ann, annS)
	before := cursorOf(t, tm.owner)
	saveCheckIn(t, tm.owner, goal, "2023-Q4", 444)
	pushOnce(t, tm.owner, tm.boss)
	if c := cursorOf(t, tm.owner); c != before {
		t.Fatalf("the cursor moved from %d to %d past ann's change", before, c)
	}
	pullOnce(t, tm.owner, tm.boss)
	got, err := tm.owner.CheckInByPeriod(ctx, goal, "2023-Q3")
	if err != nil || got.Value != 333 {
		t.Fatalf("ann's check-in on the owner's laptop: %+v, %v", got, err)
	}
	if c, head := cursorOf(t, tm.owner), tm.serverSeq(); c != head {
		t.Fatalf("after the pull the cursor is %d, want %d", c, head)
	}
	sameContents(t, "owner and server", contents(t, tm.owner), tm.serverContents())
}

// A push sends what was queued when it began; a check-in saved while it
// runs waits for the next one, so saves one after another never keep a
// push going.
func TestPushSendsWhatWasQueuedWhenItBegan(t *testing.T) {
	tm := newTeam(t, nil)
	goal := goalIDs(t, tm.owner)[0]
	saveCheckIn(t, tm.owner, goal, "2023-Q1", 1)
	calls := 0
	testHookAfterPush = func() error {
		calls++
		if calls > 1 {
			return nil
		}
		saveCheckIn(t, tm.owner, goal, fmt.Sprintf("2023-Q%d", 1+calls), float64(calls))
		return nil
	}
	defer func() { testHookAfterPush = nil }()
	pushOnce(t, tm.owner, tm.boss)
	testHookAfterPush = nil
	if calls != 1 {
		t.Fatalf("the push went to the server %d times, want once", calls)
	}
	if n := count(t, tm.owner, `SELECT count(*) FROM sync_outbox`); n != 1 {
		t.Fatalf("%d changes wait after the push, want the one saved during it", n)
	}
	pushOnce(t, tm.owner, tm.boss)
	if n := count(t, tm.owner, `SELECT count(*) FROM sync_outbox`); n != 0 {
		t.Fatalf("%d changes wait after the next push", n)
	}
	sameContents(t, "owner and server", contents(t, tm.owner), tm.serverContents())
}

// The time of the last sync is kept in the file once a minute at most, and
// a sync started again shows it before it reaches the server.
func TestLastSyncIsKeptByTheMinuteAndShownAtStart(t *testing.T) {
	tm := newTeam(t, nil)
	ctx := context.Background()
	e, err := newEngine(ctx, tm.owner)
	if err != nil {
		t.Fatal(err)
	}
	stored := func() string {
		var s string
		if err := tm.owner.SyncDB().QueryRow(`SELECT last_sync FROM sync_state`).Scan(&s); err != nil {
			t.Fatal(err)
		}
		return s
	}
	y := &Syncer{e: e}
	t0 := time.Date(2026, 3, 4, 9, 15, 10, 0, time.UTC)
	y.stamp(ctx, t0)
	if got := stored(); got != "2026-03-04T09:15:10Z" {
		t.Fatalf("stored %q", got)
	}
	y.stamp(ctx, t0.Add(40*time.Second))
	if got := stored(); got != "2026-03-04T09:15:10Z" {
		t.Fatalf("a sync within the same minute wrote %q", got)
	}
	y.stamp(ctx, t0.Add(55*time.Second))
	if got := stored(); got != "2026-03-04T09:16:05Z" {
		t.Fatalf("a sync in the next minute left %q", got)
	}

	unreachable := tm.boss
	unreachable.Host, unreachable.Port = "127.0.0.1", 1
	s := Start(tm.owner, unreachable, pw)
	got := s.Status().LastSync
	s.Stop()
	if !got.Equal(t0.Add(55 * time.Second)) {
		t.Fatalf("the status after a start shows the last sync at %v", got)
	}
}

// A push cut off after the server merged it is answered, when sent again,
// with the merged document and merged=false (the server's first result):
// the laptop takes the merged row all the same, so it is not left with
// its own while the server holds the merge.
func TestRepeatedPushTakesTheServersMerge(t *testing.T) {
	tm := newTeam(t, nil)
	ctx := context.Background()
	bob, bobS := tm.member("bob", RoleOwner)
	id := goalIDs(t, tm.owner)[0]
	g, _ := tm.owner.GoalByID(ctx, id)
	g.Description = "the owner's words"
	if err := tm.owner.UpdateGoal(ctx, g); err != nil {
		t.Fatal(err)
	}
	pushOnce(t, tm.owner, tm.boss)

	bobID := localID(t, bob, tm.owner, "goals", id)
	gb, _ := bob.GoalByID(ctx, bobID)
	gb.Target = 222
	if err := bob.UpdateGoal(ctx, gb); err != nil {
		t.Fatal(err)
	}
	e, err := newEngine(ctx, bob)
	if err != nil {
		t.Fatal(err)
	}
	crash := errors.New("killed")
	testHookAfterPush = func() error { return crash }
	defer func() { testHookAfterPush = nil }()
	conn, err := connect(ctx, bobS, pw)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := e.pushAll(ctx, conn); !errors.Is(err, crash) {
		t.Fatalf("push = %v, want the crash", err)
	}
	testHookAfterPush = nil
	conn.Close(ctx)
	conn, err = connect(ctx, bobS, pw)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	if err := e.cycle(ctx, conn); err != nil {
		t.Fatal(err)
	}
	got, _ := bob.GoalByID(ctx, bobID)
	if got.Target != 222 || got.Description != "the owner's words" {
		t.Fatalf("bob's goal after the repeat: target %v, %q; want 222 and the owner's words", got.Target, got.Description)
	}
	sameContents(t, "bob and server", contents(t, bob), tm.serverContents())
}

// A refused change rewrites the local row from the server's in the push's
// own transaction, past the store's: the store's derived tables (here the
// goal's cached plan) catch up at once, as after a pull, though no pull
// brings anything.
func TestRefusedChangeRewrittenLeavesNothingStale(t *testing.T) {
	tm := newTeam(t, nil)
	ctx := context.Background()
	ann, annS := tm.member("ann", RoleMember)
	// A member's change to a plan, which the server refuses, made as
	// another program would: the outbox queues it.
	var rid int64
	var was float64
	if err := ann.SyncDB().QueryRow(`SELECT rowid, target FROM plan_periods ORDER BY rowid LIMIT 1`).Scan(&rid, &was); err != nil {
		t.Fatal(err)
	}
	if _, err := ann.SyncDB().Exec(`UPDATE plan_periods SET target = target * 3 + 1 WHERE rowid = ?`, rid); err != nil {
		t.Fatal(err)
	}
	ann.SettleDerived(ctx)
	stale := `SELECT (SELECT count(*) FROM checkin_totals_stale) + (SELECT count(*) FROM plan_cache_stale)`
	if n := count(t, ann, stale); n != 0 {
		t.Fatalf("%d stale before the push", n)
	}
	pushOnce(t, ann, annS)
	if got := count(t, ann, `SELECT target = ? FROM plan_periods WHERE rowid = ?`, was, rid); got != 1 {
		t.Fatal("ann's refused plan change stayed")
	}
	if n := count(t, ann, stale); n != 0 {
		t.Fatalf("%d goals' totals or plans left stale after the refusal was written back", n)
	}
}
