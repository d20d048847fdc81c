package team

import (
	"context"
	"testing"

	"pacer/app"
	"pacer/data"
)

// An owner deletes a check-in offline after another owner's edit of it
// reached the server: the edit is set aside on the deleter's laptop, and
// restoring it brings the check-in back to both with the edit. Before,
// the edit vanished everywhere, unsaid.
func TestOwnerDeleteOverAnEditSetsItAside(t *testing.T) {
	tm := newTeam(t, nil)
	ctx := context.Background()
	bob, bobS := tm.member("bob", RoleOwner)
	id := goalIDs(t, tm.owner)[0]
	first := app.CheckIn{GoalID: id, PeriodKey: "2023-Q3", Value: 10}
	if err := tm.owner.PutCheckIn(ctx, &first); err != nil {
		t.Fatal(err)
	}
	syncOnce(t, tm.owner, tm.boss)
	syncOnce(t, bob, bobS)
	bobGoal := localID(t, bob, tm.owner, "goals", id)
	edit := app.CheckIn{GoalID: bobGoal, PeriodKey: "2023-Q3", Value: 20, Note: "bob's"}
	if err := bob.PutCheckIn(ctx, &edit); err != nil {
		t.Fatal(err)
	}
	syncOnce(t, bob, bobS)
	if err := tm.owner.DeleteCheckIn(ctx, first.ID); err != nil { // not having seen bob's 20
		t.Fatal(err)
	}
	syncOnce(t, tm.owner, tm.boss)
	flag, rows := oneFlag(t, tm.owner, FieldDeletedOver, "bob's edit")
	if !keptCheckIn(rows, "2023-Q3", "20") {
		t.Fatalf("set-aside rows = %+v; want bob's 20, unseen", rows)
	}
	if err := Resolve(ctx, tm.owner, flag.ID, true); err != nil {
		t.Fatal(err)
	}
	syncOnce(t, tm.owner, tm.boss)
	syncOnce(t, bob, bobS)
	syncOnce(t, tm.owner, tm.boss)
	for name, st := range map[string]*data.Store{"owner": tm.owner, "bob": bob} {
		g := id
		if st == bob {
			g = bobGoal
		}
		if got, err := st.CheckInByPeriod(ctx, g, "2023-Q3"); err != nil || got.Value != 20 || got.Note != "bob's" {
			t.Errorf("%s's restored check-in = %+v, %v; want bob's 20", name, got, err)
		}
	}
	tm.sameAsOwner("bob", bob)
}

// An owner deletes a goal offline after a member's check-in on it reached
// the server: the check-in is set aside with the goal on the owner's
// laptop, withdrawn from the server, and restoring it brings both back
// to the member. Before, the member's check-in vanished, unsaid.
func TestOwnerGoalDeleteOverACheckInSetsItAside(t *testing.T) {
	tm := newTeam(t, nil)
	ctx := context.Background()
	ann, annS := tm.member("ann", RoleMember)
	id := goalIDs(t, tm.owner)[0]
	g, _ := tm.owner.GoalByID(ctx, id)
	c := app.CheckIn{GoalID: localID(t, ann, tm.owner, "goals", id), PeriodKey: "2023-Q3", Value: 4321, Note: "ann online"}
	if err := ann.PutCheckIn(ctx, &c); err != nil {
		t.Fatal(err)
	}
	syncOnce(t, ann, annS)
	if err := tm.owner.DeleteGoal(ctx, id); err != nil { // not having seen ann's check-in
		t.Fatal(err)
	}
	syncOnce(t, tm.owner, tm.boss)
	flag, rows := oneFlag(t, tm.owner, FieldDeletedOver, "ann's check-in")
	if len(rows) == 0 || rows[0].Kind != "goals" || !keptCheckIn(rows, "2023-Q3", "4321") {
		t.Fatalf("set-aside rows = %+v; want the goal and ann's check-in", rows)
	}
	tm.restoreOver(flag, ann, annS)
	back := goalTitled(t, ann, g.Title)
	if got, err := ann.CheckInByPeriod(ctx, back, "2023-Q3"); err != nil || got.Value != 4321 {
		t.Fatalf("ann's restored check-in = %+v, %v", got, err)
	}
	sameContents(t, "owner and ann", contents(t, tm.owner), contents(t, ann))
}

// An owner deletes a goal offline after another owner's review of it, with
// a gap measure, reached the server: the measure is set aside with the
// review and withdrawn from the server with it, and restoring brings it
// back. Before, only the goal's own rows were; the measure stayed on the
// server under a review no laptop had, and a restore came back without it.
func TestOwnerGoalDeleteOverAReviewKeepsItsMeasures(t *testing.T) {
	tm := newTeam(t, nil)
	ctx := context.Background()
	bob, bobS := tm.member("bob", RoleOwner)
	id := goalIDs(t, tm.owner)[0]
	g, _ := tm.owner.GoalByID(ctx, id)
	r := app.Review{GoalID: localID(t, bob, tm.owner, "goals", id), PeriodKey: "2023-Q3",
		CauseText: "bob's", Measures: []app.Measure{{Text: "Call distributors"}}}
	if err := bob.SaveReview(ctx, &r); err != nil {
		t.Fatal(err)
	}
	syncOnce(t, bob, bobS)
	if err := tm.owner.DeleteGoal(ctx, id); err != nil { // not having seen bob's review
		t.Fatal(err)
	}
	syncOnce(t, tm.owner, tm.boss)
	flag, rows := oneFlag(t, tm.owner, FieldDeletedOver, "bob's review")
	if !keptKind(rows, "reviews") || !keptKind(rows, "review_measures") {
		t.Fatalf("set-aside rows = %+v; want the review and its measure", rows)
	}
	tm.restoreOver(flag, bob, bobS)
	got, err := bob.ReviewByPeriod(ctx, goalTitled(t, bob, g.Title), "2023-Q3")
	if err != nil || got.CauseText != "bob's" || len(got.Measures) != 1 || got.Measures[0].Text != "Call distributors" {
		t.Fatalf("bob's restored review = %+v, %v; want it with its measure", got, err)
	}
	sameContents(t, "owner and bob", contents(t, tm.owner), contents(t, bob))
}

func keptKind(rows []KeptRow, kind string) bool {
	for _, r := range rows {
		if r.Kind == kind {
			return true
		}
	}
	return false
}
