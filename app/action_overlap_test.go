package app_test

import (
	"testing"

	"pacer/app"
	"pacer/app/internal/testkit"
)

// TestActionsWithin: another action on the same goal that started within
// the periods an action's effect compares is named beside it, since the
// change is in the same figures; one started outside them, one on
// another goal, a dropped one and the action itself are not.
func TestActionsWithin(t *testing.T) {
	g := testkit.EffectGoal(app.KindIncrease, app.AggFlow, app.CadenceMonth, 12_000_000, 0)
	g.ID = 7
	values := testkit.Vals("2023-01", 900_000, "2023-02", 950_000, "2023-03", 1_000_000, "2023-04", 1_100_000,
		"2023-05", 1_200_000, "2023-06", 1_300_000, "2023-07", 1_400_000)
	self := app.ActionPlan{ID: 1, Problem: "Price list", Start: app.NewDate(2023, 4, 15), GoalIDs: []int64{7}}
	r := app.Effect(app.Calendar{}, g, testkit.MonthlyPlan(1e6), values, self.Start, app.NewDate(2023, 7, 10))
	plan := func(id int64, problem string, start app.Date, status app.ActionStatus, goals ...int64) app.ActionPlan {
		return app.ActionPlan{ID: id, Problem: problem, Start: start, Status: status, GoalIDs: goals}
	}
	plans := []app.ActionPlan{
		self,
		plan(2, "Summer promotion", app.NewDate(2023, 5, 20), app.ActionInProgress, 3, 7),
		plan(3, "New shop", app.NewDate(2023, 1, 1), app.ActionDone, 7), // the first day compared
		plan(4, "Hiring", app.NewDate(2022, 12, 31), app.ActionDone, 7), // the day before
		plan(5, "Autumn fair", app.NewDate(2023, 7, 1), app.ActionPlanned, 7),
		plan(6, "Web shop", app.NewDate(2023, 5, 1), app.ActionInProgress, 3),
		plan(7, "Radio ads", app.NewDate(2023, 5, 1), app.ActionDropped, 7),
		plan(8, "Flyers", app.Date{}, app.ActionPlanned, 7),
	}
	got := app.Calendar{}.ActionsWithin(g, r, self.ID, plans)
	var names []string
	for _, p := range got {
		names = append(names, p.Problem)
	}
	if len(names) != 2 || names[0] != "New shop" || names[1] != "Summer promotion" {
		t.Errorf("actions within January–June = %q, want New shop and Summer promotion", names)
	}
	if got := (app.Calendar{}).ActionsWithin(g, app.EffectResult{}, self.ID, plans); got != nil {
		t.Errorf("with nothing compared: %+v", got)
	}
}
