package views

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"pacer/app"
	"pacer/app/sample"
	"pacer/data"
)

// saveSeedGoal stores the seed's sales goal with a quarterly plan and history.
func saveSeedGoal(t *testing.T, store *data.Store, title string) app.Goal {
	t.Helper()
	base := 50_000_000.0
	g := app.Goal{Title: title, Perspective: app.PerspectiveFinancial, Owner: "Li Wei",
		Kind: app.KindIncrease, Unit: app.UnitCurrency, UnitLabel: "CNY", Aggregation: app.AggFlow,
		Baseline: &base, Target: 60_000_000, Start: app.NewDate(2023, 1, 1), End: app.NewDate(2023, 12, 31),
		Cadence: app.CadenceQuarter, PlanBy: app.CadenceQuarter, Rationale: "Largest market"}
	plan := []app.PeriodTarget{{PeriodKey: "2023-Q1", Target: 10_000_000}, {PeriodKey: "2023-Q2", Target: 14_000_000},
		{PeriodKey: "2023-Q3", Target: 16_000_000}, {PeriodKey: "2023-Q4", Target: 20_000_000}}
	var history []app.HistoryValue
	for i, v := range []float64{9e6, 10e6, 10.5e6, 12e6, 10.5e6, 11.5e6, 13e6, 15e6} {
		key := fmt.Sprintf("%d-Q%d", 2021+i/4, i%4+1)
		history = append(history, app.HistoryValue{PeriodKey: key, Value: v})
	}
	if err := store.SaveGoalSetup(context.Background(), app.GoalSetup{Goal: &g, Plan: plan, History: history}); err != nil {
		t.Fatal(err)
	}
	return g
}

func TestGoalsListArchiveAndRestore(t *testing.T) {
	ui, _, store := newStoreUI(t)
	g := saveSeedGoal(t, store, "In 2023 raise North-America sales by 20%")
	gs := ui.goals()
	if len(gs.rows) != 1 || gs.rows[0].goal.ID != g.ID {
		t.Fatalf("list shows %d goals", len(gs.rows))
	}
	gs.onArchive(*gs.rows[0].goal)
	if len(gs.rows) != 0 {
		t.Errorf("an archived goal is still listed")
	}
	gs.showArchived.SetChecked(true)
	if len(gs.rows) != 1 || !gs.rows[0].goal.Archived {
		t.Fatalf("Show archived does not show the archived goal")
	}
	gs.onArchive(*gs.rows[0].goal)
	saved, _ := store.GoalByID(context.Background(), g.ID)
	if saved.Archived {
		t.Error("Restore left the goal archived")
	}
}

func TestGoalsSearch(t *testing.T) {
	ui, _, store := newStoreUI(t)
	saveSeedGoal(t, store, "North-America sales 2023")
	saveSeedGoal(t, store, "Europe sales 2023")
	gs := ui.goals()
	test.Type(gs.search, "europe")
	if len(gs.rows) != 1 || gs.rows[0].goal.Title != "Europe sales 2023" {
		t.Errorf("search found %d goals", len(gs.rows))
	}
}

func TestGoalsDeleteAsksAndSaysWhatGoes(t *testing.T) {
	ui, w, store := newStoreUI(t)
	g := saveSeedGoal(t, store, "Sales 2023")
	if err := store.CreateCheckIn(context.Background(), &app.CheckIn{GoalID: g.ID, PeriodKey: "2023-Q1", Value: 8_000_000}); err != nil {
		t.Fatal(err)
	}
	gs := ui.goals()
	gs.onDelete(*gs.rows[0].goal)
	overlay := w.Canvas().Overlays().Top()
	if overlay == nil {
		t.Fatal("Delete asked nothing")
	}
	if !containsText(overlay, "check-ins: 1, history values: 8, plan revisions: 1") {
		t.Error("the confirmation does not say what is deleted with the goal")
	}
	test.Tap(findButton(t, overlay, "Delete"))
	if _, err := store.GoalByID(context.Background(), g.ID); app.ErrorCode(err) != app.ENotFound {
		t.Errorf("goal still there after Delete: %v", err)
	}
	if len(gs.rows) != 0 {
		t.Error("the list still shows the deleted goal")
	}
}

func TestGoalsEditKeepsPlanAndCheckIns(t *testing.T) {
	ui, _, store := newStoreUI(t)
	g := saveSeedGoal(t, store, "Sales 2023")
	ctx := context.Background()
	if err := store.CreateCheckIn(ctx, &app.CheckIn{GoalID: g.ID, PeriodKey: "2023-Q1", Value: 8_000_000}); err != nil {
		t.Fatal(err)
	}
	gs := ui.goals()
	gs.onEdit(*gs.rows[0].goal)
	wiz := gs.wizard
	if wiz == nil {
		t.Fatal("Edit opened no wizard")
	}
	spec := wiz.steps[1].(*specificStep)
	if spec.titleEntry.Text != "Sales 2023" {
		t.Fatalf("the wizard shows title %q", spec.titleEntry.Text)
	}
	spec.titleEntry.SetText("In 2023 raise North-America sales by 20%")
	for wiz.step < len(wiz.steps)-1 {
		test.Tap(wiz.next)
	}
	test.Tap(wiz.save)
	if gs.wizard != nil {
		t.Fatalf("Save failed: %+v", wiz.report)
	}
	saved, _ := store.GoalByID(ctx, g.ID)
	if saved.Title != "In 2023 raise North-America sales by 20%" || saved.Target != 60_000_000 {
		t.Errorf("saved goal = %+v", saved)
	}
	revs, _ := store.PlanRevisions(ctx, g.ID)
	if len(revs) != 1 {
		t.Errorf("an edit of the title added a plan revision: %d revisions", len(revs))
	}
	cs, _ := store.CheckIns(ctx, g.ID)
	if len(cs) != 1 {
		t.Errorf("the edit lost check-ins: %d left", len(cs))
	}
	hist, _ := store.History(ctx, g.ID)
	if len(hist) != 8 {
		t.Errorf("the edit changed history: %d values", len(hist))
	}
}

// containsText reports whether a label inside o holds text.
func containsText(o fyne.CanvasObject, text string) bool {
	found := false
	walk(o, func(c fyne.CanvasObject) {
		if l, ok := c.(*widget.Label); ok && strings.Contains(l.Text, text) {
			found = true
		}
	})
	return found
}

// TestGoalsEditRefusesDatesThatDropCheckIns moves a goal's year past its
// check-in in the wizard: the store refuses, the wizard says why and stays
// open with the user's dates, and the goal is unchanged.
func TestGoalsEditRefusesDatesThatDropCheckIns(t *testing.T) {
	ui, w, store := newStoreUI(t)
	g := saveSeedGoal(t, store, "Quarterly sales")
	ctx := context.Background()
	if err := store.CreateCheckIn(ctx, &app.CheckIn{GoalID: g.ID, PeriodKey: "2023-Q1", Value: 8_000_000}); err != nil {
		t.Fatal(err)
	}
	gs := ui.goals()
	gs.onEdit(*gs.rows[0].goal)
	wiz := gs.wizard
	dates, plan := stepOf[*timeStep](wiz), stepOf[*planStep](wiz)
	for wiz.steps[wiz.step] != wizardStep(dates) {
		test.Tap(wiz.next)
	}
	start, end := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2024, 12, 31, 0, 0, 0, 0, time.UTC)
	dates.start.SetDate(&start)
	dates.end.SetDate(&end)
	test.Tap(wiz.next)
	test.Tap(wiz.next)
	plan.split.SetSelected(splitLabel(splitEven)) // the old plan's quarters are all outside 2024
	for wiz.step < len(wiz.steps)-1 {
		test.Tap(wiz.next)
	}
	test.Tap(wiz.save)
	if gs.wizard == nil {
		t.Fatal("the wizard closed as if the goal was saved")
	}
	overlay := w.Canvas().Overlays().Top()
	if overlay == nil || !containsText(overlay, "the check-in for 2023-Q1 would fall outside the goal") {
		t.Error("no message says that the 2023-Q1 check-in would fall outside the new dates")
	}
	if dates.start.Date == nil || !dates.start.Date.Equal(start) {
		t.Error("the wizard lost the start date the user typed")
	}
	saved, _ := store.GoalByID(ctx, g.ID)
	if saved.Start != g.Start || saved.End != g.End {
		t.Errorf("the goal's dates changed to %v–%v", saved.Start, saved.End)
	}
}

// TestGoalListStatusesAsFromEveryCheckIn reads the goal list of the sample
// plan (flow and level goals, quarterly and monthly, seen mid-year), whose
// statuses come from the store's running totals, and checks each status
// and SMART check against those worked out from every check-in.
func TestGoalListStatusesAsFromEveryCheckIn(t *testing.T) {
	ui, _, store := newStoreUI(t)
	ui.now = func() time.Time { return sampleAsOf }
	if err := sample.LoadSample(context.Background(), store, "en"); err != nil {
		t.Fatal(err)
	}
	gs := ui.goals()
	snap, err := ui.deps.Store.Snapshot(context.Background(), app.GoalFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(gs.rows) != len(snap.Goals) || len(gs.rows) == 0 {
		t.Fatalf("the list shows %d goals, the file has %d", len(gs.rows), len(snap.Goals))
	}
	cal, today, th := ui.calendar(), ui.today(), ui.thresholds()
	for _, r := range gs.rows {
		g := *r.goal
		want := app.StatusOf(cal, g, snap.Plans[g.ID], app.ValuesFromCheckIns(snap.CheckIns[g.ID]), today, th)
		si := smartInputOf(cal, today, g, snap.Plans[g.ID], snap.History[g.ID])
		si.Actuals = app.ValuesFromCheckIns(snap.CheckIns[g.ID])
		smart := app.CheckSMART(si)
		if r.status != want || worstVerdict(r.smart) != worstVerdict(smart) {
			t.Errorf("%s: %s, SMART %s; from every check-in %s, SMART %s", g.Title, r.status,
				worstVerdict(r.smart), want, worstVerdict(smart))
		}
	}
}
