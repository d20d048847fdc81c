package app

import (
	"math"
	"math/rand/v2"
	"strconv"
	"testing"
)

// A goal counted in money to the cent keeps its cents in the review and
// on the card at a trillion yuan: the review's noise dropping kept 12
// significant digits, so a check-in of ¥1,234,567,890,123.45 read
// ¥1,234,567,890,120.00 in the review, its CSV and the detail, and a goal
// that reached its target of ¥1,000,000,000,000.37 to the cent read
// partly achieved on the dashboard, achieved in the review.
func TestTrillionsKeepTheirCents(t *testing.T) {
	g := Goal{ID: 1, Kind: KindIncrease, Aggregation: AggFlow, Unit: UnitCurrency, UnitLabel: "CNY", Decimals: 2,
		Cadence: CadenceMonth, PlanBy: CadenceMonth, Target: 1e12 + 0.37, Start: NewDate(2024, 1, 1), End: NewDate(2024, 12, 31)}
	cal := Calendar{}
	snap := NewSnapshot()
	snap.Goals, snap.Plans[1] = []Goal{g}, SplitEven(cal, g, CadenceMonth)
	for _, pt := range snap.Plans[1] {
		snap.CheckIns[1] = append(snap.CheckIns[1], CheckIn{GoalID: 1, PeriodKey: pt.PeriodKey, Value: pt.Target})
	}
	snap.CheckIns[1][0].Value = 1234567890123.45
	snap.CheckIns[1][1].Value = RoundValue(snap.Plans[1][0].Target+snap.Plans[1][1].Target-1234567890123.45, 2)
	asOf := NewDate(2025, 2, 1)
	a := Paces(cal, snap, asOf, DefaultThresholds)[0].Assessment
	if a.Status != StatusAchieved {
		t.Errorf("target reached to the cent: dashboard says %s (progress %.17g)", a.Status, a.Progress)
	}
	jan := ReviewRows(cal, snap, Period{CadenceMonth, 2024, 1}, asOf, DefaultThresholds)[0]
	if got := FormatValue(jan.Actual, 2, g.Unit, g.UnitLabel); got != "¥1,234,567,890,123.45" {
		t.Errorf("January's actual reads %s in the review", got)
	}
	year := ReviewRows(cal, snap, Period{CadenceYear, 2024, 1}, asOf, DefaultThresholds)[0]
	if year.Actual != a.Actual || year.Expected != g.Target || year.Status != a.Status {
		t.Errorf("year row %.2f of %.2f %s, dashboard %.2f %s", year.Actual, year.Expected, year.Status, a.Actual, a.Status)
	}
}

func TestDropFloatNoiseAt(t *testing.T) {
	for _, c := range []struct {
		v    float64
		d    int
		want float64
	}{
		{1.4999999999999998, 0, 1.5},
		{0.1 + 0.2, 2, 0.3},
		{1234567890123.45, 2, 1234567890123.45},
		{1000000000000.3699, 2, 1000000000000.37},
		{90071992547409.91, 2, 90071992547409.91},
		{-1234567890123.45, 2, -1234567890123.45},
		{123456789012345, 0, 123456789012345},
		{3 * 33333333333.1, 1, 99999999999.3},
	} {
		if got := DropFloatNoiseAt(c.v, c.d); got != c.want {
			t.Errorf("DropFloatNoiseAt(%v, %d) = %v, want %v", c.v, c.d, got, c.want)
		}
	}
}

// TestDropFloatNoiseAtFast compares the path without strings with the one
// through them on large values with and without noise.
func TestDropFloatNoiseAtFast(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 7))
	for range 200000 {
		d := r.IntN(4)
		v := math.Round(r.Float64()*math.Pow10(9+r.IntN(6))) / math.Pow10(d)
		switch r.IntN(3) {
		case 0:
			v = math.Nextafter(v, math.Inf(1))
		case 1:
			v += (r.Float64() - 0.5) * math.Pow10(-d)
		}
		if r.IntN(2) == 0 {
			v = -v
		}
		want := v
		if a := math.Abs(v); a >= pow10[max(0, 11-d)] {
			digits := min(17, int(math.Floor(math.Log10(a)))+1+d+1)
			want, _ = strconv.ParseFloat(strconv.FormatFloat(v, 'g', digits, 64), 64)
		} else {
			want = DropFloatNoise(v)
		}
		if got := DropFloatNoiseAt(v, d); math.Float64bits(got) != math.Float64bits(want) {
			t.Fatalf("DropFloatNoiseAt(%v, %d) = %v, want %v", v, d, got, want)
		}
	}
}
