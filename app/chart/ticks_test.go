package chart

import (
	"math"
	"slices"
	"testing"

	"pacer/app"
)

// isRoundStep reports whether step is 1, 2, 2.5 or 5 × 10^k.
func isRoundStep(step float64) bool {
	if !(step > 0) {
		return false
	}
	m := step / math.Pow10(int(math.Floor(math.Log10(step))))
	for _, want := range []float64{1, 2, 2.5, 5, 10} {
		if math.Abs(m-want) < 1e-9 {
			return true
		}
	}
	return false
}

func TestNiceTicks(t *testing.T) {
	tests := []struct {
		name     string
		lo, hi   float64
		maxTicks int
		minStep  float64
		want     []float64
	}{
		{"SalesTens", 0, 61_234_567, 8, 1, []float64{0, 1e7, 2e7, 3e7, 4e7, 5e7, 6e7, 7e7}},
		{"SalesFewer", 0, 61_234_567, 5, 1, []float64{0, 2e7, 4e7, 6e7, 8e7}},
		{"ShareTwoAndAHalf", 0, 15.3, 8, 0.1, []float64{0, 2.5, 5, 7.5, 10, 12.5, 15, 17.5}},
		{"ShareFives", 0, 15.3, 6, 0.1, []float64{0, 5, 10, 15, 20}},
		{"ShareTwos", 7.5, 15.5, 6, 0.1, []float64{6, 8, 10, 12, 14, 16}},
		{"CustomersFifties", 0, 210, 6, 1, []float64{0, 50, 100, 150, 200, 250}},
		{"CountsSkipHalves", 0, 4, 9, 1, []float64{0, 1, 2, 3, 4}},
		{"CountsSkipTwoAndAHalf", 0, 12, 6, 1, []float64{0, 5, 10, 15}},
		{"Negative", -3.2, 4.1, 8, 0, []float64{-4, -2, 0, 2, 4, 6}},
		{"DecimalNoise", 0, 0.7, 8, 0, []float64{0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7}},
		{"Billions", 0, 1.2e9, 8, 1, []float64{0, 2e8, 4e8, 6e8, 8e8, 1e9, 1.2e9}},
		{"FlatValue", 5, 5, 8, 1, []float64{4, 5, 6}},
		{"FlatZero", 0, 0, 8, 1, []float64{0, 1}},
		{"Reversed", 10, 0, 6, 1, []float64{0, 2, 4, 6, 8, 10}},
		{"TwoTicksAtLeast", 0, 100, 1, 1, []float64{0, 100}},
		{"NaN", math.NaN(), 1, 8, 0, nil},
		{"Huge", -math.MaxFloat64, math.MaxFloat64, 8, 0, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := niceTicks(tt.lo, tt.hi, tt.maxTicks, tt.minStep)
			if !slices.Equal(got, tt.want) {
				t.Fatalf("niceTicks(%v, %v, %d, %v) = %v, want %v", tt.lo, tt.hi, tt.maxTicks, tt.minStep, got, tt.want)
			}
			if len(got) > max(tt.maxTicks, 2) {
				t.Errorf("%d ticks, at most %d allowed", len(got), tt.maxTicks)
			}
			if len(got) > 1 {
				if step := got[1] - got[0]; !isRoundStep(step) {
					t.Errorf("step %v is not round", step)
				}
			}
		})
	}
}

// TestNiceTicksAlwaysRound sweeps ranges of every size and checks the
// steps are round and the ticks cover the range.
func TestNiceTicksAlwaysRound(t *testing.T) {
	for _, hi := range []float64{0.013, 0.9, 1.27, 7, 15.3, 99, 153, 1234, 61_234_567, 3.3e11} {
		for _, lo := range []float64{0, hi / 3, -hi / 2} {
			for maxTicks := 3; maxTicks <= 9; maxTicks++ {
				ticks := niceTicks(lo, hi, maxTicks, 0)
				if len(ticks) < 2 || len(ticks) > maxTicks || ticks[0] > lo || ticks[len(ticks)-1] < hi {
					t.Fatalf("niceTicks(%v, %v, %d) = %v", lo, hi, maxTicks, ticks)
				}
				step := ticks[1] - ticks[0]
				for i, v := range ticks {
					if k := v / step; math.Abs(k-math.Round(k)) > 1e-6 || !isRoundStep(app.DropFloatNoise(step)) {
						t.Fatalf("niceTicks(%v, %v, %d)[%d] = %v: not a multiple of a round step %v", lo, hi, maxTicks, i, v, step)
					}
				}
			}
		}
	}
}

func TestTickLabels(t *testing.T) {
	sales := app.Goal{Unit: app.UnitCurrency, UnitLabel: "CNY"}
	tests := []struct {
		name  string
		g     app.Goal
		wan   bool
		ticks []float64
		want  []string
	}{
		{"Currency", sales, false, []float64{0, 1e7, 2e7}, []string{"¥0", "¥10,000,000", "¥20,000,000"}},
		{"CurrencyWan", sales, true, []float64{0, 2.5e7, 5e7, 7.5e7, 1e8, 1.25e8}, []string{"¥0", "¥2500万", "¥5000万", "¥7500万", "¥1亿", "¥1.25亿"}},
		{"NegativeWan", sales, true, []float64{-2e7, 0, 2e7}, []string{"-¥2000万", "¥0", "¥2000万"}},
		{"OtherCurrencyWan", app.Goal{Unit: app.UnitCurrency, UnitLabel: "CHF"}, true, []float64{0, 5e4}, []string{"CHF 0", "CHF 5万"}},
		{"PercentStepTwoAndAHalf", app.Goal{Unit: app.UnitPercent, Decimals: 1}, false, []float64{5, 7.5, 10}, []string{"5.0%", "7.5%", "10.0%"}},
		{"PercentWholeSteps", app.Goal{Unit: app.UnitPercent, Decimals: 1}, true, []float64{6, 8, 10}, []string{"6%", "8%", "10%"}},
		{"Count", app.Goal{Unit: app.UnitCount}, false, []float64{0, 5000, 10000}, []string{"0", "5,000", "10,000"}},
		{"CountWan", app.Goal{Unit: app.UnitCount}, true, []float64{0, 5000, 10000, 15000}, []string{"0", "5000", "1万", "1.5万"}},
		{"Custom", app.Goal{Unit: app.UnitCustom, UnitLabel: "kg"}, false, []float64{0, 0.5, 1}, []string{"0.0 kg", "0.5 kg", "1.0 kg"}},
		{"CustomWan", app.Goal{Unit: app.UnitCustom, UnitLabel: "kg"}, true, []float64{0, 2e4}, []string{"0 kg", "2万 kg"}},
		{"OneTick", sales, false, []float64{5}, []string{"¥5"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := newValueFormatter(tt.g, tt.wan).tickLabels(tt.ticks)
			if !slices.Equal(got, tt.want) {
				t.Errorf("tickLabels(%v) = %q, want %q", tt.ticks, got, tt.want)
			}
		})
	}
}
