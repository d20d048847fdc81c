package team

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"pacer/app"
	"pacer/data"
	"pacer/data/team/pgtest"
)

// queueFollowUps adds n follow-ups to the file in one transaction, as n
// queued changes.
func queueFollowUps(t testing.TB, st *data.Store, n int, note string) {
	t.Helper()
	tx, err := st.SyncDB().Begin()
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	var action int64
	if err := tx.QueryRow(`SELECT min(id) FROM action_plans`).Scan(&action); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < n; i++ {
		if _, err := tx.Exec(`INSERT INTO followups (action_id, date, note, created_at) VALUES (?, '2023-05-01', ?, '2023-05-01T00:00:00Z')`,
			action, fmt.Sprintf("%s %d", note, i)); err != nil {
			t.Fatal(err)
		}
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
}

// serverCount counts on the team's server.
func (tm *team) serverCount(query string, args ...any) int {
	tm.t.Helper()
	c, err := tm.srv.Connect(context.Background(), tm.db)
	if err != nil {
		tm.t.Fatal(err)
	}
	defer c.Close(context.Background())
	var n int
	if err := c.QueryRow(context.Background(), query, args...).Scan(&n); err != nil {
		tm.t.Fatal(err)
	}
	return n
}

// A push that dies after the server committed and before the outbox was
// cleared is sent again and applied once, 20 rounds, some with more
// changes made in between.
func TestPushKilledAfterCommitAppliedOnce(t *testing.T) {
	tm := newTeam(t, nil)
	ctx := context.Background()
	e, err := newEngine(ctx, tm.owner)
	if err != nil {
		t.Fatal(err)
	}
	base := tm.serverCount(`SELECT count(*) FROM pacer.rows WHERE kind = 'followups'`)
	crash := errors.New("killed")
	defer func() { testHookAfterPush = nil }()
	for round := 0; round < 20; round++ {
		queueFollowUps(t, tm.owner, 3, fmt.Sprintf("round %d", round))
		conn, err := connect(ctx, tm.boss, pw)
		if err != nil {
			t.Fatal(err)
		}
		testHookAfterPush = func() error { return crash }
		if _, _, err := e.pushAll(ctx, conn); !errors.Is(err, crash) {
			t.Fatalf("round %d: push = %v, want the crash", round, err)
		}
		testHookAfterPush = nil
		conn.Close(ctx)
		if round%2 == 1 { // more changes before the retry
			queueFollowUps(t, tm.owner, 1, fmt.Sprintf("round %d late", round))
		}
		conn, err = connect(ctx, tm.boss, pw)
		if err != nil {
			t.Fatal(err)
		}
		if err := e.cycle(ctx, conn); err != nil {
			t.Fatal(err)
		}
		conn.Close(ctx)
	}
	want := base + 20*3 + 10
	if n := tm.serverCount(`SELECT count(*) FROM pacer.rows WHERE kind = 'followups'`); n != want {
		t.Fatalf("server has %d follow-ups, want %d", n, want)
	}
	if n := tm.serverCount(`SELECT count(*) FROM pacer.changes WHERE kind = 'followups'`); n != want {
		t.Fatalf("server logged %d follow-up changes, want each once: %d", n, want)
	}
	if n := count(t, tm.owner, `SELECT count(*) FROM followups`); n != want {
		t.Fatalf("laptop has %d follow-ups, want %d", n, want)
	}
	sameContents(t, "laptop and server", contents(t, tm.owner), tm.serverContents())
}

// The server paused and resumed, restarted, and a connection dropped in
// the middle of a pull: nothing is lost, both laptops catch up.
func TestServerPausedRestartedDroppedCatchesUp(t *testing.T) {
	srv := pgtest.Start(t)
	tm := newTeam(t, srv)
	ann, annS := tm.member("ann", RoleMember)
	ya := start(t, tm.owner, tm.boss)
	start(t, ann, annS)
	tm.waitSynced(20*time.Second, tm.owner, ann)

	srv.Pause()
	queueFollowUps(t, tm.owner, 20, "while paused")
	queueFollowUps(t, ann, 20, "ann while paused")
	ya.SyncNow()
	time.Sleep(1500 * time.Millisecond)
	srv.Resume()
	tm.waitSynced(30*time.Second, tm.owner, ann)
	sameContents(t, "after a pause", contents(t, tm.owner), contents(t, ann))

	if err := srv.Restart(); err != nil {
		t.Fatal(err)
	}
	queueFollowUps(t, ann, 20, "after restart")
	tm.waitSynced(30*time.Second, tm.owner, ann)
	sameContents(t, "after a restart", contents(t, tm.owner), contents(t, ann))

	// Drop the owner's connection after the first pull batch of many.
	old := pullBatch
	pullBatch = 25
	var once sync.Once
	testHookPulled = func(conn *pgx.Conn) {
		once.Do(func() {
			c, err := srv.Connect(context.Background(), tm.db)
			if err == nil {
				_, _ = c.Exec(context.Background(), `SELECT pg_terminate_backend($1)`, conn.PgConn().PID())
				c.Close(context.Background())
			}
		})
	}
	defer func() { pullBatch, testHookPulled = old, nil }()
	queueFollowUps(t, ann, 200, "many")
	tm.waitSynced(30*time.Second, tm.owner, ann)
	sameContents(t, "after a dropped pull", contents(t, tm.owner), tm.serverContents())
	want := count(t, ann, `SELECT count(*) FROM followups`)
	if n := count(t, tm.owner, `SELECT count(*) FROM followups`); n != want {
		t.Fatalf("owner has %d follow-ups, member %d", n, want)
	}
}

// Pushes from many laptops at once commit in the order of their sequence
// numbers: a laptop pulling all along never skips a change.
func TestConcurrentPushesNeverSkipped(t *testing.T) {
	tm := newTeam(t, nil)
	ctx := context.Background()
	stop := make(chan struct{})
	seen := map[int64]bool{}
	var pullErr error
	pulled := make(chan struct{})
	go func() {
		defer close(pulled)
		conn, err := connect(ctx, tm.boss, pw)
		if err != nil {
			pullErr = err
			return
		}
		defer conn.Close(ctx)
		var cursor int64
		for {
			select {
			case <-stop:
				return
			default:
			}
			batch, err := fetch(ctx, conn, cursor)
			if err != nil {
				pullErr = err
				return
			}
			for _, c := range batch {
				seen[c.seq] = true
				cursor = c.seq
			}
		}
	}()
	var wg sync.WaitGroup
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			conn, err := connect(ctx, tm.boss, pw)
			if err != nil {
				t.Error(err)
				return
			}
			defer conn.Close(ctx)
			e := &engine{client: fmt.Sprint("pusher", w)}
			for i := 0; i < 40; i++ {
				o := &outgoing{ID: fmt.Sprintf("w%d-%d", w, i), Kind: "settings", UID: fmt.Sprintf(`["k%d-%d"]`, w, i), Op: "put",
					Doc: doc{"key": fmt.Sprintf("k%d-%d", w, i), "value": "v"}}
				if _, err := e.send(ctx, conn, []*outgoing{o}); err != nil {
					t.Error(err)
					return
				}
			}
		}(w)
	}
	wg.Wait()
	time.Sleep(200 * time.Millisecond)
	close(stop)
	<-pulled
	if pullErr != nil {
		t.Fatal(pullErr)
	}
	all := tm.serverCount(`SELECT count(*) FROM pacer.changes`)
	if len(seen) != all {
		t.Fatalf("a laptop pulling during 320 concurrent pushes saw %d of %d changes", len(seen), all)
	}
}

// A member's laptop cannot change a goal, check in under another name or
// raise its own rights: the server refuses, with a clear message, and the
// laptop's goal goes back to the team's.
func TestMemberRefusedByServer(t *testing.T) {
	tm := newTeam(t, nil)
	ctx := context.Background()
	ann, annS := tm.member("ann", RoleMember)
	y := start(t, ann, annS)
	tm.waitSynced(20*time.Second, ann)

	g, err := ann.GoalByID(ctx, goalIDs(t, ann)[0])
	if err != nil {
		t.Fatal(err)
	}
	target := g.Target
	g.Target *= 2
	if err := ann.UpdateGoal(ctx, g); err != nil {
		t.Fatal(err)
	}
	y.SyncNow()
	tm.waitSynced(20*time.Second, ann)
	r := waitRefusal(t, y)
	if r.Reason != "owner_only" {
		t.Fatalf("refusal = %+v, want the owner-only refusal", r)
	}
	if got, _ := ann.GoalByID(ctx, g.ID); got.Target != target {
		t.Fatalf("the refused goal change stayed on the laptop: target %v, want %v", got.Target, target)
	}
	if msg := r.Error(); msg != "the server refused a change: only an owner can change goals, plans and settings" {
		t.Errorf("message = %q", msg)
	}

	conn, err := connect(ctx, annS, pw)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	e := &engine{client: "hand-made"}
	res, err := e.send(ctx, conn, []*outgoing{{ID: "x1", Kind: "checkins", UID: `["x","2023-Q1"]`, Op: "put",
		Doc: doc{"goal_id": "x", "period_key": "2023-Q1", "value": 1, "author": tm.boss.User}}})
	if err != nil || len(res) != 1 || res[0].refused != "own_name" {
		t.Fatalf("check-in under the owner's name: %v %+v, want refused own_name", err, res)
	}
	for _, stmt := range []string{
		`INSERT INTO pacer.rows (kind, uid, doc, seq) VALUES ('goals', 'g', '{}', 1)`,
		`INSERT INTO pacer.changes (seq, change_id, kind, uid, op, doc) VALUES (99999, 'c', 'checkins', 'u', 'put', '{"author":"someone"}')`,
		`INSERT INTO pacer.members (login, role) VALUES ('x', 'owner')`,
		`GRANT ` + ident(tm.db+"_owner") + ` TO ` + ident(annS.User),
		`ALTER ROLE ` + ident(annS.User) + ` CREATEROLE`,
	} {
		if _, err := conn.Exec(ctx, stmt); err == nil {
			t.Errorf("the server let a member run %s", stmt)
		} else {
			t.Logf("refused as it should: %v", err)
		}
	}
	tag, err := conn.Exec(ctx, `UPDATE pacer.members SET role = 'owner' WHERE login = $1`, annS.User)
	if err == nil && tag.RowsAffected() != 0 {
		t.Errorf("a member changed their own role: %d rows", tag.RowsAffected())
	}
	// Row-level security hides the goals from a member's UPDATE.
	tag, err = conn.Exec(ctx, `UPDATE pacer.rows SET doc = doc || '{"target": 1}' WHERE kind = 'goals'`)
	if err != nil || tag.RowsAffected() != 0 {
		t.Errorf("a member changed goals on the server directly: %v, %d rows", err, tag.RowsAffected())
	}
}

// Two owners change the same goal's target offline: the clash is shown to
// both, the field the second did not touch is merged, and choosing keeps
// it for everyone. A check-in made on a value someone else had changed is
// flagged.
func TestOwnersClashShownAndResolved(t *testing.T) {
	tm := newTeam(t, nil)
	ctx := context.Background()
	bob, bobS := tm.member("bob", RoleOwner)
	id := goalIDs(t, tm.owner)[0]
	gA, _ := tm.owner.GoalByID(ctx, id)
	bobID := localID(t, bob, tm.owner, "goals", id)
	gB, _ := bob.GoalByID(ctx, bobID)
	gA.Target = 111
	gB.Target = 222
	gB.Description = "bob's words"
	if err := tm.owner.UpdateGoal(ctx, gA); err != nil {
		t.Fatal(err)
	}
	if err := bob.UpdateGoal(ctx, gB); err != nil {
		t.Fatal(err)
	}
	tm.syncOwnerFirst(bob, bobS) // the owner's edit reaches the server first

	for name, st := range map[string]*data.Store{"owner": tm.owner, "bob": bob} {
		cs, err := Clashes(ctx, st)
		if err != nil || len(cs) != 1 {
			t.Fatalf("%s sees clashes %+v, %v; want one", name, cs, err)
		}
		c := cs[0]
		wantGoal := id
		if st == bob {
			wantGoal = bobID
		}
		if c.What != "clash" || c.Field != "target" || c.Theirs != "111" || c.Mine != "222" || c.Author != bobS.User || c.GoalID != wantGoal {
			t.Fatalf("%s sees %+v", name, c)
		}
	}
	got, _ := bob.GoalByID(ctx, bobID)
	if got.Target != 111 || got.Description != "bob's words" {
		t.Fatalf("bob's goal = target %v, %q; want the first target and bob's untouched description merged", got.Target, got.Description)
	}
	cs, _ := Clashes(ctx, tm.owner)
	if err := Resolve(ctx, tm.owner, cs[0].ID, true); err != nil {
		t.Fatal(err)
	}
	tm.waitSynced(20*time.Second, tm.owner, bob)
	if got, _ := bob.GoalByID(ctx, bobID); got.Target != 222 {
		t.Fatalf("after choosing bob's target, bob has %v", got.Target)
	}
	if cs, _ := Clashes(ctx, bob); len(cs) != 0 {
		t.Fatalf("resolved clash still shown: %+v", cs)
	}
	sameContents(t, "after the clash", contents(t, tm.owner), contents(t, bob))
}

// localID finds in file st the row that is row id of file other.
func localID(t testing.TB, st, other *data.Store, tbl string, id int64) int64 {
	t.Helper()
	var uid string
	if err := other.SyncDB().QueryRow(`SELECT uid FROM sync_ids WHERE tbl = ? AND rid = ?`, tbl, id).Scan(&uid); err != nil {
		t.Fatal(err)
	}
	var rid int64
	if err := st.SyncDB().QueryRow(`SELECT rid FROM sync_ids WHERE tbl = ? AND uid = ?`, tbl, uid).Scan(&rid); err != nil {
		t.Fatal(err)
	}
	return rid
}

var _ = app.CheckIn{}
