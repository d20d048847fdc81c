package app

import (
	"math"
	"testing"
)

// day parses a "2006-01-02" date or fails the test.
func Day(t testing.TB, s string) Date {
	t.Helper()
	d, err := ParseDate(s)
	if err != nil {
		t.Fatalf("bad test date %q: %v", s, err)
	}
	return d
}

// key parses a period key or fails the test.
func Key(t testing.TB, s string) Period {
	t.Helper()
	p, err := ParsePeriodKey(s)
	if err != nil {
		t.Fatalf("bad test period %q: %v", s, err)
	}
	return p
}

func Ptr(f float64) *float64 { return &f }

// near compares floats with a tolerance relative to their size.
func Near(a, b float64) bool {
	if a == b {
		return true
	}
	return math.Abs(a-b) <= 1e-9*math.Max(1, math.Max(math.Abs(a), math.Abs(b)))
}

// vals builds period values from alternating keys and values.
func Vals(kv ...any) []PeriodValue {
	var vs []PeriodValue
	for i := 0; i+1 < len(kv); i += 2 {
		v := kv[i+1]
		var f float64
		switch x := v.(type) {
		case int:
			f = float64(x)
		case float64:
			f = x
		}
		vs = append(vs, PeriodValue{kv[i].(string), f})
	}
	return vs
}

var April = Calendar{FiscalStart: 4}
