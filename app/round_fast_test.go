package app

import (
	"math"
	"math/rand/v2"
	"strconv"
	"testing"
)

// TestRoundValueFast checks the arithmetic rounding against RoundValue's
// rounding of the decimal form on values near halves (1.005, 2.675, 0.125
// and their kin, which the float scaled by 100 rounds the other way),
// random values of every size and sign, and every place.
func TestRoundValueFast(t *testing.T) {
	vs := []float64{0, math.Copysign(0, -1), 1.005, 2.675, 0.125, -0.125, 1.0049999999999999, 0.5, -0.5, 1e15 + 0.5,
		-0.001, 0.0049, 123456789.125, 1 << 49, -(1 << 50), 1e-12}
	rng := rand.New(rand.NewPCG(17, 2026))
	for range 200_000 {
		d := rng.IntN(7)
		k := rng.Int64N(2_000_000_000) - 1_000_000_000
		// a decimal with one more place than kept, often a 5 there
		s := strconv.FormatInt(k, 10) + "e-" + strconv.Itoa(d+1)
		v, _ := strconv.ParseFloat(s, 64)
		vs = append(vs, v, rng.NormFloat64()*math.Pow10(rng.IntN(16)))
	}
	checked := 0
	for _, v := range vs {
		for d := 0; d <= MaxDecimals; d++ {
			got, ok := roundValueFast(v, d)
			if !ok {
				continue
			}
			checked++
			if want := roundDecimalForm(v, d); got != want || math.Signbit(got) != math.Signbit(want) {
				t.Fatalf("roundValueFast(%v, %d) = %v, the decimal form rounds to %v", v, d, got, want)
			}
		}
	}
	if checked < len(vs) {
		t.Fatalf("only %d of %d values rounded fast", checked, len(vs)*(MaxDecimals+1))
	}
	if _, ok := roundValueFast(1.005, 2); ok {
		t.Error("1.005 to 2 places rounded fast; 100.49999999999999 is a half")
	}
}

// roundDecimalForm is RoundValue without its fast path.
func roundDecimalForm(v float64, decimals int) float64 {
	neg, intPart, frac, _ := decimalOf(v)
	intPart, frac = roundDigits(intPart, frac, decimals)
	r, _ := strconv.ParseFloat(intPart+"."+frac, 64)
	if neg {
		r = -r
	}
	return r + 0
}
