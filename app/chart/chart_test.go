package chart

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/golang/freetype/truetype"

	"pacer/app"
	"pacer/app/internal/testkit"
	"pacer/app/sample"
)

const testFontPath = "../../assets/fonts/wqy-microhei.ttf"

// loadTestFont parses the embedded CJK font once for every test.
var loadTestFont = sync.OnceValues(func() (*Font, error) {
	ttf, err := os.ReadFile(testFontPath)
	if err != nil {
		return nil, err
	}
	return ParseFont(ttf)
})

// testFont is the embedded CJK font, as the app passes it.
func testFont(tb testing.TB) *Font {
	tb.Helper()
	f, err := loadTestFont()
	if err != nil {
		tb.Fatalf("chart font: %v", err)
	}
	return f
}

// useTestFont fails the test when the CJK font that testSize passes
// cannot be read.
func useTestFont(tb testing.TB) {
	tb.Helper()
	testFont(tb)
}

// testSize is a chart size drawn with the embedded CJK font.
func testSize(w, h int, scale float32) ChartSize {
	f, _ := loadTestFont()
	return ChartSize{Width: w, Height: h, Scale: scale, Font: f}
}

// chartTexts are the translated strings a view would pass.
var chartTexts = map[string]struct {
	title                            string
	plan, actual, target, projection string
	periods                          []string
}{
	"en": {"North-America sales 2023: actual vs plan", "Plan (cumulative)", "Actual", "Target", "Projection", []string{"Q1", "Q2", "Q3", "Q4"}},
	"zh": {"2023年北美地区销售额：实际与计划", "计划（累计）", "实际", "目标", "预测", []string{"第1季度", "第2季度", "第3季度", "第4季度"}},
}

// sampleChart is the cumulative chart input of sample goal i, checked in
// for Q1 and drawn in mid-April 2023.
func sampleChart(tb testing.TB, lang string, i int) CumulativeInput {
	sg := sample.SamplePlan(lang)[i]
	tx := chartTexts[lang]
	return CumulativeInput{
		Goal: sg.Goal, Plan: sg.Plan, Values: app.ValuesFromCheckIns(sg.CheckIns), AsOf: app.NewDate(2023, 4, 15),
		Title: tx.title, PlanLabel: tx.plan, ActualLabel: tx.actual, TargetLabel: tx.target, ProjectionLabel: tx.projection,
		PeriodLabels: tx.periods, Wan: lang == "zh",
	}
}

// saveChart writes a chart to $PACER_CHART_DIR, when set, to look at.
func saveChart(tb testing.TB, name string, b []byte) {
	if dir := os.Getenv("PACER_CHART_DIR"); dir != "" {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			tb.Error(err)
		}
	}
}

// Goals of TestCumulativeChartPNG beyond the sample's three.
const (
	monthlyGoal = 10 + iota
	weeklyGoal
)

func TestCumulativeChartPNG(t *testing.T) {
	useTestFont(t)
	tests := []struct {
		name         string
		lang         string
		goal         int
		size         ChartSize
		wantW, wantH int
	}{
		{"cumulative-en", "en", 0, testSize(1920, 1080, 1), 1920, 1080},
		{"cumulative-zh", "zh", 0, testSize(1920, 1080, 1), 1920, 1080},
		{"cumulative-en-2x", "en", 0, testSize(800, 450, 2), 1600, 900},
		{"cumulative-zh-2x", "zh", 0, testSize(800, 450, 2), 1600, 900},
		{"customers-en", "en", 1, testSize(800, 450, 1), 800, 450},
		{"share-en", "en", 2, testSize(1920, 1080, 1), 1920, 1080},
		{"share-zh-small", "zh", 2, testSize(480, 320, 1.5), 720, 480},
		{"scale-unset", "en", 0, testSize(640, 360, 0), 640, 360},
		{"tall", "en", 2, testSize(400, 900, 1), 400, 900},
		{"card", "zh", 0, testSize(320, 200, 2), 640, 400},
		{"monthly", "en", monthlyGoal, testSize(1280, 720, 1), 1280, 720},
		{"weekly", "en", weeklyGoal, testSize(800, 450, 2), 1600, 900},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var in CumulativeInput
			switch tt.goal {
			case monthlyGoal:
				in = monthlyChart(9, app.CadenceMonth)
			case weeklyGoal:
				in = monthlyChart(7, app.CadenceWeek)
			default:
				in = sampleChart(t, tt.lang, tt.goal)
			}
			b, err := CumulativeChart(in, tt.size, FormatPNG)
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
			saveChart(t, tt.name+".png", b)
		})
	}
}

func TestCumulativeImage(t *testing.T) {
	useTestFont(t)
	in := sampleChart(t, "en", 0)
	img, err := CumulativeImage(in, testSize(800, 450, 2))
	if err != nil {
		t.Fatal(err)
	}
	if got := img.Bounds().Size(); got != image.Pt(1600, 900) {
		t.Errorf("size = %v, want 1600x900", got)
	}
	if !img.Opaque() {
		t.Error("image is not opaque")
	}
	b, err := CumulativeChart(in, testSize(800, 450, 2), FormatPNG)
	if err != nil {
		t.Fatal(err)
	}
	decoded, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	for _, pt := range []image.Point{{0, 0}, {400, 300}, {1200, 700}, {1599, 899}} {
		r1, g1, b1, _ := img.At(pt.X, pt.Y).RGBA()
		r2, g2, b2, _ := decoded.At(pt.X, pt.Y).RGBA()
		if r1 != r2 || g1 != g2 || b1 != b2 {
			t.Errorf("pixel %v: image %v, PNG %v", pt, img.At(pt.X, pt.Y), decoded.At(pt.X, pt.Y))
		}
	}
	if _, err := CumulativeImage(in, ChartSize{}); !errors.Is(err, ErrChart) {
		t.Errorf("zero size: err = %v, want ErrChart", err)
	}
}

func TestCumulativeChartSVG(t *testing.T) {
	useTestFont(t)
	tests := []struct {
		name string
		in   CumulativeInput
		size ChartSize
		want []string
	}{
		{"en", sampleChart(t, "en", 0), testSize(1920, 1080, 1), []string{
			`viewBox="0 0 1920 1080"`, "North-America sales 2023: actual vs plan", "Target ¥60,000,000", "¥8,000,000", "¥0<", "Q4<",
		}},
		{"zh", sampleChart(t, "zh", 0), testSize(800, 450, 2), []string{
			`viewBox="0 0 1600 900"`, "2023年北美地区销售额：实际与计划", "目标 ¥6000万", "¥800万", "第4季度",
		}},
		{"share", sampleChart(t, "en", 2), testSize(1920, 1080, 1), []string{"Target 15.0%", "8.0%"}},
		{"escaped", func() CumulativeInput { in := sampleChart(t, "en", 0); in.Title = "Sales <NA> & more"; return in }(),
			testSize(800, 450, 1), []string{"Sales &lt;NA&gt; &amp; more"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := CumulativeChart(tt.in, tt.size, FormatSVG)
			if err != nil {
				t.Fatal(err)
			}
			svg := string(b)
			if !strings.HasPrefix(svg, "<svg") || !strings.HasSuffix(svg, "</svg>") {
				t.Errorf("not an SVG document: %.60q…", svg)
			}
			for _, w := range tt.want {
				if !strings.Contains(svg, w) {
					t.Errorf("SVG lacks %q", w)
				}
			}
			saveChart(t, "cumulative-"+tt.name+".svg", b)
		})
	}
}

// TestChineseRenders checks that Chinese is drawn with real glyphs: the
// font maps the characters, and the PNG changes both when the title is
// blanked and when its characters are reordered (tofu boxes all look
// alike, so reordering them would change nothing).
func TestChineseRenders(t *testing.T) {
	useTestFont(t)
	ttf, err := os.ReadFile(testFontPath)
	if err != nil {
		t.Fatal(err)
	}
	f, err := truetype.Parse(ttf)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range "销售额目标实际计划预测万亿¥%Q1" {
		if f.Index(r) == 0 {
			t.Errorf("font has no glyph for %q", r)
		}
	}
	render := func(title string) []byte {
		in := sampleChart(t, "zh", 0)
		in.Title = title
		b, err := CumulativeChart(in, testSize(800, 450, 1), FormatPNG)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	chinese := render("销售额计划")
	if bytes.Equal(chinese, render("     ")) {
		t.Error("a Chinese title draws nothing")
	}
	if bytes.Equal(chinese, render("计划额销售")) {
		t.Error("reordered Chinese draws the same: the glyphs are tofu")
	}
}

func TestCumulativeChartErrors(t *testing.T) {
	useTestFont(t)
	noDates := sampleChart(t, "en", 0)
	noDates.Goal.End = app.Date{}
	badTarget := sampleChart(t, "en", 0)
	badTarget.Goal.Target = math.NaN()
	huge := sampleChart(t, "en", 0)
	huge.Values = []app.PeriodValue{{PeriodKey: "2023-Q1", Value: math.MaxFloat64}, {PeriodKey: "2023-Q2", Value: -math.MaxFloat64 / 2}}
	tests := []struct {
		name   string
		in     CumulativeInput
		size   ChartSize
		format Format
	}{
		{"ZeroSize", sampleChart(t, "en", 0), testSize(0, 450, 1), FormatPNG},
		{"TooLarge", sampleChart(t, "en", 0), testSize(5000, 3000, 2), FormatPNG},
		{"TooSmall", sampleChart(t, "zh", 0), testSize(120, 80, 1), FormatPNG},
		{"InfiniteScale", sampleChart(t, "en", 0), testSize(800, 450, float32(math.Inf(1))), FormatPNG},
		{"UnknownFormat", sampleChart(t, "en", 0), testSize(800, 450, 1), Format(9)},
		{"NoPeriods", noDates, testSize(800, 450, 1), FormatPNG},
		{"NoTarget", badTarget, testSize(800, 450, 1), FormatSVG},
		{"HugeValues", huge, testSize(800, 450, 1), FormatPNG},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := CumulativeChart(tt.in, tt.size, tt.format); !errors.Is(err, ErrChart) {
				t.Errorf("err = %v, want ErrChart", err)
			}
		})
	}
}

func TestParseFontRejectsGarbage(t *testing.T) {
	if _, err := ParseFont([]byte("not a font")); err == nil {
		t.Error("ParseFont accepted garbage")
	}
}

func BenchmarkCumulativeImage1080p(b *testing.B) {
	useTestFont(b)
	in := sampleChart(b, "zh", 0)
	for b.Loop() {
		if _, err := CumulativeImage(in, testSize(1920, 1080, 1)); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCumulativeChart1080p(b *testing.B) {
	useTestFont(b)
	for _, lang := range []string{"en", "zh"} {
		for _, format := range []Format{FormatPNG, FormatSVG} {
			in := sampleChart(b, lang, 0)
			b.Run(fmt.Sprintf("%s/%v", lang, []string{"png", "svg"}[format]), func(b *testing.B) {
				for b.Loop() {
					if _, err := CumulativeChart(in, testSize(1920, 1080, 1), format); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// monthlyChart is a monthly sales goal of 12,000,000 with an even plan,
// checked in from January to lastMonth.
func monthlyChart(lastMonth int, c app.Cadence) CumulativeInput {
	g := app.Goal{
		ID: 1, Kind: app.KindIncrease, Unit: app.UnitCurrency, UnitLabel: "USD", Aggregation: app.AggFlow,
		Target: 12_000_000, Start: app.NewDate(2026, 1, 1), End: app.NewDate(2026, 12, 31), Cadence: c, PlanBy: c,
	}
	in := CumulativeInput{Goal: g, Title: "Online sales 2026", PlanLabel: "Plan", ActualLabel: "Actual", TargetLabel: "Target", ProjectionLabel: "Projection"}
	var cal app.Calendar
	for i, p := range app.CheckInPeriods(cal, g) {
		in.PeriodLabels = append(in.PeriodLabels, cal.Start(p).Format("Jan 2"))
		if cal.Start(p).Month() <= time.Month(lastMonth) {
			in.Values = append(in.Values, app.PeriodValue{PeriodKey: p.Key(), Value: float64(900_000+37_000*i) * 12 / float64(len(app.CheckInPeriods(cal, g)))})
		}
	}
	return in
}

// TestCumulativeChartShapes draws goals of every kind and shape, and checks
// what the SVG says.
func TestCumulativeChartShapes(t *testing.T) {
	useTestFont(t)
	base := func(mod func(in *CumulativeInput)) CumulativeInput {
		in := sampleChart(t, "en", 0)
		mod(&in)
		return in
	}
	tests := []struct {
		name    string
		in      CumulativeInput
		want    []string
		notWant []string
	}{
		{"NoCheckIns", base(func(in *CumulativeInput) { in.Values = nil }), []string{"Plan (cumulative)", "Target ¥60,000,000"}, []string{"Projection", ">Actual<"}},
		{"AllReported", base(func(in *CumulativeInput) {
			in.Values = testkit.Vals("2023-Q1", 8e6, "2023-Q2", 15e6, "2023-Q3", 17e6, "2023-Q4", 22e6)
			in.AsOf = app.Date{}
		}), []string{"¥62,000,000", ">Actual<"}, []string{"Projection"}},
		{"LaterCheckInIgnored", base(func(in *CumulativeInput) {
			in.Values = testkit.Vals("2023-Q1", 8e6, "2023-Q3", 17e6)
		}), []string{"¥8,000,000", "¥48,000,000"}, []string{"¥25,000,000"}},
		{"GapInCheckIns", base(func(in *CumulativeInput) {
			in.Values = testkit.Vals("2023-Q1", 8e6, "2023-Q3", 17e6)
			in.AsOf = app.NewDate(2023, 10, 20)
		}), []string{"¥25,000,000"}, nil},
		{"PeriodKeysWithoutLabels", base(func(in *CumulativeInput) { in.PeriodLabels = []string{"Q1", " "} }), []string{">Q1<", ">2023-Q2<", ">2023-Q4<"}, nil},
		{"LongTitleShortened", base(func(in *CumulativeInput) {
			in.Title = strings.Repeat("In 2023, raise North-America sales by 20%, every quarter at least +5% year on year. ", 3)
		}), []string{"…<"}, nil},
		{"NoLabels", base(func(in *CumulativeInput) {
			in.Title, in.PlanLabel, in.ActualLabel, in.TargetLabel, in.ProjectionLabel = "", "", "", "", ""
		}), []string{">¥60,000,000<"}, []string{"Plan"}},
		// The year, its only period, is under way on 15 April: it is
		// projected up its own column, at the run-rate of its days so far.
		{"SinglePeriod", base(func(in *CumulativeInput) {
			in.Goal.Cadence, in.Goal.PlanBy, in.Plan, in.Values = app.CadenceYear, app.CadenceYear, nil, testkit.Vals("2023", 5e7)
			in.PeriodLabels = []string{"2023"}
		}), []string{">2023<", "¥50,000,000", "Projection"}, nil},
		{"SinglePeriodEnded", base(func(in *CumulativeInput) {
			in.Goal.Cadence, in.Goal.PlanBy, in.Plan, in.Values = app.CadenceYear, app.CadenceYear, nil, testkit.Vals("2023", 5e7)
			in.PeriodLabels, in.AsOf = []string{"2023"}, app.NewDate(2024, 1, 15)
		}), []string{">2023<", "¥50,000,000"}, []string{"Projection"}},
		{"StayAbove", base(func(in *CumulativeInput) {
			in.Goal.Kind, in.Goal.Unit, in.Goal.Aggregation, in.Goal.Target, in.Goal.Decimals = app.KindStayAbove, app.UnitPercent, app.AggLevel, 35, 1
			in.Plan, in.Values = nil, testkit.Vals("2023-Q1", 36.5, "2023-Q2", 34.0)
			in.AsOf = app.NewDate(2023, 7, 20)
		}), []string{"Target 35.0%", "34.0%"}, []string{"Plan"}},
		{"DecreaseFlow", base(func(in *CumulativeInput) {
			in.Goal.Kind, in.Goal.Target, in.Goal.Baseline, in.Plan = app.KindDecrease, 4e6, testkit.Ptr(5e6), nil
			in.Values = testkit.Vals("2023-Q1", 1.1e6)
		}), []string{"Target ¥4,000,000", "¥1,100,000", "¥4,400,000"}, nil},
		{"FiscalApril", base(func(in *CumulativeInput) {
			in.Calendar = testkit.April
			in.Goal.Start, in.Goal.End = app.NewDate(2023, 4, 1), app.NewDate(2024, 3, 31)
			in.Plan, in.Values, in.PeriodLabels = nil, testkit.Vals("2023-Q1", 14e6, "2023-Q2", 15e6), nil
			in.AsOf = app.NewDate(2023, 10, 15)
		}), []string{">2023-Q4<", "¥29,000,000", "¥58,000,000"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, format := range []Format{FormatPNG, FormatSVG} {
				b, err := CumulativeChart(tt.in, testSize(960, 540, 1), format)
				if err != nil {
					t.Fatal(err)
				}
				if format == FormatPNG {
					saveChart(t, "shape-"+tt.name+".png", b)
					continue
				}
				for _, w := range tt.want {
					if !bytes.Contains(b, []byte(w)) {
						t.Errorf("SVG lacks %q", w)
					}
				}
				for _, w := range tt.notWant {
					if bytes.Contains(b, []byte(w)) {
						t.Errorf("SVG has %q", w)
					}
				}
			}
		})
	}
}
