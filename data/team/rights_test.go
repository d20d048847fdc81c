package team

import (
	"context"
	"testing"
)

// A member edits the action plans they own, and only those: the server
// refuses a change to someone else's plan, and a plan of theirs given to
// someone else, with the action-owner reason.
func TestMemberEditsOnlyTheirActionPlans(t *testing.T) {
	tm := newTeam(t, nil)
	ctx := context.Background()
	_, annS := tm.member("ann", RoleMember)
	push := func(s Server, id, uid, owner string) string {
		t.Helper()
		conn, err := connect(ctx, s, pw)
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close(ctx)
		e := &engine{client: "hand-made-" + s.User}
		res, err := e.send(ctx, conn, []*outgoing{{ID: id, Kind: "action_plans", UID: uid, Op: "put",
			Doc: doc{"problem": "stock-outs " + id, "owner": owner}}})
		if err != nil || len(res) != 1 {
			t.Fatalf("push %s: %v %+v", id, err, res)
		}
		return res[0].refused
	}
	if r := push(tm.boss, "a1", "plan-boss", "Boss"); r != "" {
		t.Fatalf("the owner's action plan refused: %s", r)
	}
	if r := push(annS, "a2", "plan-boss", "ann"); r != "action_owner" {
		t.Errorf("ann took over the owner's action plan: refused %q", r)
	}
	if r := push(annS, "a3", "plan-ann", "ann"); r != "" {
		t.Errorf("ann's own action plan (by name) refused: %s", r)
	}
	if r := push(annS, "a4", "plan-ann-2", annS.User); r != "" {
		t.Errorf("ann's own action plan (by login) refused: %s", r)
	}
	if r := push(annS, "a5", "plan-ann", "Boss"); r != "action_owner" {
		t.Errorf("ann gave her action plan to someone else: refused %q", r)
	}
	if n := tm.serverCount(`SELECT count(*) FROM pacer.rows WHERE kind = 'action_plans' AND doc->>'owner' = 'ann'`); n != 1 {
		t.Errorf("%d of ann's action plans on the server by name, want 1", n)
	}
}
