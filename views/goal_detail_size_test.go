package views

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pacer/app"
	"pacer/data"
)

// TestGoalDetailFitsTheWindow opens the detail of a re-planned monthly goal
// with a long title, in English and Chinese, at 1024×640 and 1600×1000:
// the window can be that small, and every cell of the plan-against-actual
// table has the width it needs, the table scrolling rather than widening
// the window.
func TestGoalDetailFitsTheWindow(t *testing.T) {
	for _, language := range []string{"en", "zh"} {
		t.Run(language, func(t *testing.T) {
			t.Cleanup(func() { useLanguage(t, "en") })
			useLanguage(t, language)
			ui, w, store := newStoreUI(t)
			ui.now = func() time.Time { return sampleAsOf }
			g := replannedMonthlyGoal(t, store, longTexts[language].title)
			ui.showScreen(screenDashboard)
			builtScreen[*dashboardScreen](ui).openDetail(g.ID)
			for _, size := range []fyne.Size{{Width: 1024, Height: 640}, {Width: 1600, Height: 1000}} {
				w.Resize(size)
				where := fmt.Sprintf("%s at %.0f×%.0f", language, size.Width, size.Height)
				if min := w.Content().MinSize().AddWidthHeight(2*theme.Padding(), 2*theme.Padding()); min.Width > size.Width || min.Height > size.Height {
					t.Errorf("%s: the goal detail needs a window of %.0f×%.0f", where, min.Width, min.Height)
				}
				table := findTable(t, w.Content())
				if !labelIn(table, lang.L("First plan")) {
					t.Errorf("%s: the table has no column of the first plan", where)
				}
				cells := 0
				walk(w.Content(), func(o fyne.CanvasObject) {
					c, ok := o.(*fyne.Container)
					if !ok || len(c.Objects) != len(table.Objects) {
						return
					}
					if _, ok := c.Layout.(*periodColumns); !ok {
						return
					}
					for _, cell := range c.Objects {
						cells++
						if cell.Size().Width+0.5 < cell.MinSize().Width || cell.Size().Height+0.5 < cell.MinSize().Height {
							t.Errorf("%s: cell %q is %.0f×%.0f of the %.0f×%.0f it needs", where, cell.(*widget.Label).Text,
								cell.Size().Width, cell.Size().Height, cell.MinSize().Width, cell.MinSize().Height)
						}
					}
				})
				if cells < 3*len(table.Objects) {
					t.Errorf("%s: the table shows %d cells", where, cells)
				}
			}
		})
	}
}

// replannedMonthlyGoal saves a goal of the given title checked in monthly,
// planned by quarter and re-planned once, with its first two months in.
func replannedMonthlyGoal(t *testing.T, store *data.Store, title string) app.Goal {
	t.Helper()
	ctx := context.Background()
	g := saveSeedGoal(t, store, title)
	g.Cadence = app.CadenceMonth
	if err := store.UpdateGoal(ctx, &g); err != nil {
		t.Fatal(err)
	}
	revised := app.Plan{GoalID: g.ID, Target: g.Target, Note: "Spring promotion moved to the second quarter",
		Periods: []app.PeriodTarget{{PeriodKey: "2023-Q1", Target: 9_000_000}, {PeriodKey: "2023-Q2", Target: 15_000_000},
			{PeriodKey: "2023-Q3", Target: 16_000_000}, {PeriodKey: "2023-Q4", Target: 20_000_000}}}
	if err := store.AddPlanRevision(ctx, &revised); err != nil {
		t.Fatal(err)
	}
	for i, v := range []float64{2_812_345, 3_123_456} {
		c := app.CheckIn{GoalID: g.ID, PeriodKey: fmt.Sprintf("2023-%02d", i+1), Value: v, Confidence: 6}
		if err := store.PutCheckIn(ctx, &c); err != nil {
			t.Fatal(err)
		}
	}
	return g
}

// findTable is the container of the plan-against-actual table in o, the
// one headed "Period".
func findTable(t *testing.T, o fyne.CanvasObject) *fyne.Container {
	t.Helper()
	var table *fyne.Container
	walk(o, func(c fyne.CanvasObject) {
		if ct, ok := c.(*fyne.Container); ok && table == nil && labelIn(ct, lang.L("Period")) {
			table = ct
		}
	})
	if table == nil {
		t.Fatal("no table shown")
	}
	return table
}

// TestGoalDetailSaysOnceRevised: a plan revised once says so in words,
// not "revised 1 times".
func TestGoalDetailSaysOnceRevised(t *testing.T) {
	ui, w, store := newStoreUI(t)
	ui.now = func() time.Time { return sampleAsOf }
	g := replannedMonthlyGoal(t, store, "Sales 2023")
	ui.showScreen(screenDashboard)
	builtScreen[*dashboardScreen](ui).openDetail(g.ID)
	found := false
	walk(w.Content(), func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok && strings.HasPrefix(l.Text, "The plan was revised once;") {
			found = true
		}
	})
	if !found {
		t.Error("the goal detail does not say its plan was revised once")
	}
}

// TestGoalDetailSaysWhereARespreadPlanCountsActuals: a goal re-planned
// after a first quarter short of its plan says, beside its revisions,
// that its running plan counts that quarter's actual from then on, and
// the running plan of the last quarter is the target.
func TestGoalDetailSaysWhereARespreadPlanCountsActuals(t *testing.T) {
	ui, w, store := newStoreUI(t)
	ui.now = func() time.Time { return sampleAsOf }
	ctx := context.Background()
	g := saveSeedGoal(t, store, "Sales 2023")
	q1 := app.CheckIn{GoalID: g.ID, PeriodKey: "2023-Q1", Value: 8_000_000}
	if err := store.PutCheckIn(ctx, &q1); err != nil {
		t.Fatal(err)
	}
	plans, err := store.PlanRevisions(ctx, g.ID)
	if err != nil {
		t.Fatal(err)
	}
	plan, err := app.RespreadRemaining(app.Calendar{}, g, plans[0].Periods, []app.PeriodValue{{PeriodKey: q1.PeriodKey, Value: q1.Value}},
		app.NewDate(2023, 4, 10), app.SpreadPlan)
	if err != nil {
		t.Fatal(err)
	}
	if err := store.AddPlanRevision(ctx, &app.Plan{GoalID: g.ID, Target: g.Target, Periods: plan}); err != nil {
		t.Fatal(err)
	}
	ui.showScreen(screenDashboard)
	builtScreen[*dashboardScreen](ui).openDetail(g.ID)
	want := "Re-spread after " + periodKeyName("2023-Q1") + ": from then on the running plan counts"
	found := false
	walk(w.Content(), func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok && strings.Contains(l.Text, want) {
			found = true
		}
	})
	if !found {
		t.Errorf("the goal detail does not say %q", want)
	}
}
