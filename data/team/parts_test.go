package team

import (
	"context"
	"fmt"
	"testing"
	"time"

	"pacer/app"
	"pacer/data"
)

// checkInOn saves a check-in of goal id's period on st as its login does
// at the check-in form: new, or replacing the one there.
func checkInOn(t testing.TB, st *data.Store, id int64, period string, v float64, note string) {
	t.Helper()
	c := app.CheckIn{GoalID: id, PeriodKey: period, Value: v, Confidence: 7, Note: note}
	if err := st.PutCheckIn(context.Background(), &c); err != nil {
		t.Fatal(err)
	}
}

// periodValue is the value the store reads for a goal's period, and
// whether the goal's running totals agree with its check-ins once the
// store has counted them. Pulled check-ins are counted into the totals
// after the pull's transaction (pullAll's SettleDerived), and waitSynced
// can see the cursor at the server's head in between: the screens read
// the check-ins meanwhile, but the totals' own table lags.
func periodValue(t testing.TB, st *data.Store, id int64, period string) (float64, bool) {
	t.Helper()
	st.SettleDerived(context.Background())
	c, err := st.CheckInByPeriod(context.Background(), id, period)
	if err != nil {
		t.Fatalf("check-in of %s: %v", period, err)
	}
	var total, sum float64
	if err := st.SyncDB().QueryRow(`SELECT total FROM checkin_totals WHERE goal_id = ? ORDER BY period_key DESC LIMIT 1`, id).Scan(&total); err != nil {
		t.Fatal(err)
	}
	if err := st.SyncDB().QueryRow(`SELECT total(value) FROM checkins WHERE goal_id = ?`, id).Scan(&sum); err != nil {
		t.Fatal(err)
	}
	return c.Value, total == sum
}

func partsText(t testing.TB, st *data.Store, id int64, period string) string {
	t.Helper()
	ps, err := CheckInParts(context.Background(), st, id, period)
	if err != nil {
		t.Fatal(err)
	}
	s := ""
	for _, p := range ps {
		s += fmt.Sprintf("%s=%v(%s) ", p.Author, p.Value, p.Note)
	}
	return s
}

// On a goal whose owner says its team check-ins add up, two managers
// check in their own parts of one quarter offline, one corrects hers: on
// every laptop the quarter's value is the sum of each author's latest
// part, the running totals agree, and each part is listed by author. A
// member cannot switch it, nor add a part under another name.
func TestTeamCheckInsAddUp(t *testing.T) {
	tm := newTeam(t, nil)
	ctx := context.Background()
	ann, annS := tm.member("ann", RoleMember)
	bob, bobS := tm.member("bob", RoleMember)
	id := goalIDs(t, tm.owner)[0]
	if err := SetAddsUp(ctx, tm.owner, id, true); err != nil {
		t.Fatal(err)
	}
	cycleOnce(t, tm.owner, tm.boss)
	cycleOnce(t, ann, annS)
	cycleOnce(t, bob, bobS)
	annID, bobID := localID(t, ann, tm.owner, "goals", id), localID(t, bob, tm.owner, "goals", id)
	if on, _ := AddsUp(ctx, ann); !on[annID] {
		t.Fatal("the owner's setting did not reach the member")
	}
	const q = "2023-Q4"
	checkInOn(t, ann, annID, q, 100, "east")
	checkInOn(t, bob, bobID, q, 250, "west")
	checkInOn(t, ann, annID, q, 120, "east, corrected")
	if v, _ := periodValue(t, ann, annID, q); v != 120 {
		t.Fatalf("offline, ann's quarter = %v, want her own 120", v)
	}
	start(t, tm.owner, tm.boss)
	start(t, ann, annS)
	start(t, bob, bobS)
	tm.waitSynced(20*time.Second, tm.owner, ann, bob)

	wantParts := fmt.Sprintf("%s=120(east, corrected) %s=250(west) ", annS.User, bobS.User)
	for name, f := range map[string]struct {
		st *data.Store
		id int64
	}{"owner": {tm.owner, id}, "ann": {ann, annID}, "bob": {bob, bobID}} {
		v, agree := periodValue(t, f.st, f.id, q)
		if v != 370 || !agree {
			t.Errorf("%s: the quarter = %v (totals agree %v), want the parts' sum 370", name, v, agree)
		}
		if got := partsText(t, f.st, f.id, q); got != wantParts {
			t.Errorf("%s: parts %q, want %q", name, got, wantParts)
		}
		if cs, _ := Clashes(ctx, f.st); len(cs) != 0 {
			t.Errorf("%s: clashes %+v, want none", name, cs)
		}
	}
	sameContents(t, "owner and ann", contents(t, tm.owner), contents(t, ann))
	sameContents(t, "owner and bob", contents(t, tm.owner), contents(t, bob))

	// Bob takes his check-in back: his part goes, ann's still counts.
	c, err := bob.CheckInByPeriod(ctx, bobID, q)
	if err != nil {
		t.Fatal(err)
	}
	if err := bob.DeleteCheckIn(ctx, c.ID); err != nil {
		t.Fatal(err)
	}
	tm.waitSynced(20*time.Second, tm.owner, ann, bob)
	for name, f := range map[string]struct {
		st *data.Store
		id int64
	}{"owner": {tm.owner, id}, "ann": {ann, annID}, "bob": {bob, bobID}} {
		if v, agree := periodValue(t, f.st, f.id, q); v != 120 || !agree {
			t.Errorf("%s: after bob took his part back the quarter = %v (totals agree %v), want ann's 120", name, v, agree)
		}
	}

	// A member's part under another name, or the switch itself: refused.
	conn, err := connect(ctx, annS, pw)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	e := &engine{client: "hand-made"}
	res, err := e.send(ctx, conn, []*outgoing{{ID: "p1", Kind: "checkin_parts", UID: `["x","2023-Q4","` + bobS.User + `"]`, Op: "put",
		Doc: doc{"goal_id": "x", "period_key": q, "value": 1, "author": bobS.User}}})
	if err != nil || len(res) != 1 || res[0].refused != "own_name" {
		t.Fatalf("a part under bob's name from ann: %v %+v, want refused own_name", err, res)
	}
	if err := SetAddsUp(ctx, ann, annID, false); err != nil {
		t.Fatal(err)
	}
	tm.waitSynced(20*time.Second, tm.owner, ann, bob)
	if on, _ := AddsUp(ctx, ann); !on[annID] {
		t.Error("a member switched the goal's check-ins off adding up")
	}
}

// A member who checks in offline before learning that the goal adds up
// sends an ordinary check-in: every laptop takes it as that member's part,
// so the sums still agree.
func TestCheckInBeforeTheSettingArrivesCountsAsAPart(t *testing.T) {
	tm := newTeam(t, nil)
	ctx := context.Background()
	ann, annS := tm.member("ann", RoleMember)
	bob, bobS := tm.member("bob", RoleMember)
	id := goalIDs(t, tm.owner)[0]
	annID, bobID := localID(t, ann, tm.owner, "goals", id), localID(t, bob, tm.owner, "goals", id)
	if err := SetAddsUp(ctx, tm.owner, id, true); err != nil {
		t.Fatal(err)
	}
	cycleOnce(t, tm.owner, tm.boss)
	cycleOnce(t, bob, bobS)
	const q = "2023-Q4"
	checkInOn(t, ann, annID, q, 100, "east, not knowing")
	checkInOn(t, bob, bobID, q, 250, "west")
	cycleOnce(t, bob, bobS)
	start(t, tm.owner, tm.boss)
	start(t, ann, annS)
	start(t, bob, bobS)
	tm.waitSynced(20*time.Second, tm.owner, ann, bob)
	for name, f := range map[string]struct {
		st *data.Store
		id int64
	}{"owner": {tm.owner, id}, "ann": {ann, annID}, "bob": {bob, bobID}} {
		if v, agree := periodValue(t, f.st, f.id, q); v != 350 || !agree {
			t.Errorf("%s: the quarter = %v (totals agree %v), want 100 + 250", name, v, agree)
		}
	}
}
