package team

import (
	"context"
	"testing"
	"time"

	"pacer/app"
	"pacer/data"
)

// Two owners write the gap analysis of one goal and period offline: the
// first in the server's order is kept, the second's differing fields are
// clashes to choose from (nothing replaced without asking), both laptops
// end identical, and choosing the second's text keeps it everywhere. A
// member may not write a gap analysis: the server refuses it.
func TestOwnersGapAnalysesClash(t *testing.T) {
	tm := newTeam(t, nil)
	ctx := context.Background()
	bob, bobS := tm.member("bob", RoleOwner)
	id := goalIDs(t, tm.owner)[0]
	bobID := localID(t, bob, tm.owner, "goals", id)
	mine := app.Review{GoalID: id, PeriodKey: "2023-Q4", CauseCategory: "market_demand", CauseText: "boss: orders fell", TeamFeedback: "same words"}
	his := app.Review{GoalID: bobID, PeriodKey: "2023-Q4", CauseCategory: "pricing", CauseText: "bob: prices rose", TeamFeedback: "same words",
		Measures: []app.Measure{{Text: "bob's measure"}}}
	if err := tm.owner.SaveReview(ctx, &mine); err != nil {
		t.Fatal(err)
	}
	if err := bob.SaveReview(ctx, &his); err != nil {
		t.Fatal(err)
	}
	tm.syncOwnerFirst(bob, bobS) // the owner's analysis reaches the server first

	for name, st := range map[string]*data.Store{"owner": tm.owner, "bob": bob} {
		seesGapClashes(t, name, st, bobS.User)
	}
	got, err := bob.ReviewByPeriod(ctx, bobID, "2023-Q4")
	if err != nil || got.CauseText != "boss: orders fell" || got.CauseCategory != "market_demand" || got.Author != tm.boss.User {
		t.Fatalf("bob's analysis = %+v, %v; want the first one kept, under its author", got, err)
	}
	if len(got.Measures) != 1 || got.Measures[0].Text != "bob's measure" {
		t.Errorf("bob's measures = %+v, want his one measure kept", got.Measures)
	}
	sameContents(t, "after the clash", contents(t, tm.owner), contents(t, bob))

	cs, _ := Clashes(ctx, bob)
	for _, c := range cs {
		if err := Resolve(ctx, bob, c.ID, c.Field == "cause_text"); err != nil {
			t.Fatal(err)
		}
	}
	tm.waitSynced(20*time.Second, tm.owner, bob)
	if got, _ := tm.owner.ReviewByPeriod(ctx, id, "2023-Q4"); got == nil || got.CauseText != "bob: prices rose" || got.CauseCategory != "market_demand" {
		t.Fatalf("after choosing bob's cause, the owner has %+v", got)
	}
	if cs, _ := Clashes(ctx, tm.owner); len(cs) != 0 {
		t.Fatalf("resolved clashes still shown: %+v", cs)
	}
	sameContents(t, "after choosing", contents(t, tm.owner), contents(t, bob))
	sameContents(t, "owner and server", contents(t, tm.owner), tm.serverContents())
	memberRefusedGapAnalysis(t, tm)
}

// seesGapClashes checks that st shows the two clashing fields of the gap
// analysis, set aside from author.
func seesGapClashes(t *testing.T, name string, st *data.Store, author string) {
	t.Helper()
	cs, err := Clashes(context.Background(), st)
	if err != nil || len(cs) != 2 {
		t.Fatalf("%s sees clashes %+v, %v; want two (cause and its category)", name, cs, err)
	}
	want := map[string][2]string{"cause_category": {`"market_demand"`, `"pricing"`}, "cause_text": {`"boss: orders fell"`, `"bob: prices rose"`}}
	for _, c := range cs {
		w, ok := want[c.Field]
		if c.What != "clash" || c.Kind != "reviews" || !ok || c.Theirs != w[0] || c.Mine != w[1] || c.Author != author || c.GoalID == 0 || c.Period != "2023-Q4" {
			t.Errorf("%s sees %+v", name, c)
		}
	}
}

// memberRefusedGapAnalysis pushes a gap analysis as a member by hand: the
// server refuses it as an owner's.
func memberRefusedGapAnalysis(t *testing.T, tm *team) {
	ctx := context.Background()
	m := Member{Login: tm.db + "_cleo", Name: "cleo", Role: RoleMember}
	if err := AddMember(ctx, tm.boss, pw, m, pw); err != nil {
		t.Fatal(err)
	}
	s := tm.boss
	s.User = m.Login
	conn, err := connect(ctx, s, pw)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	before := tm.serverCount(`SELECT count(*) FROM pacer.changes WHERE kind = 'reviews'`)
	e := &engine{client: "hand-made-" + s.User}
	res, err := e.send(ctx, conn, []*outgoing{{ID: "r1", Kind: "reviews", UID: "member-review", Op: "put",
		Doc: doc{"period_key": "2023-Q3", "cause_text": "member's words", "author": s.User}}})
	if err != nil || len(res) != 1 || res[0].refused != "owner_only" {
		t.Fatalf("a member's gap analysis: %v %+v, want refused as the owners'", err, res)
	}
	if n := tm.serverCount(`SELECT count(*) FROM pacer.changes WHERE kind = 'reviews'`); n != before {
		t.Errorf("the member's gap analysis reached the server's log (%d → %d changes)", before, n)
	}
}

// TestActionStepKeepsItsGapMeasure: a plan's step made from a gap measure
// reaches another laptop naming that laptop's copy of the measure, so the
// plan marked done there reads the measure done in its review too.
func TestActionStepKeepsItsGapMeasure(t *testing.T) {
	tm := newTeam(t, nil)
	ctx := context.Background()
	bob, bobS := tm.member("bob", RoleOwner)
	id := goalIDs(t, tm.owner)[0]
	r := app.Review{GoalID: id, PeriodKey: "2023-Q3", Measures: []app.Measure{{Text: "Call distributors"}}}
	if err := tm.owner.SaveReview(ctx, &r); err != nil {
		t.Fatal(err)
	}
	a := app.ActionPlan{Problem: "Behind in Q3", Status: app.ActionDone, ReviewID: &r.ID,
		Measures: []app.Measure{{Text: "Call distributors", FromID: r.Measures[0].ID}}}
	if err := tm.owner.CreateActionPlan(ctx, &a); err != nil {
		t.Fatal(err)
	}
	// Bob's own measures take the first numbers in his file: the owner's
	// measure has another number there.
	bobGoal := localID(t, bob, tm.owner, "goals", id)
	own := app.Review{GoalID: bobGoal, PeriodKey: "2023-Q2", Measures: []app.Measure{{Text: "bob's"}, {Text: "bob's too"}}}
	if err := bob.SaveReview(ctx, &own); err != nil {
		t.Fatal(err)
	}
	start(t, tm.owner, tm.boss)
	start(t, bob, bobS)
	tm.waitSynced(20*time.Second, tm.owner, bob)

	got, err := bob.ReviewByPeriod(ctx, bobGoal, "2023-Q3")
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Measures) != 1 || !got.Measures[0].Completed() {
		t.Fatalf("bob's measures = %+v, want the one its plan did", got.Measures)
	}
	plan, err := bob.ActionPlanByID(ctx, localID(t, bob, tm.owner, "action_plans", a.ID))
	if err != nil || plan.Measures[0].FromID != got.Measures[0].ID {
		t.Errorf("bob's step = %+v, %v; want it made from his measure %d", plan.Measures, err, got.Measures[0].ID)
	}
}
