package team

import (
	"context"
	"testing"

	"pacer/app"
	"pacer/data"
)

// checkInNote reads the note and confidence of a goal's check-in.
func checkInNote(t *testing.T, st *data.Store, goal int64, period string) (string, int) {
	t.Helper()
	var note string
	var conf int
	if err := st.SyncDB().QueryRow(`SELECT note, confidence FROM checkins WHERE goal_id = ? AND period_key = ?`, goal, period).Scan(&note, &conf); err != nil {
		t.Fatal(err)
	}
	return note, conf
}

// checkInID is the row of a goal's check-in.
func checkInID(t *testing.T, st *data.Store, goal int64, period string) int64 {
	t.Helper()
	var id int64
	if err := st.SyncDB().QueryRow(`SELECT rowid FROM checkins WHERE goal_id = ? AND period_key = ?`, goal, period).Scan(&id); err != nil {
		t.Fatal(err)
	}
	return id
}

// Two laptops edit one check-in offline. The same value with other notes:
// the latest counts and the earlier note is flagged, not replaced unsaid.
// One changes only the note, the other only the value: both are kept.
func TestOneCheckInEditedOnTwoLaptops(t *testing.T) {
	tm := newTeam(t, nil)
	ctx := context.Background()
	ann, annS := tm.member("ann", RoleMember)
	id := goalIDs(t, tm.owner)[0]
	aid := localID(t, ann, tm.owner, "goals", id)
	put := func(st *data.Store, goal int64, period string, v float64, conf int, note string) {
		t.Helper()
		c := app.CheckIn{GoalID: goal, PeriodKey: period, Value: v, Confidence: conf, Note: note}
		if err := st.PutCheckIn(ctx, &c); err != nil {
			t.Fatal(err)
		}
	}
	put(tm.owner, id, "2023-Q1", 50, 7, "first")
	put(tm.owner, id, "2023-Q2", 80, 7, "first")
	cycleOnce(t, tm.owner, tm.boss)
	cycleOnce(t, ann, annS)

	put(tm.owner, id, "2023-Q1", 60, 7, "owner: big deal closed")
	put(ann, aid, "2023-Q1", 60, 3, "ann: at risk")
	put(tm.owner, id, "2023-Q2", 80, 7, "owner: note only")
	put(ann, aid, "2023-Q2", 90, 7, "first")
	cycleOnce(t, tm.owner, tm.boss)
	cycleOnce(t, ann, annS)
	cycleOnce(t, tm.owner, tm.boss)

	fields := map[string]Clash{}
	all, err := Clashes(ctx, tm.owner)
	if err != nil {
		t.Fatal(err)
	}
	var cs []Clash
	q1 := checkInID(t, tm.owner, id, "2023-Q1")
	for _, c := range all {
		if c.RowID == q1 {
			fields[c.Field] = c
			cs = append(cs, c)
		}
	}
	if c, ok := fields["note"]; !ok || c.What != "flag" || c.Theirs != `"owner: big deal closed"` || c.Mine != `"ann: at risk"` {
		t.Errorf("flags %+v; want the owner's replaced note flagged", cs)
	}
	if len(cs) != 1 {
		t.Errorf("flags %+v; want the note of Q1 only (ann's confidence changed alone, the values are the same)", cs)
	}
	if note, conf := checkInNote(t, tm.owner, id, "2023-Q1"); note != "ann: at risk" || conf != 3 {
		t.Errorf("Q1 = %q, %d; want the latest, ann's", note, conf)
	}
	for name, st := range map[string]*data.Store{"owner": tm.owner, "ann": ann} {
		g := id
		if st == ann {
			g = aid
		}
		if note, _ := checkInNote(t, st, g, "2023-Q2"); note != "owner: note only" {
			t.Errorf("%s: Q2 note %q; want the owner's, which ann did not touch", name, note)
		}
	}
	tm.sameAsOwner("ann", ann)
}
