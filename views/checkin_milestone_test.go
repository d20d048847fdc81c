package views

import (
	"context"
	"database/sql"
	"testing"
	"time"

	"fyne.io/fyne/v2"

	"pacer/app"
	"pacer/data"
)

// saveMilestone stores a quarterly milestone of 2023 and returns it.
func saveMilestone(t *testing.T, store *data.Store, title string) app.Goal {
	t.Helper()
	g := app.Goal{Title: title, Perspective: app.PerspectiveProcess, Owner: "Li Wei", Kind: app.KindMilestone,
		Unit: app.UnitCount, Aggregation: app.AggLevel, Target: 1, Start: app.NewDate(2023, 1, 1),
		End: app.NewDate(2023, 12, 31), Cadence: app.CadenceQuarter, PlanBy: app.CadenceQuarter}
	if err := store.CreateGoal(context.Background(), &g); err != nil {
		t.Fatal(err)
	}
	return g
}

// TestCheckInFormMilestoneIsDoneOrNot: a milestone's check-in is chosen,
// done or not done, never typed. Saving with nothing chosen says so at the
// value and saves nothing; Done saves 1. Editing a 7 kept from before the
// rule (from when the goal counted up) shows nothing chosen rather than a
// guess, and Not done corrects it to 0.
func TestCheckInFormMilestoneIsDoneOrNot(t *testing.T) {
	ui, _, store := newStoreUI(t)
	ctx := context.Background()
	g := saveMilestone(t, store, "Open the Shanghai shop")

	f := newCheckInForm(depsOf[checkInFormStore](ui), g, nil, nil)
	f.show()
	if f.done == nil || containsObject(f.object(), f.value.entry) {
		t.Fatal("a milestone's form asks for a number rather than done or not done")
	}
	f.onSave()
	if f.value.msg.Hidden || f.value.msg.Text != "Choose whether 2023-Q1 is done." {
		t.Errorf("saving with nothing chosen says %q (hidden %v)", f.value.msg.Text, f.value.msg.Hidden)
	}
	if cs, _ := store.CheckIns(ctx, g.ID); len(cs) != 0 {
		t.Fatalf("nothing chosen saved %+v", cs)
	}
	f.done.SetSelected("Done")
	f.onSave()
	c, err := store.CheckInByPeriod(ctx, g.ID, "2023-Q1")
	if err != nil || c.Value != 1 {
		t.Fatalf("Done saved %+v, %v; want 1", c, err)
	}

	// A 7 stored before the rule, by an older Pacer: neither the store nor
	// a change of the goal's kind lets one in now.
	db, err := sql.Open("sqlite", store.Path())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`INSERT INTO checkins (goal_id, period_key, value, confidence, note, created_at, updated_at)
		VALUES (?, '2023-Q2', 7, 5, '', '2023-07-01T00:00:00Z', '2023-07-01T00:00:00Z')`, g.ID); err != nil {
		t.Fatal(err)
	}
	db.Close()
	seven, err := store.CheckInByPeriod(ctx, g.ID, "2023-Q2")
	if err != nil {
		t.Fatal(err)
	}
	f = newCheckInForm(depsOf[checkInFormStore](ui), g, seven, nil)
	f.show()
	if f.done.SelectedIndex() != -1 {
		t.Errorf("a kept 7 shows as %q, want nothing chosen", f.done.Selected)
	}
	f.done.SetSelected("Not done")
	f.onSave()
	if c, err := store.CheckInByPeriod(ctx, g.ID, "2023-Q2"); err != nil || c.Value != 0 {
		t.Fatalf("Not done saved %+v, %v; want 0", c, err)
	}
}

// TestBulkCheckInMilestoneRow: a milestone's row of 7 is marked as it is
// typed, with the milestone's message, and saving writes no row; a 1
// saves.
func TestBulkCheckInMilestoneRow(t *testing.T) {
	ui, _, store := newStoreUI(t)
	ui.now = func() time.Time { return time.Date(2023, 4, 5, 9, 0, 0, 0, time.UTC) }
	ctx := context.Background()
	sales := saveSeedGoal(t, store, "Sales 2023")
	shop := saveMilestone(t, store, "Open the Shanghai shop")
	bulk := newBulkCheckIn(depsOf[bulkStore](ui), nil)
	for i, p := range bulk.periods {
		if p.Key() == "2023-Q1" {
			bulk.period.SetSelectedIndex(i)
		}
	}
	bulk.show()
	row := -1
	for i, l := range bulk.rows.lines {
		if l.goal.ID == shop.ID {
			row = i
		}
	}
	bulk.rows.item(1 - row).value.entry.SetText("8,000,000")
	bulk.rows.item(row).value.entry.SetText("7")
	if msg := bulk.rows.item(row).value.msg; msg.Hidden || msg.Text != "7 is not a milestone's value: enter 1 when it is done, 0 when it is not." {
		t.Errorf("the milestone's 7 is marked %q (hidden %v)", msg.Text, msg.Hidden)
	}
	bulk.onSave()
	if msg := bulk.rows.item(row).value.msg; msg.Hidden {
		t.Error("after Save the milestone's 7 is no longer marked")
	}
	for _, g := range []app.Goal{sales, shop} {
		if cs, _ := store.CheckIns(ctx, g.ID); len(cs) != 0 {
			t.Fatalf("a milestone's 7 let %d check-ins through", len(cs))
		}
	}
	bulk.rows.item(row).value.entry.SetText("1")
	bulk.onSave()
	if c, err := store.CheckInByPeriod(ctx, shop.ID, "2023-Q1"); err != nil || c.Value != 1 {
		t.Errorf("the milestone saved %+v, %v; want 1", c, err)
	}
}

// containsObject reports whether o is, or holds, want.
func containsObject(o, want fyne.CanvasObject) bool {
	found := false
	walk(o, func(c fyne.CanvasObject) { found = found || c == want })
	return found
}

// TestMilestoneReadsDoneNotOne: wherever a milestone's check-in, target
// or expectation is shown as a figure (the dashboard card, the check-in
// list, the goal detail's table), it reads Done or Not done, as the
// check-in form writes it, not 1 or 0.
func TestMilestoneReadsDoneNotOne(t *testing.T) {
	ui, _, store := newStoreUI(t)
	ui.now = func() time.Time { return time.Date(2023, 7, 10, 12, 0, 0, 0, time.Local) }
	g := saveMilestone(t, store, "Open the Shanghai shop")
	for key, v := range map[string]float64{"2023-Q1": 0, "2023-Q2": 1} {
		if err := store.PutCheckIn(context.Background(), &app.CheckIn{GoalID: g.ID, PeriodKey: key, Value: v}); err != nil {
			t.Fatal(err)
		}
	}
	paces, _ := loadWholePaces(ui, ui.deps.Store)
	f := paceFiguresOf(paces[0])
	if f.actual != "Done" || f.target != "Done" {
		t.Errorf("the card reads actual %q, target %q; want Done", f.actual, f.target)
	}
	d := newGoalDetail(depsOf[goalDetailStore](ui), paces[0], func() {}, func() {})
	if !tableHas(d.table, "Not done") || !tableHas(d.table, "Done") || tableHas(d.table, "1") {
		t.Errorf("the detail table writes %v, want Done and Not done", d.table.cells)
	}
	ui.showScreen(screenCheckIns)
	s := builtScreen[*checkInsScreen](ui)
	if s.goal == nil || s.goal.ID != g.ID || len(s.checkIns) != 2 {
		t.Fatalf("the check-in list shows goal %v with %d check-ins", s.goal, len(s.checkIns))
	}
	row := s.newHistoryRow()
	s.updateHistoryRow(1, row)
	if !containsText(row, "Done  ·  confidence 0/10") {
		t.Error("the check-in list does not write the milestone's check-in as Done")
	}
}
