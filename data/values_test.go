package data_test

import (
	"math"
	"strconv"
	"testing"

	"pacer/app"
)

func TestRoundTo(t *testing.T) {
	for _, tc := range []struct {
		name     string
		v        float64
		decimals int
		want     string // "" means an EInvalid error
	}{
		{"FloatNoise", 0.1 + 0.2, 2, "0.3"},
		{"FloatNoiseOneDecimal", 0.1 + 0.2, 1, "0.3"},
		{"SumOfTenths", 0.1 + 0.1 + 0.1 + 0.1 + 0.1 + 0.1 + 0.1 + 0.1 + 0.1 + 0.1, 1, "1"},
		{"Exact", 1.25, 2, "1.25"},
		{"FewerDigits", 1.5, 4, "1.5"},
		{"Whole", 42, 0, "42"},
		{"Negative", -12.34, 2, "-12.34"},
		{"NegativeZero", math.Copysign(0, -1), 2, "0"},
		{"Large", 123456789.12, 2, "123456789.12"},
		{"LargeNoise", 123456789.1 + 0.02, 2, "123456789.12"},
		{"ErrHuge", 1e17, 2, ""},                                  // 10^19 cents: more than a float holds exactly
		{"LargestExact", 9007199254740991, 0, "9007199254740991"}, // 2^53 - 1
		{"ErrPastLargestExact", 9007199254740992, 0, ""},
		{"SixDecimals", 0.123456, 6, "0.123456"},
		{"MultiplyNoise", 1.1 * 1.1, 2, "1.21"},
		{"ErrExtraDigit", 1.234, 2, ""},
		{"ErrExtraDigitWhole", 10.5, 0, ""},
		{"ErrSmallExtraDigit", 1.2300001, 2, ""},
		{"ErrLargeExtraDigit", 10000000000.004, 2, ""},
		{"ErrSeventhDecimal", 0.1234567, 6, ""},
		{"ErrNaN", math.NaN(), 2, ""},
		{"ErrInf", math.Inf(1), 2, ""},
		{"ErrNegInf", math.Inf(-1), 2, ""},
		{"ErrDecimalsRange", 1, 7, ""},
		{"ErrDecimalsNegative", 1, -1, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := app.RoundTo(tc.v, tc.decimals)
			if tc.want == "" {
				checkErr(t, err, app.EInvalid)
				return
			}
			mustNotErr(t, err)
			if s := strconv.FormatFloat(got, 'f', -1, 64); s != tc.want {
				t.Fatalf("RoundTo(%v, %d) = %s, want %s", tc.v, tc.decimals, s, tc.want)
			}
			if math.Signbit(got) && got == 0 {
				t.Fatal("negative zero")
			}
		})
	}
}

func TestRoundToReadsBackExactly(t *testing.T) {
	// Every value with at most d decimals comes back as the same decimal.
	for d := 0; d <= app.MaxGoalDecimals; d++ {
		for i := -2000; i <= 2000; i += 7 {
			want := strconv.FormatFloat(float64(i)/math.Pow10(d), 'f', -1, 64)
			v, _ := strconv.ParseFloat(want, 64)
			got, err := app.RoundTo(v, d)
			mustNotErr(t, err)
			if got != v {
				t.Fatalf("RoundTo(%s, %d) = %v", want, d, got)
			}
		}
	}
}

// TestDecimalsMessages: a goal that keeps no decimals says it counts whole
// amounts only, instead of "0 are kept".
func TestDecimalsMessages(t *testing.T) {
	for _, tc := range []struct {
		v        float64
		decimals int
		want     string
	}{
		{10.5, 0, app.MsgWholeAmounts},
		{1.234, 2, app.MsgTooManyDecimals},
		{12345678901234567, 0, app.MsgTooLarge},
	} {
		_, err := app.RoundTo(tc.v, tc.decimals)
		if got := app.ErrorMessage(err); got != tc.want {
			t.Errorf("RoundTo(%v, %d) says %q, want %q", tc.v, tc.decimals, got, tc.want)
		}
	}
}
