package team

import (
	"context"
	"testing"

	"github.com/jackc/pgx/v5"
)

// A change of 1,200 rows saved at once (an import) goes to the server in
// batches; the connection drops after the first. Nothing of it is on the
// server and the other laptop pulls none of it, then all of it once the
// push is retried: before, each batch committed alone and the other
// laptop pulled 500 of the 1,200.
func TestPushCutOffLeavesNothingHalf(t *testing.T) {
	tm := newTeam(t, nil)
	ctx := context.Background()
	ann, annS := tm.member("ann", RoleMember)
	base := tm.serverCount(`SELECT count(*) FROM pacer.rows WHERE kind = 'followups'`)
	queueFollowUps(t, tm.owner, 1200, "imported")
	e, err := newEngine(ctx, tm.owner)
	if err != nil {
		t.Fatal(err)
	}
	conn, err := connect(ctx, tm.boss, pw)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { testHookSent = nil }()
	testHookSent = func(c *pgx.Conn) { c.Close(ctx) }
	if _, _, err := e.pushAll(ctx, conn); err == nil {
		t.Fatal("push over a closed connection succeeded")
	}
	testHookSent = nil
	if n := tm.serverCount(`SELECT count(*) FROM pacer.rows WHERE kind = 'followups'`) - base; n != 0 {
		t.Fatalf("server holds %d of the 1,200 after the cut push, want none", n)
	}
	cycleOnce(t, ann, annS)
	if n := count(t, ann, `SELECT count(*) FROM followups WHERE note LIKE 'imported %'`); n != 0 {
		t.Fatalf("ann pulled %d of the 1,200, want none", n)
	}
	cycleOnce(t, tm.owner, tm.boss)
	cycleOnce(t, ann, annS)
	if n := count(t, ann, `SELECT count(*) FROM followups WHERE note LIKE 'imported %'`); n != 1200 {
		t.Fatalf("ann has %d of the 1,200 after the retry", n)
	}
	sameContents(t, "owner and ann", contents(t, tm.owner), contents(t, ann))
}
