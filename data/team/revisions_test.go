package team

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"pacer/app"
	"pacer/data"
)

// addRevision adds a plan revision to goal id of st, its first period's
// target raised by add.
func addRevision(t testing.TB, st *data.Store, id int64, add float64, note string) {
	t.Helper()
	ctx := context.Background()
	p, err := st.CurrentPlan(ctx, id)
	if err != nil || len(p.Periods) == 0 {
		t.Fatalf("current plan: %v (%d periods)", err, len(p.Periods))
	}
	p.Periods[0].Target += add
	p.Target += add
	p.Note = note
	if err := st.AddPlanRevision(ctx, &p); err != nil {
		t.Fatal(err)
	}
}

// revisionNotes are a goal's plan revisions as "revision:note".
func revisionNotes(t testing.TB, st *data.Store, id int64) []string {
	t.Helper()
	ps, err := st.PlanRevisions(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, p := range ps {
		out = append(out, fmt.Sprintf("%d:%s", p.Revision, p.Note))
	}
	return out
}

// Two owners add a plan revision to the same goal offline: both are kept,
// numbered in the server's order, neither a clash nor rewritten — whether
// the second laptop pushes first or pulls the first one's revision first.
func TestTwoOwnersRevisionsBothKept(t *testing.T) {
	tm := newTeam(t, nil)
	ctx := context.Background()
	bob, bobS := tm.member("bob", RoleOwner)
	cy, _ := tm.member("cy", RoleOwner)
	cyS := tm.boss
	cyS.User = tm.db + "_cy"
	id := goalIDs(t, tm.owner)[0]
	before := revisionNotes(t, tm.owner, id)
	n := len(before)
	addRevision(t, tm.owner, id, 100, "owner's")
	addRevision(t, bob, localID(t, bob, tm.owner, "goals", id), 200, "bob's")
	addRevision(t, cy, localID(t, cy, tm.owner, "goals", id), 300, "cy's")

	cycleOnce(t, tm.owner, tm.boss)
	cycleOnce(t, bob, bobS) // pushes its revision first, on a number taken
	cycleOnce(t, bob, bobS) // then under the next number
	// cy pulls the others' revisions before pushing its own.
	e, _ := newEngine(ctx, cy)
	conn, err := connect(ctx, cyS, pw)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.pullAll(ctx, conn); err != nil {
		t.Fatal(err)
	}
	conn.Close(ctx)
	start(t, tm.owner, tm.boss)
	start(t, bob, bobS)
	start(t, cy, cyS)
	tm.waitSynced(20*time.Second, tm.owner, bob, cy)

	want := append(append([]string{}, before...),
		fmt.Sprintf("%d:owner's", n+1), fmt.Sprintf("%d:bob's", n+2), fmt.Sprintf("%d:cy's", n+3))
	for name, st := range map[string]*data.Store{"owner": tm.owner, "bob": bob, "cy": cy} {
		gid := id
		if st != tm.owner {
			gid = localID(t, st, tm.owner, "goals", id)
		}
		if got := revisionNotes(t, st, gid); fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%s's revisions = %v, want %v", name, got, want)
		}
		if cs, _ := Clashes(ctx, st); len(cs) != 0 {
			t.Errorf("%s sees clashes %+v, want none", name, cs)
		}
		p, _ := st.CurrentPlan(ctx, gid)
		if p.Note != "cy's" {
			t.Errorf("%s's current plan is %q, want cy's (the last in the server's order)", name, p.Note)
		}
	}
	sameContents(t, "owner and bob", contents(t, tm.owner), contents(t, bob))
	tm.sameAsOwner("cy", cy)
}

// cycleOnce pushes and pulls once for st as login s.
func cycleOnce(t testing.TB, st *data.Store, s Server) {
	t.Helper()
	onServer(t, st, s, func(ctx context.Context, e *engine, conn *pgx.Conn) error { return e.cycle(ctx, conn) })
}

var _ = app.Plan{}
