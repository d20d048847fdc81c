package team

import (
	"context"
	"testing"

	"github.com/jackc/pgx/v5"

	"pacer/app"
	"pacer/data"
)

// syncOnce pushes and pulls st once as login s.
func syncOnce(t testing.TB, st *data.Store, s Server) {
	t.Helper()
	onServer(t, st, s, func(ctx context.Context, e *engine, conn *pgx.Conn) error { return e.cycle(ctx, conn) })
}

// syncRefused pushes and pulls st once as login s, a refusal of the
// server being no failure.
func syncRefused(t testing.TB, st *data.Store, s Server) {
	t.Helper()
	onServer(t, st, s, func(ctx context.Context, e *engine, conn *pgx.Conn) error {
		if _, _, err := e.pushAll(ctx, conn); err != nil {
			return err
		}
		_, err := e.pullAll(ctx, conn)
		return err
	})
}

// A member checks in offline on a goal the owner deletes meanwhile: when
// the member syncs, the goal goes, but the check-in is set aside in a
// flag on both laptops, naming the goal, and the owner restoring it brings
// the goal back to everyone with the member's check-in, under their name.
// Before, the check-in vanished with the goal, unsaid.
func TestOfflineCheckInOnDeletedGoalKept(t *testing.T) {
	tm := newTeam(t, nil)
	ctx := context.Background()
	ann, annS := tm.member("ann", RoleMember)
	id := goalIDs(t, tm.owner)[0]
	g, err := tm.owner.GoalByID(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	annGoal := localID(t, ann, tm.owner, "goals", id)
	c := app.CheckIn{GoalID: annGoal, PeriodKey: "2023-Q3", Value: 4321, Confidence: 6, Note: "ann offline"}
	if err := ann.PutCheckIn(ctx, &c); err != nil {
		t.Fatal(err)
	}
	if err := tm.owner.DeleteGoal(ctx, id); err != nil {
		t.Fatal(err)
	}
	syncOnce(t, tm.owner, tm.boss)
	syncOnce(t, ann, annS)
	if _, err := ann.GoalByID(ctx, annGoal); err == nil {
		t.Fatal("the goal the owner deleted is still on the member's laptop")
	}
	_, rows := oneFlag(t, ann, FieldDeleted, "the goal, on the member's laptop")
	if len(rows) == 0 || rows[0].Kind != "goals" || rows[0].Doc["title"] != g.Title {
		t.Fatalf("set-aside rows = %+v; want the goal %q first", rows, g.Title)
	}
	if !keptCheckIn(rows, "2023-Q3", "4321") {
		t.Fatalf("the member's check-in is not among the set-aside rows: %+v", rows)
	}

	syncOnce(t, ann, annS) // the flag, made by the pull, goes with the next push
	syncOnce(t, tm.owner, tm.boss)
	owners, _ := oneFlag(t, tm.owner, FieldDeleted, "the member's, on the owner's laptop")
	if err := Resolve(ctx, tm.owner, owners.ID, true); err != nil {
		t.Fatal(err)
	}
	syncOnce(t, tm.owner, tm.boss)
	syncOnce(t, ann, annS)
	syncOnce(t, tm.owner, tm.boss)
	back := goalTitled(t, ann, g.Title)
	got, err := ann.CheckInByPeriod(ctx, back, "2023-Q3")
	if err != nil || got.Value != 4321 || got.Note != "ann offline" {
		t.Fatalf("restored check-in on the member's laptop = %+v, %v; want ann's 4321", got, err)
	}
	if n := count(t, ann, `SELECT count(*) FROM checkins WHERE goal_id = ? AND author = ?`, back, annS.User); n != 1 {
		t.Errorf("the restored check-in is not under the member's login")
	}
	if fs := flagsOf(t, ann, FieldDeleted); len(fs) != 0 {
		t.Errorf("the restored goal's flag is still shown to the member: %+v", fs)
	}
	tm.sameAsOwner("member", ann) // after the restore
}

// A member lets go of the work set aside from a deleted goal: the flag
// closes for everyone and nothing comes back.
func TestDeletedGoalWorkLetGo(t *testing.T) {
	tm := newTeam(t, nil)
	ctx := context.Background()
	ann, annS := tm.member("ann", RoleMember)
	id := goalIDs(t, tm.owner)[0]
	c := app.CheckIn{GoalID: localID(t, ann, tm.owner, "goals", id), PeriodKey: "2023-Q3", Value: 7}
	if err := ann.PutCheckIn(ctx, &c); err != nil {
		t.Fatal(err)
	}
	if err := tm.owner.DeleteGoal(ctx, id); err != nil {
		t.Fatal(err)
	}
	syncOnce(t, tm.owner, tm.boss)
	syncOnce(t, ann, annS)
	flag, _ := oneFlag(t, ann, FieldDeleted, "the goal")
	goals := count(t, ann, `SELECT count(*) FROM goals`)
	if err := Resolve(ctx, ann, flag.ID, false); err != nil {
		t.Fatal(err)
	}
	syncOnce(t, ann, annS)
	syncOnce(t, tm.owner, tm.boss)
	if fs := flagsOf(t, tm.owner, FieldDeleted); len(fs) != 0 {
		t.Errorf("a flag let go of is still shown to the owner: %+v", fs)
	}
	if n := count(t, ann, `SELECT count(*) FROM goals`); n != goals {
		t.Errorf("goals after letting go = %d, want %d", n, goals)
	}
	sameContents(t, "owner and member", contents(t, tm.owner), contents(t, ann))
}

// A pulled delete of a goal nobody worked on unseen deletes it, no flag.
func TestDeletedGoalWithoutUnseenWorkNoFlag(t *testing.T) {
	tm := newTeam(t, nil)
	ann, annS := tm.member("ann", RoleMember)
	id := goalIDs(t, tm.owner)[0]
	if err := tm.owner.DeleteGoal(context.Background(), id); err != nil {
		t.Fatal(err)
	}
	syncOnce(t, tm.owner, tm.boss)
	syncOnce(t, ann, annS)
	if fs := flagsOf(t, ann, FieldDeleted); len(fs) != 0 {
		t.Fatalf("flags after a plain delete = %+v, want none", fs)
	}
}

// keptCheckIn reports whether rows hold an unseen check-in of period with
// value.
func keptCheckIn(rows []KeptRow, period, value string) bool {
	for _, r := range rows {
		if r.Kind == "checkins" && r.Unseen && r.Doc["period_key"] == period && stringOf(r.Doc["value"]) == value {
			return true
		}
	}
	return false
}

func stringOf(v any) string {
	if n, ok := v.(interface{ String() string }); ok {
		return n.String()
	}
	return ""
}

// goalTitled is the local id of the goal of title, failing when none.
func goalTitled(t testing.TB, st *data.Store, title string) int64 {
	t.Helper()
	var id int64
	if err := st.SyncDB().QueryRow(`SELECT id FROM goals WHERE title = ?`, title).Scan(&id); err != nil {
		t.Fatalf("no goal %q: %v", title, err)
	}
	return id
}

// An owner edits a goal and its check-in offline while another owner
// deletes the goal: the push meets the goal's tombstone, and the goal
// with the edit and the check-in is set aside, not dropped; restored, it
// comes back to both with the edited target and value, and the check-in
// the server took back in meanwhile is withdrawn there. Before, the edit
// and the check-in went with the goal, unsaid.
func TestOfflineGoalEditOnDeletedGoalKept(t *testing.T) {
	tm := newTeam(t, nil)
	ctx := context.Background()
	bob, bobS := tm.member("bob", RoleOwner)
	id := goalIDs(t, tm.owner)[0]
	bobID := localID(t, bob, tm.owner, "goals", id)
	first := app.CheckIn{GoalID: bobID, PeriodKey: "2023-Q3", Value: 1}
	if err := bob.PutCheckIn(ctx, &first); err != nil {
		t.Fatal(err)
	}
	syncOnce(t, bob, bobS)
	syncOnce(t, tm.owner, tm.boss)

	g, _ := bob.GoalByID(ctx, bobID)
	g.Target = 77_000_001
	if err := bob.UpdateGoal(ctx, g); err != nil {
		t.Fatal(err)
	}
	edit := app.CheckIn{GoalID: bobID, PeriodKey: "2023-Q3", Value: 555}
	if err := bob.PutCheckIn(ctx, &edit); err != nil {
		t.Fatal(err)
	}
	if err := tm.owner.DeleteGoal(ctx, id); err != nil {
		t.Fatal(err)
	}
	syncOnce(t, tm.owner, tm.boss)
	syncOnce(t, bob, bobS)
	flag, rows := oneFlag(t, bob, FieldDeleted, "the goal, on bob's laptop")
	if len(rows) == 0 || !rows[0].Unseen || stringOf(rows[0].Doc["target"]) != "77000001" {
		t.Fatalf("set-aside goal = %+v; want bob's edited target, unseen", rows)
	}
	if !keptCheckIn(rows, "2023-Q3", "555") {
		t.Fatalf("bob's check-in edit is not among the unseen set-aside rows: %+v", rows)
	}
	if err := Resolve(ctx, bob, flag.ID, true); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 2; i++ {
		syncOnce(t, bob, bobS)
		syncOnce(t, tm.owner, tm.boss)
	}
	back := goalTitled(t, tm.owner, g.Title)
	if got, err := tm.owner.GoalByID(ctx, back); err != nil || got.Target != 77_000_001 {
		t.Fatalf("restored goal on the owner's laptop = %+v, %v; want bob's target", got, err)
	}
	if got, err := tm.owner.CheckInByPeriod(ctx, back, "2023-Q3"); err != nil || got.Value != 555 {
		t.Fatalf("restored check-in = %+v, %v; want bob's 555", got, err)
	}
	tm.sameAsOwner("bob", bob)
}

// A member edits their action plan offline while the owner deletes its
// goal: the plan and the edit stay on both laptops; only the link to the
// deleted goal goes, set aside with the goal as the member's unseen work.
func TestOfflineActionPlanEditOnDeletedGoalKept(t *testing.T) {
	tm := newTeam(t, nil)
	ctx := context.Background()
	ann, annS := tm.member("ann", RoleMember)
	a, err := tm.owner.ActionPlanByID(ctx, actionID(t, tm.owner))
	if err != nil || len(a.GoalIDs) == 0 {
		t.Fatalf("sample action plan = %+v, %v; want one with a goal", a, err)
	}
	a.Owner = "ann"
	if err := tm.owner.UpdateActionPlan(ctx, a); err != nil {
		t.Fatal(err)
	}
	syncOnce(t, tm.owner, tm.boss)
	syncOnce(t, ann, annS)

	mine, err := ann.ActionPlanByID(ctx, localID(t, ann, tm.owner, "action_plans", a.ID))
	if err != nil {
		t.Fatal(err)
	}
	mine.Strategy = "ann's offline strategy"
	if err := ann.UpdateActionPlan(ctx, mine); err != nil {
		t.Fatal(err)
	}
	if err := tm.owner.DeleteGoal(ctx, a.GoalIDs[0]); err != nil {
		t.Fatal(err)
	}
	syncOnce(t, tm.owner, tm.boss)
	syncOnce(t, ann, annS)
	syncOnce(t, ann, annS)
	syncOnce(t, tm.owner, tm.boss)
	for name, st := range map[string]*data.Store{"owner": tm.owner, "ann": ann} {
		got, err := st.ActionPlanByID(ctx, actionID(t, st))
		if err != nil || got.Strategy != "ann's offline strategy" {
			t.Errorf("%s's action plan = %+v, %v; want ann's strategy kept", name, got, err)
		}
	}
	sameContents(t, "owner and ann", contents(t, tm.owner), contents(t, ann))
}

// One member deletes a check-in offline while another edits it: in either
// order the edit is on every laptop in the end, never dropped unsaid.
func TestCheckInDeletedWhileEditedKeepsTheEdit(t *testing.T) {
	for _, deleteFirst := range []bool{false, true} {
		tm := newTeam(t, nil)
		ctx := context.Background()
		ann, annS := tm.member("ann", RoleMember)
		bob, bobS := tm.member("bob", RoleMember)
		annGoal := goalIDs(t, ann)[0]
		first := app.CheckIn{GoalID: annGoal, PeriodKey: "2023-Q3", Value: 10}
		if err := ann.PutCheckIn(ctx, &first); err != nil {
			t.Fatal(err)
		}
		syncOnce(t, ann, annS)
		syncOnce(t, bob, bobS)
		bobGoal := localID(t, bob, ann, "goals", annGoal)
		if err := ann.DeleteCheckIn(ctx, first.ID); err != nil {
			t.Fatal(err)
		}
		edit := app.CheckIn{GoalID: bobGoal, PeriodKey: "2023-Q3", Value: 20, Note: "bob's"}
		if err := bob.PutCheckIn(ctx, &edit); err != nil {
			t.Fatal(err)
		}
		order := []func(){func() { syncRefused(t, bob, bobS) }, func() { syncRefused(t, ann, annS) }}
		if deleteFirst {
			order[0], order[1] = order[1], order[0]
		}
		order[0]()
		order[1]()
		syncRefused(t, bob, bobS)
		syncRefused(t, ann, annS)
		for name, st := range map[string]*data.Store{"ann": ann, "bob": bob} {
			g := annGoal
			if st == bob {
				g = bobGoal
			}
			if got, err := st.CheckInByPeriod(ctx, g, "2023-Q3"); err != nil || got.Value != 20 {
				t.Errorf("delete first %v: %s's check-in = %+v, %v; want bob's edit 20", deleteFirst, name, got, err)
			}
		}
		sameContents(t, "ann and bob", contents(t, ann), contents(t, bob))
	}
}
