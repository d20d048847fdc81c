package views

import (
	"context"
	"testing"

	"fyne.io/fyne/v2/test"

	"pacer/app"
	"pacer/data/team"
)

// An owner ticks a goal in Settings → Team so its team check-ins add up:
// the file keeps it, and a check-in of the period is that login's part.
// A member sees the setting but cannot change it.
func TestOwnerMakesTeamCheckInsAddUp(t *testing.T) {
	ui, _, _ := linkedUI(t, liWei, zhangMin)
	store := ui.deps.Store
	g := saveSeedGoal(t, store, "Sales 2023")
	a := teamTab(t, ui).linked.addsUp
	c := a.checks[g.ID]
	if c == nil || !a.content.Visible() || c.Disabled() {
		t.Fatal("the owner has no enabled “Team check-ins add up” choice for the goal")
	}
	test.Tap(c)
	ctx := context.Background()
	if on, _ := team.AddsUp(ctx, store); !on[g.ID] {
		t.Fatal("ticking the goal did not make its check-ins add up")
	}
	ci := app.CheckIn{GoalID: g.ID, PeriodKey: "2023-Q1", Value: 8_000_000, Confidence: 7}
	if err := store.PutCheckIn(ctx, &ci); err != nil {
		t.Fatal(err)
	}
	if parts, _ := team.CheckInParts(ctx, store, g.ID, "2023-Q1"); len(parts) != 1 || parts[0].Value != 8_000_000 {
		t.Fatalf("parts = %+v, want the check-in as one part", parts)
	}

	member, _, _ := linkedUI(t, teamMember{Login: "li.wei", Name: "Li Wei", Role: roleMember}, zhangMin)
	mg := saveSeedGoal(t, member.deps.Store, "Sales 2023")
	if c := teamTab(t, member).linked.addsUp.checks[mg.ID]; c == nil || !c.Disabled() {
		t.Error("a member can change whether the goal's check-ins add up")
	}
}
