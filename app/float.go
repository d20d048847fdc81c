package app

import (
	"math"
	"strconv"
)

// DropFloatNoise drops binary noise beyond 12 significant digits, so that
// 3 × 0.1 is 0.3 and labels show what the step says.
func DropFloatNoise(v float64) float64 {
	if c, ok := dropFloatNoiseFast(v); ok {
		return c
	}
	c, err := strconv.ParseFloat(strconv.FormatFloat(v, 'g', 12, 64), 64)
	if err != nil {
		return v
	}
	return c
}

// pow10 are the powers of ten a float64 holds exactly.
var pow10 = [...]float64{1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
	1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22}

// dropFloatNoiseFast is DropFloatNoise without strings, some 200 ns less
// for each of the review's five figures a row, where it is sure to give
// the same bits; ok is false elsewhere. A whole number below 10^12 has at
// most 12 digits: it is its own 12-digit form. Otherwise v × 10^k, with
// 10^k exact and the product between 10^11 and 10^12, is v's 12 digits
// read as a whole number, off by one rounding (below 2^-53 × 10^12, about
// 10^-4): away from a half and from the ends of that range, math.Round
// of it is the whole number the 12-digit form rounds to, and its quotient
// by 10^k, one correctly rounded division of exact operands, is the float
// that strconv.ParseFloat reads back from that form.
func dropFloatNoiseFast(v float64) (float64, bool) {
	a := math.Abs(v)
	if a < 1e12 && v == math.Trunc(v) {
		return v, true
	}
	if !(a >= 1e-10 && a < 1e11) {
		return 0, false
	}
	k := 11 - int(math.Floor(math.Log10(a)))
	if k < 1 || k >= len(pow10) {
		return 0, false
	}
	x := a * pow10[k]
	if !(x >= 1e11+1 && x <= 1e12-1) || math.Abs(x-math.Trunc(x)-0.5) < 1e-3 {
		return 0, false
	}
	return math.Copysign(math.Round(x)/pow10[k], v), true
}

// DropFloatNoiseAt is DropFloatNoise for a figure a goal keeping decimals
// digits shows: beyond 12 significant digits it keeps every whole digit,
// the decimals and one digit more, so that noise is still dropped but no
// digit the goal shows is. A check-in of ¥1,234,567,890,123.45 has 15
// significant digits: cut to 12, the review read it ¥1,234,567,890,120.00,
// and a goal that reached its target of ¥1,000,000,000,000.37 to the
// cent read partly achieved, its actual taken at ¥1,000,000,000,000.
func DropFloatNoiseAt(v float64, decimals int) float64 {
	a := math.Abs(v)
	decimals = max(0, min(decimals, MaxDecimals))
	if !(a >= pow10[max(0, 11-decimals)]) || math.IsInf(v, 0) {
		return DropFloatNoise(v) // 12 digits hold every one shown
	}
	if c, ok := dropNoiseAtFast(v, decimals); ok {
		return c
	}
	digits := min(17, int(math.Floor(math.Log10(a)))+1+decimals+1)
	c, err := strconv.ParseFloat(strconv.FormatFloat(v, 'g', digits, 64), 64)
	if err != nil {
		return v
	}
	return c
}

// dropNoiseAtFast is DropFloatNoiseAt without strings where it is sure to
// give the same bits: its digits are v's to decimals+1 places, v × 10^(decimals+1)
// rounded, exact below 10^15 but for one rounding of at most 1/16, so away
// from a half math.Round finds the whole number the digits make, and one
// division of exact operands gives the float ParseFloat reads back.
func dropNoiseAtFast(v float64, decimals int) (float64, bool) {
	k := decimals + 1
	x := math.Abs(v) * pow10[k]
	if !(x < 1e15) || math.Abs(x-math.Trunc(x)-0.5) < 0.25 {
		return 0, false
	}
	return math.Copysign(math.Round(x)/pow10[k], v), true
}
