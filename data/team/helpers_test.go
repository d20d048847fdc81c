package team

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"pacer/app/sample"
	"pacer/data"
	"pacer/data/team/pgtest"
)

func TestMain(m *testing.M) {
	pollEvery = 20 * time.Millisecond
	backoffFirst = 50 * time.Millisecond
	backoffMax = time.Second
	connectTimeout = 2 * time.Second
	opTimeout = 10 * time.Second
	code := m.Run()
	pgtest.StopShared()
	os.Exit(code)
}

// team is a team set up on a test server: the owner's file and server
// address.
type team struct {
	t     testing.TB
	srv   *pgtest.Server
	db    string
	owner *data.Store
	boss  Server // the owner's login
}

const pw = "pw-secret"

// newTeam sets up a team from a file with the sample plan, on the shared
// server (or srv when given).
func newTeam(t testing.TB, srv *pgtest.Server) *team {
	t.Helper()
	db := "pacer"
	if srv == nil {
		srv, db = pgtest.Shared(t)
	} else if err := srv.CreateDatabase(context.Background(), db); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	st := openFile(t, "owner.db")
	if err := sample.LoadSample(ctx, st, "en"); err != nil {
		t.Fatal(err)
	}
	admin := Server{Host: srv.Host, Port: srv.Port, Database: db, User: pgtest.Admin, SSLMode: "disable"}
	boss := Member{Login: db + "_boss", Name: "Boss", Role: RoleOwner}
	if err := Create(ctx, st, admin, pgtest.AdminPassword, boss, pw); err != nil {
		t.Fatalf("create team: %v", err)
	}
	s := admin
	s.User = boss.Login
	return &team{t: t, srv: srv, db: db, owner: st, boss: s}
}

func openFile(t testing.TB, name string) *data.Store {
	t.Helper()
	st, err := data.Open(context.Background(), filepath.Join(t.TempDir(), name))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// member adds a member and joins a new laptop as them.
func (tm *team) member(name string, role Role) (*data.Store, Server) {
	tm.t.Helper()
	ctx := context.Background()
	m := Member{Login: tm.db + "_" + name, Name: name, Role: role}
	if err := AddMember(ctx, tm.boss, pw, m, pw); err != nil {
		tm.t.Fatalf("add %s: %v", name, err)
	}
	s := tm.boss
	s.User = m.Login
	return tm.join(s), s
}

// join makes a new laptop file for login s.
func (tm *team) join(s Server) *data.Store {
	tm.t.Helper()
	st, err := Join(context.Background(), filepath.Join(tm.t.TempDir(), s.User+".db"), s, pw)
	if err != nil {
		tm.t.Fatalf("join as %s: %v", s.User, err)
	}
	tm.t.Cleanup(func() { st.Close() })
	return st
}

// start runs a syncer for the test's length.
func start(t testing.TB, st *data.Store, s Server) *Syncer {
	y := Start(st, s, pw)
	t.Cleanup(y.Stop)
	return y
}

// onServer runs f with an engine of st and a new connection as login s,
// failing the test on any error.
func onServer(t testing.TB, st *data.Store, s Server, f func(context.Context, *engine, *pgx.Conn) error) {
	t.Helper()
	ctx := context.Background()
	e, err := newEngine(ctx, st)
	if err != nil {
		t.Fatal(err)
	}
	conn, err := connect(ctx, s, pw)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	if err := f(ctx, e, conn); err != nil {
		t.Fatal(err)
	}
}

// serverSeq is the last sequence number on the team's server.
func (tm *team) serverSeq() int64 {
	c, err := tm.srv.Connect(context.Background(), tm.db)
	if err != nil {
		tm.t.Fatal(err)
	}
	defer c.Close(context.Background())
	var n int64
	if err := c.QueryRow(context.Background(), `SELECT coalesce(max(seq), 0) FROM pacer.changes`).Scan(&n); err != nil {
		tm.t.Fatal(err)
	}
	return n
}

// waitSynced waits until every file has sent all and pulled all.
func (tm *team) waitSynced(limit time.Duration, files ...*data.Store) {
	tm.t.Helper()
	deadline := time.Now().Add(limit)
	for {
		want := tm.serverSeq()
		done := true
		for _, st := range files {
			var cursor, waiting int64
			_ = st.SyncDB().QueryRow(`SELECT cursor, (SELECT count(*) FROM sync_outbox) FROM sync_state`).Scan(&cursor, &waiting)
			if cursor < want || waiting > 0 {
				done = false
			}
		}
		if done && tm.serverSeq() == want {
			return
		}
		if time.Now().After(deadline) {
			tm.t.Fatalf("not synced after %v", limit)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// contents is every shared row of a file as its server document, by kind
// and server id, in canonical JSON.
func contents(t testing.TB, st *data.Store) map[string]string {
	t.Helper()
	ctx := context.Background()
	out := map[string]string{}
	for i := range tables {
		tb := &tables[i]
		q := `SELECT rowid FROM "` + tb.name + `"`
		if tb.name == "checkins" { // a goal's that adds up holds each laptop's own sum of its parts
			q += ` WHERE goal_id NOT IN (SELECT id FROM goals WHERE checkins_add_up = 1)`
		}
		rows, err := st.SyncDB().QueryContext(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		var rids []int64
		for rows.Next() {
			var r int64
			_ = rows.Scan(&r)
			rids = append(rids, r)
		}
		rows.Close()
		for _, rid := range rids {
			var uid string
			if err := st.SyncDB().QueryRow(`SELECT uid FROM sync_ids WHERE tbl = ? AND rid = ?`, tb.name, rid).Scan(&uid); err != nil {
				t.Fatalf("%s row %d has no server id: %v", tb.name, rid, err)
			}
			row, _, err := readRow(ctx, st.SyncDB(), tb, rid)
			if err != nil {
				t.Fatal(err)
			}
			d, err := toDoc(ctx, st.SyncDB(), tb, row)
			if err != nil {
				t.Fatal(err)
			}
			out[tb.name+" "+uid] = canonical(t, d)
		}
	}
	return out
}

// serverContents is the same read from the server's rows.
func (tm *team) serverContents() map[string]string {
	ctx := context.Background()
	c, err := tm.srv.Connect(ctx, tm.db)
	if err != nil {
		tm.t.Fatal(err)
	}
	defer c.Close(ctx)
	rows, err := c.Query(ctx, `SELECT kind, uid, doc FROM pacer.rows WHERE NOT deleted`)
	if err != nil {
		tm.t.Fatal(err)
	}
	defer rows.Close()
	out := map[string]string{}
	for rows.Next() {
		var k, u string
		var d map[string]any
		if err := rows.Scan(&k, &u, &d); err != nil {
			tm.t.Fatal(err)
		}
		out[k+" "+u] = canonical(tm.t, d)
	}
	return out
}

func canonical(t testing.TB, v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	var x any
	_ = json.Unmarshal(b, &x)
	b, _ = json.Marshal(x)
	return string(b)
}

// sameContents fails with the differences of two contents.
func sameContents(t testing.TB, what string, a, b map[string]string) {
	t.Helper()
	var diff []string
	for k, v := range a {
		if b[k] != v {
			diff = append(diff, fmt.Sprintf("%s: %s ≠ %s", k, v, b[k]))
		}
	}
	for k, v := range b {
		if _, ok := a[k]; !ok {
			diff = append(diff, fmt.Sprintf("%s: missing ≠ %s", k, v))
		}
	}
	sort.Strings(diff)
	if len(diff) > 0 {
		if len(diff) > 8 {
			diff = append(diff[:8], fmt.Sprintf("… %d more", len(diff)-8))
		}
		t.Fatalf("%s differ:\n%s", what, strings.Join(diff, "\n"))
	}
}

// count returns a count(*) query's answer on a local file.
func count(t testing.TB, st *data.Store, query string, args ...any) int {
	t.Helper()
	var n int
	if err := st.SyncDB().QueryRow(query, args...).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// flagsOf are st's unresolved flags of field: rows deleted under unseen
// work (FieldDeleted), deletes made over it (FieldDeletedOver).
func flagsOf(t testing.TB, st *data.Store, field string) []Clash {
	t.Helper()
	cs, err := Clashes(context.Background(), st)
	if err != nil {
		t.Fatal(err)
	}
	var out []Clash
	for _, c := range cs {
		if c.What == "flag" && c.Field == field {
			out = append(out, c)
		}
	}
	return out
}

// oneFlag is st's one unresolved flag of field and the rows it set
// aside, failing unless there is exactly one; want says what it is for.
func oneFlag(t testing.TB, st *data.Store, field, want string) (Clash, []KeptRow) {
	t.Helper()
	flags := flagsOf(t, st, field)
	if len(flags) != 1 {
		t.Fatalf("%s flags = %+v, want one for %s", field, flags, want)
	}
	rows, err := DeletedRows(flags[0])
	if err != nil {
		t.Fatalf("set-aside rows of %+v: %v", flags[0], err)
	}
	return flags[0], rows
}

// restoreOver has the owner restore flag, a delete made over st's unseen
// work, once the flag and the withdrawal have reached the server and st
// (the owner's file then matching the server's), and syncs the restore
// to st.
func (tm *team) restoreOver(flag Clash, st *data.Store, s Server) {
	tm.t.Helper()
	syncOnce(tm.t, tm.owner, tm.boss)
	syncOnce(tm.t, st, s)
	sameContents(tm.t, "owner and server before the restore", contents(tm.t, tm.owner), tm.serverContents())
	if err := Resolve(context.Background(), tm.owner, flag.ID, true); err != nil {
		tm.t.Fatal(err)
	}
	syncOnce(tm.t, tm.owner, tm.boss)
	syncOnce(tm.t, st, s)
}

// syncOwnerFirst syncs the owner's laptop once, so that its changes
// reach the server first, then runs the owner's and st's syncers until
// both have sent and pulled all.
func (tm *team) syncOwnerFirst(st *data.Store, s Server) {
	tm.t.Helper()
	syncOnce(tm.t, tm.owner, tm.boss)
	start(tm.t, tm.owner, tm.boss)
	start(tm.t, st, s)
	tm.waitSynced(20*time.Second, tm.owner, st)
}

// sameAsOwner fails unless st's file (name's) and the server hold what
// the owner's file does.
func (tm *team) sameAsOwner(name string, st *data.Store) {
	tm.t.Helper()
	owner := contents(tm.t, tm.owner)
	sameContents(tm.t, "owner and "+name, owner, contents(tm.t, st))
	sameContents(tm.t, "owner and server", owner, tm.serverContents())
}
