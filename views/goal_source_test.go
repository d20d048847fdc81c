package views

import (
	"context"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"pacer/app"
)

func TestSourceText(t *testing.T) {
	cols := []string{"日期", "地区", "销售额(元)"}
	for _, tc := range []struct {
		filter []app.SourceCondition
		want   string
	}{
		{nil, "Imported actuals: 销售额(元) · from files shaped like 日期, 地区, 销售额(元)"},
		{[]app.SourceCondition{{Column: "地区", Op: "=", Values: []string{"北美"}}},
			"Imported actuals: 销售额(元) where 地区 = 北美 · from files shaped like 日期, 地区, 销售额(元)"},
		{[]app.SourceCondition{{Column: "产品", Op: "in", Values: []string{"A", "B"}}, {Column: "渠道", Op: "≠", Values: []string{"线上"}},
			{Column: "门店", Op: "≠", Values: []string{"x", "y"}}},
			"Imported actuals: 销售额(元) where 产品 in {A, B} and 渠道 ≠ 线上 and 门店 not in {x, y} · from files shaped like 日期, 地区, 销售额(元)"},
	} {
		got := sourceText(app.GoalSource{Layout: "head:x", Columns: cols, ValueColumn: "销售额(元)", Filter: tc.filter})
		if got != tc.want {
			t.Errorf("got  %q\nwant %q", got, tc.want)
		}
	}
}

// TestGoalDetailShowsItsSource checks that the goal detail says where an
// imported goal's actuals come from, and says nothing for another goal.
func TestGoalDetailShowsItsSource(t *testing.T) {
	ui, _, store := newStoreUI(t)
	ctx := context.Background()
	na := saveSeedGoal(t, store, "North-America sales")
	other := saveSeedGoal(t, store, "Europe sales")
	src := app.GoalSource{GoalID: na.ID, Layout: "head:x", Columns: []string{"日期", "地区", "销售额(元)"}, ValueColumn: "销售额(元)",
		Filter: []app.SourceCondition{{Column: "地区", Op: "=", Values: []string{"北美"}}}}
	if err := store.ApplyImport(ctx, app.Import{CheckIns: []app.CheckIn{{GoalID: na.ID, PeriodKey: "2023-Q1", Value: 5, Confidence: 5}},
		Sources: []app.GoalSource{src}}); err != nil {
		t.Fatal(err)
	}
	paces, err := loadWholePaces(ui, ui.deps.Store)
	if err != nil {
		t.Fatal(err)
	}
	want := sourceText(src)
	for _, p := range paces {
		d := newGoalDetail(depsOf[goalDetailStore](ui), p, func() {}, func() {})
		found := false
		walk(d.content, func(o fyne.CanvasObject) {
			if l, ok := o.(*widget.Label); ok && l.Text == want {
				found = true
			}
		})
		if found != (p.Goal.ID == na.ID) {
			t.Errorf("%s: source line shown %v", p.Goal.Title, found)
		}
	}
	if len(paces) != 2 || other.ID == na.ID {
		t.Fatalf("%d goals", len(paces))
	}
}

// TestGoalDetailShowsItsBreakdown checks that the goal detail says what
// each product made of the latest imported quarter, and says nothing of
// its one region.
func TestGoalDetailShowsItsBreakdown(t *testing.T) {
	ui, _, store := newStoreUI(t)
	ctx := context.Background()
	g := saveSeedGoal(t, store, "North-America sales")
	dv := func(period, dim, value string, amount float64) app.DimensionValue {
		return app.DimensionValue{GoalID: g.ID, PeriodKey: period, Dimension: dim, Value: value, Amount: amount, Rows: 1}
	}
	var bd []app.DimensionValue
	for i := range 7 {
		bd = append(bd, dv("2023-Q2", "产品", string(rune('A'+i)), float64(100*(i+1))))
	}
	bd = append(bd, dv("2023-Q1", "产品", "A", 5), dv("2023-Q2", "地区", "北美", 2800))
	if err := store.ApplyImport(ctx, app.Import{CheckIns: []app.CheckIn{{GoalID: g.ID, PeriodKey: "2023-Q1", Value: 5, Confidence: 5},
		{GoalID: g.ID, PeriodKey: "2023-Q2", Value: 2800, Confidence: 5}}, Breakdown: bd}); err != nil {
		t.Fatal(err)
	}
	paces, err := loadWholePaces(ui, ui.deps.Store)
	if err != nil || len(paces) != 1 {
		t.Fatal(err)
	}
	d := newGoalDetail(depsOf[goalDetailStore](ui), paces[0], func() {}, func() {})
	want := "2023-Q2 by 产品: G CN¥700 (25%), F CN¥600 (21%), E CN¥500 (18%), D CN¥400 (14%), C CN¥300 (11%), 2 more"
	found := false
	walk(d.content, func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok && l.Text == want {
			found = true
		}
	})
	if !found {
		t.Errorf("no breakdown line %q; lines: %q", want, breakdownLines(g, bd))
	}
}
