package app

import (
	"fmt"
	"math"
	"strconv"
)

// MaxDecimals is the most decimal places a goal can keep.
const MaxGoalDecimals = 6

// WeightDecimals is how many decimal places a goal's weight keeps: a share
// of 0–1 to a hundredth of a percent.
const WeightDecimals = 4

// RoundTo returns v rounded to decimals places, or an EInvalid error when v
// is NaN or infinite, has real digits beyond those places, or is too large
// for a float to hold its last kept digit exactly (2^53 units of it, some
// 9,007,199,254,740,991 whole units or 90,071,992,547,409.91 at two
// decimals): beyond that 12345678901234567 was kept as 12345678901234568,
// and two such values added up to infinity in the running totals.
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
	if math.Abs(scaled) >= 1<<53 {
		return 0, tooLargeError(v, decimals)
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

// tooLargeError says that v is beyond the amounts a goal keeping decimals
// places holds exactly.
func tooLargeError(v float64, decimals int) error {
	units := int64(1<<53 - 1)
	scale := int64(math.Pow10(decimals))
	limit := FormatValue(float64(units/scale), 0, UnitCount, "")
	if decimals > 0 {
		limit += fmt.Sprintf(".%0*d", decimals, units%scale)
	}
	text := strconv.FormatFloat(v, 'f', -1, 64)
	if math.Abs(v) >= 1e21 {
		text = strconv.FormatFloat(v, 'g', 6, 64)
	}
	return Errorf(EInvalid, MsgTooLarge, "Value", text, "Max", limit)
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
