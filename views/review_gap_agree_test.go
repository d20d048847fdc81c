package views

import (
	"bytes"
	"context"
	"encoding/csv"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"pacer/app"
	"pacer/app/importer"
	"pacer/data"
)

// channelsGoal saves Europe's quarterly sales of 2023 (plan CN¥3,000,000 a
// quarter) and imports it from LibreOffice's channel workbook where 地区 =
// 欧洲, broken down by 门店, 产品 and 渠道; 产品 A gets a plan of its own for
// 2023-Q4 above the quarter's, so that A is short and the others over.
func channelsGoal(t *testing.T, store *data.Store) app.Goal {
	t.Helper()
	ctx := context.Background()
	g := app.Goal{Title: "欧洲销售额", Perspective: app.PerspectiveFinancial, Owner: "Li Wei", Kind: app.KindIncrease,
		Unit: app.UnitCurrency, UnitLabel: "CNY", Decimals: 2, Aggregation: app.AggFlow, Target: 12_000_000,
		Start: app.NewDate(2023, 1, 1), End: app.NewDate(2023, 12, 31), Cadence: app.CadenceQuarter, PlanBy: app.CadenceQuarter}
	var plan []app.PeriodTarget
	for _, q := range []string{"2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4"} {
		plan = append(plan, app.PeriodTarget{PeriodKey: q, Target: 3_000_000})
	}
	if err := store.SaveGoalSetup(ctx, app.GoalSetup{Goal: &g, Plan: plan}); err != nil {
		t.Fatal(err)
	}
	const file = "libreoffice_channels_zh.xlsx"
	b, err := os.ReadFile(filepath.Join("..", "app", "importer", "testdata", "real", file))
	if err != nil {
		t.Fatal(err)
	}
	tab, err := importer.ReadTable(bytes.NewReader(b), file)
	if err != nil {
		t.Fatal(err)
	}
	m := importer.Mapping{DateColumn: 0, GoalColumn: -1, SkipHeader: true, Dimensions: importer.GuessDimensionColumns(tab, 0, 5, 6),
		Sources: []importer.Source{{GoalID: g.ID, ValueColumn: 5, Filter: []importer.Condition{{Column: 3, Op: importer.OpIs, Values: []string{"欧洲"}}}}}}
	for range 2 { // a re-import replaces
		snap, err := store.Snapshot(ctx, app.GoalFilter{})
		if err != nil {
			t.Fatal(err)
		}
		p, err := importer.PlanImport(ctx, app.Calendar{}, tab, m, []app.Goal{g}, snap, nil)
		if err != nil || p.Filtered != 2190 {
			t.Fatalf("plan: %v, %d rows filtered", err, p.Filtered)
		}
		if err := store.ApplyImport(ctx, p.Import(false)); err != nil {
			t.Fatal(err)
		}
	}
	a := []app.DimensionPlan{{GoalID: g.ID, PeriodKey: "2023-Q4", Dimension: "产品", Value: "A", Amount: 3_200_000}}
	if err := store.SetDimensionPlans(ctx, g.ID, "2023-Q4", "产品", a); err != nil {
		t.Fatal(err)
	}
	return g
}

// TestChannelWorkbookAgreesEverywhere follows Europe's 2023-Q4 gap by
// product from the store to the dashboard's line, the goal detail's
// breakdown, the review's table and the review pack's CSV: the same
// value, the same gap to the cent, the same share, and shares of the
// shortfall that never pass 100 %.
func TestChannelWorkbookAgreesEverywhere(t *testing.T) {
	ui, _, store := newStoreUI(t)
	ui.now = func() time.Time { return time.Date(2024, 1, 20, 9, 0, 0, 0, time.UTC) }
	g := channelsGoal(t, store)
	ui.showScreen(screenDashboard)
	line := builtScreen[*dashboardScreen](ui).contrib[g.ID]
	if !strings.HasPrefix(line, "Short most in 2023-Q4: 产品 A −CN¥") || !strings.HasSuffix(line, "(100%)") {
		t.Errorf("dashboard line %q", line)
	}
	ui.showScreen(screenReviews)
	s := builtScreen[*reviewsScreen](ui)
	if p, _ := s.selectedPeriod(); p.Key() != "2023-Q4" || len(s.rows) != 1 {
		t.Fatalf("review of %s with %d rows", p.Key(), len(s.rows))
	}
	s.list.Select(0)
	r := s.rows[0]
	variance := cents(r.Actual) - cents(r.ExpectedCovered)
	checkContributorsAddUp(t, s, r, s.gap.contributors, variance)
	var product app.GapContributors
	for _, gc := range s.gap.contributors {
		if gc.Dimension == "产品" {
			product = gc
		}
	}
	top := product.Values[0]
	if top.Value != "A" || top.Share != 1 || !strings.Contains(line, contributorAmount(g, top.Gap, true)) {
		t.Errorf("review's top value %+v, dashboard %q", top, line)
	}
	// The goal detail's breakdown of the quarter has the same figures.
	pace, err := loadGoalPace(ui, store, g.ID)
	if err != nil {
		t.Fatal(err)
	}
	ds, _ := store.Breakdown(context.Background(), g.ID)
	plans, _ := store.DimensionPlans(context.Background(), g.ID)
	rows := app.DetailRows(ui.calendar(), pace, ui.today(), ui.thresholds())
	for _, br := range app.BreakdownTable(ui.calendar(), g, rows, ds, plans, "产品") {
		if br.Period.Key() != "2023-Q4" {
			continue
		}
		for _, c := range product.Values {
			if c.Value == br.Value && (cents(c.Gap) != cents(br.Gap) || c.Share != br.Share || cents(c.Expected) != cents(br.Expected)) {
				t.Errorf("%s: review %+v, detail %+v", c.Value, c, br.Contribution)
			}
		}
	}
	checkPackCSV(t, s, product)
}

// checkPackCSV checks the review pack's CSV of the gap by product against
// the review's table: each value's gap and share.
func checkPackCSV(t *testing.T, s *reviewsScreen, product app.GapContributors) {
	t.Helper()
	p, _ := s.selectedPeriod()
	files, err := s.packFiles(p)
	if err != nil {
		t.Fatal(err)
	}
	var recs [][]string
	for _, f := range files {
		if strings.HasSuffix(f.name, "Where the gap comes from.csv") {
			b, err := f.make()
			if err != nil {
				t.Fatal(err)
			}
			recs, _ = csv.NewReader(bytes.NewReader(bytes.TrimPrefix(b, []byte("\uFEFF")))).ReadAll()
		}
	}
	type line struct {
		gap   int64
		share string
	}
	got := map[string]line{}
	for _, rec := range recs {
		if len(rec) == 9 && rec[2] == "产品" {
			g, _ := strconv.ParseFloat(rec[6], 64)
			got[rec[3]] = line{cents(g), rec[7]}
		}
	}
	for _, c := range product.Values {
		name := c.Value
		if c.Unsplit {
			name = app.UnsplitLabel
		}
		want := line{cents(c.Gap), ""}
		if c.Share != 0 {
			want.share = strconv.FormatFloat(c.Share*100, 'f', 1, 64)
		}
		if got[name] != want {
			t.Errorf("CSV %s: %+v, review %+v", name, got[name], want)
		}
	}
}
