package chart

import (
	"fmt"
	"strings"
	"testing"

	"pacer/app"
)

// sampleContributors is the first quarter's gap of a sales goal by
// product: 产品 B made 73 % of the shortfall.
func sampleContributors(lang string, values int) ContributorsInput {
	g := app.Goal{Title: "Sales", Kind: app.KindIncrease, Unit: app.UnitCurrency, UnitLabel: "CNY", Aggregation: app.AggFlow, Decimals: 2}
	current := []app.DimensionValue{{Value: "产品 B", Amount: 3_550_000}, {Value: "产品 A 旗舰系列（华东及华南区域重点门店）", Amount: 4_450_000.5}}
	reference := []app.DimensionValue{{Value: "产品 B", Amount: 5_000_000}, {Value: "产品 A 旗舰系列（华东及华南区域重点门店）", Amount: 5_000_000}}
	for i := range values - 2 {
		v := fmt.Sprintf("Product %c", 'C'+i)
		current = append(current, app.DimensionValue{Value: v, Amount: 1000.01})
		reference = append(reference, app.DimensionValue{Value: v, Amount: 1000})
	}
	in := ContributorsInput{Title: "Sales, Q1 2023: gap by 产品", ExpectedLabel: "Expected (last year's share of plan)", ActualLabel: "Actual",
		Goal: g, Values: app.Contributors(current, reference, 10_000_000, 2), Others: func(n int) string { return fmt.Sprintf("%d others", n) }}
	if lang == "zh" {
		in.Title, in.ExpectedLabel, in.ActualLabel, in.Wan = "销售额，2023年第1季度：按产品的差距", "应达（按去年占比分摊计划）", "实际", true
		in.Others = func(n int) string { return fmt.Sprintf("其他 %d 项", n) }
	}
	return in
}

func TestContributorsBars(t *testing.T) {
	useTestFont(t)
	for _, tc := range []struct {
		name, lang string
		values     int
		want       []string
	}{
		{"en", "en", 2, []string{">−¥1,450,000.00<", ">Expected (last year's share of plan)<", ">产品 B<"}},
		{"zh", "zh", 2, []string{">−¥145万<", ">应达（按去年占比分摊计划）<", ">产品 B<"}},
		{"many", "en", 12, []string{">5 others<", ">Product G<"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := sampleContributors(tc.lang, tc.values)
			for _, sz := range chartSizes {
				b, err := ContributorsBars(in, sz.size, FormatPNG)
				if err != nil {
					t.Fatal(err)
				}
				img := decodeChart(t, b, sz.wantW, sz.wantH)
				if !hasInk(img, 0x0072B2) || !hasInk(img, 0xD55E00) {
					t.Errorf("%s: expected and actual bars are not both drawn", sz.name)
				}
				saveChart(t, "review-contributors-"+tc.name+"-"+sz.name+".png", b)
			}
			b, err := ContributorsBars(in, testSize(1920, 1080, 1), FormatSVG)
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range append(tc.want, in.Title) {
				if !strings.Contains(string(b), w) {
					t.Errorf("SVG lacks %q", w)
				}
			}
		})
	}
}

// TestContributorsBarsAddUp checks that folding the values past the
// eighth keeps every amount: the bars' gaps add up to the goal's variance
// to the cent.
func TestContributorsBarsAddUp(t *testing.T) {
	in := sampleContributors("en", 12)
	bars := in.Bars()
	if len(bars) != MaxContributorBars || bars[len(bars)-1].Label != "5 others" {
		t.Fatalf("%d bars, the last %+v", len(bars), bars[len(bars)-1])
	}
	var gap, actual int64
	for _, b := range bars {
		gap += int64(b.Gap*100 + 0.5*sign(b.Gap))
		actual += int64(b.Actual*100 + 0.5)
	}
	if want := actual - 10_000_000*100; gap != want {
		t.Errorf("gaps add up to %d cents, the variance is %d", gap, want)
	}
	if _, err := ContributorsBars(ContributorsInput{}, testSize(800, 450, 1), FormatPNG); err == nil {
		t.Error("a chart without values was drawn")
	}
}

func sign(v float64) float64 {
	if v < 0 {
		return -1
	}
	return 1
}
