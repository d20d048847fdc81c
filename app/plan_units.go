package app

import "math"

// The even and seasonal splits count their parts in whole units of the
// goal's last decimal where a float holds them, so that the parts add up
// to the target exactly (see exact_sum.go).

// restOf is total less the sum of parts, values of decimals places: in
// whole units of the last place where each is one, as the float of a
// cent of ¥71,234,567,890,123.45 is not exact and adding 52 weeks' parts
// as floats drifted the rest three cents off.
func restOf(total float64, parts []float64, decimals int) float64 {
	d := max(0, min(decimals, MaxDecimals))
	t, ok := ValueUnits(total, d)
	for _, v := range parts {
		u, exact := ValueUnits(v, d)
		ok = ok && exact
		t -= u
	}
	if ok && t > -UnitsLimit && t < UnitsLimit {
		return UnitsValue(t, d)
	}
	return RoundValue(total-ExactSum(parts, decimals), decimals)
}

// splitRunning writes into out the parts of total whose running total is
// the running share of it rounded to decimals: each part within a unit of
// the last decimal of its own share and, where the shares are not
// negative, of the total's sign (6 a year by month: 1, 0, 1, 0 …), the
// last making up the total exactly. It counts in units of the last
// decimal, where a float holds whole numbers exactly, and takes a running
// share within float noise of a half unit for the half (7/12 of 6 units
// sums to 3.4999999999999996), so that even shares alternate evenly.
func splitRunning(out []float64, total float64, share func(i int) float64, decimals int) []float64 {
	scale := math.Pow10(max(0, min(decimals, MaxDecimals)))
	units := math.Round(total * scale)
	if !(math.Abs(units) < 1<<50) {
		return splitRunningLarge(out, total, share, decimals)
	}
	cum, before := 0.0, 0.0
	for i := range len(out) - 1 {
		cum += share(i)
		at := roundHalfAway(units * cum)
		out[i] = (at-before)/scale + 0 // + 0: no negative zero
		before = at
	}
	out[len(out)-1] = (units-before)/scale + 0
	return out
}

// roundHalfAway rounds x to a whole number, half away from zero, x within
// float noise of a half counting as the half.
func roundHalfAway(x float64) float64 {
	if f := math.Floor(x); math.Abs(x-f-0.5) <= 1e-9+4e-16*math.Abs(x) { // a few units of float precision
		x = f + 0.5
	}
	return math.Round(x)
}

// splitRunningLarge is splitRunning of a total of 2^50 units or more,
// beyond which a float no longer holds every half unit: the running
// shares rounded as values.
func splitRunningLarge(out []float64, total float64, share func(i int) float64, decimals int) []float64 {
	d := max(0, min(decimals, MaxDecimals))
	units, ok := ValueUnits(RoundValue(total, d), d)
	if !ok {
		cum, before := 0.0, 0.0
		for i := range len(out) - 1 {
			cum += share(i)
			at := RoundValue(total*cum, decimals)
			out[i] = RoundValue(at-before, decimals)
			before = at
		}
		out[len(out)-1] = RoundValue(total-before, decimals)
		return out
	}
	// In whole units: a running share rounded as a float of ¥7 × 10^13
	// is a cent off its decimal, and the parts drifted cents from the total.
	cum, before := 0.0, int64(0)
	for i := range len(out) - 1 {
		cum += share(i)
		at := int64(math.Round(float64(units) * cum))
		out[i] = UnitsValue(at-before, d) + 0 // + 0: no negative zero
		before = at
	}
	out[len(out)-1] = UnitsValue(units-before, d) + 0
	return out
}
