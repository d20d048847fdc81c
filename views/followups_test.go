package views

import (
	"context"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"pacer/app"
)

// TestFollowUpRefusesADayAfterToday: a note is what was seen, so it is
// dated today at the latest. One dated 2032 for 2023 was added, and the
// plan's follow-up showed as not due for nine years.
func TestFollowUpRefusesADayAfterToday(t *testing.T) {
	ui, _, store := newStoreUI(t) // today is 2023-02-01
	ctx := context.Background()
	p := app.ActionPlan{Problem: "Sales below plan", Status: app.ActionInProgress, Start: app.NewDate(2022, 12, 1)}
	if err := store.CreateActionPlan(ctx, &p); err != nil {
		t.Fatal(err)
	}
	ui.openActionPlan(p)
	log := builtScreen[*actionsScreen](ui).editor.followUps
	log.date.SetText("2032-01-20")
	test.Type(log.note, "Orders picked up")
	test.Tap(log.add)
	notes, _ := store.FollowUps(ctx, p.ID)
	if len(notes) != 0 {
		t.Errorf("a note dated %s was added on 2023-02-01", notes[0].Date)
	}
	if !log.msg.Visible() || log.note.Text != "Orders picked up" {
		t.Errorf("message shown %v %q, note kept %q", log.msg.Visible(), log.msg.Text, log.note.Text)
	}
	log.date.SetText("2023-02-01")
	test.Tap(log.add)
	if notes, _ = store.FollowUps(ctx, p.ID); len(notes) != 1 || log.msg.Visible() {
		t.Errorf("a note dated today: %d notes, message %q", len(notes), log.msg.Text)
	}
}

// TestEffectOfAnActionNotStartedYet: the effect tab of a plan that starts
// after today says when it starts; it said no check-in had come in "since
// the action started".
func TestEffectOfAnActionNotStartedYet(t *testing.T) {
	ui, _, store := newStoreUI(t) // today is 2023-02-01
	ctx := context.Background()
	g := app.Goal{Title: "Shop sales 2023", Perspective: app.PerspectiveFinancial,
		Kind: app.KindIncrease, Unit: app.UnitCount, Aggregation: app.AggFlow, Target: 100,
		Start: app.NewDate(2023, 1, 1), End: app.NewDate(2023, 12, 31), Cadence: app.CadenceMonth, PlanBy: app.CadenceMonth}
	if err := store.CreateGoal(ctx, &g); err != nil {
		t.Fatal(err)
	}
	p := app.ActionPlan{Problem: "Summer promotion", Status: app.ActionPlanned, Start: app.NewDate(2023, 6, 1), GoalIDs: []int64{g.ID}}
	if err := store.CreateActionPlan(ctx, &p); err != nil {
		t.Fatal(err)
	}
	ui.openActionPlan(p)
	effects := builtScreen[*actionsScreen](ui).editor.effects
	if containsText(effects, "since the action started") || !containsText(effects, "2023-06-01") {
		t.Errorf("the effect of a plan starting 2023-06-01, seen 2023-02-01, reads %q", labelTexts(effects))
	}
}

// TestEffectNamesOtherActionsWithin: the effect of an action names another
// action on the same goal that started within the periods compared, as
// the change may be its too; an action on another goal is not named.
func TestEffectNamesOtherActionsWithin(t *testing.T) {
	ui, _, store := newStoreUI(t)
	ui.now = func() time.Time { return time.Date(2023, 8, 10, 9, 0, 0, 0, time.UTC) }
	ctx := context.Background()
	newGoal := func(title string) app.Goal {
		g := app.Goal{Title: title, Perspective: app.PerspectiveFinancial, Kind: app.KindIncrease, Unit: app.UnitCount,
			Aggregation: app.AggFlow, Target: 1200, Start: app.NewDate(2023, 1, 1), End: app.NewDate(2023, 12, 31),
			Cadence: app.CadenceMonth, PlanBy: app.CadenceMonth}
		if err := store.CreateGoal(ctx, &g); err != nil {
			t.Fatal(err)
		}
		return g
	}
	shop, web := newGoal("Shop sales 2023"), newGoal("Web sales 2023")
	for m, v := range []float64{90, 95, 100, 110, 120, 130, 140} {
		c := app.CheckIn{GoalID: shop.ID, PeriodKey: app.Period{Cadence: app.CadenceMonth, Year: 2023, Index: m + 1}.Key(), Value: v}
		if err := store.PutCheckIn(ctx, &c); err != nil {
			t.Fatal(err)
		}
	}
	plans := []app.ActionPlan{
		{Problem: "Price list", Status: app.ActionDone, Start: app.NewDate(2023, 4, 15), GoalIDs: []int64{shop.ID}},
		{Problem: "Summer promotion", Status: app.ActionInProgress, Start: app.NewDate(2023, 5, 20), GoalIDs: []int64{shop.ID, web.ID}},
		{Problem: "Web banner", Status: app.ActionInProgress, Start: app.NewDate(2023, 5, 1), GoalIDs: []int64{web.ID}},
	}
	for i := range plans {
		if err := store.CreateActionPlan(ctx, &plans[i]); err != nil {
			t.Fatal(err)
		}
	}
	ui.openActionPlan(plans[0])
	effects := builtScreen[*actionsScreen](ui).editor.effects
	want := "Another action on this goal started within the periods compared, so the change may be its too: “Summer promotion” (2023-05-20)."
	if !containsText(effects, want) || containsText(effects, "Web banner") {
		t.Errorf("the effect of the price list reads %q, want it to name the summer promotion alone", labelTexts(effects))
	}
}
