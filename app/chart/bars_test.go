package chart

import (
	"bytes"
	"errors"
	"image"
	"image/png"
	"math"
	"strings"
	"testing"

	"pacer/app"
	"pacer/app/internal/testkit"
	"pacer/app/sample"
	"pacer/data/sampledb"
)

// barTexts are the translated strings a view would pass to the review
// charts.
var barTexts = map[string]struct {
	title, plan, actual, points, ahead, behind string
	quarters, months                           []string
}{
	"en": {"North-America sales 2023: plan and actual by quarter", "Plan", "Actual", "", "Ahead of plan", "Behind plan",
		[]string{"Q1", "Q2", "Q3", "Q4"}, []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}},
	"zh": {"2023年北美地区销售额：各季度计划与实际", "计划", "实际", "个百分点", "好于计划", "落后于计划",
		[]string{"第1季度", "第2季度", "第3季度", "第4季度"}, []string{"1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月"}},
}

// chartSizes are the sizes every review chart is tested at: a 1080p slide,
// an old projector and a small chart on a 2× screen.
var chartSizes = []struct {
	name         string
	size         ChartSize
	wantW, wantH int
}{
	{"1080p", testSize(1920, 1080, 1), 1920, 1080},
	{"xga", testSize(1024, 768, 1), 1024, 768},
	{"small2x", testSize(800, 450, 2), 1600, 900},
}

// sampleBars is the plan-and-actual input of sample goal i with the
// quarters' actuals given (fewer leave the later quarters unreported).
func sampleBars(lang string, i int, actuals ...float64) BarsInput {
	sg := sample.SamplePlan(lang)[i]
	tx := barTexts[lang]
	in := BarsInput{Title: tx.title, PlanLabel: tx.plan, ActualLabel: tx.actual, Goal: sg.Goal, Periods: tx.quarters,
		Wan: lang == "zh", PointsUnit: tx.points}
	for q, pt := range sg.Plan {
		in.Plan = append(in.Plan, pt.Target)
		in.HasActual = append(in.HasActual, q < len(actuals))
		in.Actual = append(in.Actual, 0)
		if q < len(actuals) {
			in.Actual[q] = actuals[q]
		}
	}
	return in
}

// monthlyBars is a monthly profit goal of 2026 whose spring months made a
// loss, reported up to September.
func monthlyBars(lang string) BarsInput {
	tx := barTexts[lang]
	g := app.Goal{ID: 7, Title: "Profit", Kind: app.KindIncrease, Unit: app.UnitCurrency, UnitLabel: "USD", Aggregation: app.AggFlow,
		Target: 1_200_000, Cadence: app.CadenceMonth}
	in := BarsInput{Title: "Profit 2026 by month", PlanLabel: tx.plan, ActualLabel: tx.actual, Goal: g, Periods: tx.months, Wan: lang == "zh"}
	actual := []float64{85_000, 40_000, -30_000, -55_000, 0, 120_000, 98_000, 101_000, 143_500}
	for m := range 12 {
		in.Plan = append(in.Plan, 100_000)
		in.HasActual = append(in.HasActual, m < len(actual))
		in.Actual = append(in.Actual, 0)
		if m < len(actual) {
			in.Actual[m] = actual[m]
		}
	}
	return in
}

// decodeChart decodes a PNG chart, checks its size and that it is drawn:
// many colours, from the anti-aliased type and the palette.
func decodeChart(t *testing.T, b []byte, wantW, wantH int) image.Image {
	t.Helper()
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	if got := img.Bounds().Size(); got != image.Pt(wantW, wantH) {
		t.Errorf("size = %v, want %dx%d", got, wantW, wantH)
	}
	colours := map[[3]uint32]bool{}
	for y := 0; y < wantH; y += 2 {
		for x := 0; x < wantW; x += 2 {
			r, g, b, _ := img.At(x, y).RGBA()
			colours[[3]uint32{r, g, b}] = true
		}
	}
	if len(colours) < 40 {
		t.Errorf("only %d colours: the chart looks blank", len(colours))
	}
	return img
}

// hasInk reports whether img has a pixel near the colour hex.
func hasInk(img image.Image, hex uint32) bool {
	want := [3]int{int(hex >> 16 & 0xff), int(hex >> 8 & 0xff), int(hex & 0xff)}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 3 {
		for x := b.Min.X; x < b.Max.X; x += 3 {
			r, g, bl, _ := img.At(x, y).RGBA()
			if abs(int(r>>8)-want[0]) < 4 && abs(int(g>>8)-want[1]) < 4 && abs(int(bl>>8)-want[2]) < 4 {
				return true
			}
		}
	}
	return false
}

func abs(x int) int { return max(x, -x) }

func TestPlanActualBarsPNG(t *testing.T) {
	useTestFont(t)
	inputs := []struct {
		name string
		in   BarsInput
	}{
		{"en", sampleBars("en", 0, 8e6, 15e6, 17e6, 21e6)},
		{"zh", sampleBars("zh", 0, 8e6, 15e6, 17e6, 21e6)},
		{"share-zh", sampleBars("zh", 2, 8, 11.9, 12.2)},
		{"q1-only", sampleBars("en", 1, 40)},
		{"months-en", monthlyBars("en")},
		{"months-zh", monthlyBars("zh")},
		{"single", func() BarsInput { in := sampleBars("en", 0, 8e6); in.Periods = in.Periods[:1]; return in }()},
		{"zeros", func() BarsInput {
			in := sampleBars("en", 1, 0, 0)
			in.Plan = []float64{0, 0, 0, 0}
			return in
		}()},
	}
	for _, tt := range inputs {
		for _, sz := range chartSizes {
			t.Run(tt.name+"/"+sz.name, func(t *testing.T) {
				b, err := PlanActualBars(tt.in, sz.size, FormatPNG)
				if err != nil {
					t.Fatal(err)
				}
				img := decodeChart(t, b, sz.wantW, sz.wantH)
				if !hasInk(img, 0x0072B2) || (tt.name != "zeros" && !hasInk(img, 0xD55E00)) {
					t.Error("plan or actual bars are missing")
				}
				saveChart(t, "review-bars-"+tt.name+"-"+sz.name+".png", b)
			})
		}
	}
}

func TestPlanActualBarsSVG(t *testing.T) {
	useTestFont(t)
	tests := []struct {
		name    string
		in      BarsInput
		want    []string
		notWant []string
	}{
		{"en", sampleBars("en", 0, 8e6, 15e6), []string{"North-America sales 2023: plan and actual by quarter", ">Plan<", ">Actual<",
			">−20.0%<", ">+7.1%<", ">¥20,000,000<", ">¥0<", ">Q4<"}, []string{"NaN"}},
		{"zh", sampleBars("zh", 0, 8e6), []string{"2023年北美地区销售额：各季度计划与实际", ">计划<", ">实际<", ">−20.0%<", "万<", ">第4季度<"}, nil},
		{"points", sampleBars("en", 2, 8, 12.1), []string{">−2.0 pp<", ">+0.6 pp<", ">15.0%<"}, []string{">−20.0%<"}},
		{"points-zh", sampleBars("zh", 2, 8), []string{">−2.0个百分点<"}, nil},
		{"negative", monthlyBars("en"), []string{">−130.0%<", ">−155.0%<", ">−100.0%<", ">+43.5%<", "−$50,000<", ">Dec<"}, nil},
		{"zero-plan", func() BarsInput {
			in := sampleBars("en", 1, 5)
			in.Plan[0] = 0
			return in
		}(), []string{">+5<"}, nil},
		{"escaped", func() BarsInput { in := sampleBars("en", 0, 8e6); in.Title = "Sales <NA> & more"; return in }(), []string{"Sales &lt;NA&gt; &amp; more"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := PlanActualBars(tt.in, testSize(1920, 1080, 1), FormatSVG)
			if err != nil {
				t.Fatal(err)
			}
			svg := string(b)
			if !strings.HasPrefix(svg, "<svg") || !strings.Contains(svg, `viewBox="0 0 1920 1080"`) {
				t.Errorf("not a 1920×1080 SVG: %.80q", svg)
			}
			for _, w := range tt.want {
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

// TestReviewChartsChinese checks that the review charts draw Chinese with
// real glyphs: the chart font maps every character they show, and
// reordering the characters of a title changes the picture (tofu boxes
// all look alike).
func TestReviewChartsChinese(t *testing.T) {
	useTestFont(t)
	f := testFont(t)
	for _, r := range barTexts["zh"].title + barTexts["zh"].plan + barTexts["zh"].actual + barTexts["zh"].points + "万亿¥−…" + strings.Join(barTexts["zh"].months, "") {
		if f.font.Index(r) == 0 {
			t.Errorf("chart font has no glyph for %q", r)
		}
	}
	draws := map[string]func(title string) ([]byte, error){
		"bars": func(title string) ([]byte, error) {
			in := sampleBars("zh", 0, 8e6)
			in.Title = title
			return PlanActualBars(in, testSize(800, 450, 1), FormatPNG)
		},
		"variance": func(title string) ([]byte, error) {
			in := sampleVariance("zh")
			in.Title = title
			return VarianceBars(in, testSize(800, 450, 1), FormatPNG)
		},
		"portfolio": func(title string) ([]byte, error) {
			in := samplePortfolio(t, "zh")
			in.Title = title
			return PortfolioChart(in, testSize(800, 450, 1), FormatPNG)
		},
	}
	for name, draw := range draws {
		a, err := draw("销售额计划")
		if err != nil {
			t.Fatal(err)
		}
		b, _ := draw("计划额销售")
		blank, _ := draw("     ")
		if bytes.Equal(a, b) || bytes.Equal(a, blank) {
			t.Errorf("%s: Chinese title draws tofu or nothing", name)
		}
	}
}

func TestReviewChartErrors(t *testing.T) {
	useTestFont(t)
	huge := sampleBars("en", 0, math.MaxFloat64, -math.MaxFloat64)
	inf := sampleBars("en", 0, math.Inf(1))
	tests := []struct {
		name string
		draw func() ([]byte, error)
	}{
		{"BarsNoPeriods", func() ([]byte, error) { return PlanActualBars(BarsInput{}, testSize(800, 450, 1), FormatPNG) }},
		{"BarsHuge", func() ([]byte, error) { return PlanActualBars(huge, testSize(800, 450, 1), FormatPNG) }},
		{"BarsInfinite", func() ([]byte, error) { return PlanActualBars(inf, testSize(800, 450, 1), FormatSVG) }},
		{"BarsTooSmall", func() ([]byte, error) { return PlanActualBars(sampleBars("en", 0), testSize(100, 60, 1), FormatPNG) }},
		{"BarsBadFormat", func() ([]byte, error) { return PlanActualBars(sampleBars("en", 0), testSize(800, 450, 1), Format(7)) }},
		{"VarianceNoBars", func() ([]byte, error) { return VarianceBars(VarianceInput{}, testSize(800, 450, 1), FormatPNG) }},
		{"VarianceZeroSize", func() ([]byte, error) { return VarianceBars(sampleVariance("en"), ChartSize{}, FormatPNG) }},
		{"PortfolioNoItems", func() ([]byte, error) { return PortfolioChart(PortfolioInput{}, testSize(800, 450, 1), FormatPNG) }},
		{"PortfolioTooManyRows", func() ([]byte, error) {
			in := PortfolioInput{Items: make([]PortfolioItem, 200)}
			return PortfolioChart(in, testSize(800, 450, 1), FormatPNG)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := tt.draw(); !errors.Is(err, ErrChart) {
				t.Errorf("err = %v, want ErrChart", err)
			}
		})
	}
}

func TestBarsFromRows(t *testing.T) {
	snap := sampledb.Snapshot(t, "en")
	ps := []app.Period{testkit.Key(t, "2023-Q1"), testkit.Key(t, "2023-Q2"), testkit.Key(t, "2023-Q3"), testkit.Key(t, "2023-Q4")}
	in := BarsFromRows(app.ReviewGoalRows(app.Calendar{}, snap, snap.Goals[0].ID, ps, testkit.Day(t, "2023-04-20"), app.DefaultThresholds))
	if in.Goal.ID != snap.Goals[0].ID || len(in.Periods) != 4 || in.Periods[0] != "2023-Q1" {
		t.Fatalf("input %+v", in)
	}
	wantPlan := []float64{10e6, 14e6, 16e6, 20e6}
	for i := range 4 {
		if in.Plan[i] != wantPlan[i] || in.HasActual[i] != (i == 0) {
			t.Errorf("period %d: plan %v, has actual %v", i, in.Plan[i], in.HasActual[i])
		}
	}
	if in.Actual[0] != 8e6 {
		t.Errorf("actual %v", in.Actual[0])
	}
}
