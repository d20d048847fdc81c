package app

import "math"

// RoundValue rounds the shortest decimal form of a value through strings,
// some 300 ns a call; the dashboard rounds each remaining period's need of
// each goal (26 a goal half-way through its year, 52,000 at 2,000 goals).
// Away from a half, that decimal form and the float scaled by 10^decimals
// round to the same whole number, which is cheap to find.

// roundValueFast is RoundValue(v, decimals) for decimals in 0..MaxDecimals
// where v × 10^decimals is well away from a half (and below 2^50 in
// size); ok is false elsewhere, where the caller rounds the decimal form.
func roundValueFast(v float64, decimals int) (float64, bool) {
	sc := math.Pow10(decimals)
	x := v * sc
	ax := math.Abs(x)
	if !(ax < 1<<50) {
		return 0, false
	}
	// The product's rounding and the shortest form's distance from v are
	// each within 2^-52 of |x|: 1e-15 × |x| covers both, 1e-9 leaves room.
	if math.Abs(ax-math.Trunc(ax)-0.5) <= 1e-9+1e-15*ax {
		return 0, false
	}
	return math.Round(x)/sc + 0, true // + 0: no negative zero
}
