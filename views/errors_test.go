package views

import (
	"context"
	"testing"

	"pacer/app"
)

// TestStoreMessagesNamePeriodsAsScreensDo checks that a period key in a
// store message reads as the screens write the period, and that other
// arguments stay as they are.
func TestStoreMessagesNamePeriodsAsScreensDo(t *testing.T) {
	_, _, store := newStoreUI(t)
	g := saveSeedGoal(t, store, "Sales 2023")
	ctx := context.Background()
	c := app.CheckIn{GoalID: g.ID, PeriodKey: "2023-Q1", Value: 5}
	if err := store.CreateCheckIn(ctx, &c); err != nil {
		t.Fatal(err)
	}
	err := store.CreateCheckIn(ctx, &app.CheckIn{GoalID: g.ID, PeriodKey: "2023-03", Value: 6})
	if got, want := userMessage(err), "Mar 2023 is not a quarter: “Sales 2023” is checked in quarterly. Enter a quarter, such as 2023-Q1."; got != want {
		t.Errorf("message %q, want %q", got, want)
	}
	err = store.CreateCheckIn(ctx, &app.CheckIn{GoalID: g.ID, PeriodKey: "2024-01", Value: 6})
	if got, want := userMessage(err), "Jan 2024 lies outside the goal's dates (2023-01-01 to 2023-12-31)."; got != want {
		t.Errorf("message %q, want %q", got, want)
	}
}
