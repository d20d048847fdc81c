package app

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestSplitTotalPartsStayNearTheirShares splits random totals by random
// shares, at 0 to 4 decimals, and checks what SplitEven, the re-plan and
// the needs rely on: the parts add up to the rounded total exactly (as
// decimals), each is within one unit of the last decimal of its own share,
// and none has the other sign than the total. Rounding each part and
// putting the rest on the last broke the last two (6 by month: −5 in
// December).
func TestSplitTotalPartsStayNearTheirShares(t *testing.T) {
	r := rand.New(rand.NewPCG(17, 6))
	for range 20000 {
		n := 1 + r.IntN(53)
		decimals := r.IntN(5)
		total := RoundValue(float64(r.IntN(2000)-400)/math.Pow10(r.IntN(3)), decimals)
		weights := randomShares(r, n)
		parts := splitTotal(total, weights, decimals)
		checkSplit(t, total, weights, decimals, parts)
		needs := shareAmounts(n, total, weights, decimals, nil)
		checkSplit(t, total, weights, decimals, needs)
	}
}

// randomShares are n shares adding up to 1: even, one period holding
// everything, or random, with zeros among them.
func randomShares(r *rand.Rand, n int) []float64 {
	w := make([]float64, n)
	switch r.IntN(3) {
	case 0:
		for i := range w {
			w[i] = 1
		}
	case 1:
		w[r.IntN(n)] = 1
	default:
		for i := range w {
			if r.IntN(4) > 0 {
				w[i] = r.Float64()
			}
		}
		w[r.IntN(n)] += 0.5
	}
	total := sum(w)
	for i := range w {
		w[i] /= total
	}
	return w
}

func checkSplit(t *testing.T, total float64, weights []float64, decimals int, parts []float64) {
	t.Helper()
	unit := math.Pow10(-decimals)
	units := 0.0
	for i, p := range parts {
		units += math.Round(p / unit)
		if RoundValue(p, decimals) != p {
			t.Fatalf("%v by %v at %d decimals: part %d is %v, not at the goal's decimals", total, weights, decimals, i, p)
		}
		if share := total * weights[i]; math.Abs(p-share) > unit*(1+1e-9) || p*total < 0 {
			t.Fatalf("%v by %v at %d decimals: part %d is %v, its share %v", total, weights, decimals, i, p, share)
		}
	}
	if units != math.Round(total/unit) {
		t.Fatalf("%v by %v at %d decimals: parts %v add up to %v units", total, weights, decimals, parts, units)
	}
}

// TestSplitTotalOfALargeTotal splits totals of 2^50 units and more, where
// the running shares are rounded as values (splitRunningLarge): the parts
// still add up to the total and none has the other sign.
func TestSplitTotalOfALargeTotal(t *testing.T) {
	for _, c := range []struct {
		total    float64
		decimals int
		n        int
	}{{6e15, 0, 12}, {90071992547409.91, 2, 12}, {-4e15, 0, 7}} {
		weights := make([]float64, c.n)
		for i := range weights {
			weights[i] = 1 / float64(c.n)
		}
		parts := splitRunning(make([]float64, c.n), c.total, func(i int) float64 { return weights[i] }, c.decimals)
		sum := 0.0
		for _, p := range parts {
			sum += p
			if p*c.total < 0 {
				t.Errorf("%v in %d: a part %v", c.total, c.n, p)
			}
		}
		if math.Abs(sum-c.total) > math.Abs(c.total)*1e-15 {
			t.Errorf("%v in %d: parts %v add up to %v", c.total, c.n, parts, sum)
		}
	}
}
