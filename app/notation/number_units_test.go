package notation_test

import (
	"testing"

	"pacer/app"
	"pacer/app/notation"
)

// TestReadNumberUnit covers numbers that a unit follows, as programs
// that keep quantities as text write them.
func TestReadNumberUnit(t *testing.T) {
	for _, tc := range []struct {
		in    string
		comma bool
		want  float64
		unit  string
	}{
		{"1.200 kg", true, 1200, "kg"},
		{"1.200 kg", false, 1.2, "kg"},
		{"1,200 kg", false, 1200, "kg"},
		{"1 200 kg", false, 1200, "kg"},
		{"35 件", false, 35, "件"},
		{"35件", false, 35, "件"},
		{"1.2万件", false, 12000, "件"},
		{"3千克", false, 3, "千克"},
		{"120 pcs", false, 120, "pcs"},
		{"120  PCS", false, 120, "PCS"},
		{"12 Stück", true, 12, "Stück"},
		{"12 Stk.", true, 12, "Stk"},
		{"3,5 t", true, 3.5, "t"},
		{"-2 pieces", false, -2, "pieces"},
		{"¥35 件", false, 35, "件"},
		{"１２０ｐｃｓ", false, 0, ""}, // no space before a Latin unit
		{"120pcs", false, 0, ""},
		{"3M Company", false, 0, ""},
		{"3 Company", false, 0, ""}, // seven letters: a name, not a unit
		{"Q1 2026", false, 0, ""},
		{"2026-W05", false, 0, ""},
		{"No. 5", false, 0, ""},
		{"5 mars", false, 0, ""},
		{"5 Jan", false, 0, ""},
		{"5 Mo", false, 0, ""},
		{"5 PM", false, 0, ""},
		{"12 %", false, 0, ""}, // ReadNumber's percent
		{"12 % pcs", false, 0, ""},
		{"12%件", false, 0, ""},
		{"5 kg2", false, 0, ""},
		{"kg", false, 0, ""},
		{" kg", false, 0, ""},
		{"件", false, 0, ""},
		{"第5件", false, 0, ""},
		{"2026年", false, 0, ""},
		{"1.2.3 kg", false, 0, ""},
		{"5 k g", false, 0, ""},
	} {
		f := notation.NumberFormat{DecimalComma: tc.comma}
		v, unit, ok := notation.ReadNumberUnit(app.NormalizeNumber(tc.in), f)
		if ok != (tc.unit != "") || v != tc.want || unit != tc.unit {
			t.Errorf("ReadNumberUnit(%q, comma %v) = %v, %q, %v; want %v, %q", tc.in, tc.comma, v, unit, ok, tc.want, tc.unit)
		}
	}
}

// TestSameUnit: one unit in any case and in the singular or plural, but
// a one-letter unit has no plural.
func TestSameUnit(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"pcs", "PCS", true}, {"pc", "pcs", true}, {"pcs", "pc", true}, {"box", "boxes", true}, {"hr", "hrs", true},
		{"件", "件", true}, {"kg", "t", false}, {"m", "ms", false}, {"t", "ts", false}, {"pc", "pcss", false}, {"件", "个", false},
	} {
		if got := notation.SameUnit(tc.a, tc.b); got != tc.want {
			t.Errorf("SameUnit(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestReadNumberUnitScaleWords checks that a word for a multiple after a
// number (1,5 Mio., 2 Tsd., 1.2 bn, 1.5 lakh, 2 crore, 1.5 MM), as German,
// Polish, Russian, Indian and finance exports write amounts, is no unit:
// read as one, 1,5 Mio. was 1.5, a millionth of it, without a word.
func TestReadNumberUnitScaleWords(t *testing.T) {
	for _, tc := range []struct {
		in    string
		comma bool
	}{
		{"1,5 Mio.", true}, {"1,5 Mrd.", true}, {"2 Tsd.", true}, {"1,5 mln", true}, {"2 tys.", true},
		{"1.2 bn", false}, {"1.2 B", false}, {"1.2 mn", false}, {"1.5 MM", false}, {"1.5 mil", false},
		{"1.5 lakh", false}, {"1.5 lakhs", false}, {"2 crore", false}, {"2 Cr", false},
	} {
		if v, unit, ok := notation.ReadNumberUnit(app.NormalizeNumber(tc.in), notation.NumberFormat{DecimalComma: tc.comma}); ok {
			t.Errorf("ReadNumberUnit(%q) = %v %q; want no number", tc.in, v, unit)
		}
	}
	for _, in := range []string{"1.5 mm", "3 m", "2 Stk."} {
		if _, _, ok := notation.ReadNumberUnit(in, notation.NumberFormat{}); !ok {
			t.Errorf("ReadNumberUnit(%q) refused; want a unit", in)
		}
	}
}
