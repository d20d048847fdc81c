package app

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"sort"
	"testing"
)

// refSeries is series as it was before it skipped sorting values already
// in order: it dropped repeated periods through a map first.
func refSeries(values []PeriodValue, c Cadence) []periodValue {
	s := make([]periodValue, 0, len(values))
	at := make(map[Period]int, len(values))
	for _, v := range values {
		p, err := ParsePeriodKey(v.PeriodKey)
		if err != nil || (c != "" && p.Cadence != c) || math.IsNaN(v.Value) || math.IsInf(v.Value, 0) {
			continue
		}
		if i, dup := at[p]; dup {
			s[i].Value = v.Value
			continue
		}
		at[p] = len(s)
		s = append(s, periodValue{p, v.Value})
	}
	sort.SliceStable(s, func(i, j int) bool { return PeriodLess(s[i].Period, s[j].Period) })
	return s
}

// TestSeriesAsItWas compares series with refSeries on values in key order
// and shuffled, of one cadence and mixed, with repeated, invalid and
// non-finite ones.
func TestSeriesAsItWas(t *testing.T) {
	cal := Calendar{}
	var keys []string
	for _, c := range periodCadences {
		for _, p := range cal.Periods(c, NewDate(2022, 11, 1), NewDate(2024, 2, 10)) {
			keys = append(keys, p.Key())
		}
	}
	keys = append(keys, "2023-W60", "bogus", "2023-q1", "")
	r := rand.New(rand.NewPCG(1, 2))
	for n := range 2000 {
		var values []PeriodValue
		for range r.IntN(40) {
			v := float64(r.IntN(1000)) / 8
			switch r.IntN(20) {
			case 0:
				v = math.NaN()
			case 1:
				v = math.Inf(1)
			}
			values = append(values, PeriodValue{keys[r.IntN(len(keys))], v})
		}
		if n%3 == 0 { // in key order, as the store reads them
			slices.SortStableFunc(values, func(a, b PeriodValue) int {
				if a.PeriodKey < b.PeriodKey {
					return -1
				} else if a.PeriodKey > b.PeriodKey {
					return 1
				}
				return 0
			})
		}
		for _, c := range []Cadence{"", CadenceWeek, CadenceQuarter} {
			got, want := Series(values, c), refSeries(values, c)
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Fatalf("series(%v, %q)\n = %v\nwant %v", values, c, got, want)
			}
		}
	}
}
