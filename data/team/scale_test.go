package team

import (
	"context"
	"errors"
	"fmt"
	"os"
	"sync"
	"testing"
	"time"

	"pacer/data"
)

// scale is n, or small under -short; PACER_TEAM_FULL=1 asks the issue's
// full sizes.
func scale(n, small, full int) int {
	switch {
	case os.Getenv("PACER_TEAM_FULL") != "":
		return full
	case testing.Short():
		return small
	}
	return n
}

// Laptops reconnect at once, each with its queued changes: every change is
// applied once. 10 laptops × 100 changes by default; PACER_TEAM_FULL=1
// runs the 30 × 1,000.
func TestManyLaptopsReconnectAtOnce(t *testing.T) {
	laptops := scale(10, 6, 30)
	queued := scale(100, 20, 1000)
	tm := newTeam(t, nil)
	files := make([]*data.Store, laptops)
	logins := make([]Server, laptops)
	setup := time.Now()
	defer func() { t.Logf("set-up of %d laptops took %v", laptops, time.Since(setup)) }()
	for i := range files {
		files[i], logins[i] = tm.member(fmt.Sprint("m", i), RoleMember)
		queueFollowUps(t, files[i], queued, fmt.Sprint("laptop ", i))
	}
	base := tm.serverCount(`SELECT count(*) FROM pacer.rows WHERE kind = 'followups'`)
	began := time.Now()
	var wg sync.WaitGroup
	for i := range files {
		wg.Add(1)
		go func(i int) { defer wg.Done(); start(t, files[i], logins[i]) }(i)
	}
	wg.Wait()
	deadline := time.Now().Add(2 * time.Minute)
	for tm.serverCount(`SELECT count(*) FROM pacer.rows WHERE kind = 'followups'`) < base+laptops*queued {
		if time.Now().After(deadline) {
			t.Fatal("not all changes reached the server in 2 minutes")
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Logf("%d laptops × %d queued changes on the server in %v", laptops, queued, time.Since(began))
	if n := tm.serverCount(`SELECT count(*) FROM pacer.changes WHERE kind = 'followups'`); n != base+laptops*queued {
		t.Fatalf("server logged %d follow-ups, want each once: %d", n, base+laptops*queued)
	}
	for i, l := range logins {
		if n := tm.serverCount(`SELECT count(*) FROM pacer.rows WHERE kind = 'followups' AND doc->>'author' = $1`, l.User); n != queued {
			t.Fatalf("laptop %d has %d follow-ups on the server, want %d", i, n, queued)
		}
	}
	began = time.Now()
	tm.waitSynced(2*time.Minute, files...)
	t.Logf("every laptop pulled every change in %v more", time.Since(began))
	sameContents(t, "first and last laptop", contents(t, files[0]), contents(t, files[laptops-1]))
}

// A laptop offline for a simulated month catches up with the changes
// others made, and sends its own queued ones: 2,000 each way by default,
// the 10,000 with PACER_TEAM_FULL=1.
func TestLongOfflineCatchesUp(t *testing.T) {
	n := scale(2000, 1000, 10000)
	tm := newTeam(t, nil)
	away, awayS := tm.member("away", RoleMember)
	queueFollowUps(t, tm.owner, n, "while away")
	queueFollowUps(t, away, n, "away's month")
	ctx := context.Background()
	e, _ := newEngine(ctx, tm.owner)
	conn, err := connect(ctx, tm.boss, pw)
	if err != nil {
		t.Fatal(err)
	}
	if err := e.cycle(ctx, conn); err != nil {
		t.Fatal(err)
	}
	conn.Close(ctx)
	began := time.Now()
	ya := start(t, away, awayS)
	tm.waitSynced(2*time.Minute, away)
	t.Logf("away sent %d and pulled %d changes in %v", n, n, time.Since(began))
	began = time.Now()
	start(t, tm.owner, tm.boss)
	tm.waitSynced(2*time.Minute, away, tm.owner)
	t.Logf("owner pulled %d changes in %v (away: %+v)", n, time.Since(began), ya.Status())
	sameContents(t, "back from a month away", contents(t, away), tm.serverContents())
	sameContents(t, "owner", contents(t, tm.owner), tm.serverContents())
}

// A server set up by a newer Pacer: the laptop is told to update, keeps
// working offline, and sends nothing.
func TestNewerServerNeedsUpdate(t *testing.T) {
	tm := newTeam(t, nil)
	c, err := tm.srv.Connect(context.Background(), tm.db)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Exec(context.Background(), `UPDATE pacer.meta SET version = version + 1`); err != nil {
		t.Fatal(err)
	}
	c.Close(context.Background())
	seq := tm.serverSeq()
	queueFollowUps(t, tm.owner, 3, "offline")
	y := start(t, tm.owner, tm.boss)
	waitState(t, y, NeedsUpdate)
	if !errors.Is(y.Status().Err, ErrNeedsUpdate) || y.Status().Waiting != 3 {
		t.Fatalf("status = %+v", y.Status())
	}
	if tm.serverSeq() != seq {
		t.Fatal("an older Pacer wrote to a newer server")
	}
	// The server refuses an older shape even from a client that does not ask.
	conn, err := connect(context.Background(), tm.boss, pw)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(context.Background())
	e := &engine{client: "old"}
	if _, err := e.send(context.Background(), conn, nil); !errors.Is(classify(err), ErrNeedsUpdate) {
		t.Fatalf("push of an older shape: %v", err)
	}
}

// A removed member's laptop stops syncing and keeps its file.
func TestRemovedMemberStops(t *testing.T) {
	tm := newTeam(t, nil)
	ann, annS := tm.member("ann", RoleMember)
	ms, err := Members(context.Background(), tm.boss, pw)
	if err != nil || len(ms) != 2 {
		t.Fatalf("members = %+v, %v", ms, err)
	}
	y := start(t, ann, annS)
	tm.waitSynced(20*time.Second, ann)
	if err := RemoveMember(context.Background(), tm.boss, pw, annS.User); err != nil {
		t.Fatal(err)
	}
	queueFollowUps(t, ann, 2, "after removal")
	y.SyncNow()
	waitState(t, y, Removed)
	if n := count(t, ann, `SELECT count(*) FROM followups`); n == 0 {
		t.Fatal("the removed member's file lost its rows")
	}
}

func waitState(t testing.TB, y *Syncer, want State) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for y.Status().State != want {
		if time.Now().After(deadline) {
			t.Fatalf("state = %+v, want %v", y.Status(), want)
		}
		y.SyncNow()
		time.Sleep(50 * time.Millisecond)
	}
}

// waitRefusal waits for the sync's status to carry the server's refusal.
// The file is synced a moment before the status says so: the status is
// reported after the pull's transaction commits.
func waitRefusal(t testing.TB, y *Syncer) Refusal {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	var r Refusal
	for !errors.As(y.Status().Err, &r) {
		if time.Now().After(deadline) {
			t.Fatalf("status = %+v, want a refusal", y.Status())
		}
		time.Sleep(20 * time.Millisecond)
	}
	return r
}
