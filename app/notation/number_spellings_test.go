package notation

import (
	"math"
	"testing"

	"pacer/app"
)

// TestReadNumberSpellings covers the scientific notation Excel's General
// format writes in CSV, in both formats.
func TestReadNumberSpellings(t *testing.T) {
	for _, tc := range []struct {
		in   string
		f    NumberFormat
		want float64
	}{
		{"1.2E+06", NumberFormat{}, 1200000},
		{"1.23457E+11", NumberFormat{}, 123457000000}, // as written, though Excel rounded it
		{"1,2E+06", decimalComma, 1200000},
		{"1,23457E+11", decimalComma, 123457000000},
		{"1E+06", NumberFormat{}, 1e6},
		{"1E+06", decimalComma, 1e6},
		{"1.2e+06", NumberFormat{}, 1200000},
		{"-1.2E+06", NumberFormat{}, -1200000},
		{"+1.2E+06", NumberFormat{}, 1200000},
		{"−1.5E-03", NumberFormat{}, -0.0015},
		{"1.5E-03", NumberFormat{}, 0.0015},
		{"1,5E-03", decimalComma, 0.0015},
		{"12.5E+1", NumberFormat{}, 125},
		{".5E-01", NumberFormat{}, 0.05},
		{"0E+00", NumberFormat{}, 0},
		{"-0E+00", NumberFormat{}, 0},
		{"1.7976931348623157E+308", NumberFormat{}, 1.7976931348623157e308},
	} {
		v, err := ParseNumber(tc.in, tc.f)
		if err != nil || v != tc.want {
			t.Errorf("ParseNumber(%q, %+v) = %v, %v; want %v", tc.in, tc.f, v, err, tc.want)
		}
	}
}

// TestReadNumberSpellingLookalikes are texts close to the new spellings
// that are still refused, in both formats unless said.
func TestReadNumberSpellingLookalikes(t *testing.T) {
	for _, tc := range []struct {
		in string
		f  NumberFormat
	}{
		{"1,2E+06", NumberFormat{}}, // no thousands separator in a mantissa
		{"1.2E+06", decimalComma},   // nor a thousands point
		{"1,200E+03", NumberFormat{}},
		{"1 200E+03", NumberFormat{}},
		{"1e5", NumberFormat{}}, // no sign: more often a code
		{"1E5", NumberFormat{}},
		{"E+06", NumberFormat{}},
		{"1E+", NumberFormat{}},
		{"1E+1234", NumberFormat{}},
		{"1E+999", NumberFormat{}}, // beyond float64
		{"1E-999", NumberFormat{}}, // not silently 0
		{"1.2E+06%", NumberFormat{}},
		{"$1.2E+06", NumberFormat{}},
		{"1.2E+06万", NumberFormat{}},
		{"(1.2E+06)", NumberFormat{}},
		{"1.2E+06-", NumberFormat{}},
		{"1.2E+0.6", NumberFormat{}},
		{"NaNE+01", NumberFormat{}},
		{"InfE+01", NumberFormat{}},
		{"1.2.3E+01", NumberFormat{}},
		{"1,200-", NumberFormat{}}, // ReadExportedNumber's: in a field, a slip
		{"-", NumberFormat{}},
		{"$ -", NumberFormat{}},
		{"¥ -", decimalComma},
	} {
		if v, err := ParseNumber(tc.in, tc.f); err == nil {
			t.Errorf("ParseNumber(%q, %+v) = %v, want an error", tc.in, tc.f, v)
		}
	}
}

// TestReadExportedNumber covers the accounting zero of Excel and the
// trailing minus of SAP, and their look-alikes, which stay refused.
func TestReadExportedNumber(t *testing.T) {
	for _, tc := range []struct {
		in   string
		f    NumberFormat
		want float64
		ok   bool
	}{
		{"-", NumberFormat{}, 0, true},
		{" - ", NumberFormat{}, 0, true},
		{"  -   ", decimalComma, 0, true},
		{"$ -", NumberFormat{}, 0, true},
		{" $ -   ", NumberFormat{}, 0, true},
		{"$-", NumberFormat{}, 0, true},
		{"¥ -", NumberFormat{}, 0, true},
		{"￥ -", NumberFormat{}, 0, true},
		{"- €", decimalComma, 0, true},
		{"USD -", NumberFormat{}, 0, true},
		{"SEK -", NumberFormat{}, 0, true},
		{"−", NumberFormat{}, 0, true}, // U+2212
		{"1,200-", NumberFormat{}, -1200, true},
		{"1,200.50-", NumberFormat{}, -1200.5, true},
		{"1.200,50-", decimalComma, -1200.5, true},
		{"1,200-", decimalComma, -1.2, true},
		{"1200-", NumberFormat{}, -1200, true},
		{"$1,200-", NumberFormat{}, -1200, true},
		{"0-", NumberFormat{}, 0, true},
		{"", NumberFormat{}, 0, false},
		{" ", NumberFormat{}, 0, false},
		{"--", NumberFormat{}, 0, false},
		{"-abc", NumberFormat{}, 0, false},
		{"- -", NumberFormat{}, 0, false},
		{"$", NumberFormat{}, 0, false},
		{"$ - $", NumberFormat{}, 0, false},
		{"(-)", NumberFormat{}, 0, false},
		{"-%", NumberFormat{}, 0, false},
		{"- 万", NumberFormat{}, 0, false},
		{"—", NumberFormat{}, 0, false}, // an em dash is text
		{"abc -", NumberFormat{}, 0, false},
		{"-1,200-", NumberFormat{}, 0, false},
		{"+1,200-", NumberFormat{}, 0, false},
		{"(1,200)-", NumberFormat{}, 0, false},
		{"(1,200-)", NumberFormat{}, 0, false},
		{"1,200--", NumberFormat{}, 0, false},
		{"1,200 -", NumberFormat{}, 0, false},
		{"1,200-%", NumberFormat{}, 0, false},
		{"12%-", NumberFormat{}, 0, false},
		{"1,200 USD-", NumberFormat{}, 0, false},
		{"1.2E+06-", NumberFormat{}, 0, false},
		{"NaN-", NumberFormat{}, 0, false},
		{"1e400-", NumberFormat{}, 0, false},
		{"1,23-", NumberFormat{}, 0, false},
		{"1200", NumberFormat{}, 0, false}, // ParseNumber's
		{"-1200", NumberFormat{}, 0, false},
	} {
		v, ok := ReadExportedNumber(tc.in, tc.f)
		if ok != tc.ok || v != tc.want || (v == 0 && math.Signbit(v)) {
			t.Errorf("ReadExportedNumber(%q, %+v) = %v, %v; want %v, %v", tc.in, tc.f, v, ok, tc.want, tc.ok)
		}
	}
}

// FuzzReadExportedNumber checks that ReadExportedNumber never panics,
// returns finite numbers without a negative zero, and reads nothing that
// ParseNumber reads.
func FuzzReadExportedNumber(f *testing.F) {
	for _, s := range []string{"-", "$ -", "- €", "1,200-", "1.200,50-", "-1,200-", "--", "1e400-", "(-)"} {
		f.Add(s, false)
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, s string, comma bool) {
		nf := NumberFormat{DecimalComma: comma}
		v, ok := ReadExportedNumber(s, nf)
		if !ok {
			return
		}
		if !app.IsFinite(v) || v == 0 && math.Signbit(v) {
			t.Fatalf("ReadExportedNumber(%q) = %v", s, v)
		}
		if w, err := ParseNumber(s, nf); err == nil {
			t.Fatalf("ReadExportedNumber(%q) = %v, and ParseNumber reads %v", s, v, w)
		}
	})
}

// TestReadBareExponent reads scientific notation without the exponent's
// sign, as Java writes doubles, in f's decimals, and refuses what is not
// one: a signed exponent (ParseNumber's), grouping in the mantissa, no
// digits, NaN and a value beyond float64.
func TestReadBareExponent(t *testing.T) {
	for _, tc := range []struct {
		in   string
		f    NumberFormat
		want float64
		ok   bool
	}{
		{"1e3", NumberFormat{}, 1000, true}, {"1.5E6", NumberFormat{}, 1.5e6, true}, {"-2.5e2", NumberFormat{}, -250, true},
		{"+4E0", NumberFormat{}, 4, true}, {"１．５e３", NumberFormat{}, 1500, true}, {" 1.5E7 ", NumberFormat{}, 1.5e7, true},
		{"1,5E6", decimalComma, 1.5e6, true}, {"1,5E6", NumberFormat{}, 0, false}, {"1.5E6", decimalComma, 0, false},
		{"1e+3", NumberFormat{}, 0, false}, {"1,000e3", NumberFormat{}, 0, false}, {"e3", NumberFormat{}, 0, false},
		{"1e", NumberFormat{}, 0, false}, {"1e3e2", NumberFormat{}, 0, false}, {"1e3000", NumberFormat{}, 0, false},
		{"1e999", NumberFormat{}, 0, false}, {"NaN", NumberFormat{}, 0, false}, {"Inf", NumberFormat{}, 0, false},
		{"ABC1E5", NumberFormat{}, 0, false}, {"1E5X", NumberFormat{}, 0, false},
	} {
		got, ok := ReadBareExponent(tc.in, tc.f)
		if got != tc.want || ok != tc.ok {
			t.Errorf("ReadBareExponent(%q, %+v) = %v, %v; want %v, %v", tc.in, tc.f, got, ok, tc.want, tc.ok)
		}
	}
}
