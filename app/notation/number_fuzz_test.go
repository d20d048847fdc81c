package notation

import (
	"errors"
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"

	"pacer/app"
)

// FuzzParseNumber checks that ParseNumber never panics, refuses with its
// message, returns only finite numbers without a negative zero, and reads
// back what FormatValue and FormatWan write.
func FuzzParseNumber(f *testing.F) {
	for _, s := range []string{
		"1,234.5", "1 234,5", "1.234,5", "-12.5", "−12.5", "(1,200)", "１２３", "8%",
		"¥1,200", "$1,200.50", "1200 元", "RMB 1200", "800万", "1.2亿", "3千", "1万亿",
		"", "1.2.3", "12abc", "NaN", "Inf", "1e400", "9999999999999999999999999999万亿",
		"(", ")", "-", "+", "%", "¥", "SEK 1", "1 SEK", ".", "..", "(-)", "0.0000000000001",
		"1.2E+06", "1,2E+06", "1.23457E+11", "-1.5E-03", "1E-999", "1E+999", "1,200-", "1.200,50-", "$ -",
	} {
		f.Add(s, false)
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, s string, comma bool) {
		nf := NumberFormat{DecimalComma: comma}
		v, err := ParseNumber(s, nf)
		if err != nil {
			if !errors.Is(err, ErrNumber) || app.ErrorCode(err) != app.EInvalid || app.ErrorMessage(err) != MsgNumber ||
				app.ErrorArgs(err)["Example"] != nf.Example() {
				t.Fatalf("ParseNumber(%q) error %v (message %q)", s, err, app.ErrorMessage(err))
			}
			return
		}
		if !app.IsFinite(v) || math.Signbit(v) && v == 0 {
			t.Fatalf("ParseNumber(%q) = %v", s, v)
		}
		checkNumberReadsBack(t, v)
	})
}

// checkNumberReadsBack checks that v written as Pacer writes numbers, and
// in either format, parses back: exactly, or as RoundValue at the
// decimals shown.
func checkNumberReadsBack(t *testing.T, v float64) {
	t.Helper()
	plain := strconv.FormatFloat(v, 'f', -1, 64)
	comma := strings.Replace(plain, ".", ",", 1)
	for s, nf := range map[string]NumberFormat{plain: {}, comma: {DecimalComma: true}} {
		if got, err := ParseNumber(s, nf); err != nil || got != v {
			t.Fatalf("%v written as %q parses as %v, %v", v, s, got, err)
		}
	}
	units := []struct {
		unit  app.Unit
		label string
	}{{app.UnitCount, ""}, {app.UnitPercent, ""}, {app.UnitCurrency, "CNY"}, {app.UnitCurrency, "CHF"}}
	for _, d := range []int{0, 2, app.MaxDecimals} {
		want := app.RoundValue(v, d)
		for _, u := range units {
			s := app.FormatValue(v, d, u.unit, u.label)
			if got, err := ParseNumber(s, NumberFormat{}); err != nil || got != want {
				t.Fatalf("FormatValue(%v, %d) = %q parses as %v, %v; want %v", v, d, s, got, err, want)
			}
		}
		// The same digits in the decimal-comma format: 1.234,5.
		s := strings.Map(func(r rune) rune {
			switch r {
			case '.':
				return ','
			case ',':
				return '.'
			}
			return r
		}, app.FormatValue(v, d, app.UnitCount, ""))
		if got, err := ParseNumber(s, NumberFormat{DecimalComma: true}); err != nil || got != want {
			t.Fatalf("%v at %d decimals written %q parses as %v, %v; want %v", v, d, s, got, err, want)
		}
	}
	// FormatWan loses no digit when the fraction has at most one, even
	// when it divides by 亿.
	if _, frac, _ := strings.Cut(plain, "."); len(frac)+8 <= app.MaxDecimals {
		s := app.FormatWan(v, app.MaxDecimals)
		if got, err := ParseNumber(s, NumberFormat{}); err != nil || got != v {
			t.Fatalf("FormatWan(%v) = %q parses as %v, %v", v, s, got, err)
		}
	}
}

// FuzzParseTargetChange checks the target field: ParseTargetChange never
// panics and refuses with its message; what it reads is the number
// ParseNumber reads, and Resolve and DescribeTarget give finite values or
// a message for any baseline.
func FuzzParseTargetChange(f *testing.F) {
	for _, s := range []string{"+20%", "-10 %", "+2 pp", "2个百分点", "¥+1,000", "+800万", "15%", "(1,200)", "+1e309", "+NaN"} {
		f.Add(s, false, 5e7, true, uint8(0))
		f.Add(s, true, 0.0, true, uint8(1))
		f.Add(s, false, math.NaN(), false, uint8(2))
	}
	f.Fuzz(func(t *testing.T, s string, comma bool, baseline float64, hasBase bool, unit uint8) {
		nf := NumberFormat{DecimalComma: comma}
		in, err := ParseTargetChange(s, nf)
		if err != nil {
			if !errors.Is(err, ErrNumber) || app.ErrorCode(err) != app.EInvalid || app.ErrorMessage(err) != MsgTarget {
				t.Fatalf("ParseTargetChange(%q) error %v", s, err)
			}
			return
		}
		if in.Mode < TargetAbsolute || in.Mode > TargetChangeAbs || !app.IsFinite(in.Number) || (in.Percent && in.Mode != TargetAbsolute) {
			t.Fatalf("ParseTargetChange(%q) = %+v", s, in)
		}
		if in.Mode != TargetChangePP {
			if v, err := ParseNumber(s, nf); err != nil || v != in.Number {
				t.Fatalf("ParseTargetChange(%q) = %+v, but ParseNumber reads %v, %v", s, in, v, err)
			}
		}
		u := []app.Unit{app.UnitCount, app.UnitPercent, app.UnitCurrency, app.UnitCustom}[unit%4]
		var base *float64
		if hasBase {
			base = &baseline
		}
		target, err := in.Resolve(base, u)
		if err != nil {
			if !errors.Is(err, ErrTarget) || app.ErrorCode(err) != app.EInvalid || !slices.Contains(Messages, app.ErrorMessage(err)) {
				t.Fatalf("%+v.Resolve(%v) error %v", in, baseline, err)
			}
			return
		}
		if !app.IsFinite(target) || (in.Mode == TargetAbsolute && target != in.Number) {
			t.Fatalf("%+v.Resolve(%v, %s) = %v", in, baseline, u, target)
		}
		if c := DescribeTarget(base, target, u); !app.IsFinite(c.Abs) || !app.IsFinite(c.Pct) || !app.IsFinite(c.PP) {
			t.Fatalf("DescribeTarget(%v, %v) = %+v", baseline, target, c)
		}
	})
}

// FuzzReadNumberUnit checks that ReadNumberUnit never panics and reads
// only text that ends in the unit it returns, after a finite number.
func FuzzReadNumberUnit(f *testing.F) {
	for _, s := range []string{"1.200 kg", "35 件", "1.2万件", "12 Stk.", "3M Company", "5 mars", "12 %"} {
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, s string, comma bool) {
		s = app.NormalizeNumber(s)
		v, unit, ok := ReadNumberUnit(s, NumberFormat{DecimalComma: comma})
		if !ok {
			return
		}
		if unit == "" || !app.IsFinite(v) || !strings.HasSuffix(strings.TrimSuffix(s, "."), unit) {
			t.Fatalf("ReadNumberUnit(%q) = %v, %q", s, v, unit)
		}
	})
}
