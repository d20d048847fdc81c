package importer

import (
	"math/rand/v2"
	"testing"

	"pacer/app/notation"
)

// TestPlainDecimalReadsAsParseNumber checks, on 200,000 random texts of
// digits, separators, signs and spaces, that every text plainDecimal reads
// ParseNumber reads to the same number, in both number formats, and that
// it reads the plain ones.
func TestPlainDecimalReadsAsParseNumber(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	const chars = "0123456789012345678901234567890123456789.,- +"
	read := 0
	for range 200_000 {
		b := make([]byte, 1+r.IntN(12))
		for i := range b {
			b[i] = chars[r.IntN(len(chars))]
		}
		s := string(b)
		for _, comma := range []bool{false, true} {
			v, ok := plainDecimal(s, comma)
			if !ok {
				continue
			}
			read++
			want, err := notation.ParseNumber(s, notation.NumberFormat{DecimalComma: comma})
			if err != nil || want != v {
				t.Fatalf("%q (decimal comma %v): plainDecimal %v, ParseNumber %v, %v", s, comma, v, want, err)
			}
		}
	}
	if read < 10_000 {
		t.Errorf("plainDecimal read only %d texts", read)
	}
	for _, s := range []string{"1234.56", "0.5", "7", "0012"} {
		if _, ok := plainDecimal(s, false); !ok {
			t.Errorf("plainDecimal does not read %q", s)
		}
	}
}
