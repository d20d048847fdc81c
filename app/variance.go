package app

import (
	"math"
)

// VarianceResult is the gap between an actual and an expected value.
type VarianceResult struct {
	// Abs is actual − expected, in the goal's unit.
	Abs float64
	// Rel is (actual − expected)/|expected| as a fraction: −0.2 is −20 %.
	// The absolute value in the denominator keeps the sign meaning "above
	// expected" when expected is negative.
	Rel float64
	// RelOK is false when expected is 0 and Rel is meaningless (then 0).
	RelOK bool
	// PP is the gap in percentage points, for percent goals: values are
	// stored as percents, so 8 % against 10 % is −2.
	PP float64
	// PPOK is true only for percent goals.
	PPOK bool
}

// Variance compares actual with expected for a goal of unit: sales of
// 8,000,000 against 10,000,000 are −2,000,000 and −20 %; a market share of
// 8 % against 10 % is −2 pp and −20 % relative. Non-finite inputs give a
// zero result with RelOK and PPOK false.
func Variance(unit Unit, expected, actual float64) VarianceResult {
	if !IsFinite(expected) || !IsFinite(actual) {
		return VarianceResult{}
	}
	return varianceOf(unit, expected, actual-expected)
}

// varianceOf is the VarianceResult of a gap abs to expected.
func varianceOf(unit Unit, expected, abs float64) VarianceResult {
	r := VarianceResult{Abs: ClampFinite(abs)}
	if expected != 0 {
		r.Rel, r.RelOK = ClampFinite(r.Abs/math.Abs(expected)), true
	}
	if unit == UnitPercent {
		r.PP, r.PPOK = r.Abs, true
	}
	return r
}

// ShownVariance is Variance of expected and actual as goal g shows them,
// each rounded to its decimals (RoundValue) first, the gap subtracted in
// whole units of the last place: a plan of 0.155 shows as 0.16, and an
// actual of 1.00 is then 0.84 ahead of it, not 0.845, which rounds on its
// own to 0.85, a cent off what the row's own figures subtract to. Every
// screen and export shows the gaps of the review (ReviewRow) so that
// expected + gap = actual as written. The relative gap is of the shown
// expected too.
func ShownVariance(g Goal, expected, actual float64) VarianceResult {
	if !IsFinite(expected) || !IsFinite(actual) {
		return VarianceResult{}
	}
	d := Decimals(g)
	e, a := ShownFigures(g, expected, actual)
	ue, okE := ValueUnits(e, d)
	ua, okA := ValueUnits(a, d)
	if !okE || !okA {
		return varianceOf(g.Unit, e, a-e)
	}
	return varianceOf(g.Unit, e, UnitsValue(ua-ue, d))
}

// Compare is Variance of values[actualKey] against values[expectedKey]
// (two maps, which may be the same); ok is false when either is missing.
func Compare(unit Unit, expected map[string]float64, expectedKey string, actual map[string]float64, actualKey string) (VarianceResult, bool) {
	e, okE := expected[expectedKey]
	a, okA := actual[actualKey]
	if !okE || !okA {
		return VarianceResult{}, false
	}
	return Variance(unit, e, a), true
}

// VsPlan compares the actual value of period p with its planned target;
// ok is false when either is missing. Plan and actuals must be keyed by
// the same cadence (see RollUp).
func VsPlan(unit Unit, plan []PeriodTarget, actual map[string]float64, p Period) (VarianceResult, bool) {
	planned := make(map[string]float64, len(plan))
	for _, t := range plan {
		planned[t.PeriodKey] = t.Target
	}
	return Compare(unit, planned, p.Key(), actual, p.Key())
}

// VsPrevious compares the value of period p with the one of the period
// before it; ok is false when either is missing.
func VsPrevious(unit Unit, values map[string]float64, p Period) (VarianceResult, bool) {
	return Compare(unit, values, p.Prev().Key(), values, p.Key())
}

// VsLastYear compares the value of period p with the same period a year
// earlier (Calendar.SameLastYear); values may include history from before
// the goal started. ok is false when either is missing.
func VsLastYear(cal Calendar, unit Unit, values map[string]float64, p Period) (VarianceResult, bool) {
	return Compare(unit, values, cal.SameLastYear(p).Key(), values, p.Key())
}
