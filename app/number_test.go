package app

import (
	"math"
	"testing"
)

func TestFormatValue(t *testing.T) {
	tests := []struct {
		v        float64
		decimals int
		unit     Unit
		label    string
		want     string
	}{
		{1234567.5, 2, UnitCount, "", "1,234,567.50"},
		{0.1 + 0.2, 2, UnitCount, "", "0.30"},
		{2.675, 2, UnitCount, "", "2.68"},
		{1.005, 2, UnitCount, "", "1.01"},
		{-1.005, 2, UnitCount, "", "-1.01"},
		{0.125, 2, UnitCount, "", "0.13"},
		{999.995, 2, UnitCount, "", "1,000.00"},
		{999999.5, 0, UnitCount, "", "1,000,000"},
		{9.96, 1, UnitCount, "", "10.0"},
		{123, 0, UnitCount, "", "123"},
		{1234, 0, UnitCount, "", "1,234"},
		{0, 2, UnitCount, "", "0.00"},
		{-0.001, 2, UnitCount, "", "0.00"},
		{math.Copysign(0, -1), 0, UnitCount, "", "0"},
		{-2e6, 0, UnitCount, "", "-2,000,000"},
		{1e21, 0, UnitCount, "", "1,000,000,000,000,000,000,000"},
		{1.5e-7, 9, UnitCount, "", "0.000000150"},
		{1.23456, 12, UnitCount, "", "1.234560000"},
		{1.5, -1, UnitCount, "", "2"},
		{8, 1, UnitPercent, "", "8.0%"},
		{8, 1, UnitPercent, "ignored", "8.0%"},
		{-2, 1, UnitPercent, "", "-2.0%"},
		{8e6, 0, UnitCurrency, "CNY", "¥8,000,000"},
		{8e6, 0, UnitCurrency, "RMB", "¥8,000,000"},
		{-2e6, 0, UnitCurrency, "CNY", "-¥2,000,000"},
		{1234.5, 2, UnitCurrency, "usd", "$1,234.50"},
		{1234.5, 2, UnitCurrency, "EUR", "€1,234.50"},
		{1234.5, 2, UnitCurrency, "GBP", "£1,234.50"},
		{1234, 0, UnitCurrency, "JPY", "JP¥1,234"},
		{1250, 2, UnitCurrency, "CHF", "CHF 1,250.00"},
		{-1250, 2, UnitCurrency, " chf ", "-CHF 1,250.00"},
		{1250, 0, UnitCurrency, "", "1,250"},
		{12.5, 1, UnitCustom, "kg", "12.5 kg"},
		{12.5, 1, UnitCustom, "", "12.5"},
		{40, 0, UnitCount, "customers", "40"},
		{math.NaN(), 2, UnitCount, "", NotANumber},
		{math.Inf(-1), 2, UnitCurrency, "USD", NotANumber},
	}
	for _, tt := range tests {
		if got := FormatValue(tt.v, tt.decimals, tt.unit, tt.label); got != tt.want {
			t.Errorf("FormatValue(%v, %d, %s, %q) = %q, want %q", tt.v, tt.decimals, tt.unit, tt.label, got, tt.want)
		}
	}
}

func TestFormatFraction(t *testing.T) {
	tests := []struct {
		f        float64
		decimals int
		want     string
	}{
		{0.8, 1, "80.0%"},
		{-0.2, 0, "-20%"},
		{1.0 / 3, 1, "33.3%"},
		{0.07, 0, "7%"}, // 0.07*100 is 7.000000000000001
	}
	for _, tt := range tests {
		if got := FormatFraction(tt.f, tt.decimals); got != tt.want {
			t.Errorf("FormatFraction(%v, %d) = %q, want %q", tt.f, tt.decimals, got, tt.want)
		}
	}
}

func TestFormatWan(t *testing.T) {
	tests := []struct {
		v        float64
		decimals int
		want     string
	}{
		{8e6, 0, "800万"},
		{8e6, 2, "800万"},
		{1.2e8, 1, "1.2亿"},
		{1.2e8, 2, "1.2亿"},
		{1.25e8, 1, "1.3亿"},
		{-2e6, 0, "-200万"},
		{12345, 0, "1万"},
		{12345, 2, "1.23万"},
		{15000, 0, "2万"},
		{9999, 0, "9999"},
		{9999.5, 0, "1万"},
		{9999.996, 2, "1万"},
		{1234.5, 1, "1234.5"},
		{99995000, 1, "9999.5万"},
		{99999999, 0, "1亿"},
		{1e12, 0, "10,000亿"},
		{0, 2, "0"},
		{-0.001, 2, "0"},
		{0.1 + 0.2, 2, "0.3"},
		{math.NaN(), 0, NotANumber},
	}
	for _, tt := range tests {
		if got := FormatWan(tt.v, tt.decimals); got != tt.want {
			t.Errorf("FormatWan(%v, %d) = %q, want %q", tt.v, tt.decimals, got, tt.want)
		}
	}
}

// TestCurrencyStyle: in English CNY is CN¥, since a bare ¥ reads as yen,
// and JPY keeps ¥; in Chinese ¥ is the yuan and the yen is JP¥.
func TestCurrencyStyle(t *testing.T) {
	defer SetCurrencyStyle(CurrencyChinese)
	tests := []struct {
		style      CurrencyStyle
		code, want string
	}{
		{CurrencyEnglish, "CNY", "CN¥8,000,000"},
		{CurrencyEnglish, "rmb", "CN¥8,000,000"},
		{CurrencyEnglish, "JPY", "¥8,000,000"},
		{CurrencyEnglish, "USD", "$8,000,000"},
		{CurrencyChinese, "CNY", "¥8,000,000"},
		{CurrencyChinese, "JPY", "JP¥8,000,000"},
		{CurrencyChinese, "EUR", "€8,000,000"},
	}
	for _, tt := range tests {
		SetCurrencyStyle(tt.style)
		if got := FormatValue(8e6, 0, UnitCurrency, tt.code); got != tt.want {
			t.Errorf("style %d: FormatValue(8e6, %q) = %q, want %q", tt.style, tt.code, got, tt.want)
		}
		if sym, _ := CurrencySymbolIn(tt.code, tt.style); sym+"8,000,000" != tt.want {
			t.Errorf("CurrencySymbolIn(%q, %d) = %q", tt.code, tt.style, sym)
		}
	}
	SetCurrencyStyle(CurrencyEnglish)
	if got := FormatValue(-2e6, 0, UnitCurrency, "CNY"); got != "-CN¥2,000,000" {
		t.Errorf("negative yuan in English = %q", got)
	}
}

// TestFormatFractionRoundsTheDecimalHalf: a relative gap of exactly
// −51/80 is −63.75 %, which rounds half away from zero to −63.8 %, as a
// spreadsheet shows the same cell; −0.6375 × 100 in binary is
// −63.74999999999999 and read −63.7 % on every screen and export.
func TestFormatFractionRoundsTheDecimalHalf(t *testing.T) {
	for _, c := range []struct {
		f        float64
		decimals int
		want     string
	}{{-51.0 / 80, 1, "-63.8%"}, {0.845, 0, "85%"}, {0.8, 1, "80.0%"}, {0.0835, 2, "8.35%"}, {-0.0005, 1, "-0.1%"}} {
		if got := FormatFraction(c.f, c.decimals); got != c.want {
			t.Errorf("FormatFraction(%v, %d) = %q, want %q", c.f, c.decimals, got, c.want)
		}
	}
	if p := Percent(-51.0 / 80); p != -63.75 {
		t.Errorf("Percent(-51/80) = %v", p)
	}
}
