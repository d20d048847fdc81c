package app

import "math"

// A goal keeps its values to its decimals, so a sum of them is a whole
// number of the goal's last decimal (cents). Adding those whole numbers
// is exact where adding the floats rounds (0.1 + 0.2 is not 0.3), and a
// sum read as a difference of two running totals (data's checkin_totals)
// is then the very same number as one added value by value.

// UnitsLimit is 2^53: whole numbers below it in size are exact floats.
const UnitsLimit = 1 << 53

// maxExactTerms bounds how many units ExactSum adds in an int64: each is
// below 2^53 in size, so 1,023 of them cannot overflow.
const maxExactTerms = 1023

// ValueUnits is v as a whole number of units of a goal's last decimal
// (v × 10^decimals), and whether v is exactly that many: false when v has
// digits beyond decimals, is not finite or is 2^53 units or more in size.
// It rounds as SQLite's round(x) does, so that the store's running totals
// (migration 13) count the same units.
func ValueUnits(v float64, decimals int) (int64, bool) {
	if decimals < 0 || decimals > MaxGoalDecimals {
		return 0, false
	}
	sc := math.Pow10(decimals)
	x := v * sc
	if !(math.Abs(x) < UnitsLimit) {
		return 0, false
	}
	r := math.Trunc(math.Abs(x) + 0.5)
	if x < 0 {
		r = -r
	}
	u := int64(r)
	return u, float64(u)/sc == v
}

// UnitsValue is a whole number of units of the last of decimals places
// as a float: the float nearest the exact decimal.
func UnitsValue(units int64, decimals int) float64 {
	return float64(units) / math.Pow10(decimals)
}

// ExactSum adds vs, values of a goal keeping decimals places, as whole
// numbers of units of the last place, so that the result is the float
// nearest their exact sum; a value that is not exactly a whole number of
// units (or too many values) is added as floats, in order.
func ExactSum(vs []float64, decimals int) float64 {
	return exactSumOf(len(vs), func(i int) float64 { return vs[i] }, decimals)
}

// exactSumOf is ExactSum of the n values at(0) … at(n-1).
func exactSumOf(n int, at func(i int) float64, decimals int) float64 {
	if n <= maxExactTerms {
		var s int64
		exact := true
		for i := range n {
			u, ok := ValueUnits(at(i), decimals)
			if !ok {
				exact = false
				break
			}
			s += u
		}
		if exact {
			return UnitsValue(s, decimals)
		}
	}
	sum := 0.0
	for i := range n {
		sum += at(i)
	}
	return sum
}

// RunningSum adds a goal's values one at a time, each total the very sum
// ExactSum gives of the values added so far: a cumulative line (the
// chart's actual, the goal detail's running actual) then reads to the cent
// what the tables add, where adding floats drifts (0.1 + 0.2 + … a cent
// off after a few months). The zero RunningSum adds whole numbers.
type RunningSum struct {
	// Decimals are the places the goal's values keep.
	Decimals int
	units    int64
	float    float64
	n        int
	inexact  bool
}

// Add adds v and returns the sum so far, as ExactSum would add the same
// values in the same order: as whole units of the last decimal place
// while every value is one, as floats in order once one is not.
func (s *RunningSum) Add(v float64) float64 {
	s.n++
	s.float += v
	if !s.inexact {
		u, ok := ValueUnits(v, s.Decimals)
		s.inexact = !ok || s.n > maxExactTerms
		s.units += u
	}
	if s.inexact {
		return s.float
	}
	return UnitsValue(s.units, s.Decimals)
}
