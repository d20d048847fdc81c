package views

import (
	"context"
	"slices"
	"testing"

	"fyne.io/fyne/v2/test"

	"pacer/app"
	"pacer/data/team"
)

// An owner ticks a goal in Settings → Team so its team check-ins add up:
// the file keeps it, and a check-in of the period is that login's part.
// A member sees the setting but cannot change it.
func TestOwnerMakesTeamCheckInsAddUp(t *testing.T) {
	ui, f, _ := linkedUI(t, liWei, zhangMin)
	store := ui.deps.Store
	g := saveSeedGoal(t, store, "Sales 2023")
	a := teamTab(t, ui).linked.addsUp
	c := a.checks.checkOf(slices.Index(a.ids, g.ID))
	if c == nil || !a.content.Visible() || c.Disabled() {
		t.Fatal("the owner has no enabled “Team check-ins add up” choice for the goal")
	}
	test.Tap(c)
	ctx := context.Background()
	if on, _ := team.AddsUp(ctx, store); !on[g.ID] {
		t.Fatal("ticking the goal did not make its check-ins add up")
	}
	if _, err := store.SyncDB().Exec(`UPDATE sync_state SET login = 'li.wei'`); err != nil { // as a linked file has
		t.Fatal(err)
	}
	ci := app.CheckIn{GoalID: g.ID, PeriodKey: "2023-Q1", Value: 8_000_000, Confidence: 7}
	if err := store.PutCheckIn(ctx, &ci); err != nil {
		t.Fatal(err)
	}
	if parts, _ := team.CheckInParts(ctx, store, g.ID, "2023-Q1"); len(parts) != 1 || parts[0].Value != 8_000_000 {
		t.Fatalf("parts = %+v, want the check-in as one part", parts)
	}

	// The check-in form lists each person's part of the period.
	knowNames(f.linked[store], liWei, zhangMin)
	if _, err := store.SyncDB().Exec(`INSERT INTO checkin_parts (goal_id, period_key, author, value, confidence, updated_at)
		VALUES (?, '2023-Q1', 'zhang.min', 4000000, 6, '2023-04-02T00:00:00Z')`, g.ID); err != nil {
		t.Fatal(err)
	}
	if got, _ := store.CheckInByPeriod(ctx, g.ID, "2023-Q1"); got == nil || got.Value != 12_000_000 {
		t.Fatalf("the quarter = %+v, want the parts' sum 12,000,000", got)
	}
	form := newCheckInForm(depsOf[checkInFormStore](ui), g, nil, nil)
	form.period.SetSelected(periodKeyName("2023-Q1"))
	want := periodKeyName("2023-Q1") + " adds up each person's part: Li Wei CN¥8,000,000, Zhang Min CN¥4,000,000, together CN¥12,000,000. Saving replaces your part only."
	if !form.existing.Visible() || form.existing.Text != want {
		t.Errorf("the form says %q, want %q", form.existing.Text, want)
	}

	// Saving replaces your own part without asking about the whole sum.
	form.value.entry.SetText("9000000")
	form.onSave()
	if got, _ := store.CheckInByPeriod(ctx, g.ID, "2023-Q1"); got == nil || got.Value != 13_000_000 {
		t.Fatalf("after saving 9,000,000 as your part the quarter = %+v, want 13,000,000", got)
	}
	if top := ui.win.Canvas().Overlays().Top(); top != nil && containsLabelPart(top, "Replace it with") {
		t.Error("saving your part asked to replace the period's sum")
	}
	// Editing the period edits your part, not the sum.
	sum, _ := store.CheckInByPeriod(ctx, g.ID, "2023-Q1")
	edit := newCheckInForm(depsOf[checkInFormStore](ui), g, sum, nil)
	if edit.value.entry.Text != "9,000,000" && edit.value.entry.Text != "9000000" {
		t.Errorf("editing the period offers %q, want your part 9,000,000", edit.value.entry.Text)
	}

	member, _, _ := linkedUI(t, teamMember{Login: "li.wei", Name: "Li Wei", Role: roleMember}, zhangMin)
	mg := saveSeedGoal(t, member.deps.Store, "Sales 2023")
	if a := teamTab(t, member).linked.addsUp; a.checks.checkOf(slices.Index(a.ids, mg.ID)) == nil || !a.checks.checkOf(slices.Index(a.ids, mg.ID)).Disabled() {
		t.Error("a member can change whether the goal's check-ins add up")
	}
}

// “Mine” on the dashboard counts a goal whose check-ins add up where you
// checked in a part, even when someone else's part came last.
func TestMineCountsYourPartOfASum(t *testing.T) {
	ui, f, _ := linkedUI(t, liWei, zhangMin)
	store := ui.deps.Store
	knowNames(f.linked[store], liWei, zhangMin)
	ctx := context.Background()
	g := saveSeedGoal(t, store, "Sales 2023")
	g.Owner = "Zhang Min"
	if err := store.UpdateGoal(ctx, &g); err != nil {
		t.Fatal(err)
	}
	if err := team.SetAddsUp(ctx, store, g.ID, true); err != nil {
		t.Fatal(err)
	}
	for _, p := range []struct {
		author, at string
		v          float64
	}{{"li.wei", "2023-04-01T00:00:00Z", 8e6}, {"zhang.min", "2023-04-02T00:00:00Z", 4e6}} {
		if _, err := store.SyncDB().Exec(`INSERT INTO checkin_parts (goal_id, period_key, author, value, confidence, updated_at)
			VALUES (?, '2023-Q1', ?, ?, 7, ?)`, g.ID, p.author, p.v, p.at); err != nil {
			t.Fatal(err)
		}
	}
	d := newDashboardScreen(ui.dashboardDeps())
	d.owner.SetSelected("Mine")
	if len(d.shown) != 1 || d.shown[0].Goal.ID != g.ID {
		t.Errorf("Mine shows %d goals, want the one with your part", len(d.shown))
	}
}

// A milestone is done or not: the owner is not offered to make its team
// check-ins add up, where two parts of "done" summed to 2.
func TestMilestoneIsNotOfferedToAddUp(t *testing.T) {
	ui, _, _ := linkedUI(t, liWei, zhangMin)
	store := ui.deps.Store
	g := saveSeedGoal(t, store, "Sales 2023")
	m := app.Goal{Title: "Open the Shenzhen shop", Perspective: app.PerspectiveCustomer, Kind: app.KindMilestone,
		Unit: app.UnitCount, Aggregation: app.AggLevel, Target: 1, Start: app.NewDate(2023, 1, 1),
		End: app.NewDate(2023, 12, 31), Cadence: app.CadenceQuarter, PlanBy: app.CadenceQuarter}
	if err := store.CreateGoal(context.Background(), &m); err != nil {
		t.Fatal(err)
	}
	a := teamTab(t, ui).linked.addsUp
	if !slices.Contains(a.ids, g.ID) || slices.Contains(a.ids, m.ID) {
		t.Errorf("the choices list goals %v; want %d, not the milestone %d", a.ids, g.ID, m.ID)
	}
}
