package app

import (
	"math"
	"strconv"
)

// MaxDecimals is the most decimal places a goal can keep.
const MaxGoalDecimals = 6

// WeightDecimals is how many decimal places a goal's weight keeps: a share
// of 0–1 to a hundredth of a percent.
const WeightDecimals = 4

// RoundTo returns v rounded to decimals places, or an EInvalid error when v
// is NaN or infinite, or has real digits beyond those places.
//
// Binary floating point cannot hold most decimals exactly, so arithmetic
// leaves noise (0.1+0.2 is 0.30000000000000004). Noise is told from a real
// extra digit by its size: a difference from the rounded value within a
// billionth of it (but at most a millionth of the last kept digit) or within
// a few units of float precision is noise and is rounded away; anything
// larger is a digit the user typed, and is refused rather than dropped.
// The result is the float closest to the decimal, so it formats back
// exactly: strconv.FormatFloat(RoundTo(0.1+0.2, 2), 'f', -1, 64) is "0.3".
func RoundTo(v float64, decimals int) (float64, error) {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, Errorf(EInvalid, MsgNotFinite)
	}
	if decimals < 0 || decimals > MaxGoalDecimals {
		return 0, Errorf(EInvalid, MsgDecimalsRange)
	}
	scale := math.Pow10(decimals)
	scaled := v * scale
	// Beyond 2^53 every float is a whole number: there is nothing to round.
	if math.Abs(scaled) >= 1<<53 {
		return v, nil
	}
	r := math.Round(scaled)
	abs := math.Abs(scaled)
	noise := math.Min(1e-9*math.Max(1, abs), 1e-6)
	if ulps := 8 * (math.Nextafter(abs, math.Inf(1)) - abs); ulps > noise {
		noise = ulps
	}
	if math.Abs(scaled-r) > noise {
		return 0, decimalsError(v, decimals)
	}
	if r == 0 {
		return 0, nil // no negative zero
	}
	// r and scale are exact, so the division gives the float nearest the decimal.
	return r / scale, nil
}

// decimalsError says that v has more decimal places than a goal keeping
// decimals of them takes; a goal keeping none counts whole amounts.
func decimalsError(v float64, decimals int) error {
	text := strconv.FormatFloat(v, 'f', -1, 64)
	if decimals == 0 {
		return Errorf(EInvalid, MsgWholeAmounts, "Value", text)
	}
	return Errorf(EInvalid, MsgTooManyDecimals, "Value", text, "Decimals", decimals)
}

// RoundPtr applies RoundTo to an optional value.
func RoundPtr(v *float64, decimals int) (*float64, error) {
	if v == nil {
		return nil, nil
	}
	r, err := RoundTo(*v, decimals)
	if err != nil {
		return nil, err
	}
	return &r, nil
}
