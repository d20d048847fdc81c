package chart

import (
	"strings"
	"testing"

	"pacer/app"
	"pacer/app/internal/testkit"
	"pacer/app/sample"
	"pacer/data/sampledb"
)

// sampleVariance is the gap of each quarter of the sample's sales goal
// against its plan, with Q3 on plan and Q4 not yet reported.
func sampleVariance(lang string) VarianceInput {
	tx := barTexts[lang]
	g := sample.SamplePlan(lang)[0].Goal
	var bars []VarianceBar
	for i, actual := range []float64{8e6, 15e6, 16e6} {
		bars = append(bars, VarianceBar{Label: tx.quarters[i], Goal: g, Variance: app.Variance(g.Unit, sample.SampleSalesPlan[i], actual), OK: true})
	}
	bars = append(bars, VarianceBar{Label: tx.quarters[3], Goal: g})
	return VarianceInput{Title: tx.title, AheadLabel: tx.ahead, BehindLabel: tx.behind, Bars: bars, Wan: lang == "zh", PointsUnit: tx.points}
}

// sampleGoalsVariance is the Q1 2023 gap of the sample's three goals and
// of a cost goal under its plan, worst first.
func sampleGoalsVariance(t *testing.T, lang string) VarianceInput {
	snap := sampledb.Snapshot(t, lang)
	cost := app.Goal{ID: 99, Title: "Cost of returns / 退货成本", Kind: app.KindDecrease, Unit: app.UnitCurrency, UnitLabel: "CNY",
		Aggregation: app.AggFlow, Target: 1e6, Baseline: testkit.Ptr(1.2e6), Start: app.NewDate(2023, 1, 1), End: app.NewDate(2023, 12, 31),
		Cadence: app.CadenceQuarter, PlanBy: app.CadenceQuarter}
	snap.Goals = append(snap.Goals, cost)
	snap.Plans[99] = testkit.Plan("2023-Q1", 250_000)
	snap.CheckIns[99] = testkit.CheckIns(99, "2023-Q1", 230_000)
	rows := app.ReviewRows(app.Calendar{}, snap, testkit.Key(t, "2023-Q1"), testkit.Day(t, "2023-04-20"), app.DefaultThresholds)
	app.SortByWorstGap(rows)
	tx := barTexts[lang]
	return VarianceInput{Title: "Q1 2023: gap to plan", AheadLabel: tx.ahead, BehindLabel: tx.behind, Bars: VarianceBarsFromRows(rows, nil), PointsUnit: tx.points}
}

func samplePortfolio(t *testing.T, lang string) PortfolioInput {
	snap := sampledb.Snapshot(t, lang)
	rows := app.ReviewRows(app.Calendar{}, snap, testkit.Key(t, "2023-Q1"), testkit.Day(t, "2023-04-20"), app.DefaultThresholds)
	labels := map[string][3]string{"en": {"Achieved", "Partial", "Missed"}, "zh": {"已达成", "部分达成", "未达成"}}[lang]
	items := append(PortfolioFromRows(rows),
		PortfolioItem{Label: "Customer satisfaction (NPS) in North America and Europe, quarterly survey", Attainment: 1.04, OK: true, Status: app.StatusAchieved},
		PortfolioItem{Label: "Launch the new product line", Attainment: 0, OK: true, Status: app.StatusMissed},
		PortfolioItem{Label: "Online channel revenue", Attainment: 2.6, OK: true, Status: app.StatusAchieved},
		PortfolioItem{Label: "Staff training hours", Status: app.StatusNoData})
	title := map[string]string{"en": "Q1 2023: attainment of plan", "zh": "2023年第1季度：计划达成率"}[lang]
	ref := map[string]string{"en": "Plan 100%", "zh": "计划 100%"}[lang]
	return PortfolioInput{Title: title, ReferenceLabel: ref, Items: items,
		StatusLabels: map[app.Status]string{app.StatusAchieved: labels[0], app.StatusPartial: labels[1], app.StatusMissed: labels[2]}}
}

func TestVarianceBars(t *testing.T) {
	useTestFont(t)
	inputs := []struct {
		name    string
		in      VarianceInput
		want    []string
		notWant []string
	}{
		{"periods-en", sampleVariance("en"), []string{">−¥2,000,000<", ">+¥1,000,000<", ">¥0<", ">—<", ">Ahead of plan<", ">Q4<"}, nil},
		{"periods-zh", sampleVariance("zh"), []string{">−¥200万<", ">+¥100万<", ">好于计划<", ">第1季度<"}, nil},
		{"relative", func() VarianceInput { in := sampleVariance("en"); in.Relative = true; return in }(), []string{">−20.0%<", ">+7.1%<", ">0.0%<"}, []string{"¥"}},
		// Several goals: each gap as the review table writes it, a percent
		// goal's in points; with a percent goal among other units, the
		// axis has no per cents of plan that a point could be read against.
		{"goals-en", sampleGoalsVariance(t, "en"), []string{">−¥2,000,000 (−20.0%)<", ">−10 (−20.0%)<", ">−2.0 pp<", ">−¥20,000 (−8.0%)<",
			">Cost of returns / 退货成本<"}, []string{">−20%<", ">−20.0%<", "…"}},
		{"goals-zh", sampleGoalsVariance(t, "zh"), []string{">−¥2,000,000 (−20.0%)<", ">−2.0个百分点<", "2023年北美地区市场占有率提升至15%<", ">落后于计划<"}, []string{">−20%<"}},
		{"months", func() VarianceInput {
			in := monthlyBars("en")
			var bars []VarianceBar
			for i := range in.Periods {
				bars = append(bars, VarianceBar{Label: in.Periods[i], Goal: in.Goal, Variance: app.Variance(in.Goal.Unit, in.Plan[i], in.Actual[i]), OK: in.HasActual[i]})
			}
			return VarianceInput{Title: "Profit 2026: gap to plan by month", Bars: bars, Relative: true}
		}(), []string{">−155.0%<", ">Dec<"}, nil},
		{"points", func() VarianceInput {
			g := sample.SamplePlan("en")[2].Goal
			return VarianceInput{Title: "Market share", Bars: []VarianceBar{{"Q1", g, app.Variance(g.Unit, 10, 8), true}, {"Q2", g, app.Variance(g.Unit, 11.5, 12), true}}}
		}(), []string{">−2.0 pp<", ">+0.5 pp<"}, nil},
		{"single", func() VarianceInput { in := sampleVariance("en"); in.Bars = in.Bars[:1]; return in }(), []string{">−¥2,000,000<"}, nil},
	}
	for _, tt := range inputs {
		t.Run(tt.name, func(t *testing.T) {
			for _, sz := range chartSizes {
				b, err := VarianceBars(tt.in, sz.size, FormatPNG)
				if err != nil {
					t.Fatal(err)
				}
				img := decodeChart(t, b, sz.wantW, sz.wantH)
				if tt.name != "single" && (!hasInk(img, 0x0072B2) || !hasInk(img, 0xD55E00)) {
					t.Errorf("%s: bars above and below plan are not both coloured", sz.name)
				}
				saveChart(t, "review-variance-"+tt.name+"-"+sz.name+".png", b)
			}
			b, err := VarianceBars(tt.in, testSize(1920, 1080, 1), FormatSVG)
			if err != nil {
				t.Fatal(err)
			}
			svg := string(b)
			for _, w := range append(tt.want, tt.in.Title) {
				if !strings.Contains(svg, w) {
					t.Errorf("SVG lacks %q", w)
				}
			}
			for _, w := range tt.notWant {
				if strings.Contains(svg, w) {
					t.Errorf("SVG has %q", w)
				}
			}
		})
	}
}

// TestVarianceBarColours checks that the colour follows the goal's
// direction: a decrease goal under plan is ahead.
func TestVarianceBarColours(t *testing.T) {
	inc := app.Goal{Kind: app.KindIncrease, Unit: app.UnitCount}
	dec := app.Goal{Kind: app.KindDecrease, Unit: app.UnitCount}
	tests := []struct {
		g        app.Goal
		expected float64
		actual   float64
		want     uint32
	}{
		{inc, 10, 8, 0xD55E00}, {inc, 10, 12, 0x0072B2}, {inc, 10, 10, 0x0072B2},
		{dec, 10, 8, 0x0072B2}, {dec, 10, 12, 0xD55E00},
	}
	for _, tt := range tests {
		item := VarianceInput{}.bar(VarianceBar{Goal: tt.g, Variance: app.Variance(tt.g.Unit, tt.expected, tt.actual), OK: true}, false, false)
		if got := uint32(item.ink.R)<<16 | uint32(item.ink.G)<<8 | uint32(item.ink.B); got != tt.want {
			t.Errorf("%s %v→%v: ink %06X, want %06X", tt.g.Kind, tt.expected, tt.actual, got, tt.want)
		}
	}
}

func TestPortfolioChart(t *testing.T) {
	useTestFont(t)
	for _, lang := range []string{"en", "zh"} {
		in := samplePortfolio(t, lang)
		for _, sz := range chartSizes {
			b, err := PortfolioChart(in, sz.size, FormatPNG)
			if err != nil {
				t.Fatal(err)
			}
			img := decodeChart(t, b, sz.wantW, sz.wantH)
			for _, ink := range []uint32{0x0072B2, 0xE69F00, 0xD55E00} {
				if !hasInk(img, ink) {
					t.Errorf("%s %s: no %06X bar", lang, sz.name, ink)
				}
			}
			saveChart(t, "review-portfolio-"+lang+"-"+sz.name+".png", b)
		}
		b, err := PortfolioChart(in, testSize(1920, 1080, 1), FormatSVG)
		if err != nil {
			t.Fatal(err)
		}
		svg := string(b)
		for _, w := range []string{in.Title, in.ReferenceLabel, ">80%<", ">0%<", ">260%<", ">104%<", ">—<", ">Customer satisfaction (NPS) in North<"} {
			if !strings.Contains(svg, w) {
				t.Errorf("%s: SVG lacks %q", lang, w)
			}
		}
		// Worst first: the goal at 0 % comes before those at 80 %, and the
		// goal without data comes last.
		if i, j, k := strings.Index(svg, ">Launch the new"), strings.Index(svg, "市场占有率"), strings.Index(svg, "Staff training"); lang == "zh" && !(i < j && j < k) {
			t.Errorf("rows out of order: %d %d %d", i, j, k)
		}
	}
}

func TestPortfolioFromPaces(t *testing.T) {
	snap := sampledb.Snapshot(t, "en")
	items := PortfolioFromPaces(app.Paces(app.Calendar{}, snap, testkit.Day(t, "2023-04-20"), app.DefaultThresholds))
	if len(items) != 3 || !items[0].OK || !testkit.Near(items[0].Attainment, 8e6/60e6) || items[0].Label != snap.Goals[0].Title {
		t.Errorf("items %+v", items)
	}
}
