package team

import (
	"context"
	"fmt"
	"testing"
	"time"

	"pacer/app"
	"pacer/data"
)

// goalIDs are the file's goals.
func goalIDs(t testing.TB, st *data.Store) []int64 {
	t.Helper()
	gs, err := st.ListGoals(context.Background(), app.GoalFilter{})
	if err != nil || len(gs) == 0 {
		t.Fatalf("goals: %v (%d)", err, len(gs))
	}
	ids := make([]int64, len(gs))
	for i, g := range gs {
		ids[i] = g.ID
	}
	return ids
}

func actionID(t testing.TB, st *data.Store) int64 {
	t.Helper()
	as, err := st.ListActionPlans(context.Background(), app.ActionFilter{})
	if err != nil || len(as) == 0 {
		t.Fatalf("action plans: %v (%d)", err, len(as))
	}
	return as[0].ID
}

// Two laptops offline each add check-ins, follow-ups and feedback; both
// reconnect; both end identical to the server, nothing lost or doubled.
func TestTwoLaptopsOfflineThenReconnect(t *testing.T) {
	tm := newTeam(t, nil)
	ctx := context.Background()
	ann, annS := tm.member("ann", RoleMember)
	sameContents(t, "owner and a new member", contents(t, tm.owner), contents(t, ann))

	for i, st := range []*data.Store{tm.owner, ann} {
		goals := goalIDs(t, st)
		for q := 1; q <= 4; q++ {
			c := app.CheckIn{GoalID: goals[(q+i)%len(goals)], PeriodKey: fmt.Sprintf("2023-Q%d", q), Value: float64(100*q + i), Confidence: 7}
			if err := st.PutCheckIn(ctx, &c); err != nil {
				t.Fatal(err)
			}
		}
		for n := 0; n < 5; n++ {
			f := app.FollowUp{ActionID: actionID(t, st), Date: app.NewDate(2023, 5, 1+n), Note: fmt.Sprintf("laptop %d note %d", i, n)}
			if err := st.AddFollowUp(ctx, &f); err != nil {
				t.Fatal(err)
			}
		}
		if err := SaveFeedback(ctx, st, goals[0], "2023-Q2", fmt.Sprintf("feedback from laptop %d", i)); err != nil {
			t.Fatal(err)
		}
	}
	before := count(t, tm.owner, `SELECT count(*) FROM followups`)
	start(t, tm.owner, tm.boss)
	start(t, ann, annS)
	tm.waitSynced(20*time.Second, tm.owner, ann)

	server := tm.serverContents()
	sameContents(t, "owner and server", contents(t, tm.owner), server)
	sameContents(t, "member and server", contents(t, ann), server)
	if n := count(t, ann, `SELECT count(*) FROM followups`); n != before+5 {
		t.Errorf("follow-ups after sync = %d, want %d (owner's %d and the member's 5)", n, before+5, before)
	}
	if n := count(t, ann, `SELECT count(*) FROM team_feedback`); n != 2 {
		t.Errorf("feedback rows = %d, want one per author (2)", n)
	}
	if n := count(t, ann, `SELECT count(*) FROM checkin_totals_stale`); n != 0 {
		t.Errorf("%d goals' check-in totals left stale after the pull", n)
	}
	if n := count(t, ann, `SELECT count(*) FROM followups WHERE author = ?`, annS.User); n != 5 {
		t.Errorf("the member's follow-ups = %d, want 5 under their login", n)
	}
}

// Each of many check-ins saved one after another reaches the other laptop
// within seconds, even one saved while the previous was being pushed.
func TestEveryCheckInReachesTheOtherLaptop(t *testing.T) {
	tm := newTeam(t, nil)
	ann, annS := tm.member("ann", RoleMember)
	start(t, tm.owner, tm.boss)
	start(t, ann, annS)
	tm.waitSynced(20*time.Second, tm.owner, ann)
	ctx := context.Background()
	goal := goalIDs(t, ann)[0]
	ownerGoal := localID(t, tm.owner, ann, "goals", goal)
	for i := 0; i < scale(60, 20, 200); i++ {
		v := float64(1000 + i)
		c := app.CheckIn{GoalID: goal, PeriodKey: "2023-Q3", Value: v, Confidence: 5}
		if err := ann.PutCheckIn(ctx, &c); err != nil {
			t.Fatal(err)
		}
		began := time.Now()
		for {
			got, err := tm.owner.CheckInByPeriod(ctx, ownerGoal, "2023-Q3")
			if err == nil && got.Value == v {
				break
			}
			if time.Since(began) > 5*time.Second {
				t.Fatalf("check-in %d not on the other laptop after 5 s", i)
			}
			time.Sleep(2 * time.Millisecond)
		}
	}
}
