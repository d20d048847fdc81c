package notation

import (
	"strconv"
	"strings"

	"pacer/app"
)

// ReadExportedNumber reads the numbers that spreadsheets and accounting
// programs export and ParseNumber refuses, as in a field they are more
// likely a slip: the dash Excel's Accounting format shows for zero, alone
// or beside one currency symbol or code ("-", " - ", "$ -", "¥ -", "- €"),
// and the trailing minus of SAP ("1,200-" is -1200), after a digit and
// with no other sign or parenthesis. ok is false for anything else,
// including what ParseNumber reads.
func ReadExportedNumber(s string, f NumberFormat) (float64, bool) {
	s = app.NormalizeNumber(s)
	if isAccountingZero(s) {
		return 0, true
	}
	n := len(s)
	if n < 2 || s[n-1] != '-' || !isDigit(rune(s[n-2])) || strings.ContainsAny(s[:n-1], "+-()") {
		return 0, false
	}
	v, ok := ReadNumber(s[:n-1], f)
	return -v + 0, ok // + 0 turns -0 into 0
}

// ReadBareExponent reads scientific notation whose exponent has no sign,
// as Java writes doubles (1.5E7) and people type them ("1e3", "-2,5e3"
// with a decimal comma): a mantissa as readScientific reads it, E or e,
// and up to three digits. ParseNumber refuses them, as "1e5" alone is
// more often a code than a number; a column known to hold numbers reads
// them. ok is false for anything else, including what ParseNumber reads,
// and for a value beyond float64.
func ReadBareExponent(s string, f NumberFormat) (float64, bool) {
	s = app.NormalizeNumber(s)
	i := strings.IndexAny(s, "eE")
	if i <= 0 || i+1 == len(s) || !allDigits(s[i+1:]) {
		return 0, false
	}
	return readScientific(s[:i+1]+"+"+s[i+1:], f)
}

// isAccountingZero reports whether the normalised s is a dash alone or
// beside one currency word.
func isAccountingZero(s string) bool {
	rest, front := cutCurrency(s, true)
	if front == "" {
		rest, _ = cutCurrency(rest, false)
	}
	return rest == "-"
}

// readScientific reads scientific notation as Excel's General format and
// most programs write it: an optional sign, a mantissa in f without
// thousands separators, E or e, and a signed exponent of up to three
// digits ("1.2E+06", "-1,5E-03" with a decimal comma). The point is moved
// in the decimal digits, so 1.2E+06 is exactly 1,200,000. ok is false
// for anything else, and for a value beyond float64 either way.
func readScientific(s string, f NumberFormat) (float64, bool) {
	sign, s := cutSign(s)
	m, exp, ok := cutExponent(s)
	if !ok || strings.ContainsAny(m, groupSeparators(f)) {
		return 0, false
	}
	intPart, frac, ok := plainNumber(m, f)
	if !ok {
		return 0, false
	}
	if exp < 0 {
		intPart, frac = shiftLeft(intPart, frac, -exp)
	} else {
		intPart, frac = shiftRight(intPart, frac, exp)
	}
	v, err := strconv.ParseFloat(intPart+"."+frac, 64)
	if err != nil || !app.IsFinite(v) || (v == 0 && strings.Trim(intPart+frac, "0") != "") {
		return 0, false
	}
	if sign == '-' {
		v = -v
	}
	return v + 0, true
}

// groupSeparators are the thousands separators of f, which a mantissa
// does not have: "1,2E+06" is 1,200,000 with a decimal comma, and refused
// with a decimal point.
func groupSeparators(f NumberFormat) string {
	if f.DecimalComma {
		return ". "
	}
	return ", "
}

// cutExponent splits "1.2E+06" into its mantissa and exponent; the
// exponent needs its sign, so that "1e5", which is more often a code
// than a number, stays refused.
func cutExponent(s string) (mantissa string, exp int, ok bool) {
	i := strings.IndexAny(s, "eE")
	if i <= 0 || len(s)-i < 3 || len(s)-i > 5 || !allDigits(s[i+2:]) {
		return "", 0, false
	}
	exp, _ = strconv.Atoi(s[i+2:])
	switch s[i+1] {
	case '+':
		return s[:i], exp, true
	case '-':
		return s[:i], -exp, true
	}
	return "", 0, false
}

// shiftLeft divides the decimal intPart.frac by 10^k by moving the point.
func shiftLeft(intPart, frac string, k int) (string, string) {
	if len(intPart) <= k {
		intPart = strings.Repeat("0", k-len(intPart)+1) + intPart
	}
	return intPart[:len(intPart)-k], intPart[len(intPart)-k:] + frac
}
