package views

import (
	"context"
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"pacer/app"
)

// TestGoalDetailGapReadsAsInTheReview checks that the goal detail writes a
// percent goal's gap as the review list and charts do (−2.0 pp, without a
// relative change beside it), and a currency goal's gap with its share.
func TestGoalDetailGapReadsAsInTheReview(t *testing.T) {
	ui, _, store := newStoreUI(t)
	ctx := context.Background()
	base := 9.0
	share := app.Goal{Title: "Market share", Owner: "Li Wei", Perspective: app.PerspectiveCustomer,
		Kind: app.KindIncrease, Unit: app.UnitPercent, Decimals: 1, Aggregation: app.AggLevel, Baseline: &base,
		Target: 12, Start: app.NewDate(2023, 1, 1), End: app.NewDate(2023, 12, 31),
		Cadence: app.CadenceQuarter, PlanBy: app.CadenceQuarter}
	plan := []app.PeriodTarget{{PeriodKey: "2023-Q1", Target: 10}, {PeriodKey: "2023-Q2", Target: 10.5},
		{PeriodKey: "2023-Q3", Target: 11}, {PeriodKey: "2023-Q4", Target: 12}}
	if err := store.SaveGoalSetup(ctx, app.GoalSetup{Goal: &share, Plan: plan}); err != nil {
		t.Fatal(err)
	}
	sales := saveSeedGoal(t, store, "Sales 2023")
	for _, c := range []app.CheckIn{{GoalID: share.ID, PeriodKey: "2023-Q1", Value: 8},
		{GoalID: sales.ID, PeriodKey: "2023-Q1", Value: 8_000_000}} {
		if err := store.PutCheckIn(ctx, &c); err != nil {
			t.Fatal(err)
		}
	}
	paces, err := loadWholePaces(ui, ui.deps.Store)
	if err != nil {
		t.Fatal(err)
	}
	q1 := app.Period{Cadence: app.CadenceQuarter, Year: 2023, Index: 1}
	rows, err := periodRows(ui, ui.deps.Store, q1)
	if err != nil {
		t.Fatal(err)
	}
	// On 1 February, Q1 is under way: each goal is measured against its
	// plan to date, as its status is (3,555,556 of Q1's 10,000,000).
	want := map[int64]string{share.ID: "−1.4 pp", sales.ID: "+CN¥4,444,444 (+125.0%)"}
	for _, p := range paces {
		var review string
		for _, r := range rows {
			if r.Goal.ID == p.Goal.ID {
				review = reviewGapText(r.Goal, r.VsPlan)
			}
		}
		if review != want[p.Goal.ID] {
			t.Errorf("%s: review writes the gap %q, want %q", p.Goal.Title, review, want[p.Goal.ID])
		}
		d := newGoalDetail(depsOf[goalDetailStore](ui), p, func() {}, func() {})
		if !tableHas(d.table, review) {
			t.Errorf("%s: goal detail table does not write the gap as the review does, %q", p.Goal.Title, review)
		}
	}
}

// TestGoalDetailWritesAMilestonesGapInWords: the goal detail's table of
// a milestone due in December, Not done in January and Done in February,
// writes its plan and actual Done or Not done and each month's gap as
// the review does, on plan and ahead of plan, not "±0" and "+1".
func TestGoalDetailWritesAMilestonesGapInWords(t *testing.T) {
	ui, _, store := newStoreUI(t)
	ctx := context.Background()
	g := app.Goal{Title: "Open the Shenzhen store", Perspective: app.PerspectiveProcess, Kind: app.KindMilestone, Unit: app.UnitCount,
		Aggregation: app.AggLevel, Target: 1, Start: app.NewDate(2023, 1, 1), End: app.NewDate(2023, 12, 31),
		Cadence: app.CadenceMonth, PlanBy: app.CadenceMonth}
	if err := store.SaveGoalSetup(ctx, app.GoalSetup{Goal: &g, Plan: app.SplitEven(app.Calendar{}, g, app.CadenceMonth)}); err != nil {
		t.Fatal(err)
	}
	for _, c := range []app.CheckIn{{GoalID: g.ID, PeriodKey: "2023-01"}, {GoalID: g.ID, PeriodKey: "2023-02", Value: 1}} {
		if err := store.PutCheckIn(ctx, &c); err != nil {
			t.Fatal(err)
		}
	}
	paces, err := loadWholePaces(ui, ui.deps.Store)
	if err != nil {
		t.Fatal(err)
	}
	d := newGoalDetail(depsOf[goalDetailStore](ui), paces[0], func() {}, func() {})
	for i, want := range [][]string{{"Not done", "Not done", "On plan"}, {"Not done", "Done", "Ahead of plan"}} {
		if got := d.table.cells[i][1:4]; !slices.Equal(got, want) {
			t.Errorf("row %d reads %q, want %q", i, got, want)
		}
	}
}

// labelIn reports whether a container holds a label reading exactly text.
func labelIn(c *fyne.Container, text string) bool {
	for _, o := range c.Objects {
		if l, ok := o.(*widget.Label); ok && l.Text == text {
			return true
		}
	}
	return false
}

// tableHas reports whether a cell of the table reads exactly text.
func tableHas(t *periodTable, text string) bool {
	for _, row := range t.cells {
		for _, cell := range row {
			if cell == text {
				return true
			}
		}
	}
	return false
}

// TestGoalDetailTableIsVirtual opens the detail of a weekly goal planned
// week by week over ten years: the table holds its 521 weeks, and only
// the rows in view are laid out.
func TestGoalDetailTableIsVirtual(t *testing.T) {
	ui, w, store := newStoreUI(t)
	ctx := context.Background()
	g := app.Goal{Title: "Weekly visitors", Perspective: app.PerspectiveCustomer, Kind: app.KindIncrease,
		Unit: app.UnitCount, Aggregation: app.AggFlow, Target: 520_000,
		Start: app.NewDate(2017, 1, 2), End: app.NewDate(2026, 12, 27), Cadence: app.CadenceWeek, PlanBy: app.CadenceWeek}
	if err := store.CreateGoal(ctx, &g); err != nil {
		t.Fatal(err)
	}
	ui.showScreen(screenDashboard)
	builtScreen[*dashboardScreen](ui).openDetail(g.ID)
	w.Resize(fyne.NewSize(1024, 640))
	var list *widget.List
	rows := 0
	walk(w.Content(), func(o fyne.CanvasObject) {
		l, ok := o.(*widget.List)
		if !ok || list != nil {
			return
		}
		walk(l, func(o fyne.CanvasObject) {
			if c, ok := o.(*fyne.Container); ok {
				if _, ok := c.Layout.(*periodColumns); ok {
					rows++
					list = l
				}
			}
		})
	})
	if list == nil {
		t.Fatal("the detail shows no table")
	}
	if n, want := list.Length(), len(app.Calendar{}.Periods(app.CadenceWeek, g.Start, g.End)); n != want || n < 520 {
		t.Fatalf("the table has %d rows, want %d", n, want)
	}
	if rows == 0 || rows > 40 {
		t.Errorf("%d of 521 rows are laid out", rows)
	}
}
