package app

import "testing"

// TestExactSum adds values with cents as cents: 0.1 + 0.2 is 0.3, not
// 0.30000000000000004, and a week of 19.99 is 139.93; a value with digits
// beyond the decimals, or past 2^53 units, is added as floats.
func TestExactSum(t *testing.T) {
	a, b, c, big := 0.1, 0.2, 0.125, 1e14
	week := []float64{19.99, 19.99, 19.99, 19.99, 19.99, 19.99, 19.99}
	for _, c := range []struct {
		vs   []float64
		dec  int
		want float64
	}{
		{[]float64{0.1, 0.2}, 2, 0.3},
		{week, 2, 139.93},
		{[]float64{-0.000001, 0.000003}, 6, 0.000002},
		{[]float64{a, b}, 0, a + b},     // not whole numbers
		{[]float64{a, c}, 2, a + c},     // 0.125 has three places
		{[]float64{big, a}, 2, big + a}, // 10^16 cents is past 2^53
	} {
		if got := ExactSum(c.vs, c.dec); got != c.want {
			t.Errorf("ExactSum(%v, %d) = %v, want %v", c.vs, c.dec, got, c.want)
		}
	}
	if u, ok := ValueUnits(-12.34, 2); u != -1234 || !ok {
		t.Errorf("ValueUnits(-12.34, 2) = %d, %v", u, ok)
	}
}

// TestRunningSum checks that each running total is ExactSum of the values
// added so far, to the cent while every value has the goal's decimals and
// as floats in order once one has more.
func TestRunningSum(t *testing.T) {
	vs := []float64{0.1, 0.2, 19.99, 0.1, 0.125, 0.2, 0.1}
	s := RunningSum{Decimals: 2}
	for i, v := range vs {
		if got, want := s.Add(v), ExactSum(vs[:i+1], 2); got != want {
			t.Errorf("after %v: %v, want %v", vs[:i+1], got, want)
		}
	}
}
