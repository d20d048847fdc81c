package notation_test

import (
	"testing"

	"pacer/app/notation"
)

// TestParseNumberLocales covers the groupings and currency signs of
// locales LibreOffice and Excel write as shown: the Swiss apostrophe,
// India's lakh and crore groups, and currency signs beyond $ ¥ € £.
func TestParseNumberLocales(t *testing.T) {
	for _, tc := range []struct {
		in    string
		comma bool
		want  float64
	}{
		{"1'234'567.89", false, 1234567.89},
		{"1’234.50", false, 1234.5},
		{"CHF 1'234.50", false, 1234.5},
		{"-CHF 50.00", false, -50},
		{"12,34,567.89", false, 1234567.89},
		{"₹ 1,23,45,678.90", false, 12345678.9},
		{"-₹ 50.00", false, -50},
		{"1\u00a0234\u00a0567,89", true, 1234567.89},
		{"₽ 1\u00a0234,50", true, 1234.5},
		{"1 234,50 ₽", true, 1234.5},
		{"R$ 1.234,50", true, 1234.5},
		{"₩1,000", false, 1000},
	} {
		f := notation.NumberFormat{DecimalComma: tc.comma}
		if got, err := notation.ParseNumber(tc.in, f); err != nil || got != tc.want {
			t.Errorf("ParseNumber(%q, comma %v) = %v, %v; want %v", tc.in, tc.comma, got, err, tc.want)
		}
	}
}

// TestParseNumberLocaleLookalikes are still refused: groups of the wrong
// size, two kinds of separator, two currency signs.
func TestParseNumberLocaleLookalikes(t *testing.T) {
	for _, in := range []string{
		"1'23", "1'234,567", "12,34,56", "1,2,345", "12,34,567.8.9", "₹₹12", "₹ 12 ₹", "1'234 567", "'123",
	} {
		if got, err := notation.ParseNumber(in, notation.NumberFormat{}); err == nil {
			t.Errorf("ParseNumber(%q) = %v, want an error", in, got)
		}
	}
	if got, err := notation.ParseNumber("12,34,567", notation.NumberFormat{DecimalComma: true}); err == nil {
		t.Errorf("ParseNumber(12,34,567, comma) = %v, want an error", got)
	}
}
