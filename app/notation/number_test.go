package notation

import (
	"errors"
	"math"
	"strings"
	"testing"

	"pacer/app"
)

var decimalComma = NumberFormat{DecimalComma: true}

func TestParseNumber(t *testing.T) {
	tests := []struct {
		in   string
		f    NumberFormat
		want float64
	}{
		{"1234", NumberFormat{}, 1234},
		{"1,234.5", NumberFormat{}, 1234.5},
		{"1,234,567", NumberFormat{}, 1234567},
		{"1 234.5", NumberFormat{}, 1234.5},
		{"1\u2009234.5", NumberFormat{}, 1234.5}, // thin space
		{"1\u00a0234.5", NumberFormat{}, 1234.5}, // no-break space
		{"1\u202f234,5", decimalComma, 1234.5},   // narrow no-break space
		{"1 234,5", decimalComma, 1234.5},
		{"1.234,5", decimalComma, 1234.5},
		{"1.234.567,25", decimalComma, 1234567.25},
		{"1,234", decimalComma, 1.234},
		{"-12.5", NumberFormat{}, -12.5},
		{"+3", NumberFormat{}, 3},
		{"−12.5", NumberFormat{}, -12.5}, // U+2212
		{"－12", NumberFormat{}, -12},     // full-width minus
		{"- 12", NumberFormat{}, -12},
		{"(1,200)", NumberFormat{}, -1200},
		{"(¥1,200)", NumberFormat{}, -1200},
		{"$(1,200.00)", NumberFormat{}, -1200}, // Excel's Accounting format
		{"¥ (50)", NumberFormat{}, -50},
		{"CN¥1,200", NumberFormat{}, 1200}, // Pacer's English style
		{"−CN¥1,450,000", NumberFormat{}, -1450000},
		{"(5%)", NumberFormat{}, -5},
		{"１２３", NumberFormat{}, 123},
		{"１２．５％", NumberFormat{}, 12.5},
		{"１，２３４", NumberFormat{}, 1234},
		{"8%", NumberFormat{}, 8},
		{"8 %", NumberFormat{}, 8},
		{"-2.5%", NumberFormat{}, -2.5},
		{".5", NumberFormat{}, 0.5},
		{"12.", NumberFormat{}, 12},
		{"0", NumberFormat{}, 0},
		{"-0", NumberFormat{}, 0},
		{"¥1,200", NumberFormat{}, 1200},
		{"￥1,200", NumberFormat{}, 1200},
		{"$1,200.50", NumberFormat{}, 1200.5},
		{"US$ 99", NumberFormat{}, 99},
		{"€1.200,50", decimalComma, 1200.5},
		{"£30", NumberFormat{}, 30},
		{"1200 元", NumberFormat{}, 1200},
		{"¥1,200元", NumberFormat{}, 1200}, // a sign and its own currency's word
		{"￥1,200 元", NumberFormat{}, 1200},
		{"RMB 1,200元", NumberFormat{}, 1200},
		{"$1,200 USD", NumberFormat{}, 1200},
		{"€1.200,50 EUR", decimalComma, 1200.5},
		{"(¥1,200元)", NumberFormat{}, -1200},
		{"1200元", NumberFormat{}, 1200},
		{"1200 美元", NumberFormat{}, 1200},
		{"人民币 1,200", NumberFormat{}, 1200},
		{"RMB 1200", NumberFormat{}, 1200},
		{"rmb1200", NumberFormat{}, 1200},
		{"1200 CNY", NumberFormat{}, 1200},
		{"-¥2,000,000", NumberFormat{}, -2e6},
		{"¥-2,000,000", NumberFormat{}, -2e6},
		{"CHF 1,250.00", NumberFormat{}, 1250},
		{"-CHF 1,250.00", NumberFormat{}, -1250},
		{"SEK 1,250", NumberFormat{}, 1250},
		{"1,250 SEK", NumberFormat{}, 1250},
		{"800万", NumberFormat{}, 8e6},
		{"800 万", NumberFormat{}, 8e6},
		{"1.2亿", NumberFormat{}, 120000000},
		{"1.2亿元", NumberFormat{}, 120000000},
		{"¥800万", NumberFormat{}, 8e6},
		{"3千", NumberFormat{}, 3000},
		{"5千万", NumberFormat{}, 5e7},
		{"2百万", NumberFormat{}, 2e6},
		{"1.5万亿", NumberFormat{}, 1.5e12},
		{"0.0001万", NumberFormat{}, 1},
		{"１．２亿", NumberFormat{}, 120000000},
		{"1,2万", decimalComma, 12000},
		{"200k", NumberFormat{}, 200000},
		{"1.5M", NumberFormat{}, 1500000},
		{"USD 1.5M", NumberFormat{}, 1500000},
		{"  42\t", NumberFormat{}, 42},
		{"4\u200b2", NumberFormat{}, 42}, // zero-width space dropped
	}
	for _, tt := range tests {
		got, err := ParseNumber(tt.in, tt.f)
		if err != nil || got != tt.want || math.Signbit(got) != math.Signbit(tt.want) {
			t.Errorf("ParseNumber(%q, %+v) = %v, %v; want %v", tt.in, tt.f, got, err, tt.want)
		}
	}
}

func TestParseNumberRefuses(t *testing.T) {
	tests := []struct {
		in      string
		f       NumberFormat
		example string
	}{
		{"", NumberFormat{}, "1,234.5"},
		{"   ", NumberFormat{}, "1,234.5"},
		{"abc", NumberFormat{}, "1,234.5"},
		{"12abc", NumberFormat{}, "1,234.5"},
		{"12ABC", NumberFormat{}, "1,234.5"},
		{"1.2.3", NumberFormat{}, "1,234.5"},
		{"1.2.3", decimalComma, "1.234,5"},
		{"1,2,3", decimalComma, "1.234,5"},
		{"1,23", NumberFormat{}, "1,234.5"},
		{"1,2345", NumberFormat{}, "1,234.5"},
		{"1234,567", NumberFormat{}, "1,234.5"},
		{"1,234 567", NumberFormat{}, "1,234.5"},
		{"12 34", NumberFormat{}, "1,234.5"},
		{"1.234,5", NumberFormat{}, "1,234.5"},
		{"1.5,3", NumberFormat{}, "1,234.5"},
		{"NaN", NumberFormat{}, "1,234.5"},
		{"Inf", NumberFormat{}, "1,234.5"},
		{"-Inf", NumberFormat{}, "1,234.5"},
		{"1e5", NumberFormat{}, "1,234.5"},
		{"0x10", NumberFormat{}, "1,234.5"},
		{"1_000", NumberFormat{}, "1,234.5"},
		{"1e400", NumberFormat{}, "1,234.5"},
		{strings.Repeat("9", 400), NumberFormat{}, "1,234.5"}, // beyond float64
		{"1万万", NumberFormat{}, "1,234.5"},
		{"1万亿亿", NumberFormat{}, "1,234.5"},
		{"2k万", NumberFormat{}, "1,234.5"},
		{"万", NumberFormat{}, "1,234.5"},
		{"5万%", NumberFormat{}, "1,234.5"},
		{"¥5%", NumberFormat{}, "1,234.5"},
		{"¥1,200美元", NumberFormat{}, "1,234.5"}, // two currencies
		{"$5 €", NumberFormat{}, "1,234.5"},
		{"₹5 ₽", NumberFormat{}, "1,234.5"},
		{"$", NumberFormat{}, "1,234.5"},
		{"CNY", NumberFormat{}, "1,234.5"},
		{"--5", NumberFormat{}, "1,234.5"},
		{"+-5", NumberFormat{}, "1,234.5"},
		{"(-5)", NumberFormat{}, "1,234.5"},
		{"-(5)", NumberFormat{}, "1,234.5"},
		{"(5", NumberFormat{}, "1,234.5"},
		{"5-", NumberFormat{}, "1,234.5"},
		{".", NumberFormat{}, "1,234.5"},
		{",5", NumberFormat{}, "1,234.5"},
		{"%", NumberFormat{}, "1,234.5"},
		{"12%%", NumberFormat{}, "1,234.5"},
		{"1 2", NumberFormat{}, "1,234.5"},
		{"12 kg", NumberFormat{}, "1,234.5"},
		{"5m", NumberFormat{}, "1,234.5"},
	}
	for _, tt := range tests {
		got, err := ParseNumber(tt.in, tt.f)
		if err == nil {
			t.Errorf("ParseNumber(%q) = %v, nil; want an error", tt.in, got)
			continue
		}
		if !errors.Is(err, ErrNumber) || app.ErrorCode(err) != app.EInvalid ||
			app.ErrorMessage(err) != MsgNumber || app.ErrorArgs(err)["Example"] != tt.example {
			t.Errorf("ParseNumber(%q) error = %v (message %q, args %v); want ErrNumber with example %q",
				tt.in, err, app.ErrorMessage(err), app.ErrorArgs(err), tt.example)
		}
	}
}

// TestParseNumberReadsFormatValue checks that what Pacer shows can be typed
// back, in either interface language's currency style ("CN¥1,200" in
// English, "JP¥" in Chinese): ParseNumber(FormatValue(v)) is v at the
// shown decimals.
func TestParseNumberReadsFormatValue(t *testing.T) {
	t.Cleanup(func() { app.SetCurrencyStyle(app.CurrencyChinese) })
	for _, style := range []app.CurrencyStyle{app.CurrencyChinese, app.CurrencyEnglish} {
		app.SetCurrencyStyle(style)
		checkParseNumberReadsFormatValue(t)
	}
}

func checkParseNumberReadsFormatValue(t *testing.T) {
	values := []float64{0, 1, -1, 0.5, 1234.5, -2e6, 8e6, 1.2e8, 99.95, 0.125, 123456789.123}
	units := []struct {
		unit  app.Unit
		label string
	}{
		{app.UnitCount, ""}, {app.UnitPercent, ""}, {app.UnitCurrency, "CNY"},
		{app.UnitCurrency, "USD"}, {app.UnitCurrency, "EUR"}, {app.UnitCurrency, "GBP"},
		{app.UnitCurrency, "CHF"}, {app.UnitCurrency, "JPY"}, {app.UnitCurrency, ""},
	}
	for _, v := range values {
		for _, u := range units {
			for _, d := range []int{0, 2, 3} {
				s := app.FormatValue(v, d, u.unit, u.label)
				got, err := ParseNumber(s, NumberFormat{})
				if want := app.RoundValue(v, d); err != nil || got != want {
					t.Errorf("ParseNumber(%q) = %v, %v; want %v", s, got, err, want)
				}
			}
		}
	}
}

func TestNumberFormatExample(t *testing.T) {
	for _, f := range []NumberFormat{{}, decimalComma} {
		if _, err := ParseNumber(f.Example(), f); err != nil {
			t.Errorf("the example %q does not parse in its own format: %v", f.Example(), err)
		}
	}
}

// TestStatesItsUnit tells a number that writes its own currency or
// magnitude from a bare one, as an import's scaled column needs to.
func TestStatesItsUnit(t *testing.T) {
	for s, want := range map[string]bool{
		"1.2万": true, "12000元": true, "1.2k": true, "USD 1,234": true, "¥1.2万": true,
		"¥12,000": false, "$(1,200.00)": false, "1.2": false, "12,000": false, "(1,200)": false, "-5": false, "12.5%": false, "abc": false,
	} {
		if got := StatesItsUnit(s); got != want {
			t.Errorf("StatesItsUnit(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestCurrencyFits: a sign several currencies share fits each of them; a
// code, a word or a sign of one currency fits that one alone.
func TestCurrencyFits(t *testing.T) {
	for _, c := range []struct {
		s, code string
		want    bool
	}{
		{"1,234", "CNY", true}, {"¥1,234", "CNY", true}, {"¥1,234", "JPY", true}, {"¥1,234", "USD", false},
		{"$5", "HKD", true}, {"$5", "CNY", false}, {"USD 1,234.00", "CNY", false}, {"usd 12", "USD", true},
		{"1,234 美元", "CNY", false}, {"1200元", "CNY", true}, {"€12", "EUR", true}, {"€12", "USD", false},
		{"₩1,234", "KRW", true}, {"₩1,234", "CNY", false}, {"12 SEK", "SEK", true}, {"12 SEK", "NOK", false},
		{"$5", "", true}, {"$5", "dollars", true}, {"¥1,200", "RMB", true}, {"1200元", "RMB", true},
		{"RMB 1,200", "RMB", true}, {"1,000元", "TWD", true}, {"R$ 12", "BRL", true}, {"R$ 12", "USD", false},
	} {
		if got := CurrencyFits(c.s, c.code); got != c.want {
			t.Errorf("CurrencyFits(%q, %q) = %v, want %v", c.s, c.code, got, c.want)
		}
	}
}

// TestParseAmount: an amount in the goal's currency, or in none, reads as
// ParseNumber reads it; one in another currency is an EInvalid error that
// names the text and the goal's currency, and is no number error.
func TestParseAmount(t *testing.T) {
	for _, s := range []string{"1,234", "¥1,234", "1234元", "CNY 1,234", "1234 RMB"} {
		if v, err := ParseAmount(s, NumberFormat{}, "CNY"); err != nil || v != 1234 {
			t.Errorf("ParseAmount(%q, CNY) = %v, %v; want 1234", s, v, err)
		}
	}
	if v, err := ParseAmount("USD 1,234", NumberFormat{}, ""); err != nil || v != 1234 {
		t.Errorf("without a currency: %v, %v", v, err)
	}
	for _, s := range []string{"USD 1,234", "1,234 美元", "€1.234", "$1,234"} {
		_, err := ParseAmount(s, NumberFormat{}, "CNY")
		var e *app.Error
		if !errors.As(err, &e) || e.Code != app.EInvalid || e.Message != MsgOtherCurrency ||
			e.Args["Text"] != s || e.Args["Currency"] != "CNY" || errors.Is(err, ErrNumber) {
			t.Errorf("ParseAmount(%q, CNY): %#v", s, err)
		}
	}
	if _, err := ParseAmount("lots", NumberFormat{}, "CNY"); !errors.Is(err, ErrNumber) {
		t.Errorf("not a number: %v", err)
	}
}
