package views

import (
	"bytes"
	"context"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"pacer/app"
	"pacer/app/importer"
	"pacer/data"
)

// realSalesGoal is a yuan sales goal of 2023 by quarter, fed by every row
// of the LibreOffice workbook of daily sales by product and region, with a
// plan of 1,000,000 a quarter.
func realSalesGoal(t *testing.T, store *data.Store) app.Goal {
	t.Helper()
	ctx := context.Background()
	g := app.Goal{Title: "Sales 2023", Perspective: app.PerspectiveFinancial, Owner: "Li Wei", Kind: app.KindIncrease,
		Unit: app.UnitCurrency, UnitLabel: "CNY", Decimals: 2, Aggregation: app.AggFlow, Target: 4_000_000,
		Start: app.NewDate(2023, 1, 1), End: app.NewDate(2023, 12, 31), Cadence: app.CadenceQuarter, PlanBy: app.CadenceQuarter}
	var plan []app.PeriodTarget
	for _, q := range []string{"2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4"} {
		plan = append(plan, app.PeriodTarget{PeriodKey: q, Target: 1_000_000})
	}
	if err := store.SaveGoalSetup(ctx, app.GoalSetup{Goal: &g, Plan: plan}); err != nil {
		t.Fatal(err)
	}
	const file = "libreoffice_sales_zh.xlsx"
	b, err := os.ReadFile(filepath.Join("..", "app", "importer", "testdata", "real", file))
	if err != nil {
		t.Fatal(err)
	}
	tab, err := importer.ReadTable(bytes.NewReader(b), file)
	if err != nil {
		t.Fatal(err)
	}
	m := importer.Mapping{DateColumn: 0, GoalColumn: -1, SkipHeader: true, Dimensions: []int{1, 2},
		Sources: []importer.Source{{GoalID: g.ID, ValueColumn: 3}}}
	p, err := importer.PlanImport(ctx, app.Calendar{}, tab, m, []app.Goal{g}, app.Snapshot{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := store.ApplyImport(ctx, p.Import(false)); err != nil {
		t.Fatal(err)
	}
	return g
}

// reviewOfRealSales opens the Reviews screen on the first quarter of 2023
// with the real workbook's sales imported.
func reviewOfRealSales(t *testing.T) (*reviewsScreen, fyne.Window) {
	t.Helper()
	ui, w, store := newStoreUI(t)
	realSalesGoal(t, store)
	ui.now = func() time.Time { return time.Date(2023, 5, 20, 9, 0, 0, 0, time.UTC) }
	ui.showScreen(screenReviews)
	s := builtScreen[*reviewsScreen](ui)
	if len(s.rows) != 1 || s.rows[0].Period.Key() != "2023-Q1" {
		t.Fatalf("rows %+v", s.rows)
	}
	s.list.Select(0)
	return s, w
}

// cents is v in cents.
func cents(v float64) int64 { return int64(math.Round(v * 100)) }

// TestReviewContributorsAddUpOnRealImport checks, on the LibreOffice
// workbook imported whole, that each dimension's contributors table and
// the chart drawn from it share the quarter's gap to the cent: their gaps
// add up to the goal's variance.
func TestReviewContributorsAddUpOnRealImport(t *testing.T) {
	s, _ := reviewOfRealSales(t)
	r := s.rows[0]
	variance := cents(r.VsPlan.Abs)
	if variance == 0 || variance != cents(r.Actual)-cents(r.ExpectedCovered) {
		t.Fatalf("variance %d cents of %v against %v", variance, r.Actual, r.ExpectedCovered)
	}
	gcs := s.gap.contributors
	if len(gcs) != 2 || gcs[0].Dimension != "产品" || gcs[1].Dimension != "地区" {
		t.Fatalf("dimensions %+v", gcs)
	}
	checkContributorsAddUp(t, s, r, gcs, variance)
	// With 产品A's own plan for the quarter, 产品B takes the rest.
	plan := []app.DimensionPlan{{GoalID: r.Goal.ID, PeriodKey: "2023-Q1", Dimension: "产品", Value: "产品A", Amount: 600_000}}
	if err := s.ui.store.(*data.Store).SetDimensionPlans(context.Background(), r.Goal.ID, "2023-Q1", "产品", plan); err != nil {
		t.Fatal(err)
	}
	s.showRow(r)
	gcs = s.gap.contributors
	checkContributorsAddUp(t, s, r, gcs, variance)
	checkOwnPlan(t, gcs[0].Values)
	if !gcs[0].Planned || !showsText(s.gap.content, expectedBasis(gcs[0])) {
		t.Error("the table does not say 产品A is expected to bring its own plan")
	}
	if !showsText(s.gap.content, "Where the gap comes from") || !showsText(s.gap.content, "产品") {
		t.Error("the gap analysis shows no contributors table")
	}
}

// checkOwnPlan checks that 产品A is expected to bring its own plan of
// 600,000, and 产品B the rest of the quarter's 1,000,000.
func checkOwnPlan(t *testing.T, values []app.Contribution) {
	t.Helper()
	want := map[string]float64{"产品A": 600_000, "产品B": 400_000}
	for _, c := range values {
		if c.Planned != (c.Value == "产品A") || c.Expected != want[c.Value] {
			t.Errorf("with a plan for 产品A: %+v", c)
		}
	}
}

// checkContributorsAddUp checks that each dimension's table and chart
// share the variance out to the cent.
func checkContributorsAddUp(t *testing.T, s *reviewsScreen, r app.ReviewRow, gcs []app.GapContributors, variance int64) {
	t.Helper()
	for _, gc := range gcs {
		var table, bars, actual int64
		for _, c := range gc.Values {
			table += cents(c.Gap)
			actual += cents(c.Actual)
		}
		in := chartBuilder{ui: s.ui.shell}.contributors(r, gc)
		for _, b := range in.Bars() {
			bars += cents(b.Gap)
		}
		if table != variance || bars != variance || actual != cents(r.Actual) {
			t.Errorf("%s: table's gaps %d, chart's %d, actuals %d cents; variance %d, actual %d",
				gc.Dimension, table, bars, actual, variance, cents(r.Actual))
		}
	}
}

// TestUseAsCause taps "Use as cause": an empty cause is filled from the
// top contributors; a cause the user typed is kept until they choose to
// add to it.
func TestUseAsCause(t *testing.T) {
	s, w := reviewOfRealSales(t)
	e := s.gap
	if len(e.useCause) != 2 {
		t.Fatalf("%d Use as cause buttons", len(e.useCause))
	}
	want := contributorsCause(e.contribRow.Goal, e.contributors[0], rowGap(e.contribRow))
	if !strings.Contains(want, "产品") || !strings.Contains(want, "of the shortfall") && !strings.Contains(want, "of the excess") {
		t.Fatalf("cause %q", want)
	}
	test.Tap(e.useCause[0])
	if e.text.Text != want {
		t.Fatalf("cause %q, want %q", e.text.Text, want)
	}
	e.text.SetText("Distributors restocked late")
	test.Tap(e.useCause[0])
	if e.text.Text != "Distributors restocked late" {
		t.Fatalf("typed cause overwritten without asking: %q", e.text.Text)
	}
	add := overlayButton(t, w, "Add after it")
	test.Tap(add)
	if e.text.Text != "Distributors restocked late\n"+want {
		t.Errorf("cause %q after adding", e.text.Text)
	}
	test.Tap(e.useCause[0])
	if w.Canvas().Overlays().Top() != nil {
		t.Error("asked again for a cause that already says it")
	}
}

// TestShowContributorsChart taps "Show chart": the Charts tab opens on the
// chart of the gap by 地区, which the chart list then offers.
func TestShowContributorsChart(t *testing.T) {
	s, _ := reviewOfRealSales(t)
	var show *widget.Button
	walk(s.gap.content, func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == "Show chart" {
			show = b // the last: 地区's
		}
	})
	if show == nil {
		t.Fatal("no Show chart button")
	}
	test.Tap(show)
	if s.tabs.SelectedIndex() != 1 || s.charts.drawn != chartContributors+"地区" || s.charts.kind.Selected != "Selected goal: gap by 地区" {
		t.Errorf("tab %d, chart %q, list %q", s.tabs.SelectedIndex(), s.charts.drawn, s.charts.kind.Selected)
	}
	s.charts.kind.SetSelected(reviewChartLabel(chartGap))
	if s.charts.drawn != chartGap {
		t.Errorf("picking the gap chart from the list drew %q", s.charts.drawn)
	}
}

// showsText reports whether a label under o reads text.
func showsText(o fyne.CanvasObject, text string) bool {
	found := false
	walk(o, func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok && l.Text == text {
			found = true
		}
	})
	return found
}

// overlayButton is the button labelled text on the window's top overlay.
func overlayButton(t *testing.T, w fyne.Window, text string) *widget.Button {
	t.Helper()
	top := w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no dialog")
	}
	var b *widget.Button
	walk(top, func(o fyne.CanvasObject) {
		if x, ok := o.(*widget.Button); ok && x.Text == text {
			b = x
		}
	})
	if b == nil {
		t.Fatalf("no %q button", text)
	}
	return b
}
