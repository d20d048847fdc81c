package views

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"pacer/app"
	"pacer/data"
	"pacer/views/widgets"
)

// importWithProducts imports 2023-Q1 of a seed goal by product (A and B)
// with the same quarter of 2022, and types 2023-Q2 by hand.
func importWithProducts(t *testing.T, store *data.Store, g app.Goal) {
	t.Helper()
	ctx := context.Background()
	dv := func(period string, history bool, value string, amount float64) app.DimensionValue {
		return app.DimensionValue{GoalID: g.ID, PeriodKey: period, History: history, Dimension: "产品", Value: value, Amount: amount, Rows: 1}
	}
	imp := app.Import{CheckIns: []app.CheckIn{{GoalID: g.ID, PeriodKey: "2023-Q1", Value: 8_000_000, Confidence: 5}},
		History: []app.HistoryValue{{GoalID: g.ID, PeriodKey: "2022-Q1", Value: 10_500_000}},
		Breakdown: []app.DimensionValue{dv("2023-Q1", false, "A", 5_000_000), dv("2023-Q1", false, "B", 3_000_000),
			dv("2022-Q1", true, "A", 5_250_000), dv("2022-Q1", true, "B", 5_250_000)}}
	if err := store.ApplyImport(ctx, imp); err != nil {
		t.Fatal(err)
	}
	if err := store.PutCheckIn(ctx, &app.CheckIn{GoalID: g.ID, PeriodKey: "2023-Q2", Value: 1_000_000, Confidence: 6}); err != nil {
		t.Fatal(err)
	}
}

// openDetail opens the detail of the only goal of ui's store, as the
// dashboard does.
func openDetail(t *testing.T, ui *mainUI) *goalDetail {
	t.Helper()
	ui.now = func() time.Time { return sampleAsOf }
	paces, err := loadWholePaces(ui, ui.deps.Store)
	if err != nil || len(paces) != 1 {
		t.Fatal(err)
	}
	p, err := loadGoalPace(ui, ui.deps.Store, paces[0].Goal.ID)
	if err != nil {
		t.Fatal(err)
	}
	return newGoalDetail(depsOf[goalDetailStore](ui), p, func() {}, func() {})
}

func cellRows(cells [][breakdownColumns]string) []string {
	out := make([]string, len(cells))
	for i, c := range cells {
		out[i] = strings.Join(c[:], " | ")
	}
	return out
}

// TestGoalDetailBreakdownTable shows each period's products against what
// each was expected to bring, a hand-typed quarter as unsplit, and a plan
// by product typed in the editor taking the place of last year's share.
// Q2, under way, is measured against its plan to date, as in the review.
func TestGoalDetailBreakdownTable(t *testing.T) {
	ui, _, store := newStoreUI(t)
	g := saveSeedGoal(t, store, "North-America sales")
	importWithProducts(t, store, g)
	d := openDetail(t, ui)
	if d.byValue == nil {
		t.Fatal("no breakdown table")
	}
	want := []string{
		"2023-Q1 | B | CN¥3,000,000 | CN¥5,250,000 | CN¥5,000,000 | −CN¥2,000,000 | 100%",
		" | A | CN¥5,000,000 | CN¥5,250,000 | CN¥5,000,000 | CN¥0 | ",
		"2023-Q2 | Other (unsplit) | CN¥1,000,000 | CN¥11,500,000 | CN¥7,692,308 | −CN¥6,692,308 | 100%",
	}
	if got := cellRows(d.byValue.cells); !slices.Equal(got, want) {
		t.Errorf("table\n%q\nwant\n%q", got, want)
	}

	d.byValue.onPlan()
	e := openPlanEditor(t, d)
	e.period.SetSelectedIndex(0)
	e.fields[slices.Index(e.values, "A")].entry.SetText("6,000,000")
	e.fields[slices.Index(e.values, "B")].entry.SetText("3,500,000")
	if !strings.Contains(e.sum.Text, "CN¥500,000 of the period's plan (CN¥10,000,000) is left") {
		t.Errorf("sum line %q", e.sum.Text)
	}
	e.fields[slices.Index(e.values, "B")].entry.SetText("3,500,000.5")
	e.onSave()
	if plans, _ := store.DimensionPlans(context.Background(), g.ID); len(plans) != 0 {
		t.Errorf("a plan with a decimal the goal does not keep was saved: %v", plans)
	}
	e.fields[slices.Index(e.values, "B")].entry.SetText("4,000,000")
	if !strings.Contains(e.sum.Text, "They add up to the period's plan") {
		t.Errorf("sum line %q", e.sum.Text)
	}
	e.onSave()
	want = []string{
		"2023-Q1 | A | CN¥5,000,000 | CN¥5,250,000 | CN¥6,000,000 (own plan) | −CN¥1,000,000 | 50%",
		" | B | CN¥3,000,000 | CN¥5,250,000 | CN¥4,000,000 (own plan) | −CN¥1,000,000 | 50%",
		"2023-Q2 | Other (unsplit) | CN¥1,000,000 | CN¥11,500,000 | CN¥7,692,308 | −CN¥6,692,308 | 100%",
	}
	if got := cellRows(d.byValue.cells); !slices.Equal(got, want) {
		t.Errorf("after planning by product\n%q\nwant\n%q", got, want)
	}
}

// openPlanEditor is the plan-by-value editor the pane just opened.
func openPlanEditor(t *testing.T, d *goalDetail) *valuePlanEditor {
	t.Helper()
	if d.byValue.editor == nil {
		t.Fatal("no plan editor")
	}
	return d.byValue.editor
}

// TestPlanByValueKeepsTheBreakdownShown saves a plan by product from the
// dashboard's goal detail: the detail is shown again, from fresh data, on
// its breakdown tab, and the dashboard's line follows the plan.
func TestPlanByValueKeepsTheBreakdownShown(t *testing.T) {
	ui, w, store := newStoreUI(t)
	ui.now = func() time.Time { return sampleAsOf }
	g := saveSeedGoal(t, store, "North-America sales")
	importWithProducts(t, store, g)
	ui.showScreen(screenDashboard)
	s := builtScreen[*dashboardScreen](ui)
	s.openDetail(g.ID)
	tabs := shownTabs(t, w)
	tabs.SelectIndex(1)
	test.Tap(findButton(t, w.Content(), "Plan by value…"))
	d := w.Canvas().Overlays().Top()
	var fields []*widget.Entry
	walk(d, func(o fyne.CanvasObject) {
		if e, ok := o.(*widgets.KeyEntry); ok {
			fields = append(fields, &e.Entry)
		}
		if p, ok := o.(*widgets.KeySelect); ok && p.Selected == "2023-Q2" { // the latest period with an actual
			p.SetSelectedIndex(0)
		}
	})
	if len(fields) != 2 {
		t.Fatalf("%d fields in the plan editor, want A's and B's", len(fields))
	}
	fields[1].SetText("9,000,000") // B
	test.Tap(findButton(t, d, "Save"))
	if got := shownTabs(t, w); got == tabs || got.SelectedIndex() != 1 {
		t.Errorf("after saving: a new detail %v, on tab %d, want the breakdown", got != tabs, got.SelectedIndex())
	}
	if want := "Short most in 2023-Q1: 产品 B −CN¥6,000,000 (100%)"; s.contrib[g.ID] != want {
		t.Errorf("dashboard line %q, want %q", s.contrib[g.ID], want)
	}
}

// shownTabs are the tabs of the goal detail the window shows.
func shownTabs(t *testing.T, w fyne.Window) *container.AppTabs {
	t.Helper()
	var tabs *container.AppTabs
	walk(w.Content(), func(o fyne.CanvasObject) {
		if a, ok := o.(*container.AppTabs); ok {
			tabs = a
		}
	})
	if tabs == nil {
		t.Fatal("no goal detail with a breakdown tab shown")
	}
	return tabs
}
