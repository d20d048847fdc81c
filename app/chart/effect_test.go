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
)

// effectTexts are the translated strings a view would pass.
var effectTexts = map[string]struct {
	title, marker, before, after, plan, actual, points string
	quarters                                           []string
}{
	"en": {"North-America sales 2023: before and after the adjustment", "Action started 2023-04-15", "Average before", "Average after",
		"Plan", "Actual", "", []string{"Q1", "Q2", "Q3", "Q4"}},
	"zh": {"2023年北美地区销售额：调整前后对比", "措施开始于2023-04-15", "调整前平均", "调整后平均",
		"计划", "实际", "个百分点", []string{"第1季度", "第2季度", "第3季度", "第4季度"}},
}

// sampleEffect is the effect chart of sample goal i (0 sales, 2 market
// share) with a Q2 check-in after the 15 April action, seen on 20 July.
func sampleEffect(lang string, i int, q2 float64) EffectInput {
	sg := sample.SamplePlan(lang)[i]
	values := append(app.ValuesFromCheckIns(sg.CheckIns), app.PeriodValue{PeriodKey: "2023-Q2", Value: q2})
	in := EffectInputFrom(app.Calendar{}, sg.Goal, sg.Plan, values, app.NewDate(2023, 4, 15), app.NewDate(2023, 7, 20))
	tx := effectTexts[lang]
	in.Title, in.MarkerLabel, in.BeforeLabel, in.AfterLabel = tx.title, tx.marker, tx.before, tx.after
	in.PlanLabel, in.ActualLabel, in.PointsUnit, in.Wan = tx.plan, tx.actual, tx.points, lang == "zh"
	in.Periods = tx.quarters
	return in
}

// monthlyEffect is a monthly sales goal with an action on 15 April, seen
// in mid-July, three months on each side.
func monthlyEffect(lang string) EffectInput {
	g := testkit.EffectGoal(app.KindIncrease, app.AggFlow, app.CadenceMonth, 12_000_000, 0)
	g.Unit, g.UnitLabel = app.UnitCurrency, "CNY"
	values := testkit.Vals("2023-01", 820_000, "2023-02", 760_000, "2023-03", 880_000, "2023-04", 930_000,
		"2023-05", 1_040_000, "2023-06", 1_120_000, "2023-07", 1_060_000)
	in := EffectInputFrom(app.Calendar{}, g, testkit.MonthlyPlan(1e6), values, app.NewDate(2023, 4, 15), app.NewDate(2023, 8, 10))
	tx := effectTexts[lang]
	in.Title, in.MarkerLabel, in.BeforeLabel, in.AfterLabel = tx.title, tx.marker, tx.before, tx.after
	in.PlanLabel, in.ActualLabel, in.Wan = tx.plan, tx.actual, lang == "zh"
	return in
}

func TestEffectInputFrom(t *testing.T) {
	in := sampleEffect("en", 0, 12.6e6)
	if in.StartIndex != 1 || !testkit.Near(in.StartFraction, 14.0/91) {
		t.Errorf("start at %d + %v, want 1 + 14/91", in.StartIndex, in.StartFraction)
	}
	if strings.Join(in.Keys, ",") != "2023-Q1,2023-Q2,2023-Q3,2023-Q4" {
		t.Errorf("keys %v", in.Keys)
	}
	if !testkit.FloatsNear(in.Plan, []float64{10e6, 14e6, 16e6, 20e6}) || in.Actual[1] != 12.6e6 || !in.HasActual[1] || in.HasActual[2] {
		t.Errorf("plan %v actual %v %v", in.Plan, in.Actual, in.HasActual)
	}
	if in.Effect.N != 1 || in.Effect.Verdict != app.EffectImproved {
		t.Errorf("effect %+v", in.Effect)
	}

	// History before the goal widens the chart to the periods compared,
	// without a plan there.
	sg := sample.SamplePlan("en")[0]
	values := append(app.ValuesFromHistory(sg.History), app.ValuesFromCheckIns(sg.CheckIns)...)
	in = EffectInputFrom(app.Calendar{}, sg.Goal, sg.Plan, values, app.NewDate(2023, 1, 10), app.NewDate(2023, 4, 20))
	if len(in.Keys) != 5 || in.Keys[0] != "2022-Q4" || !math.IsNaN(in.Plan[0]) || !in.HasActual[0] || in.StartIndex != 1 {
		t.Errorf("keys %v plan %v start %d", in.Keys, in.Plan, in.StartIndex)
	}
}

func TestEffectChartPNG(t *testing.T) {
	useTestFont(t)
	tests := []struct {
		name         string
		in           EffectInput
		size         ChartSize
		wantW, wantH int
	}{
		{"effect-en", sampleEffect("en", 0, 12.6e6), testSize(1920, 1080, 1), 1920, 1080},
		{"effect-zh", sampleEffect("zh", 0, 12.6e6), testSize(1920, 1080, 1), 1920, 1080},
		{"effect-en-2x", sampleEffect("en", 0, 12.6e6), testSize(800, 450, 2), 1600, 900},
		{"effect-zh-2x", sampleEffect("zh", 0, 12.6e6), testSize(800, 450, 2), 1600, 900},
		{"effect-share-en", sampleEffect("en", 2, 9.5), testSize(1920, 1080, 1), 1920, 1080},
		{"effect-share-zh", sampleEffect("zh", 2, 9.5), testSize(1920, 1080, 1), 1920, 1080},
		{"effect-monthly-en", monthlyEffect("en"), testSize(1920, 1080, 1), 1920, 1080},
		{"effect-monthly-zh", monthlyEffect("zh"), testSize(1920, 1080, 1), 1920, 1080},
		{"effect-too-early-en", sampleEffect("en", 0, 0), testSize(1280, 720, 1), 1280, 720},
		{"effect-card", monthlyEffect("zh"), testSize(400, 250, 2), 800, 500},
	}
	tests[8].in.HasActual[1], tests[8].in.Effect = false, app.EffectResult{Verdict: app.EffectTooEarly}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := EffectChart(tt.in, tt.size, FormatPNG)
			if err != nil {
				t.Fatal(err)
			}
			img, err := png.Decode(bytes.NewReader(b))
			if err != nil {
				t.Fatal(err)
			}
			if got := img.Bounds().Size(); got != image.Pt(tt.wantW, tt.wantH) {
				t.Errorf("size = %v, want %dx%d", got, tt.wantW, tt.wantH)
			}
			if inked(img) < 0.02 {
				t.Errorf("only %.1f%% of the chart is inked", 100*inked(img))
			}
			saveChart(t, tt.name+".png", b)
		})
	}
}

// inked is the share of pixels that are not white.
func inked(img image.Image) float64 {
	b := img.Bounds()
	n := 0
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			if r, g, bl, _ := img.At(x, y).RGBA(); r < 0xf000 || g < 0xf000 || bl < 0xf000 {
				n++
			}
		}
	}
	return float64(n) / float64(b.Dx()*b.Dy())
}

func TestEffectChartSVG(t *testing.T) {
	useTestFont(t)
	tests := []struct {
		name string
		in   EffectInput
		want []string
	}{
		{"en", sampleEffect("en", 0, 12.6e6), []string{"North-America sales 2023: before and after the adjustment", ">Action started 2023-04-15<",
			">Average before ¥8,000,000<", ">Average after ¥12,600,000 (+57.5%)<", ">Plan<", ">Actual<", ">Q4<", ">¥0<"}},
		{"zh", sampleEffect("zh", 0, 12.6e6), []string{"2023年北美地区销售额：调整前后对比", ">措施开始于2023-04-15<", ">调整前平均 ¥800万<",
			">调整后平均 ¥1260万 (+57.5%)<", ">第4季度<"}},
		{"points", sampleEffect("zh", 2, 9.5), []string{">调整前平均 8.0%<", ">调整后平均 9.5% (+1.5个百分点)<"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := EffectChart(tt.in, testSize(1920, 1080, 1), FormatSVG)
			if err != nil {
				t.Fatal(err)
			}
			svg := string(b)
			for _, w := range tt.want {
				if !strings.Contains(svg, w) {
					t.Errorf("SVG lacks %q", w)
				}
			}
		})
	}
}

func TestEffectImage(t *testing.T) {
	useTestFont(t)
	in := sampleEffect("zh", 0, 12.6e6)
	img, err := EffectImage(in, testSize(800, 450, 2))
	if err != nil {
		t.Fatal(err)
	}
	if got := img.Bounds().Size(); got != image.Pt(1600, 900) || !img.Opaque() {
		t.Errorf("size %v, opaque %v", got, img.Opaque())
	}
	// Chinese draws real glyphs: reordering them changes the picture.
	render := func(title string) []byte {
		in.Title = title
		b, err := EffectChart(in, testSize(800, 450, 1), FormatPNG)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	a := render("调整前后对比")
	if bytes.Equal(a, render("对比调整前后")) || bytes.Equal(a, render("      ")) {
		t.Error("Chinese title draws tofu or nothing")
	}
}

func TestEffectChartErrors(t *testing.T) {
	useTestFont(t)
	huge := sampleEffect("en", 0, math.MaxFloat64)
	huge.Actual[0] = -math.MaxFloat64
	tests := []struct {
		name   string
		in     EffectInput
		size   ChartSize
		format Format
	}{
		{"NoPeriods", EffectInput{}, testSize(800, 450, 1), FormatPNG},
		{"Huge", huge, testSize(800, 450, 1), FormatPNG},
		{"TooSmall", sampleEffect("en", 0, 1), testSize(100, 60, 1), FormatPNG},
		{"ZeroSize", sampleEffect("en", 0, 1), ChartSize{}, FormatPNG},
		{"BadFormat", sampleEffect("en", 0, 1), testSize(800, 450, 1), Format(9)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := EffectChart(tt.in, tt.size, tt.format); !errors.Is(err, ErrChart) {
				t.Errorf("err = %v, want ErrChart", err)
			}
		})
	}
}
